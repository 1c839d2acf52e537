#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Wiredesk {

/// The text of a feed document and how it was obtained.
struct DecodedFeed {
    QString text;         ///< decoded, leading garbage and XML-illegal control characters removed
    QString encoding;     ///< the encoding that won and why, e.g. "utf-8 (bom)"
    QStringList warnings; ///< what had to be repaired
};

/// Turns the bytes of a feed into text. Real feeds disagree with themselves: the BOM, the XML
/// prolog (or HTML meta charset) and the HTTP header name different encodings, labels are
/// misspelled ("cp-1251", "utf8"), and bytes are not what any of them claims. The decoder
/// trusts a BOM, then tries the declared encodings in order (document, then header) and keeps
/// the first one the bytes actually decode in, falling back to UTF-8 when valid and
/// windows-1252 otherwise, and records its choice. JSON is UTF-8 unless a BOM says otherwise.
/// It then strips garbage before the first '<' / '{' / '[' and removes control characters
/// that XML 1.0 forbids (keeping tab, newline and carriage return).
class FeedDecoder final
{
public:
    static DecodedFeed decode(const QByteArray &bytes, QStringView contentType = {});

    /// The canonical name of an encoding label ("cp-1251" → "windows-1251", "utf8" → "utf-8",
    /// "iso8859-1" → "iso-8859-1"), lower-case; the trimmed lower-case label when unknown.
    static QByteArray canonicalEncodingName(QByteArrayView label);

    /// The charset parameter of a Content-Type header, canonicalized; empty when absent.
    static QByteArray charsetFromContentType(QStringView contentType);

    /// Removes characters XML 1.0 does not allow (C0 controls except tab/newline/carriage
    /// return, U+FFFE, U+FFFF, unpaired surrogates); returns how many were removed.
    static qsizetype removeIllegalXmlCharacters(QString &text);
};

} // namespace Wiredesk
