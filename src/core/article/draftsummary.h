#pragma once

#include <QDateTime>
#include <QString>

namespace Wiredesk {

/// One row of the drafts list: enough to show and sort without loading the article.
struct DraftSummary {
    QString id;
    QString headline;
    QString status;    ///< draft, ready, published (set by the desk or the sync module)
    QString syncState; ///< owned by the sync module; empty until it claims the draft
    QDateTime modified;
    QDateTime trashed; ///< invalid unless in the trash
    int wordCount = 0;
};

} // namespace Wiredesk
