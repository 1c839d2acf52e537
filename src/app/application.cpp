#include "application.h"

#include "demoprofile.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "profile.h"
#include "startupprobe.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

StartupOptions parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Application", "Wiredesk: wires in, verified articles out."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s,
        QApplication::translate("Application", "Use the profile in <folder>."),
        QApplication::translate("Application", "folder"));
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate("Application", "Start on a throw-away copy of the demo profile."));
    const QCommandLineOption smoke(
        u"smoke"_s, QApplication::translate("Application", "Start, wait until the preview has rendered, and exit."));
    const QCommandLineOption lang(u"lang"_s,
        QApplication::translate("Application", "Use the user interface language <code> (e.g. de, fr)."),
        QApplication::translate("Application", "code"));
    QCommandLineOption probe(u"startup-probe"_s,
        QApplication::translate("Application", "Print a line once the window is interactive, and exit."));
    probe.setFlags(QCommandLineOption::HiddenFromHelp); // for bench_startup
    parser.addOptions({profile, demo, smoke, lang, probe});
    parser.process(app);
    return {parser.value(profile), parser.isSet(demo), parser.isSet(smoke), parser.value(lang), parser.isSet(probe)};
}

void installTranslations(QApplication &app, const QString &language)
{
    const std::optional<QLocale> chosen
        = language.isEmpty() ? std::optional<QLocale>(QLocale()) : TranslationLoader::localeFor(language);
    TranslationLoader::install(&app, chosen.value_or(QLocale()));
    // Not worth refusing to start over: the system's language it is.
    if (!chosen) {
        std::fprintf(stderr, "wiredesk: %s\n",
            qUtf8Printable(
                QApplication::translate("Application", "unknown language '%1'; using the system's").arg(language)));
    }
}

void reportError(bool smoke, const QString &message)
{
    if (smoke || qEnvironmentVariableIsSet("WIREDESK_TEST"))
        std::fprintf(stderr, "wiredesk: %s\n", qUtf8Printable(message));
    else
        QMessageBox::critical(nullptr, QApplication::translate("Application", "Wiredesk cannot start"), message);
}

} // namespace

int Application::run(int argc, char *argv[])
{
    // Custom URL schemes must be known to Chromium before the first web view exists.
    PreviewPane::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication::setOrganizationName(u"Wiredesk"_s);
    QApplication::setApplicationName(u"wiredesk"_s);
    QApplication::setApplicationDisplayName(u"Wiredesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(WIREDESK_VERSION));
    QApplication::setDesktopFileName(u"org.wiredesk.Wiredesk"_s);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/wiredesk.svg"_s));
    if (qEnvironmentVariableIsSet("WIREDESK_TEST"))
        QStandardPaths::setTestModeEnabled(true);

    const StartupOptions options = parseCommandLine(app);
    installTranslations(app, options.language);

    std::unique_ptr<QTemporaryDir> demoFolder;
    QString folder = options.profileFolder;
    if (options.demo) {
        demoFolder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/wiredesk-demo-XXXXXX"_s);
        QString error;
        if (!demoFolder->isValid() || !DemoProfile::copyTo(demoFolder->path(), &error)) {
            reportError(options.smoke, error.isEmpty() ? demoFolder->errorString() : error);
            return 1;
        }
        folder = demoFolder->path();
    } else if (folder.isEmpty()) {
        folder = Profile::defaultLocation();
    }

    auto profile = std::make_unique<Profile>();
    if (!profile->open(folder)) {
        reportError(options.smoke, profile->errorString());
        return 1;
    }

    MainWindow window(std::move(profile));
    QString error;
    if (!window.openProfile(&error)) {
        reportError(options.smoke, error);
        return 1;
    }

    if (options.smoke) {
        // The smoke run proves the whole chain: profile, stores, every pane, and a real
        // Chromium render of the draft. It exits non-zero with a message on any failure.
        QObject::connect(&window, &MainWindow::previewRendered, &app, [] {
            std::fprintf(stdout, "wiredesk: smoke run ok\n");
            QApplication::exit(0);
        });
        QObject::connect(&window, &MainWindow::fatalError, &app, [](const QString &message) {
            std::fprintf(stderr, "wiredesk: smoke run failed: %s\n", qUtf8Printable(message));
            QApplication::exit(1);
        });
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "wiredesk: smoke run failed: the preview did not render within 60 s\n");
            QApplication::exit(1);
        });
    }
    if (options.startupProbe) {
        // bench_startup times process start to this line from outside.
        QObject::connect(new StartupProbe(&window), &StartupProbe::interactive, &app, [] {
            std::fprintf(stdout, "wiredesk: interactive\n");
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    window.show();
    return app.exec();
}

} // namespace Wiredesk
