#pragma once

#include <QString>

namespace Wiredesk {

/// One top-level block of an article body as it appears in the page: its stable id (the
/// data-block attribute) and its complete outer HTML. The preview replaces blocks by id.
/// (Not named BodyBlock: the article module has its own BodyBlock, and two different
/// structs of one name in one program break the One Definition Rule: QList<BodyBlock>
/// code from one library ran on the other's objects and corrupted the heap.)
struct RenderedBlock {
    QString id;
    QString html;

    bool operator==(const RenderedBlock &) const = default;
};

} // namespace Wiredesk
