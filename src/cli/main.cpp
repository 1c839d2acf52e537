#include "clicommand.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

static void printHelp()
{
    QTextStream &out = cliOut();
    out << QCoreApplication::translate(
        "cli", "Usage: wiredesk-cli [--lang CODE] [--version] [--help] COMMAND [ARGS...]")
        << '\n'
        << QCoreApplication::translate("cli", "Wiredesk's core on the command line, for scripted newsrooms.") << "\n\n"
        << QCoreApplication::translate("cli", "Options:") << '\n'
        << "  " << u"--lang CODE"_s.leftJustified(16)
        << QCoreApplication::translate("cli", "Messages in language CODE (e.g. de, fr) instead of the system's")
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    QList<CliCommand> commands = CliCommandRegistry::commands();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const CliCommand &command : std::as_const(commands))
        out << "  " << command.name.leftJustified(16) << command.translatedSummary() << '\n';
    out << "  " << u"help"_s.leftJustified(16) << QCoreApplication::translate("cli", "Show the usage of a command")
        << '\n';
    out.flush();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Wiredesk"_s);
    QCoreApplication::setApplicationName(u"wiredesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREDESK_VERSION));
    if (qEnvironmentVariableIsSet("WIREDESK_TEST"))
        QStandardPaths::setTestModeEnabled(true);

    QStringList arguments = app.arguments().mid(1);
    // --lang comes before the command (its options are the command's own): --lang de, --lang=de.
    QString language;
    bool languageMissing = false;
    if (!arguments.isEmpty() && (arguments.first() == u"--lang" || arguments.first().startsWith(u"--lang="))) {
        const QString option = arguments.takeFirst();
        if (option != u"--lang")
            language = option.mid(7);
        else if (!arguments.isEmpty())
            language = arguments.takeFirst();
        languageMissing = language.trimmed().isEmpty();
    }
    const std::optional<QLocale> locale
        = language.isEmpty() ? std::optional<QLocale>(QLocale()) : TranslationLoader::localeFor(language);
    TranslationLoader::install(&app, locale.value_or(QLocale()));
    if (languageMissing) {
        cliErr() << QCoreApplication::translate("cli", "wiredesk-cli: --lang needs a language code such as de or fr")
                 << '\n';
        return 2;
    }
    if (!locale) {
        cliErr() << QCoreApplication::translate(
            "cli", "wiredesk-cli: unknown language '%1'; try a code such as de or fr")
                        .arg(language)
                 << '\n';
        return 2;
    }
    if (arguments.isEmpty()) {
        printHelp();
        return 2;
    }
    const QString first = arguments.takeFirst();
    if (first == u"--version" || first == u"-v") {
        cliOut() << "wiredesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (first == u"--help" || first == u"-h") {
        printHelp();
        return 0;
    }
    if (first == u"help") {
        const CliCommand *command = arguments.isEmpty() ? nullptr : CliCommandRegistry::find(arguments.join(u' '));
        if (!command) {
            printHelp();
            return arguments.isEmpty() ? 0 : 2;
        }
        cliOut() << command->translatedUsage() << '\n';
        return 0;
    }
    // Commands may have two words ("wire parse", "sync push"): the longer name wins.
    const CliCommand *command = nullptr;
    if (!arguments.isEmpty())
        command = CliCommandRegistry::find(first + u' ' + arguments.first());
    if (command)
        arguments.removeFirst();
    else
        command = CliCommandRegistry::find(first);
    if (!command) {
        cliErr() << QCoreApplication::translate("cli", "wiredesk-cli: unknown command '%1'; see wiredesk-cli --help")
                        .arg(first)
                 << '\n';
        return 2;
    }
    const int code = command->run(arguments);
    cliOut().flush();
    cliErr().flush();
    return code;
}
