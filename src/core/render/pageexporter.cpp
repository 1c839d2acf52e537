#include "pageexporter.h"

#include "articlerenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Wiredesk {

PageExporter::PageExporter(RenderOptions options, QString assetRoot)
    : m_options(std::move(options))
    , m_assetRoot(std::move(assetRoot))
{ }

bool PageExporter::exportPage(const Article &article, const QString &htmlPath, QString *error)
{
    m_copied.clear();
    const QFileInfo target(htmlPath);
    const QString filesName = target.completeBaseName() + u"_files"_s;
    const QString filesFolder = target.absolutePath() + u'/' + filesName;
    QString copyError;

    // Local images resolve inside the profile exactly as in the preview, then are copied
    // next to the page; remote ones stay remote (the published page loads them).
    const RenderOptions::ImageUrlMapper inProfile = RenderOptions::assetUrlMapper(m_assetRoot);
    RenderOptions options = m_options;
    options.keepEmptyParts = false;
    options.allowRemoteImages = true;
    options.extraImageSources = {u"'self'"_s, u"file:"_s};
    options.imageUrl = [&](const QString &source) -> QUrl {
        const QUrl mapped = inProfile(source);
        if (!mapped.isValid() || mapped.scheme() != RenderOptions::assetScheme())
            return mapped;
        const QString relative = mapped.path().mid(1);
        const QString from = QDir(m_assetRoot).filePath(relative);
        const QString name = QFileInfo(relative).fileName();
        const QString to = filesFolder + u'/' + name;
        if (!QDir().mkpath(filesFolder)) {
            copyError = QCoreApplication::translate("PageExporter", "Cannot create the folder %1.").arg(filesFolder);
            return {};
        }
        if (!m_copied.contains(filesName + u'/' + name)) {
            QFile::remove(to);
            if (!QFile::copy(from, to)) {
                copyError
                    = QCoreApplication::translate("PageExporter", "Cannot copy the image %1 to %2.").arg(from, to);
                return {};
            }
            m_copied << filesName + u'/' + name;
        }
        QUrl relativeUrl;
        relativeUrl.setPath(filesName + u'/' + name);
        return relativeUrl;
    };

    QString page = ArticleRenderer(options).renderPage(article);
    if (!m_headHtml.isEmpty()) {
        // Structured data (JSON-LD) goes at the end of <head>; a template without one gets it
        // at the very start of the document rather than not at all.
        const qsizetype head = page.indexOf(u"</head>"_s, 0, Qt::CaseInsensitive);
        page.insert(head >= 0 ? head : 0, m_headHtml + u'\n');
    }
    if (!copyError.isEmpty()) {
        *error = copyError;
        return false;
    }
    QSaveFile file(htmlPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(page.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("PageExporter", "Cannot write %1: %2").arg(htmlPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Wiredesk
