#pragma once

#include "annotation.h"
#include "linkcheckresult.h"
#include "submitoverride.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Wiredesk {

class Database;
struct Schema;

/// The fact-checker's records for articles in the profile database (module schema
/// "provenance"): every link check per (article, source) with its time, so the history of a
/// link is kept, and the annotation threads on sources and citations with their status
/// changes. Nothing here is deleted when a source is edited; whether a source with notes may be
/// deleted is the GUI's decision (hasAnnotations()). Merging two duplicate sources moves the
/// notes and checks of one onto the other (moveTarget()), so both threads survive.
class ProvenanceStore final
{
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::ProvenanceStore)

public:
    /// @p database must be open and outlive the store; call migrate() once before use.
    explicit ProvenanceStore(Database *database);

    static Schema schema();
    bool migrate();

    bool recordCheck(const QString &articleId, const QString &sourceId, const LinkCheckResult &result);
    /// Newest first.
    QList<LinkCheckResult> checkHistory(const QString &articleId, const QString &sourceId) const;
    std::optional<LinkCheckResult> latestCheck(const QString &articleId, const QString &sourceId) const;
    /// The newest check of each source of @p articleId, by source id.
    QHash<QString, LinkCheckResult> latestChecks(const QString &articleId) const;

    /// Stores @p annotation (its id is ignored) and returns the new id, 0 on failure.
    qint64 addAnnotation(const Annotation &annotation);
    /// The thread on one target, oldest first.
    QList<Annotation> thread(const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const;
    /// Every note of the article, oldest first.
    QList<Annotation> annotations(const QString &articleId) const;
    /// The notes that changed the target's status, oldest first.
    QList<Annotation> statusHistory(
        const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const;
    /// The status set by the newest status change; empty when none.
    QString currentStatus(const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const;
    bool hasAnnotations(const QString &articleId, Annotation::TargetKind kind, const QString &targetId) const;
    /// Re-points notes (and, for sources, checks) from @p fromId to @p toId: merging duplicate
    /// sources, or a citation re-anchored by the editor.
    /// @p moved (optional) receives the ids of what was moved, for moveRecords().
    struct MovedRecords {
        QList<qint64> annotationIds;
        QList<qint64> checkIds;
    };
    bool moveTarget(const QString &articleId, Annotation::TargetKind kind, const QString &fromId, const QString &toId,
        MovedRecords *moved = nullptr);
    /// Re-points exactly @p records to @p toId: undoing a merge moves back the duplicate's
    /// notes and checks, not the ones the kept source had before.
    bool moveRecords(
        const QString &articleId, Annotation::TargetKind kind, const MovedRecords &records, const QString &toId);

    /// Records that @p record.articleId was sent although blocking warnings remained, with the
    /// reason given (the submit gate, SubmitCheckDialog). Returns the new id, 0 on failure.
    qint64 recordSubmitOverride(const SubmitOverride &record);
    /// Every override of the article, oldest first.
    QList<SubmitOverride> submitOverrides(const QString &articleId) const;

    QString errorString() const { return m_error; }

private:
    QList<Annotation> queryAnnotations(const QString &where, const QVariantList &values) const;
    QList<LinkCheckResult> queryChecks(const QString &where, const QVariantList &values, QStringList *sourceIds) const;

    Database *m_database;
    mutable QString m_error;
};

} // namespace Wiredesk
