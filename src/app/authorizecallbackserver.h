#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace Wiredesk {

/// The loopback end of WordPress's "authorize application" flow: a one-request HTTP server on
/// 127.0.0.1 (random port) that the browser is sent back to after the user approved or
/// rejected Wiredesk on the site.
///
/// authorizeUrl() builds the site's authorize-application.php address with app_name, app_id
/// and success/reject URLs pointing here; each carries a random state token, so a request
/// without it (another local program guessing the port) is refused. On approval WordPress
/// appends site_url, user_login and password (PHP urlencode: '+' is a space); the browser
/// gets a small "you can close this tab" page and approved() is emitted once. Requests are
/// capped in size and time; nothing received is logged.
class AuthorizeCallbackServer final : public QObject
{
    Q_OBJECT

public:
    explicit AuthorizeCallbackServer(QObject *parent = nullptr);
    ~AuthorizeCallbackServer() override;
    Q_DISABLE_COPY_MOVE(AuthorizeCallbackServer)

    /// Starts listening on 127.0.0.1 with a free port; false with errorString() on failure.
    bool listen();
    void close();
    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }

    /// http://127.0.0.1:PORT/wiredesk-callback?state=TOKEN
    QUrl callbackUrl() const;
    /// SITE/wp-admin/authorize-application.php?app_name=…&app_id=…&success_url=…&reject_url=…
    QUrl authorizeUrl(const QUrl &site, const QString &appName, const QString &appId) const;

    /// Parses a callback request target ("/wiredesk-callback?…") against @p state; for tests.
    struct Callback {
        enum class Kind { Invalid, Approved, Rejected };
        Kind kind = Kind::Invalid;
        QUrl siteUrl;
        QString user;
        QString password;
        QString error; ///< WordPress's reason on a rejection ("disabled"), if any
    };
    static Callback parse(const QByteArray &requestTarget, const QString &state);

Q_SIGNALS:
    void approved(const QUrl &siteUrl, const QString &user, const QString &password);
    /// The user said no, or the site has Application Passwords turned off (@p reason).
    void rejected(const QString &reason);

private:
    void accept();

    QTcpServer m_server;
    QString m_state;
    bool m_done = false;
};

} // namespace Wiredesk
