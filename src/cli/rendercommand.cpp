// wiredesk-cli render: the published page (or only the article element) of an article file,
// through the same renderer the preview and "Export HTML…" use.
#include "clicommand.h"

#include "article.h"
#include "articlerenderer.h"
#include "markdownconverter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {
namespace {

constexpr qint64 MaxArticleFileSize = 64 * 1024 * 1024;

int usageError(const QString &message)
{
    return cliUsageError(u"render"_s, message);
}

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Descriptions live in the command's usage text (wiredesk-cli help render).
    const QCommandLineOption bodyOption(u"body"_s);
    const QCommandLineOption remoteOption(u"allow-remote-images"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, {}, u"FILE"_s);
    const QCommandLineOption templateOption(u"template-dir"_s, {}, u"DIR"_s);
    const QCommandLineOption profileOption(u"profile"_s, {}, u"DIR"_s);
    const QCommandLineOption publicationOption(u"publication"_s, {}, u"NAME"_s);
    const QCommandLineOption zoneOption(u"time-zone"_s, {}, u"ZONE"_s);
    const QCommandLineOption clocksOption(u"clocks"_s, {}, u"ZONES"_s);
    parser.addOptions({bodyOption, remoteOption, outputOption, templateOption, profileOption, publicationOption,
        zoneOption, clocksOption});
    if (!parser.parse(QStringList {u"render"_s} + arguments))
        return cliParseError(u"render"_s, parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate(
            "RenderCommand", "name an article file (JSON or Markdown); see wiredesk-cli help render"));
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate("RenderCommand", "only one article file at a time"));
    const QString articlePath = positional.first();
    const QString outputPath = parser.value(outputOption);
    const bool bodyOnly = parser.isSet(bodyOption);

    RenderOptions options;
    options.allowRemoteImages = parser.isSet(remoteOption);
    options.templateSearchPaths << parser.values(templateOption);
    if (parser.isSet(profileOption)) {
        const QString folder = RenderOptions::profileTemplateFolder(parser.value(profileOption));
        options.templateSearchPaths.prepend(folder);
        const QString settings = QDir(folder).filePath(u"publication.json"_s);
        QString error;
        if (QFile::exists(settings) && !options.loadPublicationSettings(settings, &error)) {
            cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: %1").arg(error) << '\n';
            return 1;
        }
    }
    if (parser.isSet(publicationOption))
        options.publicationName = parser.value(publicationOption);
    if (parser.isSet(zoneOption)) {
        options.publicationTimeZone = parser.value(zoneOption);
        if (!QTimeZone::isTimeZoneIdAvailable(options.publicationTimeZone.toUtf8()))
            return usageError(
                QCoreApplication::translate("RenderCommand", "--time-zone needs an IANA zone such as Europe/Zurich"));
    }
    if (parser.isSet(clocksOption)) {
        const QStringList zones = parser.value(clocksOption).split(u',', Qt::SkipEmptyParts);
        if (zones.isEmpty())
            return usageError(
                QCoreApplication::translate("RenderCommand", "--clocks needs a comma-separated list of zones"));
        options.worldClockZones = zones;
    }

    const QString suffix = QFileInfo(articlePath).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    QFile file(articlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(articlePath), file.errorString())
                 << '\n';
        return 1;
    }
    if (file.size() > MaxArticleFileSize) {
        cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: %1 is larger than 64 MB")
                        .arg(QDir::toNativeSeparators(articlePath))
                 << '\n';
        return 1;
    }
    const QByteArray content = file.readAll();
    Article article;
    QString error;
    if (markdown) {
        if (!MarkdownConverter::fromMarkdown(QString::fromUtf8(content), &article, &error)) {
            cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: %1: %2")
                            .arg(QDir::toNativeSeparators(articlePath), error)
                     << '\n';
            return 1;
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            cliErr() << QCoreApplication::translate(
                "RenderCommand", "wiredesk-cli render: %1 is not a JSON article (%2 at byte %3)")
                            .arg(QDir::toNativeSeparators(articlePath),
                                document.isNull() ? parseError.errorString()
                                                  : QCoreApplication::translate("RenderCommand", "not an object"))
                            .arg(parseError.offset)
                     << '\n';
            return 1;
        }
        if (!Article::fromJson(document.object(), &article, &error)) {
            cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: %1: %2")
                            .arg(QDir::toNativeSeparators(articlePath), error)
                     << '\n';
            return 1;
        }
    }

    // Local lead images are left out: an exported page only links http(s) images.
    const ArticleRenderer renderer(options);
    if (!renderer.templateError().isEmpty())
        cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: template override not used: %1")
                        .arg(renderer.templateError())
                 << '\n';
    const QString html = bodyOnly ? renderer.renderBody(article) + u'\n' : renderer.renderPage(article);

    if (outputPath.isEmpty() || outputPath == u"-") {
        cliOut() << html;
        cliOut().flush();
        return 0;
    }
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(html.toUtf8()) < 0 || !output.commit()) {
        cliErr() << QCoreApplication::translate("RenderCommand", "wiredesk-cli render: cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(outputPath), output.errorString())
                 << '\n';
        return 1;
    }
    return 0;
}

const CliCommandRegistry::Entry renderEntry(CliCommand {
    u"render"_s,
    "RenderCommand",
    QT_TRANSLATE_NOOP("RenderCommand", "Render an article file as the published HTML page"),
    QT_TRANSLATE_NOOP("RenderCommand",
        "Usage: wiredesk-cli render ARTICLE [--body] [--output FILE] [options]\n"
        "Prints the published page of ARTICLE, rendered exactly as the preview and\n"
        "\"Export HTML...\" render it. ARTICLE is Wiredesk's JSON form or Markdown (.md,\n"
        ".markdown; a front matter block sets headline, dek, bylines, section, tags...).\n"
        "An article without a publication time is shown as if published now.\n\n"
        "  --body                 print only the <article> element, not the whole page\n"
        "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
        "  --profile DIR          use the profile's template overrides and publication\n"
        "                         settings (DIR/templates/publication/, publication.json)\n"
        "  --publication NAME     the publication name in the masthead\n"
        "  --time-zone ZONE       the publication's IANA time zone when the article names none\n"
        "  --clocks Z1,Z2,...     the world clocks under the masthead (IANA zones)\n"
        "  --template-dir DIR     look for page.html, style.css, print.css in DIR first\n"
        "  --allow-remote-images  let the page load http(s) images\n\n"
        "Exit status: 0 done, 1 the article could not be read or the output not written,\n"
        "2 wrong usage."),
    runRender,
});

} // namespace
} // namespace Wiredesk
