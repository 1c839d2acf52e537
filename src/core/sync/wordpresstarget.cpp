#include "wordpresstarget.h"

#include "article.h"
#include "articlerenderer.h"
#include "bodyblocksplitter.h"
#include "htmlescape.h"
#include "httpclient.h"
#include "httpreply.h"
#include "httpresult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

/// WordPress gives term names HTML-escaped ("News &amp; Politics").
QString decodeEntities(QString text)
{
    text.replace(u"&amp;"_s, u"&"_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#039;"_s, u"'"_s);
    return text;
}

QString termKey(const QString &taxonomy, const QString &name)
{
    return taxonomy + u'\n' + decodeEntities(name).trimmed().toCaseFolded();
}

QString rawField(const QJsonObject &post, const QString &name)
{
    const QJsonValue value = post.value(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return object.contains(u"raw"_s) ? object.value(u"raw"_s).toString() : object.value(u"rendered"_s).toString();
    }
    return value.toString();
}

SyncError invalidAnswer()
{
    return SyncError::make(
        SyncError::Kind::Retry, SyncError::tr("WordPress sent an answer that is not the expected JSON."));
}

} // namespace

WordPressTarget::WordPressTarget(const QUrl &siteUrl, HttpClient *client, QObject *parent)
    : PublishingTarget(parent)
    , m_siteUrl(siteUrl)
    , m_client(client)
{ }

WordPressTarget::~WordPressTarget() = default;

void WordPressTarget::setCredentials(const QString &user, const QString &applicationPassword)
{
    m_user = user;
    m_password = applicationPassword;
}

void WordPressTarget::setTimeouts(std::chrono::milliseconds transfer, std::chrono::milliseconds total)
{
    m_transferTimeout = transfer;
    m_totalTimeout = total;
}

QUrl WordPressTarget::restUrl(const QString &route, const QString &query) const
{
    QUrl url = m_siteUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    QUrlQuery q;
    q.addQueryItem(u"rest_route"_s, route);
    const QUrlQuery extra(query);
    for (const auto &item : extra.queryItems(QUrl::FullyDecoded))
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);
    return url;
}

QString WordPressTarget::contentFor(const Article &article, const QHash<QString, QString> &uploaded)
{
    // The renderer's sanitizer keeps http(s) images only, so the uploaded URLs go into the
    // body first; afterwards each such img is told where it came from.
    Article body = article;
    QHash<QString, QString> restore; // the src as rendered → the article's own source
    for (auto it = uploaded.cbegin(); it != uploaded.cend(); ++it) {
        const QUrl url = RenderOptions::remoteImageUrl(it.value());
        if (!url.isValid())
            continue;
        const QString rendered = HtmlEscape::attribute(url.toString(QUrl::FullyEncoded));
        body.bodyHtml.replace(u"src=\""_s + HtmlEscape::attribute(it.key()) + u'"', u"src=\""_s + rendered + u'"');
        restore.insert(rendered, it.key());
    }
    // No reference marks: the post has no sources list to point to, and the content comes
    // back into drafts on pull and merge.
    RenderOptions options;
    options.citationMarks = false;
    const ArticleRenderer renderer(options);
    QString content;
    const QList<RenderedBlock> blocks = renderer.renderBlocks(body);
    for (const RenderedBlock &block : blocks)
        content += block.html + u'\n';
    // The serializer writes src last in every img it keeps: ` src="URL">`.
    for (auto it = restore.cbegin(); it != restore.cend(); ++it)
        content.replace(u" src=\""_s + it.key() + u"\">"_s,
            u" data-wiredesk-src=\""_s + HtmlEscape::attribute(it.value()) + u"\" src=\""_s + it.key() + u"\">"_s);
    return content;
}

QString WordPressTarget::restoreLocalImages(
    const QString &content, const std::function<bool(const QString &source)> &exists)
{
    if (!content.contains(u"data-wiredesk-src=\""_s))
        return content;
    static const QRegularExpression img(u"<img\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression local(u"\\sdata-wiredesk-src=\"([^\"]*)\""_s);
    static const QRegularExpression src(u"\\ssrc=\"[^\"]*\""_s);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator tags = img.globalMatch(content);
    while (tags.hasNext()) {
        const QRegularExpressionMatch tag = tags.next();
        QString html = tag.captured(0);
        const QRegularExpressionMatch source = local.match(html);
        if (source.hasMatch() && (!exists || exists(decodeEntities(source.captured(1))))) {
            const QString original = source.captured(1);
            html.remove(source.capturedStart(0), source.capturedLength(0));
            html.replace(src, u" src=\""_s + original + u'"');
        }
        out += QStringView(content).mid(last, tag.capturedStart(0) - last) + html;
        last = tag.capturedEnd(0);
    }
    out += QStringView(content).mid(last);
    return out;
}

QString WordPressTarget::provenanceFor(const Article &article)
{
    QJsonObject provenance;
    provenance.insert(u"article"_s, article.id);
    provenance.insert(u"sources"_s, article.toJson().value(u"sources"_s));
    return QString::fromUtf8(QJsonDocument(provenance).toJson(QJsonDocument::Compact));
}

void WordPressTarget::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType, ResultCallback done, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!hasCredentials()) {
        HttpResult result;
        result.requestedUrl = url;
        result.status = 401;
        result.error = HttpResult::Error::HttpError;
        result.body
            = R"({"code":"wiredesk_no_credentials","message":"No Application Password is stored for this site."})"_ba;
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request(url);
    request.setMethod(method == "POST" ? HttpRequest::Method::Post
            : method == "PUT"          ? HttpRequest::Method::Put
            : method == "DELETE"       ? HttpRequest::Method::Delete
                                       : HttpRequest::Method::Get);
    request.setHeader("Authorization", "Basic "_ba + (m_user + u':' + m_password).toUtf8().toBase64());
    request.setHeader("Accept", "application/json");
    for (const auto &header : headers)
        request.setHeader(header.first, header.second);
    if (!body.isEmpty() || method == "POST")
        request.setBody(body, contentType);
    request.setTransferTimeout(m_transferTimeout).setTotalTimeout(m_totalTimeout);
    // A POST is not repeated by the net layer: whether it reached the server is the outbox's
    // question (it looks the post up by draft id first).
    HttpReply *reply = m_client->send(request);
    connect(reply, &HttpReply::finished, this, [done](const HttpResult &result) { done(result); });
}

void WordPressTarget::rememberTerms(const QJsonObject &post)
{
    const QJsonArray groups = post.value(u"_embedded"_s).toObject().value(u"wp:term"_s).toArray();
    for (const QJsonValue &group : groups) {
        for (const QJsonValue &term : group.toArray()) {
            const QJsonObject t = term.toObject();
            const qint64 id = t.value(u"id"_s).toInteger();
            const QString name = decodeEntities(t.value(u"name"_s).toString());
            if (id <= 0)
                continue;
            m_termNames.insert(id, name);
            m_termIds.insert(
                termKey(t.value(u"taxonomy"_s).toString() == u"post_tag"_s ? u"tags"_s : u"categories"_s, name), id);
        }
    }
}

RemotePost WordPressTarget::parsePost(const QJsonObject &json)
{
    rememberTerms(json);
    RemotePost post;
    post.remoteId = QString::number(json.value(u"id"_s).toInteger());
    post.version = json.value(u"modified_gmt"_s).toString();
    post.modified = QDateTime::fromString(post.version, Qt::ISODate);
    post.modified.setTimeZone(QTimeZone::utc());
    post.title = rawField(json, u"title"_s);
    post.excerpt = rawField(json, u"excerpt"_s);
    post.bodyHtml = restoreLocalImages(
        rawField(json, u"content"_s), [this](const QString &source) { return !localImagePath(source).isEmpty(); });
    post.slug = json.value(u"slug"_s).toString();
    post.status = json.value(u"status"_s).toString();
    post.link = json.value(u"link"_s).toString();
    post.featuredMediaId = json.value(u"featured_media"_s).toInteger();
    const auto names = [this](const QJsonArray &ids) {
        QStringList out;
        for (const QJsonValue &id : ids)
            out << m_termNames.value(id.toInteger(), QString::number(id.toInteger()));
        return out;
    };
    post.categories = names(json.value(u"categories"_s).toArray());
    post.tags = names(json.value(u"tags"_s).toArray());
    const QJsonObject meta = json.value(u"meta"_s).toObject();
    post.draftId = meta.value(u"wiredesk_draft_id"_s).toString();
    post.provenanceJson = meta.value(u"wiredesk_provenance"_s).toString();
    post.contentHash = post.computeHash();
    return post;
}

void WordPressTarget::resolveTerm(
    const QString &taxonomy, const QString &name, std::function<void(qint64, const SyncError &)> done)
{
    const QString key = termKey(taxonomy, name);
    if (m_termIds.contains(key)) {
        const qint64 id = m_termIds.value(key);
        QMetaObject::invokeMethod(
            this, [done, id] { done(id, {}); }, Qt::QueuedConnection);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"search"_s, name);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"_fields"_s, u"id,name"_s);
    query.addQueryItem(u"context"_s, u"edit"_s);
    const QPointer<WordPressTarget> self(this);
    send("GET", restUrl(u"/wp/v2/"_s + taxonomy, query.toString()), {}, {},
        [this, self, taxonomy, name, key, done](const HttpResult &result) {
            if (!self)
                return;
            if (!result.isSuccess())
                return done(0, SyncError::fromWordPress(result));
            for (const QJsonValue &value : QJsonDocument::fromJson(result.body).array()) {
                const QJsonObject term = value.toObject();
                const QString termName = decodeEntities(term.value(u"name"_s).toString());
                m_termNames.insert(term.value(u"id"_s).toInteger(), termName);
                m_termIds.insert(termKey(taxonomy, termName), term.value(u"id"_s).toInteger());
            }
            if (m_termIds.contains(key))
                return done(m_termIds.value(key), {});
            const QByteArray body = QJsonDocument(QJsonObject {{u"name"_s, name}}).toJson(QJsonDocument::Compact);
            send("POST", restUrl(u"/wp/v2/"_s + taxonomy), body, "application/json",
                [this, self, name, key, done](const HttpResult &created) {
                    if (!self)
                        return;
                    const QJsonObject json = parseObject(created.body);
                    qint64 id = 0;
                    if (created.isSuccess())
                        id = json.value(u"id"_s).toInteger();
                    else if (json.value(u"code"_s).toString() == u"term_exists"_s) // created meanwhile by someone else
                        id = json.value(u"data"_s).toObject().value(u"term_id"_s).toInteger();
                    if (id <= 0)
                        return done(0, created.isSuccess() ? invalidAnswer() : SyncError::fromWordPress(created));
                    m_termIds.insert(key, id);
                    m_termNames.insert(
                        id, created.isSuccess() ? decodeEntities(json.value(u"name"_s).toString()) : name);
                    done(id, {});
                });
        });
}

void WordPressTarget::resolveTerms(const QString &taxonomy, const QStringList &names, TermsCallback done)
{
    // One after the other: two pushes creating the same new tag at once would race otherwise.
    struct State {
        QStringList remaining;
        QList<qint64> ids;
    };
    auto state = std::make_shared<State>();
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty() && !state->remaining.contains(name.trimmed()))
            state->remaining << name.trimmed();
    }
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, taxonomy, state, done, step]() {
        if (state->remaining.isEmpty()) {
            done(state->ids, {});
            *step = nullptr; // break the cycle
            return;
        }
        const QString name = state->remaining.takeFirst();
        resolveTerm(taxonomy, name, [state, done, step](qint64 id, const SyncError &error) {
            if (!error.ok()) {
                done({}, error);
                *step = nullptr;
                return;
            }
            state->ids << id;
            (*step)();
        });
    };
    (*step)();
}

QString WordPressTarget::localImagePath(const QString &source) const
{
    if (source.startsWith(u"http://"_s) || source.startsWith(u"https://"_s) || source.isEmpty())
        return {};
    QString path = source;
    if (path.startsWith(u"file:"_s))
        path = QUrl(path).toLocalFile();
    if (QDir::isRelativePath(path) && !m_assetRoot.isEmpty())
        path = QDir(m_assetRoot).filePath(path);
    return QFileInfo(path).isFile() ? QFileInfo(path).absoluteFilePath() : QString();
}

void WordPressTarget::prepareFeaturedMedia(const Article &article, std::function<void(qint64, const SyncError &)> done)
{
    const QString path = localImagePath(article.leadImage.source);
    if (path.isEmpty()) {
        // Remote lead images stay links in the article; WordPress cannot feature a URL.
        QMetaObject::invokeMethod(
            this, [done] { done(0, {}); }, Qt::QueuedConnection);
        return;
    }
    const QFileInfo info(path);
    const QString key = path + u'\n' + QString::number(info.size()) + u'\n'
        + QString::number(info.lastModified().toMSecsSinceEpoch()) + u'\n' + article.leadImage.caption + u'\n'
        + article.leadImage.alt;
    if (m_uploaded.contains(key)) {
        const qint64 id = m_uploaded.value(key);
        QMetaObject::invokeMethod(
            this, [done, id] { done(id, {}); }, Qt::QueuedConnection);
        return;
    }
    QString caption = article.leadImage.caption;
    if (!article.leadImage.credit.isEmpty())
        caption += (caption.isEmpty() ? QString() : u" "_s) + tr("Photo: %1").arg(article.leadImage.credit);
    const QPointer<WordPressTarget> self(this);
    uploadMedia(path, caption, article.leadImage.alt, [this, self, key, done](const MediaResult &media) {
        if (!self)
            return;
        if (media.error.ok())
            m_uploaded.insert(key, media.mediaId);
        done(media.mediaId, media.error);
    });
}

void WordPressTarget::prepareInlineImages(
    const Article &article, std::function<void(const QHash<QString, QString> &, const SyncError &)> done)
{
    // The local image sources of the body, in order, each once. The body is the article
    // module's canonical HTML (double-quoted, escaped attributes), so a pattern finds them.
    static const QRegularExpression imageSource(u"<img\\b[^>]*?\\ssrc=\"([^\"]*)\""_s);
    QStringList sources;
    QRegularExpressionMatchIterator images = imageSource.globalMatch(article.bodyHtml);
    while (images.hasNext()) {
        const QString source = decodeEntities(images.next().captured(1)).trimmed();
        if (!RenderOptions::remoteImageUrl(source).isValid() && !localImagePath(source).isEmpty()
            && !sources.contains(source))
            sources << source;
    }
    auto urls = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<QStringList>(sources);
    const QPointer<WordPressTarget> self(this);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, self, urls, pending, step, done]() {
        if (!self)
            return;
        if (pending->isEmpty()) {
            // Clearing *step breaks the cycle step → this lambda → step, and destroys this
            // lambda's captures: take what is still needed first.
            const auto finish = done;
            const QHash<QString, QString> result = *urls;
            *step = nullptr;
            return finish(result, {});
        }
        const QString source = pending->takeFirst();
        const QString path = localImagePath(source);
        const QFileInfo info(path);
        const QString key = path + u'\n' + QString::number(info.size()) + u'\n'
            + QString::number(info.lastModified().toMSecsSinceEpoch());
        if (m_inlineUrls.contains(key)) {
            urls->insert(source, m_inlineUrls.value(key));
            QMetaObject::invokeMethod(
                this, [step] { (*step)(); }, Qt::QueuedConnection);
            return;
        }
        uploadMedia(path, {}, {}, [this, self, urls, step, done, source, key](const MediaResult &media) {
            if (!self)
                return;
            if (!media.error.ok() || media.url.isEmpty()) {
                *step = nullptr;
                return done({}, media.error.ok() ? invalidAnswer() : media.error);
            }
            m_inlineUrls.insert(key, media.url);
            urls->insert(source, media.url);
            (*step)();
        });
    };
    QMetaObject::invokeMethod(
        this, [step] { (*step)(); }, Qt::QueuedConnection);
}

void WordPressTarget::push(
    const Article &article, const QString &remoteId, const QString &baseVersion, PushCallback done)
{
    Q_UNUSED(baseVersion) // core WordPress has no precondition; the engine compared before
    const QPointer<WordPressTarget> self(this);
    const QStringList categories = article.section.trimmed().isEmpty() ? QStringList() : QStringList {article.section};
    resolveTerms(u"categories"_s, categories, [=, this](const QList<qint64> &categoryIds, const SyncError &error) {
        if (!self)
            return;
        if (!error.ok())
            return done(PushResult {{}, {}, {}, error});
        resolveTerms(u"tags"_s, article.tags, [=, this](const QList<qint64> &tagIds, const SyncError &tagError) {
            if (!self)
                return;
            if (!tagError.ok())
                return done(PushResult {{}, {}, {}, tagError});
            prepareFeaturedMedia(article, [=, this](qint64 mediaId, const SyncError &mediaError) {
                if (!self)
                    return;
                if (!mediaError.ok())
                    return done(PushResult {{}, {}, {}, mediaError});
                prepareInlineImages(
                    article, [=, this](const QHash<QString, QString> &inlineUrls, const SyncError &inlineError) {
                        if (!self)
                            return;
                        if (!inlineError.ok())
                            return done(PushResult {{}, {}, {}, inlineError});
                        QJsonObject post;
                        post.insert(u"title"_s, article.headline);
                        post.insert(u"content"_s, contentFor(article, inlineUrls));
                        post.insert(u"excerpt"_s, article.dek);
                        post.insert(u"slug"_s, article.slug);
                        post.insert(u"status"_s, m_status);
                        QJsonArray cats;
                        for (qint64 id : categoryIds)
                            cats.append(id);
                        if (!cats.isEmpty())
                            post.insert(u"categories"_s, cats);
                        QJsonArray tags;
                        for (qint64 id : tagIds)
                            tags.append(id);
                        post.insert(u"tags"_s, tags);
                        if (mediaId > 0)
                            post.insert(u"featured_media"_s, mediaId);
                        post.insert(u"meta"_s,
                            QJsonObject {{u"wiredesk_draft_id"_s, article.id},
                                {u"wiredesk_provenance"_s, provenanceFor(article)}});
                        const QString route = remoteId.isEmpty() ? u"/wp/v2/posts"_s : u"/wp/v2/posts/"_s + remoteId;
                        send("POST", restUrl(route, u"_embed=wp:term"_s),
                            QJsonDocument(post).toJson(QJsonDocument::Compact), "application/json",
                            [this, self, done](const HttpResult &result) {
                                if (!self)
                                    return;
                                if (!result.isSuccess())
                                    return done(PushResult {{}, {}, {}, SyncError::fromWordPress(result)});
                                const QJsonObject json = parseObject(result.body);
                                if (json.value(u"id"_s).toInteger() <= 0)
                                    return done(PushResult {{}, {}, {}, invalidAnswer()});
                                const RemotePost remote = parsePost(json);
                                done(PushResult {remote.remoteId, remote.version, remote.contentHash, {}});
                            });
                    });
            });
        });
    });
}

void WordPressTarget::fetch(const QString &remoteId, FetchCallback done)
{
    const QPointer<WordPressTarget> self(this);
    send("GET", restUrl(u"/wp/v2/posts/"_s + remoteId, u"context=edit&_embed=wp:term"_s), {}, {},
        [this, self, done](const HttpResult &result) {
            if (!self)
                return;
            if (!result.isSuccess())
                return done(FetchResult {false, {}, SyncError::fromWordPress(result)});
            const QJsonObject json = parseObject(result.body);
            if (json.value(u"id"_s).toInteger() <= 0)
                return done(FetchResult {false, {}, invalidAnswer()});
            done(FetchResult {true, parsePost(json), {}});
        });
}

void WordPressTarget::findByDraftId(const QString &draftId, FetchCallback done)
{
    const QPointer<WordPressTarget> self(this);
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"status"_s, u"any"_s);
    query.addQueryItem(u"wiredesk_draft_id"_s, draftId);
    query.addQueryItem(u"_embed"_s, u"wp:term"_s);
    send("GET", restUrl(u"/wp/v2/posts"_s, query.toString()), {}, {},
        [this, self, draftId, done](const HttpResult &result) {
            if (!self)
                return;
            if (!result.isSuccess())
                return done(FetchResult {false, {}, SyncError::fromWordPress(result)});
            const QJsonDocument document = QJsonDocument::fromJson(result.body);
            if (!document.isArray())
                return done(FetchResult {false, {}, invalidAnswer()});
            // The filter is the mu-plugin's; without it WordPress ignores the parameter and lists
            // everything, so check the meta here rather than trust the first hit.
            for (const QJsonValue &value : document.array()) {
                const RemotePost post = parsePost(value.toObject());
                if (post.draftId == draftId)
                    return done(FetchResult {true, post, {}});
            }
            done(FetchResult {false, {}, {}});
        });
}

void WordPressTarget::listRemote(const QDateTime &modifiedAfter, int page, ListCallback done)
{
    const QPointer<WordPressTarget> self(this);
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"status"_s, u"draft,pending"_s);
    query.addQueryItem(u"orderby"_s, u"modified"_s);
    query.addQueryItem(u"order"_s, u"desc"_s);
    query.addQueryItem(u"per_page"_s, QString::number(m_pageSize));
    query.addQueryItem(u"page"_s, QString::number(qMax(1, page)));
    query.addQueryItem(u"_embed"_s, u"wp:term"_s);
    if (modifiedAfter.isValid())
        query.addQueryItem(u"modified_after"_s, modifiedAfter.toUTC().toString(Qt::ISODate));
    send("GET", restUrl(u"/wp/v2/posts"_s, query.toString()), {}, {}, [this, self, done](const HttpResult &result) {
        if (!self)
            return;
        ListResult list;
        if (!result.isSuccess()) {
            list.error = SyncError::fromWordPress(result);
            return done(list);
        }
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (!document.isArray()) {
            list.error = invalidAnswer();
            return done(list);
        }
        for (const QJsonValue &value : document.array())
            list.posts << parsePost(value.toObject());
        list.total = result.header("X-WP-Total").toInt();
        list.totalPages = result.header("X-WP-TotalPages").toInt();
        done(list);
    });
}

void WordPressTarget::uploadMedia(
    const QString &filePath, const QString &caption, const QString &alt, MediaCallback done)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        const SyncError error = SyncError::make(
            SyncError::Kind::Invalid, tr("The image %1 cannot be read: %2").arg(filePath, file.errorString()));
        QMetaObject::invokeMethod(
            this,
            [done, error] {
                done(MediaResult {0, {}, error});
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray data = file.readAll();
    const QByteArray mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, data).name().toUtf8();
    QString fileName = QFileInfo(filePath).fileName();
    fileName.replace(u'"', u'_');
    const QByteArray disposition = "attachment; filename=\""_ba + fileName.toUtf8() + "\""_ba;
    const QPointer<WordPressTarget> self(this);
    send("POST", restUrl(u"/wp/v2/media"_s), data, mime,
        [this, self, caption, alt, done](const HttpResult &result) {
            if (!self)
                return;
            if (!result.isSuccess())
                return done(MediaResult {0, {}, SyncError::fromWordPress(result)});
            const QJsonObject json = parseObject(result.body);
            const qint64 id = json.value(u"id"_s).toInteger();
            if (id <= 0)
                return done(MediaResult {0, {}, invalidAnswer()});
            const QString url = json.value(u"source_url"_s).toString();
            const QByteArray body = QJsonDocument(QJsonObject {{u"caption"_s, caption}, {u"alt_text"_s, alt}})
                                        .toJson(QJsonDocument::Compact);
            send("POST", restUrl(u"/wp/v2/media/"_s + QString::number(id)), body, "application/json",
                [id, url, done](const HttpResult &updated) {
                    done(MediaResult {id, url, updated.isSuccess() ? SyncError() : SyncError::fromWordPress(updated)});
                });
        },
        {{"Content-Disposition", disposition}});
}

} // namespace Wiredesk
