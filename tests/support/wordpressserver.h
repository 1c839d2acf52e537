#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Wiredesk {

/// A real WordPress from Debian's packages for integration tests, on 127.0.0.1 with a free port.
///
/// start() runs tests/support/wordpress/start-wordpress.sh in a temporary directory (MariaDB
/// with its own datadir and socket, PHP's built-in server, the site installed through
/// install.php, the Wiredesk mu-plugin and an Application Password), waits until the REST API
/// answers, and reads the credentials from the file the script wrote. The destructor stops
/// both servers by pid, so a failing test never leaves them behind. Tests that find the
/// packages missing should QSKIP with errorString(); anything else that fails is an error.
class WordPressServer final : public QObject
{
    Q_OBJECT

public:
    explicit WordPressServer(QObject *parent = nullptr);
    ~WordPressServer() override;
    Q_DISABLE_COPY_MOVE(WordPressServer)

    /// Starts everything; false with errorString() set when it could not.
    bool start();
    void stop();
    /// True when start() failed because the packages are not installed (the test may skip).
    bool packagesMissing() const { return m_packagesMissing; }
    QString errorString() const { return m_error; }
    /// How long start() took, in milliseconds.
    qint64 startMilliseconds() const { return m_startMs; }

    /// "http://127.0.0.1:<port>".
    QUrl baseUrl() const { return m_baseUrl; }
    /// baseUrl() + "/?rest_route=" + @p route (route starts with "/wp/v2/...").
    QUrl restUrl(const QString &route) const;
    QString userName() const { return m_user; }
    /// The Application Password (spaces included, as WordPress shows it).
    QString applicationPassword() const { return m_password; }
    /// The user's login password for wp-login.php (tests that act as the browser).
    QString adminPassword() const { return m_adminPassword; }
    /// The value of an Authorization header for Basic auth with the Application Password.
    QByteArray authorizationHeader() const;
    quint16 port() const { return m_port; }
    QString directory() const;

    /// The folder holding start-wordpress.sh and stop-wordpress.sh.
    static QString scriptDirectory();
    /// A TCP port on 127.0.0.1 nobody listens on right now.
    static quint16 freePort();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_baseUrl;
    QString m_user;
    QString m_password;
    QString m_adminPassword;
    QString m_error;
    quint16 m_port = 0;
    qint64 m_startMs = 0;
    bool m_running = false;
    bool m_packagesMissing = false;
};

} // namespace Wiredesk
