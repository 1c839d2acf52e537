#pragma once

#include "wireitem.h"

namespace Wiredesk {

/// One row of the inbox: the stored item plus what the store knows about it. Page queries
/// leave contentHtml and raw empty (a page must stay cheap); WireStore::item() fills them.
struct InboxRow {
    WireItem item;
    QString sourceName;
    QString sourceLabel;
    bool read = false;
    bool starred = false;
    bool updated = false; ///< re-sent with new content after it was first stored
    int alsoIn = 0;       ///< other sources that sent the same URL or text
    qint64 clusterId = 0; ///< 0 when the item is alone
    int clusterSize = 1;  ///< members of its story cluster, 1 when alone
};

} // namespace Wiredesk
