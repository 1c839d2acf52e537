#include "wirecitation.h"

#include "blockids.h"
#include "urlcanonicalizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// The opening of the item quoted in a new draft: enough to write from, short enough that the
// draft is obviously a starting point and not a copy of the wire.
constexpr int QuotedWords = 120;

QString openingWords(const QString &text, int words, bool *truncated)
{
    const QStringList all = text.simplified().split(u' ', Qt::SkipEmptyParts);
    *truncated = all.size() > words;
    return all.mid(0, words).join(u' ');
}
} // namespace

ArticleSource WireCitation::sourceFor(const WireItem &item, const QString &wireName, const QString &sourceId)
{
    ArticleSource source;
    source.id = sourceId;
    source.url = item.url;
    source.title = item.title;
    source.publisher = wireName;
    const QString platform = item.url.isEmpty() ? QString() : UrlCanonicalizer::platformOf(item.url);
    // An item that arrived on a wire is a wire source, unless its link says it is a post on
    // a platform with rules of its own (a Telegram channel, an X account).
    source.platform = (platform.isEmpty() || platform == u"other" || platform == u"official") ? u"wire"_s : platform;
    source.kind = u"secondary"_s;
    source.posted = item.published;
    source.retrieved = item.fetched.isValid() ? item.fetched : QDateTime::currentDateTimeUtc();
    source.wireItemId = item.id;
    return source;
}

QString WireCitation::nextSourceId(const QList<ArticleSource> &sources)
{
    for (int n = 1;; ++n) {
        const QString id = u"src"_s + QString::number(n);
        if (std::none_of(sources.cbegin(), sources.cend(), [&](const ArticleSource &s) { return s.id == id; }))
            return id;
    }
}

int WireCitation::findExisting(const QList<ArticleSource> &sources, const WireItem &item)
{
    const QString canonical = item.url.isEmpty() ? QString() : UrlCanonicalizer::canonicalize(item.url);
    for (int i = 0; i < sources.size(); ++i) {
        const ArticleSource &source = sources.at(i);
        if (item.id != 0 && source.wireItemId == item.id)
            return i;
        if (!canonical.isEmpty() && !source.url.isEmpty() && UrlCanonicalizer::canonicalize(source.url) == canonical)
            return i;
    }
    return -1;
}

Article WireCitation::draftFrom(const WireItem &item, const QString &wireName, const QDateTime &nowUtc)
{
    Article article;
    article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.headline = item.title;
    article.language = item.language.isEmpty() ? u"en"_s : item.language.left(2).toLower();
    article.tags = item.categories;
    article.created = nowUtc;
    article.modified = nowUtc;
    const ArticleSource source = sourceFor(item, wireName, u"src1"_s);
    article.sources << source;

    const QString when = item.published.isValid()
        ? QLocale(article.language).toString(item.published.toUTC(), u"d MMMM yyyy, HH:mm 'UTC'"_s)
        : QString();
    const QString attribution = when.isEmpty()
        ? QCoreApplication::translate("WireCitation", "%1 reported:").arg(wireName)
        : QCoreApplication::translate("WireCitation", "%1 reported on %2:").arg(wireName, when);
    bool truncated = false;
    QString quote = openingWords(item.contentText.isEmpty() ? item.summary : item.contentText, QuotedWords, &truncated);
    if (truncated)
        quote += u" …"_s;
    QString body = u"<p><span data-sources=\"src1\">"_s + attribution.toHtmlEscaped() + u"</span></p>"_s;
    if (!quote.isEmpty())
        body
            += u"<blockquote><p><span data-sources=\"src1\">"_s + quote.toHtmlEscaped() + u"</span></p></blockquote>"_s;
    if (!item.url.isEmpty())
        body += u"<p><a href=\""_s + item.url.toHtmlEscaped() + u"\">"_s
            + QCoreApplication::translate("WireCitation", "Original item").toHtmlEscaped() + u"</a></p>"_s;
    article.bodyHtml = BlockIds::join(BlockIds::assign(body));
    return article;
}

} // namespace Wiredesk
