#include "renderoptions.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QStringList RenderOptions::defaultWorldClockZones()
{
    return {u"America/New_York"_s, u"Europe/London"_s, u"Europe/Paris"_s, u"Europe/Moscow"_s, u"Asia/Dubai"_s,
        u"Asia/Tokyo"_s};
}

QUrl RenderOptions::remoteImageUrl(const QString &source)
{
    const QUrl url(source.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    return url;
}

QString RenderOptions::assetScheme()
{
    return u"wiredesk-asset"_s;
}

RenderOptions::ImageUrlMapper RenderOptions::assetUrlMapper(const QString &assetRoot)
{
    const QString root = assetRoot.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(assetRoot));
    return [root](const QString &source) -> QUrl {
        const QString trimmed = source.trimmed();
        if (trimmed.isEmpty())
            return {};
        const QUrl remote = remoteImageUrl(trimmed);
        if (remote.isValid())
            return remote;
        QString path;
        const QUrl url(trimmed);
        if (url.isLocalFile())
            path = url.toLocalFile();
        else if (url.scheme().size() <= 1) // no scheme, or a Windows drive letter
            path = trimmed;
        else
            return {}; // javascript:, data: and friends
        path = QDir::cleanPath(QDir::fromNativeSeparators(path));
        QString relative;
        if (QDir::isRelativePath(path)) {
            relative = path;
        } else {
            // The preview serves files inside the asset root (the profile) only.
            if (root.isEmpty() || !path.startsWith(root + u'/'))
                return {};
            relative = path.mid(root.size() + 1);
        }
        if (relative.isEmpty() || relative == u".." || relative.startsWith(u"../"))
            return {};
        QUrl asset;
        asset.setScheme(assetScheme());
        asset.setHost(u"profile"_s);
        asset.setPath(u'/' + relative);
        return asset;
    };
}

RenderOptions RenderOptions::forPreview(const QString &assetRoot)
{
    RenderOptions options;
    options.imageUrl = assetUrlMapper(assetRoot);
    options.extraImageSources = {assetScheme() + u':'};
    options.keepEmptyParts = true;
    return options;
}

} // namespace Wiredesk
