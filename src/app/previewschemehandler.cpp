#include "previewschemehandler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

using namespace Qt::StringLiterals;

namespace Wiredesk {

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{ }

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (url.scheme() == QLatin1StringView(PageScheme)) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_page);
        job->reply("text/html;charset=utf-8"_ba, buffer);
        return;
    }
    if (url.scheme() == QLatin1StringView(AssetScheme) && !m_assetRoot.isEmpty()) {
        // Resolve inside the profile only: canonical paths defeat "../" and symlinks out.
        const QString root = QFileInfo(m_assetRoot).canonicalFilePath();
        const QString path = QFileInfo(m_assetRoot + u'/' + url.path()).canonicalFilePath();
        if (!root.isEmpty() && !path.isEmpty() && path.startsWith(root + u'/')) {
            auto *file = new QFile(path, job);
            if (file->open(QIODevice::ReadOnly)) {
                job->reply(QMimeDatabase().mimeTypeForFile(path).name().toUtf8(), file);
                return;
            }
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
}

} // namespace Wiredesk
