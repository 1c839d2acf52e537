#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace Wiredesk {

class AuthorizeCallbackServer;
class HttpReply;
class SyncController;

/// Signs in to a WordPress site (Sync → Sign In…): site address, user name and an
/// Application Password, or "Sign in with Browser" through the site's authorize-application
/// page and a loopback callback (AuthorizeCallbackServer).
///
/// Either way the credentials are checked against the site (GET /wp/v2/users/me with
/// context=edit) before anything is kept; the password then goes to the keychain only (no
/// keychain: a clear error, nothing stored) and the target is saved in the profile as
/// `wiredesk-cli sync target add` does. Before a password is sent over plain http to a host
/// that is not this machine, the user is asked.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Wiredesk's fixed app_id for authorize-application.php (lets a site list its grants).
    static constexpr const char *AppId = "8c5b0f2e-3c41-4a57-9f2d-7d2b6f1a9e60";

    explicit SignInDialog(SyncController *controller, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setSite(const QUrl &site, const QString &user = {});
    void setPassword(const QString &password);
    /// How "Sign in with Browser" opens the page (default QDesktopServices::openUrl); tests
    /// drive the browser's part themselves.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    /// Checks the typed credentials and, when they work, stores them.
    void signIn();
    /// Opens the site's authorize page and waits for the callback.
    void signInWithBrowser();

    /// The target the sign-in configured (the site's host and port).
    QString targetName() const { return m_targetName; }
    bool isSignedIn() const { return m_signedIn; }
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    /// Where the browser will come back to while a browser sign-in waits; empty otherwise.
    QUrl pendingCallbackUrl() const;

    /// A name for the target at @p site: "host" or "host:port".
    static QString targetNameFor(const QUrl &site);
    /// The typed address made canonical: scheme added (https), no trailing slash, no query.
    static QUrl normalizedSite(const QString &text);

Q_SIGNALS:
    void signedIn(const QString &targetName);
    void failed(const QString &message);

private:
    bool confirmTransport(const QUrl &site);
    void verify(const QUrl &site, const QString &user, const QString &password, bool allowInsecure);
    void store(const QUrl &site, const QString &user, const QString &password, bool allowInsecure);
    void setBusy(bool busy, const QString &message);
    void fail(const QString &message);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SyncController *m_controller;
    std::unique_ptr<AuthorizeCallbackServer> m_callback;
    std::function<bool(const QUrl &)> m_openUrl;
    QPointer<HttpReply> m_reply;
    QUrl m_browserSite;
    bool m_browserAllowInsecure = false;
    QString m_targetName;
    bool m_signedIn = false;
    bool m_busy = false;
};

} // namespace Wiredesk
