#include "feeddecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

struct Candidate {
    QByteArray name; // canonical encoding name
    QString origin;  // "xml prolog", "html meta", "http header"
};

bool isUtf8Family(const QByteArray &name)
{
    return name == "utf-8" || name == "us-ascii";
}

bool hasNonAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// Decodes strictly: returns false when the decoder does not know the encoding or the bytes
// are not valid in it.
bool decodeStrict(const QByteArray &bytes, const QByteArray &name, QString *out)
{
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    *out = std::move(text);
    return true;
}

QString decodeLenient(const QByteArray &bytes, const char *name)
{
    QStringDecoder decoder(name);
    return decoder.decode(bytes);
}

// The BOM, if any: its encoding and length.
QByteArray bomEncoding(const QByteArray &bytes, qsizetype *length)
{
    const auto starts = [&bytes](const char *bom, qsizetype n) {
        return bytes.size() >= n && memcmp(bytes.constData(), bom, size_t(n)) == 0;
    };
    if (starts("\xEF\xBB\xBF", 3)) {
        *length = 3;
        return "utf-8";
    }
    if (starts("\xFF\xFE\x00\x00", 4)) {
        *length = 4;
        return "utf-32le";
    }
    if (starts("\x00\x00\xFE\xFF", 4)) {
        *length = 4;
        return "utf-32be";
    }
    if (starts("\xFF\xFE", 2)) {
        *length = 2;
        return "utf-16le";
    }
    if (starts("\xFE\xFF", 2)) {
        *length = 2;
        return "utf-16be";
    }
    *length = 0;
    return {};
}

// UTF-16 without a BOM still shows itself: '<' next to a zero byte.
QByteArray sniffUtf16(const QByteArray &bytes)
{
    if (bytes.size() >= 4) {
        if (bytes.at(0) == '<' && bytes.at(1) == 0 && bytes.at(2) != 0 && bytes.at(3) == 0)
            return "utf-16le";
        if (bytes.at(0) == 0 && bytes.at(1) == '<' && bytes.at(2) == 0 && bytes.at(3) != 0)
            return "utf-16be";
    }
    return {};
}

// The encoding a document declares about itself: the XML prolog, or an HTML meta charset.
Candidate declaredByDocument(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    const qsizetype lt = head.indexOf('<');
    if (lt >= 0 && head.mid(lt, 5) == "<?xml") {
        const qsizetype end = head.indexOf("?>", lt);
        const QByteArray prolog = head.mid(lt, end < 0 ? 256 : end - lt);
        static const QRegularExpression encodingAttr(u"encoding\\s*=\\s*[\"']([^\"']+)[\"']"_s);
        const QRegularExpressionMatch m = encodingAttr.match(QString::fromLatin1(prolog));
        if (m.hasMatch())
            return {FeedDecoder::canonicalEncodingName(m.captured(1).toLatin1()), u"xml prolog"_s};
        return {};
    }
    static const QRegularExpression metaCharset(
        u"<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = metaCharset.match(QString::fromLatin1(head));
    if (m.hasMatch())
        return {FeedDecoder::canonicalEncodingName(m.captured(1).toLatin1()), u"html meta"_s};
    return {};
}

} // namespace

QByteArray FeedDecoder::canonicalEncodingName(QByteArrayView label)
{
    QByteArray name = label.toByteArray().trimmed().toLower();
    while (!name.isEmpty() && (name.front() == '"' || name.front() == '\''))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == '"' || name.back() == '\''))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        return name;
    if (name == "utf8" || name == "utf-8" || name == "unicode-1-1-utf-8" || name == "x-unicode20utf8")
        return "utf-8";
    if (name == "ascii" || name == "us-ascii" || name == "ansi_x3.4-1968")
        return "us-ascii";
    if (name == "latin1" || name == "latin-1" || name == "l1")
        return "iso-8859-1";
    if (name == "koi8r" || name == "koi8_r")
        return "koi8-r";
    if (name == "koi8u" || name == "koi8_u")
        return "koi8-u";
    if (name == "sjis" || name == "shift-jis" || name == "x-sjis")
        return "shift_jis";
    if (name == "utf16" || name == "utf-16")
        return "utf-16";
    static const QRegularExpression windows(u"^(?:x-)?(?:cp|win|windows|ms)[-_ ]?(125[0-8])$"_s);
    static const QRegularExpression iso(u"^iso[-_ ]?8859[-_ ]?(\\d{1,2})$"_s);
    const QString s = QString::fromLatin1(name);
    QRegularExpressionMatch m = windows.match(s);
    if (m.hasMatch())
        return "windows-" + m.captured(1).toLatin1();
    m = iso.match(s);
    if (m.hasMatch())
        return "iso-8859-" + m.captured(1).toLatin1();
    return name;
}

QByteArray FeedDecoder::charsetFromContentType(QStringView contentType)
{
    static const QRegularExpression charset(
        u"charset\\s*=\\s*[\"']?([^;\"'\\s]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(contentType.toString());
    return m.hasMatch() ? canonicalEncodingName(m.captured(1).toLatin1()) : QByteArray();
}

qsizetype FeedDecoder::removeIllegalXmlCharacters(QString &text)
{
    qsizetype removed = 0;
    const auto illegal = [](QStringView s, qsizetype i) {
        const char16_t c = s[i].unicode();
        if (c < 0x20)
            return c != u'\t' && c != u'\n' && c != u'\r';
        if (c == 0xFFFE || c == 0xFFFF)
            return true;
        if (QChar::isHighSurrogate(c))
            return i + 1 >= s.size() || !QChar::isLowSurrogate(s[i + 1].unicode());
        if (QChar::isLowSurrogate(c))
            return i == 0 || !QChar::isHighSurrogate(s[i - 1].unicode());
        return false;
    };
    // Fast path: most feeds are clean, so only copy when something must go. Only controls,
    // surrogates and U+FFFE/U+FFFF can be illegal: blocks of 32 units are screened for
    // anything below U+0020 or from U+D800 on without branches (the compiler vectorizes
    // that), and only a block with such a unit is checked unit by unit (valid surrogate
    // pairs and private-use characters pass the exact test).
    const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    const auto firstIllegal = [&](qsizetype from, qsizetype to) -> qsizetype {
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = units[i];
            if ((c < 0x20 || (c >= 0xD800 && (c < 0xE000 || c >= 0xFFFE))) && illegal(text, i))
                return i;
        }
        return -1;
    };
    constexpr qsizetype block = 32;
    qsizetype first = -1;
    qsizetype at = 0;
    for (; first < 0 && at + block <= size; at += block) {
        unsigned suspicious = 0;
        for (qsizetype k = 0; k < block; ++k)
            suspicious |= unsigned(units[at + k] < 0x20) | unsigned(units[at + k] >= 0xD800);
        if (suspicious)
            first = firstIllegal(at, at + block);
    }
    if (first < 0)
        first = firstIllegal(at, size);
    if (first < 0)
        return 0;
    QString clean;
    clean.reserve(text.size());
    clean.append(QStringView(text).left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        if (illegal(text, i))
            ++removed;
        else
            clean.append(text.at(i));
    }
    text = std::move(clean);
    return removed;
}

DecodedFeed FeedDecoder::decode(const QByteArray &bytes, QStringView contentType)
{
    DecodedFeed result;
    const QByteArray headerCharset = charsetFromContentType(contentType);

    qsizetype bomLength = 0;
    QByteArray bom = bomEncoding(bytes, &bomLength);
    if (!bom.isEmpty()) {
        result.text = decodeLenient(bytes.mid(bomLength), bom.constData());
        result.encoding = QString::fromLatin1(bom) + u" (bom)"_s;
        if (!headerCharset.isEmpty() && headerCharset != bom
            && !(bom.startsWith("utf-16") && headerCharset == "utf-16"))
            result.encoding += u"; http header said "_s + QString::fromLatin1(headerCharset);
    } else if (const QByteArray utf16 = sniffUtf16(bytes); !utf16.isEmpty()) {
        result.text = decodeLenient(bytes, utf16.constData());
        result.encoding = QString::fromLatin1(utf16) + u" (detected from zero bytes, no bom)"_s;
    } else {
        qsizetype firstNonSpace = 0;
        while (firstNonSpace < bytes.size() && QChar::isSpace(uchar(bytes.at(firstNonSpace))))
            ++firstNonSpace;
        const bool json
            = firstNonSpace < bytes.size() && (bytes.at(firstNonSpace) == '{' || bytes.at(firstNonSpace) == '[');

        QList<Candidate> candidates;
        if (!json) {
            const Candidate declared = declaredByDocument(bytes);
            if (!declared.name.isEmpty())
                candidates.append(declared);
        }
        if (!headerCharset.isEmpty())
            candidates.append({headerCharset, u"http header"_s});

        QStringList rejected; // why earlier candidates lost, for the record
        QString chosenName;
        QString chosenOrigin;
        // Only needed when a legacy encoding is declared; most feeds say UTF-8.
        int nonAsciiState = -1;
        const auto nonAscii = [&] {
            if (nonAsciiState < 0)
                nonAsciiState = hasNonAscii(bytes) ? 1 : 0;
            return nonAsciiState == 1;
        };
        QString utf8Text;
        const bool validUtf8 = decodeStrict(bytes, "utf-8", &utf8Text);
        const auto said = [](const Candidate &c) -> QString {
            return c.origin.section(u' ', -1) + u" said "_s + QString::fromLatin1(c.name);
        };

        if (json) {
            // RFC 8259: JSON exchanged between systems is UTF-8; a header saying otherwise is
            // only believed when the bytes are not UTF-8.
            if (validUtf8) {
                result.text = utf8Text;
                chosenName = u"utf-8"_s;
                chosenOrigin = u"json"_s;
            } else {
                rejected << u"json should be utf-8 but bytes are not valid UTF-8"_s;
            }
        }
        for (qsizetype i = 0; chosenName.isEmpty() && i < candidates.size(); ++i) {
            const Candidate &c = candidates.at(i);
            if (isUtf8Family(c.name)) {
                if (validUtf8) {
                    result.text = utf8Text;
                    chosenName = u"utf-8"_s;
                    chosenOrigin = c.origin;
                } else {
                    rejected << said(c) + u" but bytes are not valid UTF-8"_s;
                }
                continue;
            }
            if (validUtf8 && nonAscii()) {
                // Text in a legacy encoding is almost never valid UTF-8 by accident, so valid
                // multi-byte UTF-8 beats a declared single-byte encoding.
                rejected << said(c) + u" but bytes are valid UTF-8"_s;
                continue;
            }
            QString text;
            if (decodeStrict(bytes, c.name, &text)) {
                result.text = text;
                chosenName = QString::fromLatin1(c.name);
                chosenOrigin = c.origin;
            } else {
                QStringDecoder probe(c.name.constData());
                rejected << said(c)
                        + (probe.isValid() ? u" but bytes do not decode in it"_s : u", an unknown encoding"_s);
            }
        }
        if (chosenName.isEmpty()) {
            if (validUtf8) {
                result.text = utf8Text;
                chosenName = u"utf-8"_s;
                chosenOrigin = candidates.isEmpty() && rejected.isEmpty() ? u"default"_s : u"bytes are valid UTF-8"_s;
            } else {
                // WHATWG: labels for latin1 and ascii mean windows-1252; it decodes every byte.
                result.text = decodeLenient(bytes, "windows-1252");
                chosenName = u"windows-1252"_s;
                chosenOrigin = u"fallback; bytes are not valid UTF-8"_s;
            }
        }
        QStringList why {chosenOrigin};
        why += rejected;
        result.encoding = chosenName + u" ("_s + why.join(u"; "_s) + u')';
    }

    QString &text = result.text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // Garbage before the document (whitespace, stray bytes, an anti-JSON-hijacking prefix).
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    if (start < text.size() && text.at(start) != u'<' && text.at(start) != u'{' && text.at(start) != u'[') {
        const QStringView head = QStringView(text).left(1024);
        qsizetype found = -1;
        for (qsizetype i = start; i < head.size(); ++i) {
            const QChar c = head.at(i);
            if (c == u'<' || c == u'{' || c == u'[') {
                found = i;
                break;
            }
        }
        if (found > 0) {
            result.warnings << QCoreApplication::translate("Wiredesk::FeedDecoder",
                "Removed %n character(s) of garbage before the document.", nullptr, int(found - start));
            start = found;
        }
    }
    if (start > 0)
        text.remove(0, start);

    const qsizetype removed = removeIllegalXmlCharacters(text);
    if (removed > 0) {
        result.warnings << QCoreApplication::translate(
            "Wiredesk::FeedDecoder", "Removed %n control character(s) that XML does not allow.", nullptr, int(removed));
    }
    return result;
}

} // namespace Wiredesk
