#pragma once

#include "remotepost.h"
#include "syncerror.h"

#include <QList>

namespace Wiredesk {

/// What a push did: the post's id and version afterwards, or the error.
struct PushResult {
    QString remoteId;
    QString remoteVersion;
    QString contentHash;
    SyncError error;
};

/// One post read from a target; found is false when a lookup matched nothing.
struct FetchResult {
    bool found = false;
    RemotePost post;
    SyncError error;
};

/// One page of a listing with the server's totals (WordPress X-WP-Total / X-WP-TotalPages).
struct ListResult {
    QList<RemotePost> posts;
    int total = 0;
    int totalPages = 0;
    SyncError error;
};

/// An uploaded image: its id on the target and its public URL.
struct MediaResult {
    qint64 mediaId = 0;
    QString url;
    SyncError error;
};

} // namespace Wiredesk
