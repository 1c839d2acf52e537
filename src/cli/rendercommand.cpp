// wiredesk-cli render: the published page (or only the article element) of an article file,
// through the same renderer the preview and "Export HTML…" use.
#include "clicommand.h"

#include "article.h"
#include "articlerenderer.h"
#include "markdownconverter.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("RenderCommand", text);
}

constexpr qint64 MaxArticleFileSize = 64 * 1024 * 1024;

int runRender(const QStringList &arguments)
{
    QString articlePath;
    QString outputPath;
    bool bodyOnly = false;
    RenderOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        QString text;
        if (argument == u"--body") {
            bodyOnly = true;
        } else if (argument == u"--allow-remote-images") {
            options.allowRemoteImages = true;
        } else if (argument == u"--output" || argument == u"-o") {
            if (!value(&outputPath)) {
                cliErr() << tr("wiredesk-cli render: --output needs a file name") << '\n';
                return 2;
            }
        } else if (argument == u"--template-dir") {
            if (!value(&text)) {
                cliErr() << tr("wiredesk-cli render: --template-dir needs a folder") << '\n';
                return 2;
            }
            options.templateSearchPaths << text;
        } else if (argument == u"--profile") {
            if (!value(&text)) {
                cliErr() << tr("wiredesk-cli render: --profile needs a folder") << '\n';
                return 2;
            }
            const QString folder = RenderOptions::profileTemplateFolder(text);
            options.templateSearchPaths.prepend(folder);
            const QString settings = QDir(folder).filePath(u"publication.json"_s);
            QString error;
            if (QFile::exists(settings) && !options.loadPublicationSettings(settings, &error)) {
                cliErr() << tr("wiredesk-cli render: %1").arg(error) << '\n';
                return 1;
            }
        } else if (argument == u"--publication") {
            if (!value(&options.publicationName)) {
                cliErr() << tr("wiredesk-cli render: --publication needs a name") << '\n';
                return 2;
            }
        } else if (argument == u"--time-zone") {
            if (!value(&options.publicationTimeZone)
                || !QTimeZone::isTimeZoneIdAvailable(options.publicationTimeZone.toUtf8())) {
                cliErr() << tr("wiredesk-cli render: --time-zone needs an IANA zone such as Europe/Zurich") << '\n';
                return 2;
            }
        } else if (argument == u"--clocks") {
            if (!value(&text)) {
                cliErr() << tr("wiredesk-cli render: --clocks needs a comma-separated list of zones") << '\n';
                return 2;
            }
            options.worldClockZones = text.split(u',', Qt::SkipEmptyParts);
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            cliErr() << tr("wiredesk-cli render: unknown option '%1'; see wiredesk-cli help render").arg(argument)
                     << '\n';
            return 2;
        } else if (articlePath.isEmpty()) {
            articlePath = argument;
        } else {
            cliErr() << tr("wiredesk-cli render: only one article file at a time") << '\n';
            return 2;
        }
    }
    if (articlePath.isEmpty()) {
        cliErr() << tr("wiredesk-cli render: name an article file (JSON or Markdown); see wiredesk-cli help render")
                 << '\n';
        return 2;
    }

    const QString suffix = QFileInfo(articlePath).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    QFile file(articlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        cliErr() << tr("wiredesk-cli render: cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(articlePath), file.errorString())
                 << '\n';
        return 1;
    }
    if (file.size() > MaxArticleFileSize) {
        cliErr() << tr("wiredesk-cli render: %1 is larger than 64 MB").arg(QDir::toNativeSeparators(articlePath))
                 << '\n';
        return 1;
    }
    const QByteArray content = file.readAll();
    Article article;
    QString error;
    if (markdown) {
        if (!MarkdownConverter::fromMarkdown(QString::fromUtf8(content), &article, &error)) {
            cliErr() << tr("wiredesk-cli render: %1: %2").arg(QDir::toNativeSeparators(articlePath), error) << '\n';
            return 1;
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            cliErr() << tr("wiredesk-cli render: %1 is not a JSON article (%2 at byte %3)")
                            .arg(QDir::toNativeSeparators(articlePath),
                                document.isNull() ? parseError.errorString() : tr("not an object"))
                            .arg(parseError.offset)
                     << '\n';
            return 1;
        }
        if (!Article::fromJson(document.object(), &article, &error)) {
            cliErr() << tr("wiredesk-cli render: %1: %2").arg(QDir::toNativeSeparators(articlePath), error) << '\n';
            return 1;
        }
    }

    // Local lead images are left out: an exported page only links http(s) images.
    const ArticleRenderer renderer(options);
    if (!renderer.templateError().isEmpty())
        cliErr() << tr("wiredesk-cli render: template override not used: %1").arg(renderer.templateError()) << '\n';
    const QString html = bodyOnly ? renderer.renderBody(article) + u'\n' : renderer.renderPage(article);

    if (outputPath.isEmpty() || outputPath == u"-") {
        cliOut() << html;
        cliOut().flush();
        return 0;
    }
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(html.toUtf8()) < 0 || !output.commit()) {
        cliErr() << tr("wiredesk-cli render: cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(outputPath), output.errorString())
                 << '\n';
        return 1;
    }
    return 0;
}

const CliCommandRegistry::Entry renderEntry(CliCommand {
    u"render"_s,
    QCoreApplication::translate("RenderCommand", "Render an article file as the published HTML page"),
    QCoreApplication::translate("RenderCommand",
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
