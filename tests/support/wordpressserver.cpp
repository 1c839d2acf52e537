#include "wordpressserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Wiredesk {

WordPressServer::WordPressServer(QObject *parent)
    : QObject(parent)
{ }

WordPressServer::~WordPressServer()
{
    stop();
}

QString WordPressServer::scriptDirectory()
{
    return QStringLiteral(WIREDESK_SUPPORT_SOURCE_DIR) + u"/wordpress"_s;
}

quint16 WordPressServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString WordPressServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QUrl WordPressServer::restUrl(const QString &route) const
{
    QUrl url = m_baseUrl;
    url.setPath(u"/"_s);
    url.setQuery(u"rest_route="_s + route);
    return url;
}

QByteArray WordPressServer::authorizationHeader() const
{
    return "Basic "_ba + (m_user + u':' + m_password).toUtf8().toBase64();
}

bool WordPressServer::start()
{
    stop();
    QElapsedTimer timer;
    timer.start();
    m_packagesMissing = !QFile::exists(u"/usr/share/wordpress/wp-load.php"_s)
        || QStandardPaths::findExecutable(u"php"_s).isEmpty()
        || QStandardPaths::findExecutable(u"mariadb-install-db"_s).isEmpty();
    if (m_packagesMissing) {
        m_error
            = u"WordPress, PHP or MariaDB is not installed (packages: wordpress mariadb-server php-cli php-mysql)"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = u"no temporary directory: "_s + m_dir->errorString();
        return false;
    }
    // A port can be taken between probing and php -S binding it; try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(u"bash"_s,
            {scriptDirectory() + u"/start-wordpress.sh"_s, m_dir->path(), QString::number(m_port),
                QString::number(QCoreApplication::applicationPid())});
        m_running = true; // from here on stop() has something to clean up, even after a failure
        if (!script.waitForFinished(180'000)) {
            script.kill();
            script.waitForFinished();
            m_error = u"start-wordpress.sh did not finish in 180 s"_s;
            stop();
            continue;
        }
        if (script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0)
            break;
        m_error = u"start-wordpress.sh failed: "_s + QString::fromUtf8(script.readAll());
        stop();
        if (script.exitCode() == 3)
            return false;
    }
    if (!m_running)
        return false;

    QFile credentials(m_dir->path() + u"/credentials"_s);
    if (!credentials.open(QIODevice::ReadOnly)) {
        m_error = u"no credentials file"_s;
        stop();
        return false;
    }
    const QList<QByteArray> lines = credentials.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "user")
            m_user = value;
        else if (key == "password")
            m_password = value;
        else if (key == "admin_password")
            m_adminPassword = value;
        else if (key == "url")
            m_baseUrl = QUrl(value);
    }
    if (m_user.isEmpty() || m_password.isEmpty() || !m_baseUrl.isValid()) {
        m_error = u"incomplete credentials file"_s;
        stop();
        return false;
    }
    m_startMs = timer.elapsed();
    m_error.clear();
    return true;
}

void WordPressServer::stop()
{
    if (!m_running || !m_dir)
        return;
    QProcess::execute(u"bash"_s, {scriptDirectory() + u"/stop-wordpress.sh"_s, m_dir->path()});
    m_running = false;
}

} // namespace Wiredesk
