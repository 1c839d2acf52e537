#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString Profile::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/default"_s;
}

bool Profile::open(const QString &folder)
{
    m_path = QDir(folder).absolutePath();
    QDir dir;
    for (const QString &sub : {m_path, dropFolder(), snapshotFolder(), templateFolder()}) {
        if (!dir.mkpath(sub)) {
            m_error = QCoreApplication::translate("Profile", "Cannot create the profile folder %1.").arg(sub);
            return false;
        }
    }
    if (!QFileInfo(m_path).isWritable()) {
        m_error = QCoreApplication::translate("Profile", "The profile folder %1 is not writable.").arg(m_path);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_path + u"/.lock"_s);
    m_lock->setStaleLockTime(0); // a lock left by a killed process is detected by its PID instead
    if (!m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_error
            = QCoreApplication::translate("Profile", "The profile %1 is already open in another Wiredesk (process %2).")
                  .arg(m_path)
                  .arg(pid);
        m_lock.reset();
        return false;
    }
    return true;
}

QString Profile::databasePath() const
{
    return m_path + u"/wiredesk.sqlite"_s;
}

QString Profile::dropFolder() const
{
    return m_path + u"/wires"_s;
}

QString Profile::snapshotFolder() const
{
    return m_path + u"/snapshots"_s;
}

QString Profile::templateFolder() const
{
    return m_path + u"/templates"_s;
}

QString Profile::personalDictionaryPath() const
{
    return m_path + u"/dictionary.txt"_s;
}

} // namespace Wiredesk
