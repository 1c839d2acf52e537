#pragma once

#include "syncerror.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Wiredesk {

/// Application Passwords (and other target secrets) in the operating system's keychain
/// through QtKeychain, one entry per (site URL, user).
///
/// There is no other storage: when no keychain is reachable the calls fail with a
/// NeedsSignIn error saying so, and the outbox keeps the draft queued until the user signs in
/// with a working keychain. Secrets are never logged and never part of an error message.
/// Callbacks run once, later, in this object's thread.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(const SyncError &error)>;
    using ReadCallback = std::function<void(const QString &secret, const SyncError &error)>;

    /// @p service names the keychain entries' owner ("Wiredesk"); tests use their own.
    explicit CredentialStore(const QString &service = QStringLiteral("Wiredesk"), QObject *parent = nullptr);
    ~CredentialStore() override;
    Q_DISABLE_COPY_MOVE(CredentialStore)

    void store(const QUrl &site, const QString &user, const QString &secret, DoneCallback done);
    /// EntryNotFound comes back as NeedsSignIn ("no password stored for ...").
    void read(const QUrl &site, const QString &user, ReadCallback done);
    void remove(const QUrl &site, const QString &user, DoneCallback done);

    /// The keychain key: "user@scheme://host:port/path" (no query, no secret).
    static QString keyFor(const QUrl &site, const QString &user);

private:
    QString m_service;
};

} // namespace Wiredesk
