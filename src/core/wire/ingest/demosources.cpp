#include "demosources.h"

#include "wirestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr qint64 MaxSourcesFileSize = 4 * 1024 * 1024;
} // namespace

QList<WireSource> DemoSources::read(const QString &sourcesJson, const QString &profileRoot, QString *error)
{
    QList<WireSource> sources;
    QFile file(sourcesJson);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DemoSources", "Cannot read %1: %2").arg(sourcesJson, file.errorString());
        return sources;
    }
    if (file.size() > MaxSourcesFileSize) {
        *error = QCoreApplication::translate("DemoSources", "%1 is too large for a source list.").arg(sourcesJson);
        return sources;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("DemoSources", "%1 is not a JSON object: %2")
                     .arg(sourcesJson, parseError.errorString());
        return sources;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"wiredesk-demo-sources") {
        *error = QCoreApplication::translate("DemoSources", "%1 is not a Wiredesk demo source list.").arg(sourcesJson);
        return sources;
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version < 1 || version > SupportedVersion) {
        *error = QCoreApplication::translate("DemoSources", "%1 has version %2; this Wiredesk reads version %3.")
                     .arg(sourcesJson)
                     .arg(version)
                     .arg(SupportedVersion);
        return sources;
    }
    const QDir profile(profileRoot);
    const QJsonArray list = root.value(u"sources"_s).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        WireSource s;
        s.name = o.value(u"name"_s).toString().trimmed();
        const QString type = o.value(u"type"_s).toString();
        s.label = o.value(u"credibility"_s).toString();
        s.pollSeconds = qMax(10, o.value(u"pollIntervalSeconds"_s).toInt(300));
        if (type == u"dropfolder") {
            const QString relative = o.value(u"file"_s).toString();
            // The file must stay inside the profile: a source list is data, not a licence
            // to read anywhere on the disk.
            const QString absolute = QDir::cleanPath(profile.absoluteFilePath(relative));
            if (relative.isEmpty() || QDir::isAbsolutePath(relative)
                || !absolute.startsWith(QDir::cleanPath(profile.absolutePath()) + u'/')) {
                *error
                    = QCoreApplication::translate("DemoSources", "Source \"%1\" names a file outside the profile: %2")
                          .arg(s.name, relative);
                return {};
            }
            s.type = u"file"_s;
            s.location = absolute;
        } else if (type == u"url" || type == u"ninjs") {
            s.type = type == u"url" ? u"feed"_s : u"ninjs"_s;
            s.location = o.value(u"url"_s).toString();
        } else {
            *error = QCoreApplication::translate("DemoSources", "Source \"%1\" has an unknown type \"%2\".")
                         .arg(s.name, type);
            return {};
        }
        if (s.name.isEmpty()) {
            *error = QCoreApplication::translate("DemoSources", "A source in %1 has no name.").arg(sourcesJson);
            return {};
        }
        sources << s;
    }
    error->clear();
    return sources;
}

int DemoSources::addToEmptyStore(WireStore &store, const QString &profileRoot, QString *error)
{
    const QString path = QDir(profileRoot).filePath(u"sources.json"_s);
    if (!QFile::exists(path) || !store.sources().isEmpty())
        return 0;
    const QList<WireSource> sources = read(path, profileRoot, error);
    if (!error->isEmpty())
        return -1;
    int added = 0;
    for (const WireSource &source : sources) {
        if (store.addSource(source) == 0) {
            *error = QCoreApplication::translate("DemoSources", "Cannot add the demo source \"%1\": %2")
                         .arg(source.name, store.errorString());
            return -1;
        }
        ++added;
    }
    return added;
}

} // namespace Wiredesk
