#pragma once

// Realistic newsroom articles shared by the article tests.

#include "article.h"

#include <QTimeZone>

namespace Wiredesk::Samples {

using namespace Qt::StringLiterals;

inline Article glacierStory()
{
    Article a;
    a.id = u"5b0c7c4e-1f7e-4d8c-9c55-0d2b8f0e2a11"_s;
    a.headline = u"Glacier loss in the Alps doubled in a decade, survey finds"_s;
    a.dek = u"Swiss monitoring network records the steepest two-year decline since measurements began"_s;
    a.bylines = {u"Marta Keller"_s};
    a.section = u"Science"_s;
    a.tags = {u"climate"_s, u"switzerland"_s};
    a.dateline = u"ZURICH"_s;
    a.timeZone = u"Europe/Zurich"_s;
    a.slug = u"alps-glacier-loss"_s;
    a.bodyHtml = u"<p data-block=\"p0000001\">Switzerland's glaciers lost 4 percent of their remaining volume this "
                 u"year, the Swiss glacier monitoring network GLAMOS said on Tuesday.</p>\n"
                 u"<h2 data-block=\"h0000001\">A record year</h2>\n"
                 u"<p data-block=\"p0000002\">The loss follows a winter with little snow and a hot summer.</p>\n"
                 u"<blockquote data-block=\"q0000001\"><p>We have never seen melt like this so early in the "
                 u"season,</p></blockquote>\n"
                 u"<p data-block=\"p0000003\">Ski resorts in the Valais have already shortened their seasons.</p>"_s;
    a.created = QDateTime(QDate(2026, 11, 26), QTime(16, 0), QTimeZone::utc());
    a.modified = QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::utc());
    return a;
}

inline Article courtStory()
{
    Article a;
    a.id = u"0e6f1f77-3a55-4bb0-8a0e-6a1b4f0d9c02"_s;
    a.headline = u"Zürich court clears former bank executives of fraud"_s;
    a.dek = u"Judges found no proof that the managers knew of the losses"_s;
    a.bylines = {u"Jonas Ruegg"_s};
    a.section = u"Business"_s;
    a.bodyHtml = u"<p>The district court acquitted all four defendants on Friday.</p>"_s;
    return a;
}

inline Article budgetStory()
{
    Article a;
    a.id = u"9a3c2b1d-7e44-4f1a-b2c3-5d6e7f809a1b"_s;
    a.headline = u"City council cuts 5% from transit budget"_s;
    a.dek = u"Bus routes in the outer districts face reductions from March"_s;
    a.section = u"Local"_s;
    a.bodyHtml = u"<p>The council voted 31 to 24 in favour of the cuts.</p>"_s;
    return a;
}

/// A long article (about @p words words) in paragraphs of 50 words.
inline Article longStory(int words)
{
    Article a = glacierStory();
    a.id = u"7f1e2d3c-4b5a-4968-8776-655443322110"_s;
    static const QStringList vocabulary {u"glacier"_s, u"melt"_s, u"summer"_s, u"volume"_s, u"researchers"_s,
        u"measured"_s, u"the"_s, u"valley"_s, u"ice"_s, u"retreat"_s};
    QString body;
    for (int p = 0; p < words / 50; ++p) {
        body += u"<p>"_s;
        for (int w = 0; w < 50; ++w)
            body += vocabulary.at((p * 7 + w) % vocabulary.size()) + (w == 49 ? u"."_s : u" "_s);
        body += u"</p>"_s;
    }
    a.bodyHtml = body;
    return a;
}

} // namespace Wiredesk::Samples
