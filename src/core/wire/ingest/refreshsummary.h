#pragma once

#include "wiresource.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// What one source's turn in a refresh did: the source as written back (validators, last
/// result and error, next attempt) and what its items did to the store.
struct SourceRefresh {
    WireSource source;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicates = 0;
    int tombstoned = 0;
    int files = 0;            ///< drop folders and files: documents read in this turn
    bool notModified = false; ///< feeds: the server answered 304
    bool cancelled = false;
    bool deferred = false; ///< not fetched: Retry-After or backoff asks to wait until source.nextAttempt
    QList<qint64> addedIds;
    QString error; ///< empty on success; one sentence for the user

    bool ok() const { return error.isEmpty(); }
};

/// The outcome of a whole refresh (manual, polled or a file that appeared).
struct RefreshSummary {
    int sourcesDone = 0;
    int sourcesTotal = 0;
    int added = 0;
    int updated = 0;
    QList<qint64> addedIds;
    QStringList errors; ///< "Source name: error", one per failed source
    bool cancelled = false;
};

} // namespace Wiredesk

Q_DECLARE_METATYPE(Wiredesk::SourceRefresh)
Q_DECLARE_METATYPE(Wiredesk::RefreshSummary)
