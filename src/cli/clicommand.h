#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Wiredesk {

/// A subcommand of wiredesk-cli ("wire", "render", "sources", "sync", ...). It receives
/// the arguments after its name and returns the process exit code: 0 success, 1 failure
/// of the work, 2 wrong usage.
///
/// Commands register themselves while static objects are made, before main() has installed
/// the user's language, so summary and usage are the untranslated source texts (marked with
/// QT_TRANSLATE_NOOP(context, ...) under the same @c context), translated when shown.
struct CliCommand {
    QString name;        ///< one or two words: "render", "wire parse"
    const char *context; ///< the translation context of summary and usage
    const char *summary; ///< one line for --help
    const char *usage;   ///< the full usage text for `wiredesk-cli help NAME`
    std::function<int(const QStringList &arguments)> run;

    QString translatedSummary() const;
    QString translatedUsage() const;
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

/// Reports, the same way for every subcommand, why @p parser refused the arguments of
/// @p command ("wire parse"): unknown options are named as typed (--colour) with a pointer
/// to `wiredesk-cli help COMMAND`. Returns 2, the exit status for wrong usage.
int cliParseError(const QString &command, const QCommandLineParser &parser);

/// Prints "wiredesk-cli COMMAND: MESSAGE" and returns 2, the exit status for wrong usage.
int cliUsageError(const QString &command, const QString &message);

/// Streams for commands: stdout carries results (JSON lines, HTML), stderr carries errors.
QTextStream &cliOut();
QTextStream &cliErr();

} // namespace Wiredesk
