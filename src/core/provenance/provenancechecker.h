#pragma once

#include "linkcheckresult.h"
#include "provenancechecksettings.h"
#include "provenancewarning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Wiredesk {

struct Article;

/// The fact-checker's checks panel as a pure function: article, latest link checks (by source
/// id), desk settings and the current time in; warnings out, in a stable order (sources in
/// article order, then cited spans, paragraphs and images in body order). Being pure, it can
/// run on every edit ("warnings update live") and is tested with golden files.
///
/// Without link checks (an empty map) it gives every warning that needs no network, which is
/// what `wiredesk-cli sources check` prints offline. A source's time is the one entered
/// (ArticleSource::posted), else the one derived from its URL (PostTimeDecoder); the
/// article's time is its publication time, or @p now for an unscheduled draft.
class ProvenanceChecker final
{
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::ProvenanceChecker)

public:
    static QList<ProvenanceWarning> check(const Article &article, const QHash<QString, LinkCheckResult> &checks,
        const ProvenanceCheckSettings &settings, const QDateTime &now);

    /// Whether @p text carries quotation marks or figures (percentages, amounts of money,
    /// numbers of four digits or more that are not years, "million"/"billion").
    static bool hasQuotesOrFigures(const QString &text);

    static bool hasBlocking(const QList<ProvenanceWarning> &warnings);
};

} // namespace Wiredesk
