#include "previewrequestinterceptor.h"

#include "previewschemehandler.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1StringView(PreviewSchemeHandler::PageScheme)
        || scheme == QLatin1StringView(PreviewSchemeHandler::AssetScheme))
        return;
    const bool remoteImage = (scheme == u"https" || scheme == u"http")
        && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (remoteImage && m_remoteImages.loadRelaxed())
        return;
    m_blocked.fetchAndAddRelaxed(1);
    info.block(true);
}

} // namespace Wiredesk
