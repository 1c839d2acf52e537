#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Wiredesk {

/// What the parser knows about a feed document besides its bytes: where it came from (the
/// base for relative links), what the server said it was, and when it arrived (the date of
/// items without one, and the limit for dates in the future).
struct ParseContext {
    QUrl url;            ///< the feed's URL; relative links resolve against it (may be empty)
    QString contentType; ///< the HTTP Content-Type header, e.g. "text/xml; charset=cp-1251"
    QDateTime fetchTime; ///< UTC; the current time when left invalid
};

} // namespace Wiredesk
