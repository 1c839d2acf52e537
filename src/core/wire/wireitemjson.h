#pragma once

#include "wireitem.h"

#include <QByteArray>
#include <QJsonObject>

namespace Wiredesk {

/// The JSON shape of a WireItem, shared by `wiredesk-cli wire parse` and the golden tests
/// so both always agree. Fields are documented in docs/wire-json-lines.md; dates are
/// ISO 8601 in UTC ("2026-11-27T07:00:00Z"), `updated` is null when the item was never
/// updated. The raw payload is only included when asked for.
class WireItemJson final
{
public:
    enum class Raw { Omit, Include };

    static QJsonObject toJson(const WireItem &item, Raw raw = Raw::Omit);
    /// One compact JSON object and a newline.
    static QByteArray toJsonLine(const WireItem &item, Raw raw = Raw::Omit);
    static QString dateString(const QDateTime &dateTime);
};

} // namespace Wiredesk
