#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Wiredesk {

/// One note in a fact-checker's thread on a source or on a cited claim, optionally changing
/// the target's verification status (unchecked, verified, partly-verified, disputed, false,
/// unreachable). The notes that change a status are the target's status history.
///
/// A citation target's id is ProvenanceCitation::id ("<block id>/<n>", see
/// citationextractor.h); a source target's id is ArticleSource::id.
struct Annotation {
    enum class TargetKind { Source, Citation };

    qint64 id = 0; ///< assigned by ProvenanceStore
    QString articleId;
    TargetKind targetKind = TargetKind::Source;
    QString targetId;
    QString author;
    QDateTime time; ///< UTC
    QString text;
    QString statusFrom; ///< empty when the note changes no status
    QString statusTo;

    bool changesStatus() const { return !statusTo.isEmpty(); }

    static QString targetKindName(TargetKind kind);
    static TargetKind targetKindFromName(const QString &name);

    QJsonObject toJson() const;
    static Annotation fromJson(const QJsonObject &json);

    bool operator==(const Annotation &) const = default;
};

} // namespace Wiredesk
