#pragma once

#include <QString>

namespace Wiredesk {

/// One top-level block of an article body as it appears in the page: its stable id (the
/// data-block attribute) and its complete outer HTML. The preview replaces blocks by id.
struct BodyBlock {
    QString id;
    QString html;

    bool operator==(const BodyBlock &) const = default;
};

} // namespace Wiredesk
