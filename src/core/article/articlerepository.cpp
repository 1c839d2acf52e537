#include "articlerepository.h"

#include "articledocument.h"
#include "articleschema.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

int countWords(const Article &article)
{
    // The list shows the length without loading a document.
    const QString text = article.headline + u'\n' + article.dek + u'\n' + BlockIds::plainText(article.bodyHtml);
    return ArticleDocument::countWords(text);
}
} // namespace

ArticleRepository::ArticleRepository(Database *database)
    : m_database(database)
{ }

bool ArticleRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ArticleRepository::save(const Article &article, const QString &status)
{
    m_error.clear();
    if (article.id.isEmpty())
        return fail(QCoreApplication::translate("ArticleRepository", "The article has no id."));
    QSqlDatabase db = m_database->connection();
    const QDateTime modified = article.modified.isValid() ? article.modified : QDateTime::currentDateTimeUtc();
    const QDateTime created = article.created.isValid() ? article.created : modified;
    QSqlQuery query(db);
    // One statement is one implicit transaction: it either replaces the row completely or,
    // on a full disk, leaves the previous version untouched.
    query.prepare(u"INSERT INTO article_draft(id, headline, headline_key, status, created, modified, saved_at, "
                  u"word_count, json) VALUES(?, ?, ?, COALESCE(NULLIF(?, ''), 'draft'), ?, ?, ?, ?, ?) "
                  u"ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, headline_key = "
                  u"excluded.headline_key, status = COALESCE(NULLIF(?, ''), article_draft.status), modified = "
                  u"excluded.modified, saved_at = excluded.saved_at, word_count = excluded.word_count, json = "
                  u"excluded.json"_s);
    query.addBindValue(article.id);
    // Null QStrings bind as SQL NULL; the columns hold text.
    query.addBindValue(article.headline.isNull() ? u""_s : article.headline);
    query.addBindValue(article.headline.isNull() ? u""_s : article.headline.toCaseFolded());
    query.addBindValue(status);
    query.addBindValue(isoTime(created));
    query.addBindValue(isoTime(modified));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(countWords(article));
    query.addBindValue(QString::fromUtf8(QJsonDocument(article.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(status);
    if (!query.exec()) {
        return fail(QCoreApplication::translate("ArticleRepository", "Could not save “%1”: %2")
                        .arg(article.headline.isEmpty() ? QCoreApplication::translate("ArticleRepository", "Untitled")
                                                        : article.headline,
                            describeStoreError(query.lastError())));
    }
    return true;
}

std::optional<Article> ArticleRepository::load(const QString &id)
{
    m_error.clear();
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT json FROM article_draft WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(QCoreApplication::translate("ArticleRepository", "No draft with id %1.").arg(id));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QCoreApplication::translate("ArticleRepository", "The stored draft %1 is damaged: %2")
                 .arg(id, parseError.errorString()));
        return std::nullopt;
    }
    Article article;
    QString error;
    if (!Article::fromJson(json.object(), &article, &error)) {
        fail(error);
        return std::nullopt;
    }
    return article;
}

bool ArticleRepository::contains(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT 1 FROM article_draft WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next();
}

QList<DraftSummary> ArticleRepository::query(const QString &where, const QVariantList &values)
{
    m_error.clear();
    QList<DraftSummary> drafts;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, headline, status, sync_state, modified, trashed_at, word_count FROM article_draft "
                  u"WHERE "_s
        + where + u" ORDER BY modified DESC, id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().text());
        return drafts;
    }
    while (query.next()) {
        DraftSummary draft;
        draft.id = query.value(0).toString();
        draft.headline = query.value(1).toString();
        draft.status = query.value(2).toString();
        draft.syncState = query.value(3).toString();
        draft.modified = fromIso(query.value(4).toString());
        draft.trashed = query.value(5).isNull() ? QDateTime() : fromIso(query.value(5).toString());
        draft.wordCount = query.value(6).toInt();
        drafts << draft;
    }
    return drafts;
}

QList<DraftSummary> ArticleRepository::list(Listing listing)
{
    return query(listing == Listing::Drafts ? u"trashed_at IS NULL"_s : u"trashed_at IS NOT NULL"_s, {});
}

QList<DraftSummary> ArticleRepository::search(const QString &text)
{
    // LIKE with our own escape character so that % and _ typed by the user match literally;
    // the folded key makes the match case-insensitive beyond ASCII (Zürich, ZÜRICH).
    QString pattern = text.trimmed().toCaseFolded();
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return query(
        u"trashed_at IS NULL AND headline_key LIKE ? ESCAPE '\\'"_s, {QVariant(QString(u'%' + pattern + u'%'))});
}

std::optional<Article> ArticleRepository::duplicate(const QString &id)
{
    std::optional<Article> original = load(id);
    if (!original)
        return std::nullopt;
    Article copy = *original;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.headline = QCoreApplication::translate("ArticleRepository", "%1 (copy)").arg(original->headline);
    copy.created = copy.modified = QDateTime::currentDateTimeUtc();
    if (!save(copy))
        return std::nullopt;
    return copy;
}

bool ArticleRepository::moveToTrash(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE article_draft SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL"_s);
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(describeStoreError(query.lastError()));
    if (query.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("ArticleRepository", "No draft %1 outside the trash.").arg(id));
    return true;
}

bool ArticleRepository::restoreFromTrash(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE article_draft SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL"_s);
    query.addBindValue(id);
    if (!query.exec())
        return fail(describeStoreError(query.lastError()));
    if (query.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("ArticleRepository", "No draft %1 in the trash.").arg(id));
    return true;
}

bool ArticleRepository::purge(const QString &id)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const QString &statement :
        {u"DELETE FROM article_draft WHERE id = ?"_s, u"DELETE FROM article_revision WHERE article_id = ?"_s,
            u"DELETE FROM article_journal WHERE article_id = ?"_s}) {
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(id);
        if (!query.exec()) {
            const QString why = describeStoreError(query.lastError());
            db.rollback();
            return fail(why);
        }
    }
    if (!db.commit())
        return fail(describeStoreError(db.lastError()));
    return true;
}

qint64 ArticleRepository::savedAt(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT saved_at FROM article_draft WHERE id = ?"_s);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool ArticleRepository::setSyncState(const QString &id, const QString &state)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE article_draft SET sync_state = ? WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(id);
    if (!query.exec())
        return fail(describeStoreError(query.lastError()));
    return query.numRowsAffected() == 1;
}

} // namespace Wiredesk
