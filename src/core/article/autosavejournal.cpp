#include "autosavejournal.h"

#include "articledocument.h"
#include "articleschema.h"
#include "blockids.h"
#include "database.h"
#include "profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
using Field = ArticleDocument::Field;

QJsonValue fieldToJson(const Article &article, Field field)
{
    const QVariant value = ArticleDocument::fieldOf(article, field);
    if (field == Field::Bylines || field == Field::Tags)
        return QJsonArray::fromStringList(value.toStringList());
    if (field == Field::Published) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    return value.toString();
}

void fieldFromJson(Article *article, Field field, const QJsonValue &json)
{
    if (field == Field::Bylines || field == Field::Tags) {
        QStringList list;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &entry : array)
            list << entry.toString();
        ArticleDocument::setFieldOf(article, field, list);
    } else if (field == Field::Published) {
        ArticleDocument::setFieldOf(article, field, QDateTime::fromString(json.toString(), Qt::ISODateWithMs));
    } else {
        ArticleDocument::setFieldOf(article, field, json.toString());
    }
}

QJsonArray sourcesJson(const Article &article)
{
    Article only;
    only.sources = article.sources;
    return only.toJson().value(u"sources"_s).toArray();
}

QList<ArticleSource> sourcesFromJson(const QJsonArray &array)
{
    QJsonObject json = Article().toJson();
    json[u"sources"_s] = array;
    Article article;
    QString ignored;
    Article::fromJson(json, &article, &ignored);
    return article.sources;
}

// Rebuilds an article by replaying one draft's rows (oldest first) onto @p base.
struct Replay {
    Article article;
    QStringList order;
    QHash<QString, QString> blocks;

    void setBase(const Article &base)
    {
        article = base;
        order.clear();
        blocks.clear();
        const QList<BodyBlock> list = BlockIds::assign(base.bodyHtml);
        for (const BodyBlock &block : list) {
            order << block.id;
            blocks.insert(block.id, block.html);
        }
    }

    void applyDelta(const QJsonObject &delta)
    {
        const QJsonObject fields = delta.value(u"fields"_s).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (const std::optional<Field> field = ArticleDocument::fieldFromKey(it.key()))
                fieldFromJson(&article, *field, it.value());
        }
        const QJsonObject changedBlocks = delta.value(u"blocks"_s).toObject();
        for (auto it = changedBlocks.begin(); it != changedBlocks.end(); ++it)
            blocks.insert(it.key(), it.value().toString());
        if (delta.contains(u"order"_s)) {
            order.clear();
            const QJsonArray array = delta.value(u"order"_s).toArray();
            for (const QJsonValue &id : array)
                order << id.toString();
        }
        if (delta.contains(u"sources"_s))
            article.sources = sourcesFromJson(delta.value(u"sources"_s).toArray());
        const QDateTime modified = QDateTime::fromString(delta.value(u"modified"_s).toString(), Qt::ISODateWithMs);
        if (modified.isValid())
            article.modified = modified.toUTC();
    }

    Article result() const
    {
        Article out = article;
        QStringList html;
        for (const QString &id : order)
            html << blocks.value(id);
        out.bodyHtml = html.join(u'\n');
        return out;
    }
};
} // namespace

AutosaveJournal::AutosaveJournal(Database *database, ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveJournal::flush);
    connect(document, &ArticleDocument::changed, this, &AutosaveJournal::schedule);
    connect(document, &ArticleDocument::aboutToBeDestroyed, this, [this] {
        flush(); // the last keystrokes must not die with the document
        m_timer.stop();
        m_document = nullptr;
    });
}

AutosaveJournal::~AutosaveJournal()
{
    if (m_dirty)
        flush();
}

void AutosaveJournal::schedule()
{
    // Throttle: an armed timer is left alone, so continuous typing still reaches the disk
    // flushDelay after the first unwritten keystroke.
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void AutosaveJournal::remember()
{
    m_journaled = m_document->article();
    m_journaledOrder.clear();
    m_journaledBlocks.clear();
    for (const BodyBlock &block : m_document->blocks()) {
        m_journaledOrder << block.id;
        m_journaledBlocks.insert(block.id, block.html);
    }
}

QJsonObject AutosaveJournal::delta() const
{
    const Article &current = m_document->article();
    QJsonObject fields;
    const QList<Field> all = ArticleDocument::allFields();
    for (Field field : all) {
        if (ArticleDocument::fieldOf(current, field) != ArticleDocument::fieldOf(m_journaled, field))
            fields.insert(ArticleDocument::fieldKey(field), fieldToJson(current, field));
    }
    QJsonObject blocks;
    QStringList order;
    for (const BodyBlock &block : m_document->blocks()) {
        order << block.id;
        const auto it = m_journaledBlocks.constFind(block.id);
        if (it == m_journaledBlocks.cend() || *it != block.html)
            blocks.insert(block.id, block.html);
    }
    QJsonObject delta {{u"modified"_s, current.modified.toUTC().toString(Qt::ISODateWithMs)}};
    if (!fields.isEmpty())
        delta.insert(u"fields"_s, fields);
    if (!blocks.isEmpty())
        delta.insert(u"blocks"_s, blocks);
    if (order != m_journaledOrder)
        delta.insert(u"order"_s, QJsonArray::fromStringList(order));
    if (current.sources != m_journaled.sources)
        delta.insert(u"sources"_s, sourcesJson(current));
    return delta;
}

bool AutosaveJournal::flush()
{
    m_timer.stop();
    // Nothing changed since the last write (or since the document was opened, when it
    // equals its saved version): a row now would offer a pointless recovery.
    if (!m_document || !m_dirty)
        return true;
    bool ok = false;
    if (m_needsCheckpoint || m_deltasSinceCheckpoint >= m_checkpointInterval) {
        ok = writeCheckpoint();
    } else {
        const QJsonObject change = delta();
        if (change.size() == 1) { // only "modified": nothing a reader would miss
            m_dirty = false;
            return true;
        }
        ok = insert(u"delta"_s, QJsonDocument(change).toJson(QJsonDocument::Compact), false);
        if (ok)
            ++m_deltasSinceCheckpoint;
    }
    if (!ok) {
        m_timer.start(); // retry with the next tick; the changes are still in memory
        Q_EMIT writeFailed(m_error);
        return false;
    }
    remember();
    m_dirty = false;
    Q_EMIT written();
    return true;
}

bool AutosaveJournal::writeCheckpoint()
{
    const QByteArray payload = QJsonDocument(m_document->article().toJson()).toJson(QJsonDocument::Compact);
    if (!insert(u"full"_s, payload, true))
        return false;
    m_needsCheckpoint = false;
    m_deltasSinceCheckpoint = 0;
    return true;
}

bool AutosaveJournal::insert(const QString &kind, const QByteArray &payload, bool replaceOlder)
{
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = m_database->connection();
    const bool transaction = replaceOlder && db.transaction();
    if (replaceOlder && !transaction) {
        m_error = describeStoreError(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO article_journal(article_id, written, kind, payload) VALUES(?, ?, ?, ?)"_s);
    query.addBindValue(m_document->id());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(kind);
    query.addBindValue(QString::fromUtf8(payload));
    bool ok = query.exec();
    QSqlError failure = query.lastError();
    if (ok && replaceOlder) {
        // The checkpoint makes every older row of this draft redundant.
        const qint64 newest = query.lastInsertId().toLongLong();
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM article_journal WHERE article_id = ? AND id < ?"_s);
        drop.addBindValue(m_document->id());
        drop.addBindValue(newest);
        ok = drop.exec();
        failure = drop.lastError();
    }
    if (!ok) {
        m_error
            = QCoreApplication::translate("AutosaveJournal", "Autosave failed: %1").arg(describeStoreError(failure));
        if (transaction)
            db.rollback();
        return false;
    }
    if (transaction && !db.commit()) {
        m_error = QCoreApplication::translate("AutosaveJournal", "Autosave failed: %1")
                      .arg(describeStoreError(db.lastError()));
        db.rollback();
        return false;
    }
    m_lastWriteNanoseconds = clock.nsecsElapsed();
    m_lastWriteBytes = payload.size();
    m_totalBytes += payload.size();
    return true;
}

bool AutosaveJournal::compact()
{
    if (!m_document)
        return false;
    m_timer.stop();
    if (!discard(m_database, m_document->id())) {
        m_error = QCoreApplication::translate("AutosaveJournal", "Could not compact the autosave journal.");
        return false;
    }
    // The rows are gone, so the next write must be self-contained again.
    m_needsCheckpoint = true;
    if (m_document->isModified()) {
        m_dirty = true;
        return flush();
    }
    remember();
    return true;
}

bool AutosaveJournal::discard(Database *database, const QString &articleId)
{
    QSqlQuery query(database->connection());
    query.prepare(u"DELETE FROM article_journal WHERE article_id = ?"_s);
    query.addBindValue(articleId);
    return query.exec();
}

QList<RecoveredDraft> AutosaveJournal::recover(const Profile &profile, QString *error)
{
    Database database;
    if (!database.open(profile.databasePath()) || !database.migrate(articleSchema())) {
        if (error)
            *error = database.errorString();
        return {};
    }
    return recover(&database, error);
}

QList<RecoveredDraft> AutosaveJournal::recover(Database *database, QString *error)
{
    QList<RecoveredDraft> drafts;
    QSqlDatabase db = database->connection();
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    if (!ids.exec(u"SELECT j.article_id, MAX(j.written), d.saved_at, d.json FROM article_journal j "
                  u"LEFT JOIN article_draft d ON d.id = j.article_id GROUP BY j.article_id ORDER BY MAX(j.written) "
                  u"DESC"_s)) {
        if (error)
            *error = ids.lastError().text();
        return drafts;
    }
    while (ids.next()) {
        const QString articleId = ids.value(0).toString();
        const qint64 newest = ids.value(1).toLongLong();
        const bool wasSaved = !ids.value(2).isNull();
        if (wasSaved && ids.value(2).toLongLong() > newest)
            continue; // saved after the last journal write: nothing to recover (a tie is offered)
        Replay replay;
        bool haveBase = false;
        if (wasSaved) {
            Article saved;
            QString ignored;
            if (Article::fromJson(
                    QJsonDocument::fromJson(ids.value(3).toString().toUtf8()).object(), &saved, &ignored)) {
                replay.setBase(saved);
                haveBase = true;
            }
        }
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(u"SELECT kind, payload FROM article_journal WHERE article_id = ? AND id >= COALESCE("
                     u"(SELECT MAX(id) FROM article_journal WHERE article_id = ? AND kind = 'full'), 0) ORDER BY id"_s);
        rows.addBindValue(articleId);
        rows.addBindValue(articleId);
        if (!rows.exec())
            continue;
        while (rows.next()) {
            const QJsonObject payload = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
            if (rows.value(0).toString() == u"full") {
                Article base;
                QString ignored;
                if (Article::fromJson(payload, &base, &ignored)) {
                    replay.setBase(base);
                    haveBase = true;
                }
            } else if (haveBase) {
                replay.applyDelta(payload);
            }
        }
        if (!haveBase)
            continue; // deltas without anything to apply them to: nothing trustworthy
        Article article = replay.result();
        article.id = articleId;
        drafts.append({article, QDateTime::fromMSecsSinceEpoch(newest, QTimeZone::utc()), wasSaved});
    }
    return drafts;
}

} // namespace Wiredesk
