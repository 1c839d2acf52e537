#include "renderoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

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

QString RenderOptions::profileTemplateFolder(const QString &profileFolder)
{
    return QDir(profileFolder).filePath(u"templates/publication"_s);
}

bool RenderOptions::loadPublicationSettings(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error
                = QCoreApplication::translate("RenderOptions", "%1: %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > 1024 * 1024)
        return fail(QCoreApplication::translate("RenderOptions", "larger than 1 MB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(
            QCoreApplication::translate("RenderOptions", "not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject json = document.object();
    RenderOptions updated = *this;
    if (json.contains(u"name"_s)) {
        updated.publicationName = json.value(u"name"_s).toString().simplified();
        if (updated.publicationName.isEmpty())
            return fail(QCoreApplication::translate("RenderOptions", "\"name\" must be a non-empty string"));
    }
    if (json.contains(u"founded"_s)) {
        updated.founded = QDate::fromString(json.value(u"founded"_s).toString(), Qt::ISODate);
        if (!updated.founded.isValid())
            return fail(QCoreApplication::translate("RenderOptions", "\"founded\" must be a date like 1998-03-02"));
    }
    if (json.contains(u"issueNumber"_s)) {
        const QJsonValue value = json.value(u"issueNumber"_s);
        if (!value.isDouble() || value.toInt(-1) < 0)
            return fail(QCoreApplication::translate(
                "RenderOptions", "\"issueNumber\" must be a number, 0 for the day of the year"));
        updated.issueNumber = value.toInt();
    }
    if (json.contains(u"timeZone"_s)) {
        updated.publicationTimeZone = json.value(u"timeZone"_s).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(updated.publicationTimeZone.toUtf8()))
            return fail(QCoreApplication::translate("RenderOptions", "unknown time zone \"%1\"")
                            .arg(updated.publicationTimeZone));
    }
    if (json.contains(u"worldClocks"_s)) {
        updated.worldClockZones.clear();
        const QJsonArray zones = json.value(u"worldClocks"_s).toArray();
        for (const QJsonValue &zone : zones) {
            const QString id = zone.toString();
            if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
                return fail(QCoreApplication::translate("RenderOptions", "unknown time zone \"%1\" in \"worldClocks\"")
                                .arg(id));
            updated.worldClockZones << id;
        }
    }
    if (json.contains(u"footer"_s))
        updated.footerText = json.value(u"footer"_s).toString();
    *this = std::move(updated);
    return true;
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
