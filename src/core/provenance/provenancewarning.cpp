#include "provenancewarning.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString ProvenanceWarning::kindName(Kind kind)
{
    switch (kind) {
    case Kind::DeadLink:
        return u"dead-link"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::CrossDomainRedirect:
        return u"cross-domain-redirect"_s;
    case Kind::DuplicateSource:
        return u"duplicate-source"_s;
    case Kind::PostedBeforeArticle:
        return u"posted-before-article"_s;
    case Kind::PostedAfterArticle:
        return u"posted-after-article"_s;
    case Kind::PostedInFuture:
        return u"posted-in-future"_s;
    case Kind::PostedTimeMismatch:
        return u"posted-time-mismatch"_s;
    case Kind::FabricatedId:
        return u"fabricated-id"_s;
    case Kind::UncitedSource:
        return u"uncited-source"_s;
    case Kind::RemovedSourceCitation:
        return u"removed-source-citation"_s;
    case Kind::UncitedParagraph:
        return u"uncited-paragraph"_s;
    case Kind::TertiaryOnly:
        return u"tertiary-only"_s;
    case Kind::ImageMissingCredit:
        return u"image-missing-credit"_s;
    case Kind::ImageMissingAlt:
        return u"image-missing-alt"_s;
    case Kind::LowCredibilityDomain:
        return u"low-credibility-domain"_s;
    }
    return {};
}

QString ProvenanceWarning::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocking:
        return u"blocking"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QJsonObject ProvenanceWarning::toJson() const
{
    QJsonObject json {{u"kind"_s, kindName(kind)}, {u"severity"_s, severityName(severity)}};
    if (!sourceId.isEmpty())
        json.insert(u"sourceId"_s, sourceId);
    if (!blockId.isEmpty())
        json.insert(u"blockId"_s, blockId);
    if (!citationId.isEmpty())
        json.insert(u"citationId"_s, citationId);
    if (!otherSourceId.isEmpty())
        json.insert(u"otherSourceId"_s, otherSourceId);
    if (spanStart >= 0)
        json.insert(u"span"_s, QJsonArray {spanStart, spanEnd});
    json.insert(u"message"_s, message);
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    return json;
}

} // namespace Wiredesk
