#pragma once

#include "syncresults.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Wiredesk {

struct Article;

/// A place drafts are published to: a CMS over REST (WordPress; Ghost fits the same shape) or
/// a folder.
///
/// Every call is asynchronous and calls its callback exactly once, later, from the target's
/// thread (never from inside the call). The engine never talks HTTP itself: it asks for the
/// remote post, merges, and pushes, and decides on retries from SyncError::Kind. A push with
/// an empty remoteId creates; otherwise it updates that post. baseVersion is the version the
/// draft was based on: targets with a server-side precondition (Ghost's updated_at → 409)
/// send it, WordPress has none, so the engine fetches and compares first.
class PublishingTarget : public QObject
{
    Q_OBJECT

public:
    using PushCallback = std::function<void(const PushResult &)>;
    using FetchCallback = std::function<void(const FetchResult &)>;
    using ListCallback = std::function<void(const ListResult &)>;
    using MediaCallback = std::function<void(const MediaResult &)>;

    explicit PublishingTarget(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~PublishingTarget() override = default;
    Q_DISABLE_COPY_MOVE(PublishingTarget)

    /// "wordpress", "folder", "ghost".
    virtual QString kind() const = 0;
    /// Whether it keeps a draft id with each post so findByDraftId() works (exactly-once).
    virtual bool canFindByDraftId() const = 0;

    virtual void push(const Article &article, const QString &remoteId, const QString &baseVersion, PushCallback done)
        = 0;
    virtual void fetch(const QString &remoteId, FetchCallback done) = 0;
    /// The post published from @p draftId, if any (found == false otherwise).
    virtual void findByDraftId(const QString &draftId, FetchCallback done) = 0;
    /// Drafts modified after @p modifiedAfter (invalid: all), newest first, 1-based @p page.
    virtual void listRemote(const QDateTime &modifiedAfter, int page, ListCallback done) = 0;
    virtual void uploadMedia(const QString &filePath, const QString &caption, const QString &alt, MediaCallback done)
        = 0;
};

} // namespace Wiredesk
