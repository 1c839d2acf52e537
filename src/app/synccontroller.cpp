#include "synccontroller.h"

#include "article.h"
#include "articleschema.h"
#include "credentialstore.h"
#include "database.h"
#include "foldertarget.h"
#include "httpclient.h"
#include "remotepost.h"
#include "syncengine.h"
#include "syncschema.h"
#include "wordpresstarget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

std::optional<Article> articleFrom(const QString &json)
{
    Article article;
    QString error;
    if (json.isEmpty() || !Article::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &article, &error))
        return std::nullopt;
    return article;
}

} // namespace

SyncController::SyncController(const QString &databasePath, const QString &assetRoot, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_assetRoot(assetRoot)
    , m_gate([](QWidget *, const Article &, QString *) { return true; })
{ }

SyncController::~SyncController()
{
    // The engine holds raw pointers to the targets; it goes first.
    m_engine.reset();
    qDeleteAll(m_targets);
}

bool SyncController::open(QString *error)
{
    m_database = std::make_unique<Database>();
    if (!m_database->open(m_databasePath) || !m_database->migrate(articleSchema())
        || !m_database->migrate(syncSchema())) {
        *error = m_database->errorString();
        return false;
    }
    m_http = std::make_unique<HttpClient>();
    m_credentials = std::make_unique<CredentialStore>(m_credentialService);
    m_engine = std::make_unique<SyncEngine>(m_database.get());
    m_engine->setCredentialStore(m_credentials.get());
    connect(m_engine.get(), &SyncEngine::entryChanged, this, [this](const QString &draftId, const QString &target) {
        Q_EMIT entryChanged(draftId, target);
        Q_EMIT activityChanged();
    });
    connect(m_engine.get(), &SyncEngine::conflictFound, this, &SyncController::conflictFound);
    connect(m_engine.get(), &SyncEngine::idle, this, &SyncController::activityChanged);
    connect(m_engine->outbox(), &OutboxQueue::logged, this, [this](const OutboxLogEntry &entry) {
        Q_EMIT logged(entry);
        if (entry.event == u"merged"_s)
            Q_EMIT draftMerged(entry.draftId);
    });
    if (!loadTargets(error))
        return false;
    m_engine->recover();
    m_engine->setAutoDrain(true); // retries wake the engine by its timer
    QMetaObject::invokeMethod(m_engine.get(), &SyncEngine::drain, Qt::QueuedConnection);
    return true;
}

bool SyncController::loadTargets(QString *error)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT name, kind, url, user, allow_insecure FROM sync_target ORDER BY name"_s)) {
        *error = tr("The sync targets cannot be read.");
        return false;
    }
    while (query.next()) {
        const Target target {query.value(0).toString(), query.value(1).toString(), QUrl(query.value(2).toString()),
            query.value(3).toString(), query.value(4).toBool()};
        if (target.kind != u"wordpress"_s && target.kind != u"folder"_s)
            continue; // a kind this build has no adapter for (ghost) stays in the table untouched
        m_targetList << target;
        addEngineTarget(target);
    }
    return true;
}

void SyncController::addEngineTarget(const Target &target)
{
    if (PublishingTarget *old = m_targets.take(target.name))
        old->deleteLater();
    PublishingTarget *made = nullptr;
    if (target.kind == u"folder"_s) {
        auto *folder
            = new FolderTarget(target.url.toLocalFile().isEmpty() ? target.url.toString() : target.url.toLocalFile(),
                m_assetRoot, m_folderOptions, this);
        folder->setProvenanceSource(m_folderProvenance);
        made = folder;
    } else {
        auto *wordpress = new WordPressTarget(target.url, m_http.get(), this);
        wordpress->setUser(target.user);
        wordpress->setAssetRoot(m_assetRoot);
        made = wordpress;
    }
    m_targets.insert(target.name, made);
    m_engine->addTarget(target.name, made);
    m_engine->setAllowInsecureCredentials(target.name, target.allowInsecure);
}

QString SyncController::currentTarget() const
{
    if (!m_current.isEmpty() && m_targets.contains(m_current))
        return m_current;
    for (const Target &target : m_targetList) {
        if (target.kind == u"wordpress"_s)
            return target.name;
    }
    return m_targetList.isEmpty() ? QString() : m_targetList.constFirst().name;
}

bool SyncController::saveTarget(const Target &target, QString *error)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT OR REPLACE INTO sync_target (name, kind, url, user, allow_insecure) VALUES (?,?,?,?,?)"_s);
    for (const QVariant &value :
        QVariantList {target.name, target.kind, target.url.toString(), target.user, target.allowInsecure ? 1 : 0})
        query.addBindValue(value);
    if (!query.exec()) {
        *error = tr("The target cannot be saved in the profile.");
        return false;
    }
    m_targetList.removeIf([&](const Target &t) { return t.name == target.name; });
    m_targetList << target;
    addEngineTarget(target);
    m_current = target.name;
    Q_EMIT targetsChanged();
    return true;
}

void SyncController::signedIn(const QString &targetName, const QString &user, const QString &password)
{
    if (auto *wordpress = qobject_cast<WordPressTarget *>(target(targetName)))
        wordpress->setCredentials(user, password);
    m_current = targetName;
    for (const OutboxEntry &entry : m_engine->outbox()->entries()) {
        if (entry.target == targetName && entry.state == OutboxEntry::State::NeedsSignIn)
            retryNow(entry.draftId, entry.target);
    }
}

void SyncController::ensureCredentials(const QString &targetName, std::function<void(const QString &)> done)
{
    auto *wordpress = qobject_cast<WordPressTarget *>(target(targetName));
    if (!wordpress || wordpress->hasCredentials())
        return done({});
    const auto configured = std::find_if(
        m_targetList.cbegin(), m_targetList.cend(), [&](const Target &t) { return t.name == targetName; });
    const bool allowInsecure = configured != m_targetList.cend() && configured->allowInsecure;
    if (!SyncEngine::mayCarryCredentials(wordpress->siteUrl(), allowInsecure))
        return done(tr("%1 is plain http to another machine; sign in again to confirm sending the password.")
                        .arg(wordpress->siteUrl().host()));
    const QPointer<WordPressTarget> guard(wordpress);
    m_credentials->read(
        wordpress->siteUrl(), wordpress->user(), [guard, done](const QString &secret, const SyncError &error) {
            if (!guard)
                return done(tr("The site was removed."));
            if (!error.ok())
                return done(error.message);
            guard->setCredentials(guard->user(), secret);
            done({});
        });
}

void SyncController::setFolderPublishing(const RenderOptions &options, FolderTarget::ProvenanceSource provenance)
{
    m_folderOptions = options;
    m_folderProvenance = std::move(provenance);
    // Folder targets made before this publish the same way from now on.
    const QList<Target> targets = m_targetList;
    for (const Target &target : targets) {
        if (target.kind == u"folder"_s)
            addEngineTarget(target);
    }
}

void SyncController::setSubmitGate(SubmitGate gate)
{
    m_gate = gate ? std::move(gate) : [](QWidget *, const Article &, QString *) { return true; };
}

bool SyncController::push(QWidget *parent, const Article &article, QString *reason)
{
    const QString name = currentTarget();
    if (name.isEmpty()) {
        *reason = tr("No site is set up; sign in first.");
        return false;
    }
    QString why;
    if (!m_gate(parent, article, &why)) {
        *reason = why.isEmpty() ? tr("The draft was not submitted.") : why;
        return false;
    }
    if (!m_engine->enqueue(article.id, name)) {
        *reason = m_engine->outbox()->errorString();
        return false;
    }
    return true;
}

OutboxQueue *SyncController::outbox() const
{
    return m_engine ? m_engine->outbox() : nullptr;
}

PublishingTarget *SyncController::target(const QString &name) const
{
    return m_targets.value(name);
}

std::optional<OutboxEntry> SyncController::entry(const QString &draftId) const
{
    const QString name = currentTarget();
    if (!m_engine || name.isEmpty())
        return std::nullopt;
    return m_engine->outbox()->entry(draftId, name);
}

QString SyncController::stateText(const OutboxEntry &entry)
{
    switch (entry.state) {
    case OutboxEntry::State::Queued:
        return tr("queued");
    case OutboxEntry::State::Sending:
        return tr("sending");
    case OutboxEntry::State::Sent:
        return tr("sent");
    case OutboxEntry::State::RetryAt:
        return tr("retry at %1").arg(QLocale().toString(entry.nextAttempt.toLocalTime().time(), QLocale::ShortFormat));
    case OutboxEntry::State::Conflict:
        return tr("conflict");
    case OutboxEntry::State::NeedsSignIn:
        return tr("needs sign-in");
    case OutboxEntry::State::Failed:
        return tr("failed: %1").arg(entry.lastError);
    }
    return {};
}

bool SyncController::retryNow(const QString &draftId, const QString &target)
{
    std::optional<OutboxEntry> entry = m_engine->outbox()->entry(draftId, target);
    if (!entry || entry->state == OutboxEntry::State::Sending || entry->state == OutboxEntry::State::Conflict)
        return false;
    entry->state = OutboxEntry::State::Queued;
    entry->nextAttempt = QDateTime::currentDateTimeUtc();
    if (!m_engine->outbox()->update(*entry, u"retry-now"_s, tr("sent again at the user's request")))
        return false;
    QMetaObject::invokeMethod(m_engine.get(), &SyncEngine::drain, Qt::QueuedConnection);
    return true;
}

bool SyncController::cancel(const QString &draftId, const QString &target)
{
    const std::optional<OutboxEntry> entry = m_engine->outbox()->entry(draftId, target);
    if (!entry || entry->state == OutboxEntry::State::Sending)
        return false;
    if (!entry->remoteId.isEmpty()) {
        // The draft is linked to a post: keep the link (and the merge base), just stop sending.
        OutboxEntry stopped = *entry;
        stopped.state = OutboxEntry::State::Sent;
        stopped.lastError.clear();
        stopped.nextAttempt = {};
        return m_engine->outbox()->update(stopped, u"cancelled"_s, tr("the waiting push was cancelled"));
    }
    m_engine->outbox()->log(draftId, target, u"cancelled"_s, tr("the waiting push was cancelled"));
    return m_engine->outbox()->remove(draftId, target);
}

bool SyncController::recreate(const QString &draftId, const QString &target)
{
    if (!m_engine->detach(draftId, target))
        return false;
    QMetaObject::invokeMethod(m_engine.get(), &SyncEngine::drain, Qt::QueuedConnection);
    return true;
}

bool SyncController::detach(const QString &draftId, const QString &target)
{
    const std::optional<OutboxEntry> entry = m_engine->outbox()->entry(draftId, target);
    if (!entry || entry->state == OutboxEntry::State::Sending)
        return false;
    m_engine->outbox()->log(draftId, target, u"detached"_s, tr("the draft is no longer linked to the site"));
    return m_engine->outbox()->remove(draftId, target);
}

std::optional<SyncController::ConflictCase> SyncController::conflictCase(
    const QString &draftId, const QString &target, const Article &local) const
{
    const std::optional<OutboxEntry> entry = m_engine->outbox()->entry(draftId, target);
    if (!entry || entry->state != OutboxEntry::State::Conflict)
        return std::nullopt;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT remote_version, remote_json FROM sync_conflict WHERE draft_id = ? AND target = ? AND "
                  u"resolved = 0 ORDER BY id DESC LIMIT 1"_s);
    query.addBindValue(draftId);
    query.addBindValue(target);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const std::optional<Article> remote = articleFrom(query.value(1).toString());
    if (!remote)
        return std::nullopt;
    const std::optional<Article> base = articleFrom(entry->baseJson);
    ConflictCase c;
    c.draftId = draftId;
    c.target = target;
    c.remoteVersion = query.value(0).toString();
    c.base = base ? SyncEngine::mergeSide(*base) : MergeSide {};
    c.local = SyncEngine::mergeSide(local);
    c.remote = SyncEngine::mergeSide(*remote);
    c.merged = ThreeWayMerge::merge(c.base, c.local, c.remote);
    return c;
}

bool SyncController::resolveConflict(const QString &draftId, const QString &target, const Article &resolved)
{
    return m_engine->resolveConflict(draftId, target, resolved);
}

bool SyncController::linkPulledDraft(const QString &target, const Article &article, const RemotePost &post)
{
    OutboxEntry entry;
    entry.draftId = article.id;
    entry.target = target;
    entry.state = OutboxEntry::State::Sent;
    entry.remoteId = post.remoteId;
    entry.remoteVersion = post.version;
    entry.contentHash = post.contentHash;
    entry.baseJson = QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact));
    return m_engine->outbox()->update(entry, u"pulled"_s, tr("opened from post %1").arg(post.remoteId));
}

int SyncController::pendingCount() const
{
    return m_engine ? m_engine->outbox()->pendingCount() : 0;
}

bool SyncController::isBusy() const
{
    return m_engine && m_engine->isBusy();
}

} // namespace Wiredesk
