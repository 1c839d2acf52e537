#include "foldertarget.h"

#include "article.h"
#include "pageexporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

/// A folder name that cannot leave the target folder: [a-z0-9-] only.
QString safeName(const QString &wanted)
{
    static const QRegularExpression unsafe(u"[^a-z0-9-]+"_s);
    QString name = wanted.toLower();
    name.replace(unsafe, u"-"_s);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.left(120);
}

RemotePost postFrom(const Article &article, const QString &remoteId)
{
    RemotePost post;
    post.remoteId = remoteId;
    post.title = article.headline;
    post.excerpt = article.dek;
    post.slug = article.slug;
    post.status = u"draft"_s;
    post.bodyHtml = article.bodyHtml;
    if (!article.section.isEmpty())
        post.categories << article.section;
    post.tags = article.tags;
    post.draftId = article.id;
    post.provenanceJson = QString::fromUtf8(
        QJsonDocument(article.toJson().value(u"sources"_s).toArray()).toJson(QJsonDocument::Compact));
    post.modified = article.modified;
    post.contentHash = post.computeHash();
    post.version = post.contentHash;
    return post;
}

} // namespace

FolderTarget::FolderTarget(const QString &folder, const QString &assetRoot, RenderOptions options, QObject *parent)
    : PublishingTarget(parent)
    , m_folder(folder)
    , m_assetRoot(assetRoot)
    , m_options(std::move(options))
{ }

FolderTarget::~FolderTarget() = default;

PushResult FolderTarget::write(const Article &article, const QString &remoteId) const
{
    PushResult result;
    const QString name = safeName(!remoteId.isEmpty() ? remoteId : !article.slug.isEmpty() ? article.slug : article.id);
    if (name.isEmpty()) {
        result.error = SyncError::make(SyncError::Kind::Invalid, tr("The draft has neither a slug nor an id."));
        return result;
    }
    const QDir dir(QDir(m_folder).filePath(name));
    QString error;
    if (!QDir().mkpath(dir.path())) {
        result.error = SyncError::make(SyncError::Kind::Invalid, tr("Cannot create the folder %1.").arg(dir.path()));
        return result;
    }
    PageExporter exporter(m_options, m_assetRoot);
    QByteArray provenance;
    if (m_provenance) {
        const Provenance documents = m_provenance(article);
        exporter.setHeadHtml(documents.headHtml);
        provenance = documents.json;
    } else {
        provenance = QJsonDocument(QJsonObject {{u"article"_s, article.id}, {u"headline"_s, article.headline},
                                       {u"sources"_s, article.toJson().value(u"sources"_s)}})
                         .toJson();
    }
    if (!exporter.exportPage(article, dir.filePath(u"index.html"_s), &error)
        || !writeAtomically(dir.filePath(u"article.json"_s), QJsonDocument(article.toJson()).toJson(), &error)
        || !writeAtomically(dir.filePath(u"provenance.json"_s), provenance, &error)) {
        result.error = SyncError::make(SyncError::Kind::Invalid, tr("Publishing to the folder failed: %1").arg(error));
        return result;
    }
    const RemotePost post = postFrom(article, name);
    result.remoteId = name;
    result.remoteVersion = post.version;
    result.contentHash = post.contentHash;
    return result;
}

FetchResult FolderTarget::read(const QString &remoteId) const
{
    FetchResult result;
    const QString name = safeName(remoteId);
    QFile file(QDir(m_folder).filePath(name + u"/article.json"_s));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        result.error = SyncError::make(SyncError::Kind::RemoteDeleted, tr("%1 is not in the folder.").arg(remoteId));
        return result;
    }
    Article article;
    QString error;
    if (!Article::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &article, &error)) {
        result.error = SyncError::make(SyncError::Kind::Invalid, error);
        return result;
    }
    result.found = true;
    result.post = postFrom(article, name);
    return result;
}

void FolderTarget::push(const Article &article, const QString &remoteId, const QString &baseVersion, PushCallback done)
{
    Q_UNUSED(baseVersion)
    const PushResult result = write(article, remoteId);
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FolderTarget::fetch(const QString &remoteId, FetchCallback done)
{
    const FetchResult result = read(remoteId);
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FolderTarget::findByDraftId(const QString &draftId, FetchCallback done)
{
    FetchResult result;
    const QStringList names = QDir(m_folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const FetchResult candidate = read(name);
        if (candidate.found && candidate.post.draftId == draftId) {
            result = candidate;
            break;
        }
    }
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FolderTarget::listRemote(const QDateTime &modifiedAfter, int page, ListCallback done)
{
    constexpr int PerPage = 100;
    QList<RemotePost> all;
    const QStringList names = QDir(m_folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const FetchResult candidate = read(name);
        if (candidate.found && (!modifiedAfter.isValid() || candidate.post.modified > modifiedAfter))
            all << candidate.post;
    }
    std::sort(all.begin(), all.end(), [](const RemotePost &a, const RemotePost &b) { return a.modified > b.modified; });
    ListResult result;
    result.total = int(all.size());
    result.totalPages = (result.total + PerPage - 1) / PerPage;
    result.posts = all.mid(qsizetype(qMax(1, page) - 1) * PerPage, PerPage);
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FolderTarget::uploadMedia(const QString &filePath, const QString &caption, const QString &alt, MediaCallback done)
{
    Q_UNUSED(caption)
    Q_UNUSED(alt)
    // Images travel with the page (PageExporter copies them beside index.html).
    MediaResult result;
    if (!QFileInfo(filePath).isFile())
        result.error = SyncError::make(SyncError::Kind::Invalid, tr("The image %1 does not exist.").arg(filePath));
    else
        result.url = QUrl::fromLocalFile(filePath).toString();
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace Wiredesk
