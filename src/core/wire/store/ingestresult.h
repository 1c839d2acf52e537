#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Wiredesk {

/// What one ingested batch did to the store. Every input item lands in exactly one of
/// added, updated, unchanged, duplicates or tombstoned (or rejected with an error).
struct IngestResult {
    qint64 sourceId = 0;
    int added = 0;      ///< new rows
    int updated = 0;    ///< same (source, guid) with new content: updated in place
    int unchanged = 0;  ///< same (source, guid) and same content hash: nothing to do
    int duplicates = 0; ///< same canonical URL or content hash as a stored item: counted on it
    int tombstoned = 0; ///< deleted or purged before: kept out
    int clustered = 0;  ///< of the added, how many joined a story cluster
    QList<qint64> addedIds;
    QString error; ///< set when the batch was rolled back

    bool ok() const { return error.isEmpty(); }
};

} // namespace Wiredesk

Q_DECLARE_METATYPE(Wiredesk::IngestResult)
