#include "clicommand.h"

namespace Wiredesk {

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
