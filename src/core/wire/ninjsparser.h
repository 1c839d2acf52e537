#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QJsonObject>

namespace Wiredesk {

/// IPTC ninjs items, 1.x and 2.x, alone or in a list (a JSON array, or an object with an
/// `items` array). `uri` is the only required field and becomes the guid. 1.x carries
/// `headline`, `body_html`/`body_text`, `byline` and object-shaped `associations` and
/// `renditions`; 2.x carries `headlines[]`, `bodies[]`, `descriptions[]`, `bylines[]` and
/// array-shaped `associations`/`renditions`. The picture with the widest rendition becomes
/// the item image.
class NinjsParser final
{
public:
    static bool isNinjsItem(const QJsonObject &object);
    /// "ninjs1" or "ninjs2".
    static QString version(const QJsonObject &object);
    static WireItem parseItem(const QJsonObject &object, const ParseContext &context);
};

} // namespace Wiredesk
