#include "clicommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString CliCommand::translatedSummary() const
{
    return QCoreApplication::translate(context, summary);
}

QString CliCommand::translatedUsage() const
{
    return QCoreApplication::translate(context, usage);
}

QList<CliCommand> &CliCommandRegistry::commands()
{
    static QList<CliCommand> table;
    return table;
}

const CliCommand *CliCommandRegistry::find(const QString &name)
{
    for (const CliCommand &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int cliParseError(const QString &command, const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty()) {
        return cliUsageError(command, parser.errorText());
    } else {
        const QString &name = unknown.first();
        cliErr() << QCoreApplication::translate(
            "CliCommand", "wiredesk-cli %1: unknown option '%2'; see wiredesk-cli help %1")
                        .arg(command, (name.size() == 1 ? u"-"_s : u"--"_s) + name)
                 << '\n';
    }
    return 2;
}

int cliUsageError(const QString &command, const QString &message)
{
    cliErr() << u"wiredesk-cli "_s << command << u": "_s << message << '\n';
    return 2;
}

QTextStream &cliOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &cliErr()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Wiredesk
