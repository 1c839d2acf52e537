#pragma once

#include <QJsonObject>
#include <QString>

namespace Wiredesk {

/// One finding of ProvenanceChecker: what is wrong, how bad, and where (a source, or a block
/// and span of the body) so the checks panel can link to it. message is translated for the
/// user; detail carries the technical facts (URLs, times, statuses) untranslated.
struct ProvenanceWarning {
    enum class Kind {
        DeadLink,              ///< 404/410
        Unreachable,           ///< no answer, timeout, 5xx, redirect failure
        CrossDomainRedirect,   ///< the link now ends on another site
        DuplicateSource,       ///< same canonical URL as an earlier source
        PostedBeforeArticle,   ///< long before the article's time
        PostedAfterArticle,    ///< after the article's time (beyond the allowance)
        PostedInFuture,        ///< the source's time is later than now
        PostedTimeMismatch,    ///< the time entered disagrees with the time in the URL's id
        FabricatedId,          ///< the URL's id cannot be genuine (impossible derived time)
        UncitedSource,         ///< no span cites the source
        RemovedSourceCitation, ///< a span cites a source the article no longer has
        UncitedParagraph,      ///< quotes or figures without any citation
        TertiaryOnly,          ///< a claim supported only by tertiary sources
        ImageMissingCredit,
        ImageMissingAlt,
        LowCredibilityDomain, ///< a domain the desk labelled
    };
    enum class Severity { Blocking, Warning, Info };

    Kind kind = Kind::DeadLink;
    Severity severity = Severity::Warning;
    QString sourceId;      ///< the source concerned, if any
    QString blockId;       ///< the block concerned, if any ("lead-image" for the lead image)
    QString citationId;    ///< the cited span concerned, if any
    QString otherSourceId; ///< duplicate-source: the earlier source to merge into
    int spanStart = -1;    ///< offsets in the block's text (see CitationExtractor), -1 for none
    int spanEnd = -1;
    QString message;
    QString detail;

    static QString kindName(Kind kind);
    static QString severityName(Severity severity);
    QJsonObject toJson() const;

    bool operator==(const ProvenanceWarning &) const = default;
};

} // namespace Wiredesk
