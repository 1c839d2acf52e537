#include "noteauthor.h"

#include "appsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString NoteAuthor::name()
{
    const QString configured = appSettings()->value(u"provenance/author"_s).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QCoreApplication::translate("Wiredesk::NoteAuthor", "Unknown");
}

void NoteAuthor::setName(const QString &name)
{
    appSettings()->setValue(u"provenance/author"_s, name.trimmed());
}

} // namespace Wiredesk
