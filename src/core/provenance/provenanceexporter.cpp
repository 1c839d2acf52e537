#include "provenanceexporter.h"

#include "article.h"
#include "citationextractor.h"
#include "posttimedecoder.h"
#include "urlcanonicalizer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString articleIri(const Article &article, const ProvenanceExporter::Options &options)
{
    return options.articleUrl.isEmpty() ? u"urn:uuid:"_s + article.id : options.articleUrl;
}

// The newest status change per target, by "kind:id".
QHash<QString, Annotation> latestStatus(const QList<Annotation> &annotations)
{
    QHash<QString, Annotation> latest;
    for (const Annotation &a : annotations) {
        if (!a.changesStatus())
            continue;
        const QString key = Annotation::targetKindName(a.targetKind) + u':' + a.targetId;
        const auto it = latest.constFind(key);
        if (it == latest.constEnd() || it->time < a.time || (it->time == a.time && it->id < a.id))
            latest.insert(key, a);
    }
    return latest;
}

} // namespace

QPair<int, QString> ProvenanceExporter::ratingFor(const QString &status)
{
    if (status == u"verified")
        return {5, u"True"_s};
    if (status == u"partly-verified")
        return {3, u"Partly true"_s};
    if (status == u"disputed")
        return {2, u"Disputed"_s};
    if (status == u"false")
        return {1, u"False"_s};
    return {0, QString()};
}

QJsonObject ProvenanceExporter::jsonLd(
    const Article &article, const QList<Annotation> &annotations, const Options &options)
{
    const QString iri = articleIri(article, options);
    QJsonObject publisher {{u"@type"_s, u"Organization"_s}, {u"name"_s, options.publisherName}};

    QJsonArray citations;
    QHash<QString, const ArticleSource *> sources;
    for (const ArticleSource &source : article.sources) {
        sources.insert(source.id, &source);
        QJsonObject work {{u"@type"_s, u"CreativeWork"_s}};
        const QString canonical = UrlCanonicalizer::canonicalize(source.url);
        if (!source.url.isEmpty())
            work.insert(u"url"_s, canonical.isEmpty() ? source.url : canonical);
        if (!source.title.isEmpty())
            work.insert(u"name"_s, source.title);
        if (!source.publisher.isEmpty())
            work.insert(u"publisher"_s, QJsonObject {{u"@type"_s, u"Organization"_s}, {u"name"_s, source.publisher}});
        if (source.posted.isValid())
            work.insert(u"datePublished"_s, iso(source.posted));
        citations.append(work);
    }

    QJsonArray authors;
    for (const QString &name : article.bylines)
        authors.append(QJsonObject {{u"@type"_s, u"Person"_s}, {u"name"_s, name}});
    QJsonObject newsArticle {
        {u"@type"_s, u"NewsArticle"_s},
        {u"@id"_s, iri},
        {u"headline"_s, article.headline},
        {u"inLanguage"_s, article.language},
        {u"author"_s, authors},
        {u"publisher"_s, publisher},
        {u"citation"_s, citations},
    };
    if (!options.articleUrl.isEmpty())
        newsArticle.insert(u"url"_s, options.articleUrl);
    if (!article.dek.isEmpty())
        newsArticle.insert(u"description"_s, article.dek);
    if (!article.dateline.isEmpty())
        newsArticle.insert(u"dateline"_s, article.dateline);
    if (article.published.isValid())
        newsArticle.insert(u"datePublished"_s, iso(article.published));
    if (article.modified.isValid())
        newsArticle.insert(u"dateModified"_s, iso(article.modified));

    QJsonArray graph {newsArticle};
    const QHash<QString, Annotation> latest = latestStatus(annotations);
    const CitationExtractor::Result body = CitationExtractor::extract(article.bodyHtml);
    for (const CitationExtractor::Citation &citation : body.citations) {
        const auto it = latest.constFind(u"citation:"_s + citation.id);
        if (it == latest.constEnd())
            continue;
        const auto [value, name] = ratingFor(it->statusTo);
        if (value == 0)
            continue;
        QJsonArray appearances;
        for (const QString &id : citation.sourceIds) {
            const ArticleSource *source = sources.value(id);
            if (source && !source->url.isEmpty())
                appearances.append(QJsonObject {{u"@type"_s, u"CreativeWork"_s}, {u"url"_s, source->url}});
        }
        QJsonObject claim {{u"@type"_s, u"Claim"_s}};
        if (!appearances.isEmpty())
            claim.insert(u"appearance"_s, appearances);
        graph.append(QJsonObject {
            {u"@type"_s, u"ClaimReview"_s},
            {u"url"_s, QString(iri + u"#claim-"_s + QString(citation.id).replace(u'/', u'-'))},
            {u"claimReviewed"_s, citation.text.simplified()},
            {u"datePublished"_s, iso(it->time)},
            {u"author"_s, publisher},
            {u"itemReviewed"_s, claim},
            {u"reviewRating"_s,
                QJsonObject {{u"@type"_s, u"Rating"_s}, {u"ratingValue"_s, value}, {u"bestRating"_s, 5},
                    {u"worstRating"_s, 1}, {u"alternateName"_s, name}}},
        });
    }
    return QJsonObject {{u"@context"_s, u"https://schema.org"_s}, {u"@graph"_s, graph}};
}

QString ProvenanceExporter::jsonLdScript(const QJsonObject &jsonLd)
{
    QString json = QString::fromUtf8(QJsonDocument(jsonLd).toJson(QJsonDocument::Compact));
    // Inside <script>, "</script>" in a headline would end the element early.
    json.replace(u"</"_s, u"<\\/"_s).replace(QChar(0x2028), u"\\u2028"_s).replace(QChar(0x2029), u"\\u2029"_s);
    return u"<script type=\"application/ld+json\">"_s + json + u"</script>"_s;
}

QJsonObject ProvenanceExporter::provenanceJson(const Article &article, const QList<Annotation> &annotations,
    const QHash<QString, QList<LinkCheckResult>> &checks, const Options &options)
{
    QHash<QString, QStringList> byCanonical;
    for (const ArticleSource &source : article.sources) {
        const QString canonical = UrlCanonicalizer::canonicalize(source.url);
        if (!canonical.isEmpty())
            byCanonical[canonical] << source.id;
    }

    QJsonArray sourceArray;
    QJsonArray checkArray;
    QJsonArray snapshotArray;
    for (const ArticleSource &source : article.sources) {
        const QString canonical = UrlCanonicalizer::canonicalize(source.url);
        QJsonObject json {
            {u"id"_s, source.id},
            {u"url"_s, source.url},
            {u"canonicalUrl"_s, canonical},
            {u"platform"_s, source.platform.isEmpty() ? UrlCanonicalizer::platformOf(source.url) : source.platform},
            {u"kind"_s, source.kind},
            {u"title"_s, source.title},
            {u"publisher"_s, source.publisher},
            {u"posted"_s, iso(source.posted)},
            {u"retrieved"_s, iso(source.retrieved)},
            {u"status"_s, source.status},
        };
        const DecodedPostTime decoded = PostTimeDecoder::decode(source.url, options.exportedAt);
        if (decoded.verdict != DecodedPostTime::Verdict::NoId) {
            QJsonObject idTime {{u"platform"_s, decoded.platform}, {u"id"_s, decoded.id}};
            if (decoded.time.isValid())
                idTime.insert(u"time"_s, iso(decoded.time));
            idTime.insert(u"verdict"_s,
                decoded.verdict == DecodedPostTime::Verdict::Derived          ? u"derived"_s
                    : decoded.verdict == DecodedPostTime::Verdict::Sequential ? u"sequential"_s
                                                                              : u"impossible"_s);
            json.insert(u"postedFromUrl"_s, idTime);
        }
        QStringList duplicates = byCanonical.value(canonical);
        duplicates.removeAll(source.id);
        if (!duplicates.isEmpty())
            json.insert(u"duplicates"_s, QJsonArray::fromStringList(duplicates));
        QJsonArray history;
        for (const Annotation &a : annotations) {
            if (a.targetKind == Annotation::TargetKind::Source && a.targetId == source.id && a.changesStatus()) {
                history.append(QJsonObject {{u"from"_s, a.statusFrom}, {u"to"_s, a.statusTo}, {u"author"_s, a.author},
                    {u"time"_s, iso(a.time)}, {u"annotationId"_s, a.id}});
            }
        }
        json.insert(u"statusHistory"_s, history);
        sourceArray.append(json);

        for (const LinkCheckResult &check : checks.value(source.id)) {
            QJsonObject checkJson = check.toJson();
            checkJson.insert(u"sourceId"_s, source.id);
            checkArray.append(checkJson);
            if (!check.snapshotSha256.isEmpty()) {
                snapshotArray.append(QJsonObject {{u"sha256"_s, check.snapshotSha256}, {u"size"_s, check.snapshotSize},
                    {u"truncated"_s, check.snapshotTruncated}, {u"sourceId"_s, source.id}, {u"url"_s, check.url},
                    {u"fetchedAt"_s, iso(check.checkedAt)}});
            }
        }
    }

    QJsonArray citationArray;
    const CitationExtractor::Result body = CitationExtractor::extract(article.bodyHtml);
    for (const CitationExtractor::Citation &citation : body.citations) {
        citationArray.append(QJsonObject {{u"id"_s, citation.id}, {u"blockId"_s, citation.blockId},
            {u"start"_s, citation.start}, {u"end"_s, citation.end}, {u"text"_s, citation.text},
            {u"sources"_s, QJsonArray::fromStringList(citation.sourceIds)}});
    }
    QJsonArray annotationArray;
    for (const Annotation &a : annotations)
        annotationArray.append(a.toJson());

    return QJsonObject {
        {u"format"_s, u"wiredesk-provenance"_s},
        {u"version"_s, FormatVersion},
        {u"exportedAt"_s, iso(options.exportedAt)},
        {u"article"_s,
            QJsonObject {{u"id"_s, article.id}, {u"headline"_s, article.headline}, {u"url"_s, options.articleUrl},
                {u"published"_s, iso(article.published)}, {u"dateline"_s, article.dateline}}},
        {u"sources"_s, sourceArray},
        {u"citations"_s, citationArray},
        {u"annotations"_s, annotationArray},
        {u"checks"_s, checkArray},
        {u"snapshots"_s, snapshotArray},
    };
}

} // namespace Wiredesk
