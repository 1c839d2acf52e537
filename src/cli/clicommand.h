#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Wiredesk {

/// A subcommand of wiredesk-cli ("wire", "render", "sources", "sync", ...). It receives
/// the arguments after its name and returns the process exit code: 0 success, 1 failure
/// of the work, 2 wrong usage.
struct CliCommand {
    QString name;    ///< one or two words: "render", "wire parse"
    QString summary; ///< one line for --help, already translated
    QString usage;   ///< the full usage text for `wiredesk-cli help NAME`
    std::function<int(const QStringList &arguments)> run;
};

/// The table of subcommands. Each *command.cpp registers its entries with a static
/// CliCommandRegistry::Entry, so main.cpp never lists them.
class CliCommandRegistry final
{
public:
    static QList<CliCommand> &commands();
    static const CliCommand *find(const QString &name);

    struct Entry {
        explicit Entry(CliCommand command) { commands().append(std::move(command)); }
    };
};

/// Streams for commands: stdout carries results (JSON lines, HTML), stderr carries errors.
QTextStream &cliOut();
QTextStream &cliErr();

} // namespace Wiredesk
