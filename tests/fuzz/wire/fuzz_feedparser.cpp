// libFuzzer target for everything a feed document goes through: decoding, format detection,
// the entity guard, every per-format parser (RSS, RDF, Atom, JSON Feed, ninjs, Telegram) and
// the normalizer. The first byte picks a Content-Type so the header/prolog/BOM logic is
// fuzzed too. Invariants: no crash, an error or items (never both), every item has a guid, a
// valid date and a SHA-256 content hash, and that hash is the documented formula (SHA-256 of
// toLower().simplified() title + "\n" + text), whatever fast path computed it.

#include "feedparser.h"
#include "wireitemjson.h"
#include "wirenormalizer.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString contentTypes[] = {QString(), u"text/xml; charset=windows-1251"_s, u"application/json"_s,
        u"text/html; charset=utf-8"_s, u"application/rss+xml; charset=cp-1251"_s, u"text/xml; charset=\"utf8\""_s,
        u"text/xml; charset=iso8859-1"_s, u"text/xml; charset=utf-16"_s};
    Wiredesk::ParseContext context;
    context.contentType = contentTypes[data[0] % std::size(contentTypes)];
    context.url = QUrl(u"https://feeds.example/news/rss.xml"_s);
    context.fetchTime = QDateTime(QDate(2026, 11, 27), QTime(7, 0), QTimeZone::utc());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    Wiredesk::ParsedFeed feed = Wiredesk::FeedParser::parse(bytes, context);
    if (!feed.ok()) {
        if (!feed.items.isEmpty())
            abort();
        return 0;
    }
    Wiredesk::WireNormalizer().normalize(feed);
    for (const Wiredesk::WireItem &item : std::as_const(feed.items)) {
        if (item.guid.isEmpty() || !item.published.isValid() || item.contentHash.size() != 64)
            abort();
        if (item.published > context.fetchTime.addSecs(15 * 60))
            abort();
        const QByteArray formula
            = (item.title.toLower().simplified() + u'\n' + item.contentText.toLower().simplified()).toUtf8();
        if (item.contentHash
            != QString::fromLatin1(QCryptographicHash::hash(formula, QCryptographicHash::Sha256).toHex()))
            abort();
        (void)Wiredesk::WireItemJson::toJsonLine(item, Wiredesk::WireItemJson::Raw::Include);
    }
    return 0;
}
