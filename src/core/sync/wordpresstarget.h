#pragma once

#include "publishingtarget.h"

#include <QHash>
#include <QUrl>

#include <chrono>

namespace Wiredesk {

class HttpClient;
struct HttpResult;
class HttpReply;

/// Publishes drafts to a WordPress site through its REST API v2, signed in with an
/// Application Password over HTTP Basic.
///
/// Routes go through "/?rest_route=" so sites without pretty permalinks (and `php -S`) work.
/// A push sends title, the body's rendered blocks as content (each keeps its data-block id:
/// WordPress keeps unknown attributes for users with unfiltered_html, which the three-way
/// merge relies on), the dek as excerpt, slug, status draft, the section as category and the
/// tags (both by name: looked up, created when missing, ids cached), the lead image as
/// featured media (uploaded once per file) and the meta fields wiredesk_draft_id and
/// wiredesk_provenance registered by packaging/wordpress/wiredesk-meta.php. That mu-plugin
/// also adds the `wiredesk_draft_id` collection filter that findByDraftId() uses; core REST
/// cannot filter by meta. The password is only held in memory (the engine reads it from the
/// keychain) and never appears in errors or logs.
class WordPressTarget final : public PublishingTarget
{
    Q_OBJECT

public:
    /// @p siteUrl is the site's home ("https://example.org" or "http://127.0.0.1:8080");
    /// @p client must outlive the target.
    WordPressTarget(const QUrl &siteUrl, HttpClient *client, QObject *parent = nullptr);
    ~WordPressTarget() override;
    Q_DISABLE_COPY_MOVE(WordPressTarget)

    void setCredentials(const QString &user, const QString &applicationPassword);
    /// The user name alone, so the engine can look the password up in the keychain.
    void setUser(const QString &user) { m_user = user; }
    QString user() const { return m_user; }
    bool hasCredentials() const { return !m_user.isEmpty() && !m_password.isEmpty(); }
    /// Relative image paths in articles are taken from this folder (the profile folder).
    void setAssetRoot(const QString &folder) { m_assetRoot = folder; }
    /// The post status for pushes: "draft" (default) or "pending".
    void setPostStatus(const QString &status) { m_status = status; }
    void setTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds total);
    /// Posts per page in listRemote() (1..100, default 100).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    QUrl siteUrl() const { return m_siteUrl; }
    /// siteUrl + "/?rest_route=" + @p route + "&" + @p query.
    QUrl restUrl(const QString &route, const QString &query = {}) const;

    QString kind() const override { return QStringLiteral("wordpress"); }
    bool canFindByDraftId() const override { return true; }
    void push(const Article &article, const QString &remoteId, const QString &baseVersion, PushCallback done) override;
    void fetch(const QString &remoteId, FetchCallback done) override;
    void findByDraftId(const QString &draftId, FetchCallback done) override;
    void listRemote(const QDateTime &modifiedAfter, int page, ListCallback done) override;
    void uploadMedia(const QString &filePath, const QString &caption, const QString &alt, MediaCallback done) override;

    /// The body WordPress gets as content: the renderer's top-level blocks, one per line.
    /// Images with a local file are left out unless @p uploaded maps their source (as written
    /// in the article) to the URL WordPress gave the uploaded file; such an img keeps its
    /// source in data-wiredesk-src, so reading the post back restores it (restoreLocalImages).
    static QString contentFor(const Article &article, const QHash<QString, QString> &uploaded = {});
    /// The inverse for content read from WordPress: an img carrying data-wiredesk-src gets
    /// that source back as src (and loses the attribute), so the three-way merge sees the
    /// article's own figure, not the site's copy of the file. With @p exists, only sources it
    /// accepts are restored (a post opened on another machine keeps the site's URL).
    static QString restoreLocalImages(
        const QString &content, const std::function<bool(const QString &source)> &exists = {});
    /// The article's sources as the JSON stored in wiredesk_provenance.
    static QString provenanceFor(const Article &article);

private:
    using ResultCallback = std::function<void(const HttpResult &)>;
    using TermsCallback = std::function<void(const QList<qint64> &ids, const SyncError &error)>;

    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
        ResultCallback done, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void resolveTerms(const QString &taxonomy, const QStringList &names, TermsCallback done);
    void resolveTerm(const QString &taxonomy, const QString &name, std::function<void(qint64, const SyncError &)> done);
    void prepareFeaturedMedia(const Article &article, std::function<void(qint64, const SyncError &)> done);
    /// Uploads the body's local images (once per file version); @p done gets source → URL.
    void prepareInlineImages(
        const Article &article, std::function<void(const QHash<QString, QString> &, const SyncError &)> done);
    RemotePost parsePost(const QJsonObject &json);
    void rememberTerms(const QJsonObject &post);
    QString localImagePath(const QString &source) const;

    QUrl m_siteUrl;
    HttpClient *m_client;
    QString m_user;
    QString m_password;
    QString m_assetRoot;
    QString m_status = QStringLiteral("draft");
    int m_pageSize = 100;
    std::chrono::milliseconds m_transferTimeout {30'000};
    std::chrono::milliseconds m_totalTimeout {120'000};
    QHash<QString, qint64> m_termIds;     ///< "taxonomy\nlower-case name" → id
    QHash<qint64, QString> m_termNames;   ///< id → name as WordPress holds it
    QHash<QString, qint64> m_uploaded;    ///< "path\nsize\nmtime" → media id
    QHash<QString, QString> m_inlineUrls; ///< "path\nsize\nmtime" → the uploaded file's URL
};

} // namespace Wiredesk
