#include "credentialstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

SyncError keychainError(QKeychain::Job *job, const QString &key)
{
    if (job->error() == QKeychain::NoError)
        return {};
    if (job->error() == QKeychain::EntryNotFound)
        return SyncError::make(
            SyncError::Kind::NeedsSignIn, CredentialStore::tr("No password is stored for %1; sign in.").arg(key));
    return SyncError::make(SyncError::Kind::NeedsSignIn,
        CredentialStore::tr("The system keychain is not available (%1). The password is not stored "
                            "anywhere else; drafts stay queued until you sign in with a working "
                            "keychain.")
            .arg(job->errorString()));
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QUrl &siteUrl, const QString &user)
{
    const QUrl clean
        = siteUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    QString site = clean.toString();
    while (site.endsWith(u'/')) // "https://x.org/" and "https://x.org" are one site
        site.chop(1);
    return user + u'@' + site;
}

void CredentialStore::store(const QUrl &site, const QString &user, const QString &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    const QString key = keyFor(site, user);
    job->setKey(key);
    job->setInsecureFallback(false); // never plain text
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [done, key](QKeychain::Job *finished) { done(keychainError(finished, key)); });
    job->start();
}

void CredentialStore::read(const QUrl &site, const QString &user, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    const QString key = keyFor(site, user);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job *finished) {
        const SyncError error = keychainError(finished, key);
        done(error.ok() ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData() : QString(), error);
    });
    job->start();
}

void CredentialStore::remove(const QUrl &site, const QString &user, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    const QString key = keyFor(site, user);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
        [done, key](QKeychain::Job *finished) { done(keychainError(finished, key)); });
    job->start();
}

} // namespace Wiredesk
