#pragma once

#include "publishingtarget.h"
#include "renderoptions.h"

namespace Wiredesk {

/// The embedded default target that needs no server: publishes each draft into
/// `<folder>/<slug>/` as index.html (PageExporter, the one renderer's page, with local images
/// copied beside it), article.json (the article's JSON form) and provenance.json (by default
/// its sources; with a provenance source, the full provenance file and JSON-LD in the page). Every file is written
/// atomically, so a failure leaves the previous copy whole. The version is the content hash; the remote id is the
/// folder name (the slug, or the draft id when the draft has no slug), and article.json carries the draft id for
/// findByDraftId().
class FolderTarget final : public PublishingTarget
{
    Q_OBJECT

public:
    /// @p assetRoot: the profile folder relative image paths are taken from.
    FolderTarget(const QString &folder, const QString &assetRoot, RenderOptions options = RenderOptions(),
        QObject *parent = nullptr);
    ~FolderTarget() override;
    Q_DISABLE_COPY_MOVE(FolderTarget)

    QString folder() const { return m_folder; }

    /// What the provenance module knows of an article: markup for the page's <head> (the
    /// schema.org JSON-LD script) and the provenance file's bytes.
    struct Provenance {
        QString headHtml;
        QByteArray json;
    };
    using ProvenanceSource = std::function<Provenance(const Article &article)>;
    /// Asked on every push; unset, provenance.json holds the article's sources only.
    void setProvenanceSource(ProvenanceSource source) { m_provenance = std::move(source); }

    QString kind() const override { return QStringLiteral("folder"); }
    bool canFindByDraftId() const override { return true; }
    void push(const Article &article, const QString &remoteId, const QString &baseVersion, PushCallback done) override;
    void fetch(const QString &remoteId, FetchCallback done) override;
    void findByDraftId(const QString &draftId, FetchCallback done) override;
    void listRemote(const QDateTime &modifiedAfter, int page, ListCallback done) override;
    void uploadMedia(const QString &filePath, const QString &caption, const QString &alt, MediaCallback done) override;

    /// The post as read from `<folder>/<remoteId>/article.json`, or an error.
    FetchResult read(const QString &remoteId) const;

private:
    PushResult write(const Article &article, const QString &remoteId) const;

    QString m_folder;
    QString m_assetRoot;
    RenderOptions m_options;
    ProvenanceSource m_provenance;
};

} // namespace Wiredesk
