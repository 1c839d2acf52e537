#include "dropfolderledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {

DropFolderLedger::DropFolderLedger(const QString &filePath)
    : m_path(filePath)
{ }

bool DropFolderLedger::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray files = root.value(u"files"_s).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject o = value.toObject();
        Entry e;
        e.size = o.value(u"size"_s).toInteger(-1);
        e.modified = QDateTime::fromMSecsSinceEpoch(o.value(u"modified"_s).toInteger(), QTimeZone::utc());
        e.sha256 = o.value(u"sha256"_s).toString().toLatin1();
        e.error = o.value(u"error"_s).toString();
        const QString path = o.value(u"path"_s).toString();
        if (!path.isEmpty())
            m_entries.insert(path, e);
    }
    return true;
}

bool DropFolderLedger::save() const
{
    if (m_path.isEmpty())
        return true;
    QJsonArray files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject o;
        o.insert(u"path"_s, it.key());
        o.insert(u"size"_s, it->size);
        o.insert(u"modified"_s, it->modified.toMSecsSinceEpoch());
        o.insert(u"sha256"_s, QString::fromLatin1(it->sha256));
        if (!it->error.isEmpty())
            o.insert(u"error"_s, it->error);
        files.append(o);
    }
    QJsonObject root;
    root.insert(u"format"_s, u"wiredesk-dropfolder-ledger"_s);
    root.insert(u"version"_s, 1);
    root.insert(u"files"_s, files);
    // A crash while saving must not lose the old ledger (everything would be re-read).
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool DropFolderLedger::isUnchanged(const QString &path, qint64 size, const QDateTime &modified) const
{
    const auto it = m_entries.constFind(path);
    return it != m_entries.cend() && it->size == size && it->modified == modified;
}

const DropFolderLedger::Entry *DropFolderLedger::entry(const QString &path) const
{
    const auto it = m_entries.constFind(path);
    return it == m_entries.cend() ? nullptr : &*it;
}

void DropFolderLedger::record(const QString &path, const Entry &entry)
{
    m_entries.insert(path, entry);
}

void DropFolderLedger::forget(const QString &path)
{
    m_entries.remove(path);
}

} // namespace Wiredesk
