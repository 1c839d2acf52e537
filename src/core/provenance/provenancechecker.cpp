#include "provenancechecker.h"

#include "article.h"
#include "citationextractor.h"
#include "posttimedecoder.h"
#include "urlcanonicalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

using Kind = ProvenanceWarning::Kind;
using Severity = ProvenanceWarning::Severity;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool isTertiary(const ArticleSource &source)
{
    if (!source.kind.isEmpty())
        return source.kind == u"tertiary";
    const QString platform = source.platform.isEmpty() ? UrlCanonicalizer::platformOf(source.url) : source.platform;
    return platform == u"wikipedia";
}

QString sourceName(const ArticleSource &source)
{
    if (!source.title.isEmpty())
        return source.title;
    return source.url.isEmpty() ? source.id : source.url;
}

// A short excerpt of a paragraph for messages.
QString excerpt(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() <= 60 ? simplified : simplified.left(57) + u"…"_s;
}

} // namespace

bool ProvenanceChecker::hasQuotesOrFigures(const QString &text)
{
    static const QString quoteMarks = u"\u201C\u201D\"\u00AB\u00BB\u201E"_s;
    for (const QChar c : text) {
        if (quoteMarks.contains(c))
            return true;
    }
    static const QRegularExpression figures(
        u"\\d\\s?(%|per\\s?cent\\b|percent\\b)"                                   // percentages
        u"|[$€£¥₹₽]\\s?\\d|\\d\\s?[$€£¥₹₽]"                       // currency signs
        u"|\\b(EUR|USD|GBP|CHF|JPY)\\s?\\d|\\d\\s?(EUR|USD|GBP|CHF|JPY)\\b"       // currency codes
        u"|\\d\\s?(euros?|dollars?|pounds?|francs?|yen|yuan)\\b"                  // currency words
        u"|\\d\\s?(thousand|million|billion|trillion|bn|mn)\\b"                   // magnitudes
        u"|\\b\\d{1,3}([,\u00A0\u202F ]\\d{3})+\\b|\\b\\d{1,3}(\\.\\d{3}){2,}\\b" // grouped thousands
        u"|\\b\\d{5,}\\b"
        u"|\\b(per\\s?cent|percent)\\b" // "ten per cent"
        u"|\\b(hundreds?|thousands?|millions?|billions?)\\s+(of\\s+)?(euros?|dollars?|pounds?|francs?)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (figures.match(text).hasMatch())
        return true;
    // Four-digit numbers count unless they look like years.
    static const QRegularExpression fourDigits(u"(?<![\\d.,])\\d{4}(?![\\d.,]\\d)"_s);
    QRegularExpressionMatchIterator it = fourDigits.globalMatch(text);
    while (it.hasNext()) {
        const int value = it.next().captured().toInt();
        if (value < 1800 || value > 2099)
            return true;
    }
    return false;
}

bool ProvenanceChecker::hasBlocking(const QList<ProvenanceWarning> &warnings)
{
    return std::any_of(warnings.begin(), warnings.end(),
        [](const ProvenanceWarning &w) { return w.severity == ProvenanceWarning::Severity::Blocking; });
}

QList<ProvenanceWarning> ProvenanceChecker::check(const Article &article, const QHash<QString, LinkCheckResult> &checks,
    const ProvenanceCheckSettings &settings, const QDateTime &now)
{
    QList<ProvenanceWarning> warnings;
    auto add = [&warnings](Kind kind, Severity severity, const QString &sourceId, const QString &message,
                   const QString &detail = {}) -> ProvenanceWarning & {
        ProvenanceWarning w;
        w.kind = kind;
        w.severity = severity;
        w.sourceId = sourceId;
        w.message = message;
        w.detail = detail;
        warnings << w;
        return warnings.last();
    };

    const QDateTime nowUtc = now.toUTC();
    const QDateTime articleTime = article.published.isValid() ? article.published.toUTC() : nowUtc;
    const CitationExtractor::Result body = CitationExtractor::extract(article.bodyHtml);

    QSet<QString> citedIds;
    for (const CitationExtractor::Citation &citation : body.citations) {
        for (const QString &id : citation.sourceIds)
            citedIds.insert(id);
    }

    // ---- Sources, in article order ----
    QHash<QString, QString> firstWithCanonical; // canonical URL → source id
    QHash<QString, const ArticleSource *> sourcesById;
    for (const ArticleSource &source : article.sources) {
        sourcesById.insert(source.id, &source);
        const QString name = sourceName(source);
        const QString canonical = UrlCanonicalizer::canonicalize(source.url);

        if (!canonical.isEmpty()) {
            const QString site = UrlCanonicalizer::siteOf(canonical);
            for (auto it = settings.lowCredibilityDomains.begin(); it != settings.lowCredibilityDomains.end(); ++it) {
                if (UrlCanonicalizer::hostMatches(site, it.key())) {
                    add(Kind::LowCredibilityDomain, Severity::Warning, source.id,
                        tr("“%1” is from %2, which the desk labelled “%3”.").arg(name, it.key(), it.value()),
                        source.url);
                    break;
                }
            }
            const QString first = firstWithCanonical.value(canonical);
            if (!first.isEmpty()) {
                add(Kind::DuplicateSource, Severity::Warning, source.id,
                    tr("“%1” is the same page as source %2; merge them.").arg(name, first), canonical)
                    .otherSourceId
                    = first;
            } else {
                firstWithCanonical.insert(canonical, source.id);
            }
        }

        const auto check = checks.constFind(source.id);
        if (check != checks.constEnd()) {
            using Outcome = LinkCheckResult::Outcome;
            switch (check->outcome) {
            case Outcome::Ok:
                if (check->redirectsToOtherDomain()) {
                    add(Kind::CrossDomainRedirect, Severity::Warning, source.id,
                        tr("The link to “%1” now leads to another site: %2.")
                            .arg(name, UrlCanonicalizer::siteOf(check->finalUrl)),
                        check->url + u" → "_s + check->finalUrl);
                }
                break;
            case Outcome::Dead:
                add(Kind::DeadLink, Severity::Blocking, source.id,
                    tr("The link to “%1” is dead (HTTP %2).").arg(name).arg(check->status),
                    check->url + u" checked "_s + iso(check->checkedAt));
                break;
            case Outcome::Cancelled:
                break;
            default:
                add(Kind::Unreachable, Severity::Warning, source.id,
                    tr("The link to “%1” could not be reached: %2").arg(name, check->errorString),
                    check->url + u" "_s + LinkCheckResult::outcomeName(check->outcome) + u" checked "_s
                        + iso(check->checkedAt));
                break;
            }
        }

        const DecodedPostTime decoded = PostTimeDecoder::decode(source.url, nowUtc);
        if (decoded.verdict == DecodedPostTime::Verdict::Impossible) {
            add(Kind::FabricatedId, Severity::Blocking, source.id,
                tr("The id in the link to “%1” cannot be genuine: %2").arg(name, decoded.reason), source.url);
        }
        QDateTime posted = source.posted.isValid() ? source.posted.toUTC() : QDateTime();
        if (posted.isValid() && decoded.isDerived() && qAbs(posted.secsTo(decoded.time)) > 3600) {
            add(Kind::PostedTimeMismatch, Severity::Warning, source.id,
                tr("“%1” is dated %2, but the id in its link says it was posted at %3.")
                    .arg(name, iso(posted), iso(decoded.time)),
                source.url);
        }
        if (!posted.isValid() && decoded.isDerived())
            posted = decoded.time;
        if (posted.isValid()) {
            if (posted.toMSecsSinceEpoch() > nowUtc.toMSecsSinceEpoch() + PostTimeDecoder::FutureToleranceMs) {
                add(Kind::PostedInFuture, Severity::Blocking, source.id,
                    tr("“%1” is dated %2, which is in the future.").arg(name, iso(posted)));
            } else if (posted > articleTime.addDays(settings.maxDaysAfter)) {
                add(Kind::PostedAfterArticle, Severity::Warning, source.id,
                    tr("“%1” was posted %2, more than %n day(s) after the article's time.", nullptr,
                        settings.maxDaysAfter)
                        .arg(name, iso(posted)),
                    u"article "_s + iso(articleTime));
            } else if (!isTertiary(source) && posted < articleTime.addDays(-settings.maxDaysBefore)) {
                add(Kind::PostedBeforeArticle, Severity::Warning, source.id,
                    tr("“%1” was posted %2, more than %n day(s) before the article's time: is it still current?",
                        nullptr, settings.maxDaysBefore)
                        .arg(name, iso(posted)),
                    u"article "_s + iso(articleTime));
            }
        }

        if (!citedIds.contains(source.id)) {
            add(Kind::UncitedSource, Severity::Warning, source.id,
                tr("“%1” is not cited anywhere in the text.").arg(name));
        }
    }

    // ---- Cited spans, in body order ----
    for (const CitationExtractor::Citation &citation : body.citations) {
        bool allTertiary = !citation.sourceIds.isEmpty();
        bool anyKnown = false;
        for (const QString &id : citation.sourceIds) {
            const ArticleSource *source = sourcesById.value(id);
            if (!source) {
                ProvenanceWarning &w = add(Kind::RemovedSourceCitation, Severity::Blocking, id,
                    tr("“%1” cites source %2, which is no longer in the article.").arg(excerpt(citation.text), id));
                w.blockId = citation.blockId;
                w.citationId = citation.id;
                w.spanStart = citation.start;
                w.spanEnd = citation.end;
                continue;
            }
            anyKnown = true;
            if (!isTertiary(*source))
                allTertiary = false;
        }
        if (anyKnown && allTertiary) {
            ProvenanceWarning &w = add(Kind::TertiaryOnly, Severity::Warning, citation.sourceIds.join(u' '),
                tr("“%1” rests only on a tertiary source; cite the primary or secondary source behind it.")
                    .arg(excerpt(citation.text)));
            w.blockId = citation.blockId;
            w.citationId = citation.id;
            w.spanStart = citation.start;
            w.spanEnd = citation.end;
        }
    }

    // ---- Paragraphs ----
    for (const CitationExtractor::Paragraph &paragraph : body.paragraphs) {
        if (paragraph.cited || paragraph.isHeading() || paragraph.text.trimmed().isEmpty())
            continue;
        if (!hasQuotesOrFigures(paragraph.text))
            continue;
        ProvenanceWarning &w = add(Kind::UncitedParagraph, Severity::Warning, QString(),
            tr("“%1” has quotes or figures but cites no source.").arg(excerpt(paragraph.text)));
        w.blockId = paragraph.blockId;
        if (paragraph.item >= 0)
            w.detail = u"list item "_s + QString::number(paragraph.item + 1);
    }

    // ---- Images ----
    auto checkImage = [&](const QString &blockId, const QString &source, const QString &alt, const QString &credit) {
        if (credit.trimmed().isEmpty()) {
            ProvenanceWarning &w = add(Kind::ImageMissingCredit, Severity::Blocking, QString(),
                tr("The image %1 has no credit.").arg(source), source);
            w.blockId = blockId;
        }
        if (alt.trimmed().isEmpty()) {
            ProvenanceWarning &w = add(Kind::ImageMissingAlt, Severity::Warning, QString(),
                tr("The image %1 has no alt text for readers who cannot see it.").arg(source), source);
            w.blockId = blockId;
        }
    };
    if (!article.leadImage.isEmpty())
        checkImage(u"lead-image"_s, article.leadImage.source, article.leadImage.alt, article.leadImage.credit);
    for (const CitationExtractor::Image &image : body.images)
        checkImage(image.blockId, image.source, image.alt, image.credit);

    return warnings;
}

} // namespace Wiredesk
