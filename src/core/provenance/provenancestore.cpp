#include "provenancestore.h"

#include "database.h"
#include "migration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}
} // namespace

ProvenanceStore::ProvenanceStore(Database *database)
    : m_database(database)
{ }

Schema ProvenanceStore::schema()
{
    Schema schema {u"provenance"_s, {}};
    schema.migrations << Migration {1,
        {
            // One row per check; the whole result as JSON keeps the chain and snapshot data,
            // the columns are what queries need.
            u"CREATE TABLE provenance_check ("
            "  id INTEGER PRIMARY KEY,"
            "  article_id TEXT NOT NULL,"
            "  source_id TEXT NOT NULL,"
            "  checked_at TEXT NOT NULL,"
            "  url TEXT NOT NULL,"
            "  outcome TEXT NOT NULL,"
            "  status INTEGER NOT NULL,"
            "  snapshot_sha256 TEXT,"
            "  result TEXT NOT NULL)"_s,
            u"CREATE INDEX provenance_check_source ON provenance_check(article_id, source_id, checked_at)"_s,
            u"CREATE TABLE provenance_annotation ("
            "  id INTEGER PRIMARY KEY,"
            "  article_id TEXT NOT NULL,"
            "  target_kind TEXT NOT NULL CHECK (target_kind IN ('source', 'citation')),"
            "  target_id TEXT NOT NULL,"
            "  author TEXT NOT NULL,"
            "  created_at TEXT NOT NULL,"
            "  text TEXT NOT NULL,"
            "  status_from TEXT,"
            "  status_to TEXT)"_s,
            u"CREATE INDEX provenance_annotation_target ON provenance_annotation(article_id, target_kind, target_id)"_s,
        }};
    // Version 2: the submit gate's overrides — who sent an article with blocking warnings,
    // when, why, and which warnings they were (JSON array of ProvenanceWarning::toJson()).
    schema.migrations << Migration {2,
        {
            u"CREATE TABLE provenance_submit_override ("
            "  id INTEGER PRIMARY KEY,"
            "  article_id TEXT NOT NULL,"
            "  author TEXT NOT NULL,"
            "  created_at TEXT NOT NULL,"
            "  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
            "  warnings TEXT NOT NULL)"_s,
            u"CREATE INDEX provenance_submit_override_article ON provenance_submit_override(article_id, created_at)"_s,
        }};
    return schema;
}

bool ProvenanceStore::migrate()
{
    if (!m_database->migrate(schema())) {
        m_error = m_database->errorString();
        return false;
    }
    return true;
}

bool ProvenanceStore::recordCheck(const QString &articleId, const QString &sourceId, const LinkCheckResult &result)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO provenance_check(article_id, source_id, checked_at, url, outcome, status, "
                  "snapshot_sha256, result) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(articleId);
    query.addBindValue(sourceId);
    query.addBindValue(iso(result.checkedAt));
    query.addBindValue(result.url);
    query.addBindValue(LinkCheckResult::outcomeName(result.outcome));
    query.addBindValue(result.status);
    query.addBindValue(result.snapshotSha256.isEmpty() ? QVariant() : QVariant(result.snapshotSha256));
    query.addBindValue(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_error = tr("Cannot record the link check: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

QList<LinkCheckResult> ProvenanceStore::queryChecks(
    const QString &where, const QVariantList &values, QStringList *sourceIds) const
{
    QList<LinkCheckResult> results;
    QSqlQuery query(m_database->connection());
    query.prepare(
        u"SELECT source_id, result FROM provenance_check WHERE "_s + where + u" ORDER BY checked_at DESC, id DESC"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return results;
    }
    while (query.next()) {
        if (sourceIds)
            *sourceIds << query.value(0).toString();
        results << LinkCheckResult::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    }
    return results;
}

QList<LinkCheckResult> ProvenanceStore::checkHistory(const QString &articleId, const QString &sourceId) const
{
    return queryChecks(u"article_id = ? AND source_id = ?"_s, {articleId, sourceId}, nullptr);
}

std::optional<LinkCheckResult> ProvenanceStore::latestCheck(const QString &articleId, const QString &sourceId) const
{
    const QList<LinkCheckResult> history = checkHistory(articleId, sourceId);
    if (history.isEmpty())
        return std::nullopt;
    return history.constFirst();
}

QHash<QString, LinkCheckResult> ProvenanceStore::latestChecks(const QString &articleId) const
{
    QStringList sourceIds;
    const QList<LinkCheckResult> all = queryChecks(u"article_id = ?"_s, {articleId}, &sourceIds);
    QHash<QString, LinkCheckResult> latest;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!latest.contains(sourceIds.at(i)))
            latest.insert(sourceIds.at(i), all.at(i)); // newest first
    }
    return latest;
}

qint64 ProvenanceStore::addAnnotation(const Annotation &annotation)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO provenance_annotation(article_id, target_kind, target_id, author, created_at, text, "
                  "status_from, status_to) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(annotation.articleId);
    query.addBindValue(Annotation::targetKindName(annotation.targetKind));
    query.addBindValue(annotation.targetId);
    query.addBindValue(annotation.author);
    query.addBindValue(iso(annotation.time.isValid() ? annotation.time : QDateTime::currentDateTimeUtc()));
    query.addBindValue(annotation.text);
    query.addBindValue(annotation.changesStatus() ? QVariant(annotation.statusFrom) : QVariant());
    query.addBindValue(annotation.changesStatus() ? QVariant(annotation.statusTo) : QVariant());
    if (!query.exec()) {
        m_error = tr("Cannot store the note: %1").arg(query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<Annotation> ProvenanceStore::queryAnnotations(const QString &where, const QVariantList &values) const
{
    QList<Annotation> list;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id, article_id, target_kind, target_id, author, created_at, text, status_from, status_to "
                  "FROM provenance_annotation WHERE "_s
        + where + u" ORDER BY created_at, id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return list;
    }
    while (query.next()) {
        Annotation a;
        a.id = query.value(0).toLongLong();
        a.articleId = query.value(1).toString();
        a.targetKind = Annotation::targetKindFromName(query.value(2).toString());
        a.targetId = query.value(3).toString();
        a.author = query.value(4).toString();
        a.time = fromIso(query.value(5).toString());
        a.text = query.value(6).toString();
        a.statusFrom = query.value(7).toString();
        a.statusTo = query.value(8).toString();
        list << a;
    }
    return list;
}

QList<Annotation> ProvenanceStore::thread(
    const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const
{
    return queryAnnotations(u"article_id = ? AND target_kind = ? AND target_id = ?"_s,
        {articleId, Annotation::targetKindName(kind), targetId});
}

QList<Annotation> ProvenanceStore::annotations(const QString &articleId) const
{
    return queryAnnotations(u"article_id = ?"_s, {articleId});
}

QList<Annotation> ProvenanceStore::statusHistory(
    const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const
{
    return queryAnnotations(u"article_id = ? AND target_kind = ? AND target_id = ? AND status_to IS NOT NULL"_s,
        {articleId, Annotation::targetKindName(kind), targetId});
}

QString ProvenanceStore::currentStatus(
    const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const
{
    const QList<Annotation> history = statusHistory(articleId, kind, targetId);
    return history.isEmpty() ? QString() : history.constLast().statusTo;
}

bool ProvenanceStore::hasAnnotations(
    const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT 1 FROM provenance_annotation WHERE article_id = ? AND target_kind = ? AND target_id = ? "
                  "LIMIT 1"_s);
    query.addBindValue(articleId);
    query.addBindValue(Annotation::targetKindName(kind));
    query.addBindValue(targetId);
    return query.exec() && query.next();
}

bool ProvenanceStore::moveTarget(const QString &articleId, Annotation::TargetKind kind, const QString &fromId,
    const QString &toId, MovedRecords *moved)
{
    // The ids first, then exactly those move: the same path an undo takes back.
    MovedRecords records;
    QSqlDatabase db = m_database->connection();
    QSqlQuery notes(db);
    notes.prepare(u"SELECT id FROM provenance_annotation WHERE article_id = ? AND target_kind = ? AND target_id = ? "
                  "ORDER BY id"_s);
    notes.addBindValue(articleId);
    notes.addBindValue(Annotation::targetKindName(kind));
    notes.addBindValue(fromId);
    if (!notes.exec()) {
        m_error = notes.lastError().text();
        return false;
    }
    while (notes.next())
        records.annotationIds << notes.value(0).toLongLong();
    if (kind == Annotation::TargetKind::Source) {
        QSqlQuery checks(db);
        checks.prepare(u"SELECT id FROM provenance_check WHERE article_id = ? AND source_id = ? ORDER BY id"_s);
        checks.addBindValue(articleId);
        checks.addBindValue(fromId);
        if (!checks.exec()) {
            m_error = checks.lastError().text();
            return false;
        }
        while (checks.next())
            records.checkIds << checks.value(0).toLongLong();
    }
    if (!moveRecords(articleId, kind, records, toId))
        return false;
    if (moved)
        *moved = records;
    return true;
}

bool ProvenanceStore::moveRecords(
    const QString &articleId, Annotation::TargetKind kind, const MovedRecords &records, const QString &toId)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery notes(db);
    notes.prepare(
        u"UPDATE provenance_annotation SET target_id = ? WHERE id = ? AND article_id = ? AND target_kind = ?"_s);
    QSqlQuery checks(db);
    checks.prepare(u"UPDATE provenance_check SET source_id = ? WHERE id = ? AND article_id = ?"_s);
    const auto move = [&](QSqlQuery &query, qint64 id, const QVariantList &more) {
        query.bindValue(0, toId);
        query.bindValue(1, id);
        for (qsizetype i = 0; i < more.size(); ++i)
            query.bindValue(int(2 + i), more.at(i));
        if (query.exec())
            return true;
        m_error = query.lastError().text();
        return false;
    };
    bool ok = true;
    for (qsizetype i = 0; ok && i < records.annotationIds.size(); ++i)
        ok = move(notes, records.annotationIds.at(i), {articleId, Annotation::targetKindName(kind)});
    for (qsizetype i = 0; ok && kind == Annotation::TargetKind::Source && i < records.checkIds.size(); ++i)
        ok = move(checks, records.checkIds.at(i), {articleId});
    if (!ok || !db.commit()) {
        if (ok)
            m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

qint64 ProvenanceStore::recordSubmitOverride(const SubmitOverride &record)
{
    if (record.reason.trimmed().isEmpty()) {
        m_error = tr("Sending anyway needs a reason.");
        return 0;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO provenance_submit_override(article_id, author, created_at, reason, warnings) "
                  "VALUES(?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.articleId);
    query.addBindValue(record.author);
    query.addBindValue(iso(record.time));
    query.addBindValue(record.reason.trimmed());
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.warnings).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<SubmitOverride> ProvenanceStore::submitOverrides(const QString &articleId) const
{
    QList<SubmitOverride> list;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id, article_id, author, created_at, reason, warnings FROM provenance_submit_override "
                  "WHERE article_id = ? ORDER BY created_at, id"_s);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return list;
    }
    while (query.next()) {
        SubmitOverride record;
        record.id = query.value(0).toLongLong();
        record.articleId = query.value(1).toString();
        record.author = query.value(2).toString();
        record.time = fromIso(query.value(3).toString());
        record.reason = query.value(4).toString();
        record.warnings = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
        list << record;
    }
    return list;
}

} // namespace Wiredesk
