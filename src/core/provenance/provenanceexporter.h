#pragma once

#include "annotation.h"
#include "linkcheckresult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Wiredesk {

struct Article;

/// Carries an article's provenance out of Wiredesk: schema.org JSON-LD for the published page
/// (a NewsArticle whose `citation` lists the sources, plus a ClaimReview for every cited claim
/// a fact-checker rated) and the provenance JSON file (docs/provenance-format.md) with
/// sources, canonical URLs, citations, annotations, link checks and snapshot hashes.
///
/// A claim's rating is the newest status change noted on its citation target:
/// verified → "True" (5), partly-verified → "Partly true" (3), disputed → "Disputed" (2),
/// false → "False" (1). Other statuses give no ClaimReview.
class ProvenanceExporter final
{
public:
    struct Options {
        QString publisherName; ///< the publication, author of the ClaimReviews
        QString articleUrl;    ///< the published URL; empty → "urn:uuid:<article id>"
        QDateTime exportedAt;  ///< UTC; stamped into the provenance file
    };

    static constexpr int FormatVersion = 1;

    static QJsonObject jsonLd(const Article &article, const QList<Annotation> &annotations, const Options &options);
    /// The JSON-LD as a <script type="application/ld+json"> element, safe to embed ("</" and
    /// U+2028/2029 escaped).
    static QString jsonLdScript(const QJsonObject &jsonLd);

    /// @p checks: every check per source id, newest first (ProvenanceStore::checkHistory()).
    static QJsonObject provenanceJson(const Article &article, const QList<Annotation> &annotations,
        const QHash<QString, QList<LinkCheckResult>> &checks, const Options &options);

    /// The schema.org rating of a verification status: {value, name}; value 0 for none.
    static QPair<int, QString> ratingFor(const QString &status);
};

} // namespace Wiredesk
