#include "syncengine.h"

#include "article.h"
#include "articlerepository.h"
#include "credentialstore.h"
#include "database.h"
#include "publishingtarget.h"
#include "revisionstore.h"
#include "wordpresstarget.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

const QString TitleField = u"title"_s;
const QString ExcerptField = u"excerpt"_s;
const QString SlugField = u"slug"_s;
const QString TagsField = u"tags"_s;

QString articleJson(const Article &article)
{
    return QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<Article> articleFromJson(const QString &json)
{
    Article article;
    QString error;
    if (json.isEmpty() || !Article::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &article, &error))
        return std::nullopt;
    return article;
}

/// What is exchanged with the target; the local-only parts (times, bylines...) do not count.
bool sameContent(const Article &a, const Article &b)
{
    return a.headline == b.headline && a.dek == b.dek && a.slug == b.slug && a.tags == b.tags && a.section == b.section
        && a.bodyHtml == b.bodyHtml && a.leadImage == b.leadImage && a.sources == b.sources;
}

Article applySide(Article article, const QMap<QString, QString> &fields, const QString &body)
{
    article.headline = fields.value(TitleField);
    article.dek = fields.value(ExcerptField);
    article.slug = fields.value(SlugField);
    article.tags = fields.value(TagsField).split(u'\n', Qt::SkipEmptyParts);
    article.bodyHtml = body;
    return article;
}

QJsonArray conflictsJson(const QList<MergeConflict> &conflicts)
{
    QJsonArray out;
    for (const MergeConflict &c : conflicts)
        out.append(QJsonObject {{u"where"_s, c.where == MergeConflict::Where::Field ? u"field"_s : u"block"_s},
            {u"key"_s, c.key}, {u"base"_s, c.base}, {u"local"_s, c.local}, {u"remote"_s, c.remote}});
    return out;
}

} // namespace

SyncEngine::SyncEngine(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(database)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::drain);
    connect(&m_outbox, &OutboxQueue::entryChanged, this, &SyncEngine::entryChanged);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::addTarget(const QString &name, PublishingTarget *target)
{
    m_targets.insert(name, target);
}

void SyncEngine::setAllowInsecureCredentials(const QString &name, bool allow)
{
    m_allowInsecure.insert(name, allow);
}

void SyncEngine::setAutoDrain(bool on)
{
    m_autoDrain = on;
    if (on)
        schedule();
    else
        m_timer.stop();
}

bool SyncEngine::enqueue(const QString &draftId, const QString &target)
{
    if (!m_outbox.enqueue(draftId, target))
        return false;
    if (m_autoDrain)
        QMetaObject::invokeMethod(this, &SyncEngine::drain, Qt::QueuedConnection);
    return true;
}

int SyncEngine::recover()
{
    return m_outbox.recoverInterrupted();
}

void SyncEngine::drain()
{
    if (m_busy)
        return;
    m_busy = true;
    m_timer.stop();
    processNext();
}

void SyncEngine::schedule()
{
    if (!m_autoDrain || m_busy)
        return;
    const QDateTime next = m_outbox.nextDue();
    if (!next.isValid())
        return;
    m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next))));
}

void SyncEngine::processNext()
{
    const QList<OutboxEntry> due = m_outbox.due(QDateTime::currentDateTimeUtc(), 1); // one at a time
    if (due.isEmpty()) {
        m_busy = false;
        schedule();
        Q_EMIT idle();
        return;
    }
    process(due.constFirst());
}

bool SyncEngine::mayCarryCredentials(const QUrl &url, bool userAllowedInsecure)
{
    if (url.scheme() == u"https"_s)
        return true;
    const QString host = url.host();
    if (host == u"localhost"_s || QHostAddress(host).isLoopback())
        return true;
    return userAllowedInsecure;
}

MergeSide SyncEngine::mergeSide(const Article &article)
{
    return MergeSide {{{TitleField, article.headline}, {ExcerptField, article.dek}, {SlugField, article.slug},
                          {TagsField, article.tags.join(u'\n')}},
        article.bodyHtml};
}

MergeSide SyncEngine::mergeSide(const RemotePost &post)
{
    return MergeSide {{{TitleField, post.title}, {ExcerptField, post.excerpt}, {SlugField, post.slug},
                          {TagsField, post.tags.join(u'\n')}},
        post.bodyHtml};
}

void SyncEngine::process(OutboxEntry entry)
{
    PublishingTarget *target = m_targets.value(entry.target);
    if (!target)
        return failEntry(
            entry, SyncError::make(SyncError::Kind::Invalid, tr("No target named %1.").arg(entry.target)), tr("push"));
    ArticleRepository repository(m_database);
    const std::optional<Article> article = repository.load(entry.draftId);
    if (!article)
        return failEntry(
            entry, SyncError::make(SyncError::Kind::Invalid, tr("The draft no longer exists locally.")), tr("push"));
    entry.state = OutboxEntry::State::Sending;
    // Committed before any byte goes out: a crash from here on leaves "sending", which makes
    // the next run look the post up by draft id instead of creating it twice.
    m_outbox.update(
        entry, u"sending"_s, entry.remoteId.isEmpty() ? tr("creating") : tr("updating %1").arg(entry.remoteId));

    const QPointer<PublishingTarget> guard(target);
    withCredentials(entry, [this, entry, article = *article, guard]() mutable {
        if (!guard)
            return failEntry(entry, SyncError::make(SyncError::Kind::Invalid, tr("The target went away.")), tr("push"));
        if (entry.remoteId.isEmpty()) {
            if (!guard->canFindByDraftId())
                return pushEntry(entry, article);
            guard->findByDraftId(entry.draftId, [this, entry, article](const FetchResult &found) mutable {
                if (!found.error.ok())
                    return failEntry(entry, found.error, tr("looking the post up by draft id"));
                if (found.found) {
                    // Our own create got through but its answer was lost: update that post.
                    m_outbox.log(entry.draftId, entry.target, u"found"_s,
                        tr("post %1 already carries this draft id; updating it instead of creating another")
                            .arg(found.post.remoteId));
                    entry.remoteId = found.post.remoteId;
                    entry.remoteVersion = found.post.version;
                }
                pushEntry(entry, article);
            });
            return;
        }
        guard->fetch(entry.remoteId, [this, entry, article](const FetchResult &fetched) mutable {
            if (!fetched.error.ok())
                return failEntry(entry, fetched.error, tr("reading the site's version"));
            if (fetched.post.contentHash == entry.contentHash) {
                const std::optional<Article> base = articleFromJson(entry.baseJson);
                if (base && sameContent(*base, article)) {
                    entry.state = OutboxEntry::State::Sent;
                    entry.attempts = 0;
                    entry.lastError.clear();
                    m_outbox.update(entry, u"unchanged"_s, tr("nothing changed since the last push"));
                    QMetaObject::invokeMethod(this, &SyncEngine::processNext, Qt::QueuedConnection);
                    return;
                }
                return pushEntry(entry, article);
            }
            updateEntry(entry, article, fetched.post);
        });
    });
}

void SyncEngine::withCredentials(const OutboxEntry &entry, std::function<void()> next)
{
    auto *wordpress = qobject_cast<WordPressTarget *>(m_targets.value(entry.target));
    if (!wordpress)
        return next();
    if (!mayCarryCredentials(wordpress->siteUrl(), m_allowInsecure.value(entry.target)))
        return failEntry(entry,
            SyncError::make(SyncError::Kind::Refused,
                tr("%1 is plain http to another machine: the password would travel "
                   "unencrypted. Confirm it for this site first.")
                    .arg(wordpress->siteUrl().host())),
            tr("signing in"));
    if (wordpress->hasCredentials())
        return next();
    if (!m_credentials)
        return failEntry(entry,
            SyncError::make(SyncError::Kind::NeedsSignIn, tr("No password for this site; sign in.")), tr("signing in"));
    const QPointer<WordPressTarget> guard(wordpress);
    m_credentials->read(wordpress->siteUrl(), wordpress->user(),
        [this, entry, next, guard](const QString &secret, const SyncError &error) {
            if (!error.ok() || !guard)
                return failEntry(entry, error, tr("signing in"));
            guard->setCredentials(guard->user(), secret);
            next();
        });
}

void SyncEngine::pushEntry(OutboxEntry entry, const Article &article)
{
    PublishingTarget *target = m_targets.value(entry.target);
    if (!target)
        return failEntry(entry, SyncError::make(SyncError::Kind::Invalid, tr("The target went away.")), tr("push"));
    target->push(article, entry.remoteId, entry.remoteVersion,
        [this, entry, article](const PushResult &result) { finishPush(entry, article, result); });
}

void SyncEngine::updateEntry(OutboxEntry entry, const Article &article, const RemotePost &remote)
{
    const std::optional<Article> base = articleFromJson(entry.baseJson);
    const MergeSide baseSide = base ? mergeSide(*base) : MergeSide {};
    const MergeResult merged = ThreeWayMerge::merge(baseSide, mergeSide(article), mergeSide(remote));

    // Both versions are kept whatever happens next.
    RevisionStore revisions(m_database);
    const Article remoteArticle = applySide(article, mergeSide(remote).fields, remote.bodyHtml);
    revisions.add(article, RevisionStore::Manual, tr("Before merging with the site's version"));
    revisions.add(remoteArticle, RevisionStore::Manual, tr("The site's version %1").arg(remote.version));

    if (!merged.isClean()) {
        QSqlQuery query(m_database->connection());
        query.prepare(u"INSERT INTO sync_conflict (draft_id, target, at, remote_id, remote_version, remote_hash, "
                      u"remote_json, local_json, conflicts_json) VALUES (?,?,?,?,?,?,?,?,?)"_s);
        for (const QVariant &value : QVariantList {entry.draftId, entry.target, QDateTime::currentMSecsSinceEpoch(),
                 remote.remoteId, remote.version, remote.contentHash, articleJson(remoteArticle), articleJson(article),
                 QString::fromUtf8(QJsonDocument(conflictsJson(merged.conflicts)).toJson(QJsonDocument::Compact))})
            query.addBindValue(value);
        query.exec();
        entry.state = OutboxEntry::State::Conflict;
        entry.lastError = tr("The post was changed on the site too; %n place(s) changed on both sides.", nullptr,
            int(merged.conflicts.size()));
        m_outbox.update(entry, u"conflict"_s);
        ArticleRepository(m_database).setSyncState(entry.draftId, u"conflict"_s);
        Q_EMIT conflictFound(entry.draftId, entry.target);
        QMetaObject::invokeMethod(this, &SyncEngine::processNext, Qt::QueuedConnection);
        return;
    }
    const Article result = applySide(article, merged.fields, merged.bodyHtml);
    ArticleRepository(m_database).save(result);
    m_outbox.log(entry.draftId, entry.target, u"merged"_s,
        tr("merged with the site's version %1 (changes on both sides, none overlapping)").arg(remote.version));
    entry.remoteVersion = remote.version;
    pushEntry(entry, result);
}

void SyncEngine::finishPush(OutboxEntry entry, const Article &article, const PushResult &result)
{
    if (!result.error.ok())
        return failEntry(
            entry, result.error, entry.remoteId.isEmpty() ? tr("creating the post") : tr("updating the post"));
    entry.state = OutboxEntry::State::Sent;
    entry.attempts = 0;
    entry.lastError.clear();
    entry.remoteId = result.remoteId;
    entry.remoteVersion = result.remoteVersion;
    entry.contentHash = result.contentHash;
    entry.baseJson = articleJson(article);
    entry.nextAttempt = {};
    m_outbox.update(entry, u"sent"_s, tr("post %1, version %2").arg(result.remoteId, result.remoteVersion));
    ArticleRepository repository(m_database);
    repository.setSyncState(entry.draftId, u"sent"_s);
    // Edited while it was on the way: send the newer text too.
    const std::optional<Article> now = repository.load(entry.draftId);
    if (now && !sameContent(*now, article))
        m_outbox.enqueue(entry.draftId, entry.target);
    QMetaObject::invokeMethod(this, &SyncEngine::processNext, Qt::QueuedConnection);
}

void SyncEngine::failEntry(OutboxEntry entry, const SyncError &error, const QString &during)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.lastError = during + u": "_s + error.message;
    switch (error.kind) {
    case SyncError::Kind::Retry:
    case SyncError::Kind::None:
        ++entry.attempts;
        entry.state = OutboxEntry::State::RetryAt;
        entry.nextAttempt = m_backoff.nextAttempt(entry.attempts, now, error.retryAfter);
        break;
    case SyncError::Kind::Conflict:
        // A server-side precondition failed (Ghost's 409): fetch, merge and try again now.
        ++entry.attempts;
        entry.state = entry.attempts < 5 ? OutboxEntry::State::Queued : OutboxEntry::State::RetryAt;
        entry.nextAttempt = entry.attempts < 5 ? now : m_backoff.nextAttempt(entry.attempts, now);
        break;
    case SyncError::Kind::NeedsSignIn:
    case SyncError::Kind::Refused:
        entry.state = OutboxEntry::State::NeedsSignIn;
        break;
    case SyncError::Kind::RemoteDeleted:
        entry.state = OutboxEntry::State::Failed;
        entry.lastError += u' ' + tr("Recreate it or detach the draft from the site.");
        break;
    case SyncError::Kind::TooLarge:
    case SyncError::Kind::Invalid:
        entry.state = OutboxEntry::State::Failed;
        break;
    }
    m_outbox.update(entry, SyncError::kindName(error.kind));
    ArticleRepository(m_database).setSyncState(entry.draftId, OutboxEntry::stateName(entry.state));
    QMetaObject::invokeMethod(this, &SyncEngine::processNext, Qt::QueuedConnection);
}

bool SyncEngine::resolveConflict(const QString &draftId, const QString &target, const Article &resolved)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id, remote_version, remote_hash, remote_json FROM sync_conflict WHERE draft_id = ? AND "
                  u"target = ? AND resolved = 0 ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(draftId);
    query.addBindValue(target);
    std::optional<OutboxEntry> entry = m_outbox.entry(draftId, target);
    if (!query.exec() || !query.next() || !entry)
        return false;
    const qint64 conflictId = query.value(0).toLongLong();
    entry->remoteVersion = query.value(1).toString();
    entry->contentHash = query.value(2).toString();
    entry->baseJson = query.value(3).toString();
    entry->state = OutboxEntry::State::Queued;
    entry->attempts = 0;
    entry->nextAttempt = QDateTime::currentDateTimeUtc();
    entry->lastError.clear();
    if (!ArticleRepository(m_database).save(resolved))
        return false;
    QSqlQuery done(m_database->connection());
    done.prepare(u"UPDATE sync_conflict SET resolved = 1 WHERE draft_id = ? AND target = ? AND id <= ?"_s);
    done.addBindValue(draftId);
    done.addBindValue(target);
    done.addBindValue(conflictId);
    done.exec();
    m_outbox.update(*entry, u"resolved"_s, tr("conflict resolved by the user"));
    if (m_autoDrain)
        QMetaObject::invokeMethod(this, &SyncEngine::drain, Qt::QueuedConnection);
    return true;
}

QList<MergeConflict> SyncEngine::conflicts(const QString &draftId, const QString &target) const
{
    QList<MergeConflict> out;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT conflicts_json FROM sync_conflict WHERE draft_id = ? AND target = ? AND resolved = 0 "
                  u"ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(draftId);
    query.addBindValue(target);
    if (!query.exec() || !query.next())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        out << MergeConflict {
            o.value(u"where"_s).toString() == u"field"_s ? MergeConflict::Where::Field : MergeConflict::Where::Block,
            o.value(u"key"_s).toString(), o.value(u"base"_s).toString(), o.value(u"local"_s).toString(),
            o.value(u"remote"_s).toString()};
    }
    return out;
}

bool SyncEngine::detach(const QString &draftId, const QString &target)
{
    std::optional<OutboxEntry> entry = m_outbox.entry(draftId, target);
    if (!entry)
        return false;
    entry->remoteId.clear();
    entry->remoteVersion.clear();
    entry->contentHash.clear();
    entry->baseJson.clear();
    entry->state = OutboxEntry::State::Queued;
    entry->attempts = 0;
    entry->nextAttempt = QDateTime::currentDateTimeUtc();
    entry->lastError.clear();
    return m_outbox.update(*entry, u"detached"_s, tr("detached from the site; the next push creates a new post"));
}

} // namespace Wiredesk
