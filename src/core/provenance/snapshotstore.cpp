#include "snapshotstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int MaxSeenAgain = 100; // a sidecar must stay small

QJsonObject fetchJson(const SnapshotStore::Fetch &fetch)
{
    return QJsonObject {
        {u"url"_s, fetch.url},
        {u"finalUrl"_s, fetch.finalUrl},
        {u"status"_s, fetch.status},
        {u"contentType"_s, fetch.contentType},
        {u"fetchedAt"_s, fetch.fetchedAt.isValid() ? fetch.fetchedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {u"truncated"_s, fetch.truncated},
    };
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

SnapshotStore::SnapshotStore(const QString &folder)
    : m_folder(folder)
{ }

QString SnapshotStore::sha256Of(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QString SnapshotStore::pathFor(const QString &sha256) const
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!hex.match(sha256).hasMatch())
        return {};
    return QDir(m_folder).filePath(sha256.left(2) + u'/' + sha256.mid(2));
}

QString SnapshotStore::store(const QByteArray &body, const Fetch &fetch)
{
    m_error.clear();
    const QString hash = sha256Of(body);
    const QString path = pathFor(hash);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error
            = tr("Cannot create the snapshot folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return {};
    }
    QString error;
    if (!QFile::exists(path) && !writeAtomically(path, body, &error)) {
        m_error = tr("Cannot write the snapshot %1: %2").arg(QDir::toNativeSeparators(path), error);
        return {};
    }
    QJsonObject sidecar = metadata(hash);
    if (sidecar.isEmpty()) {
        sidecar = fetchJson(fetch);
        sidecar.insert(u"sha256"_s, hash);
        sidecar.insert(u"size"_s, qint64(body.size()));
    } else {
        QJsonArray again = sidecar.value(u"seenAgain"_s).toArray();
        if (again.size() < MaxSeenAgain)
            again.append(fetchJson(fetch));
        sidecar.insert(u"seenAgain"_s, again);
    }
    if (!writeAtomically(path + u".json"_s, QJsonDocument(sidecar).toJson(QJsonDocument::Indented), &error)) {
        m_error = tr("Cannot write the snapshot record %1: %2").arg(QDir::toNativeSeparators(path + u".json"_s), error);
        return {};
    }
    return hash;
}

bool SnapshotStore::contains(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    return !path.isEmpty() && QFile::exists(path);
}

QByteArray SnapshotStore::read(const QString &sha256) const
{
    QFile file(pathFor(sha256));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject SnapshotStore::metadata(const QString &sha256) const
{
    const QString path = pathFor(sha256);
    if (path.isEmpty())
        return {};
    QFile file(path + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace Wiredesk
