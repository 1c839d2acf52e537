#include "sourcemerger.h"

#include "urlcanonicalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
int indexOf(const QList<ArticleSource> &sources, const QString &id)
{
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).id == id)
            return i;
    }
    return -1;
}

void fill(QString *into, const QString &from)
{
    if (into->trimmed().isEmpty())
        *into = from;
}
} // namespace

QString SourceMerger::repointCitations(const QString &bodyHtml, const QString &fromId, const QString &toId)
{
    // The body is sanitized: every citation is written as data-sources="id id" with double
    // quotes and ids from [A-Za-z0-9_-], so a pattern over the attribute is exact here.
    static const QRegularExpression attribute(u"data-sources=\"([^\"]*)\""_s);
    QString out;
    out.reserve(bodyHtml.size());
    qsizetype last = 0;
    auto it = attribute.globalMatch(bodyHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QStringList ids;
        for (const QString &id : match.captured(1).split(u' ', Qt::SkipEmptyParts)) {
            const QString mapped = id == fromId ? toId : id;
            if (!mapped.isEmpty() && !ids.contains(mapped))
                ids << mapped;
        }
        out += QStringView(bodyHtml).mid(last, match.capturedStart() - last);
        out += u"data-sources=\""_s + ids.join(u' ') + u'"';
        last = match.capturedEnd();
    }
    out += QStringView(bodyHtml).mid(last);
    return out;
}

bool SourceMerger::merge(Article *article, const QString &fromId, const QString &intoId)
{
    const int from = indexOf(article->sources, fromId);
    const int into = indexOf(article->sources, intoId);
    if (from < 0 || into < 0 || from == into)
        return false;
    const ArticleSource duplicate = article->sources.at(from);
    ArticleSource &kept = article->sources[into];
    fill(&kept.title, duplicate.title);
    fill(&kept.publisher, duplicate.publisher);
    fill(&kept.platform, duplicate.platform);
    fill(&kept.kind, duplicate.kind);
    if (!kept.posted.isValid())
        kept.posted = duplicate.posted;
    if (!kept.retrieved.isValid())
        kept.retrieved = duplicate.retrieved;
    // A status someone set beats "unchecked".
    if ((kept.status.isEmpty() || kept.status == u"unchecked") && !duplicate.status.isEmpty())
        kept.status = duplicate.status;
    if (kept.wireItemId == 0)
        kept.wireItemId = duplicate.wireItemId;
    article->sources.removeAt(from);
    article->bodyHtml = repointCitations(article->bodyHtml, fromId, intoId);
    return true;
}

QList<QStringList> SourceMerger::duplicateGroups(const QList<ArticleSource> &sources)
{
    QList<QStringList> groups;
    QHash<QString, int> groupOf; // canonical URL → index in groups
    for (const ArticleSource &source : sources) {
        if (source.url.trimmed().isEmpty())
            continue;
        QString canonical = UrlCanonicalizer::canonicalize(source.url);
        if (canonical.isEmpty())
            canonical = source.url.trimmed();
        const auto it = groupOf.constFind(canonical);
        if (it == groupOf.constEnd()) {
            groupOf.insert(canonical, int(groups.size()));
            groups << QStringList {source.id};
        } else {
            groups[*it] << source.id;
        }
    }
    QList<QStringList> duplicates;
    for (const QStringList &group : std::as_const(groups)) {
        if (group.size() > 1)
            duplicates << group;
    }
    return duplicates;
}

} // namespace Wiredesk
