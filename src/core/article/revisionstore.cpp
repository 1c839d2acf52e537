#include "revisionstore.h"

#include "articledocument.h"
#include "articleschema.h"
#include "blockids.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// The revision's content: everything but the bookkeeping times, which differ on every save.
QByteArray contentJson(const Article &article)
{
    QJsonObject json = article.toJson();
    json.remove(u"modified"_s);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

RevisionStore::RevisionStore(Database *database)
    : m_database(database)
{ }

qint64 RevisionStore::add(const Article &article, const QString &kind, const QString &label)
{
    return insert(article, kind, label, QDateTime::currentDateTimeUtc());
}

qint64 RevisionStore::addAutomatic(const Article &article, const QDateTime &now)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT MAX(created) FROM article_revision WHERE article_id = ?"_s);
    query.addBindValue(article.id);
    if (query.exec() && query.next() && !query.value(0).isNull()
        && now.toMSecsSinceEpoch() - query.value(0).toLongLong() < m_interval)
        return 0;
    return insert(article, Auto, {}, now);
}

qint64 RevisionStore::insert(const Article &article, const QString &kind, const QString &label, const QDateTime &when)
{
    m_error.clear();
    QSqlDatabase db = m_database->connection();
    const QByteArray content = contentJson(article);
    QSqlQuery latest(db);
    latest.prepare(u"SELECT id, json FROM article_revision WHERE article_id = ? ORDER BY created DESC, id DESC "
                   u"LIMIT 1"_s);
    latest.addBindValue(article.id);
    if (latest.exec() && latest.next() && label.isEmpty()) {
        Article stored;
        QString ignored;
        if (Article::fromJson(QJsonDocument::fromJson(latest.value(1).toString().toUtf8()).object(), &stored, &ignored)
            && contentJson(stored) == content)
            return latest.value(0).toLongLong();
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO article_revision(article_id, created, kind, label, headline, word_count, json) "
                  u"VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(article.id);
    query.addBindValue(when.toMSecsSinceEpoch());
    query.addBindValue(kind);
    // Null QStrings bind as SQL NULL; these columns hold text.
    query.addBindValue(label.isNull() ? u""_s : label);
    query.addBindValue(article.headline.isNull() ? u""_s : article.headline);
    const QString text = article.headline + u'\n' + article.dek + u'\n' + BlockIds::plainText(article.bodyHtml);
    query.addBindValue(ArticleDocument::countWords(text));
    query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_error = QCoreApplication::translate("RevisionStore", "Could not store a revision: %1")
                      .arg(describeStoreError(query.lastError()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<RevisionInfo> RevisionStore::list(const QString &articleId)
{
    QList<RevisionInfo> revisions;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, created, kind, label, headline, word_count FROM article_revision WHERE article_id = ? "
                  u"ORDER BY created DESC, id DESC"_s);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return revisions;
    }
    while (query.next()) {
        RevisionInfo info;
        info.id = query.value(0).toLongLong();
        info.articleId = articleId;
        info.created = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        info.kind = query.value(2).toString();
        info.label = query.value(3).toString();
        info.headline = query.value(4).toString();
        info.wordCount = query.value(5).toInt();
        revisions << info;
    }
    return revisions;
}

std::optional<Article> RevisionStore::load(qint64 revisionId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT json FROM article_revision WHERE id = ?"_s);
    query.addBindValue(revisionId);
    if (!query.exec() || !query.next()) {
        m_error = QCoreApplication::translate("RevisionStore", "No revision %1.").arg(revisionId);
        return std::nullopt;
    }
    Article article;
    if (!Article::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &article, &m_error))
        return std::nullopt;
    return article;
}

bool RevisionStore::restore(qint64 revisionId, ArticleDocument *document)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT created FROM article_revision WHERE id = ?"_s);
    query.addBindValue(revisionId);
    const std::optional<Article> revision = load(revisionId);
    if (!revision || !query.exec() || !query.next())
        return false;
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
    document->restore(*revision,
        QCoreApplication::translate("RevisionStore", "Restore revision of %1")
            .arg(QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

} // namespace Wiredesk
