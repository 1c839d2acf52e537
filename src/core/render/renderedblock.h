#pragma once

#include <QString>

namespace Wiredesk {

/// One top-level block of an article body as it appears in the page: its stable id (the
/// data-block attribute) and its complete outer HTML. The preview replaces blocks by id.
/// Not the article module's BodyBlock (blockids.h): two different structs of one name in
/// one namespace break the One Definition Rule, and the linker then mixes their layouts.
struct RenderedBlock {
    QString id;
    QString html;

    bool operator==(const RenderedBlock &) const = default;
};

} // namespace Wiredesk
