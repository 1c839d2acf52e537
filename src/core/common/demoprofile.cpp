#include "demoprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Wiredesk {

bool DemoProfile::copyTo(const QString &target, QString *error, const QString &source)
{
    const QDir sourceDir(source);
    if (!sourceDir.exists()) {
        if (error)
            *error = QCoreApplication::translate("DemoProfile", "The demo profile %1 is missing from this build.")
                         .arg(source);
        return false;
    }
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = target + QLatin1Char('/') + sourceDir.relativeFilePath(from);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(from, to)) {
            if (error)
                *error = QCoreApplication::translate("DemoProfile", "Cannot copy %1 to %2.").arg(from, to);
            return false;
        }
        // Files copied out of resources are read-only; the profile must be writable.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

} // namespace Wiredesk
