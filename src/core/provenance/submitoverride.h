#pragma once

#include "provenancewarning.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Wiredesk {

/// A record that an article was sent (submitted, pushed) although the provenance checks still
/// found blocking problems: who decided it, when, why, and what was wrong at that moment. The
/// submit gate (SubmitCheckDialog) refuses to send without a reason and keeps one of these per
/// send in ProvenanceStore, so a later reader can see that the problem was known and accepted.
struct SubmitOverride {
    qint64 id = 0; ///< assigned by ProvenanceStore
    QString articleId;
    QString author;
    QDateTime time; ///< UTC
    QString reason;
    QJsonArray warnings; ///< the blocking warnings as ProvenanceWarning::toJson() objects

    static QJsonArray warningsJson(const QList<ProvenanceWarning> &warnings)
    {
        QJsonArray array;
        for (const ProvenanceWarning &warning : warnings)
            array.append(warning.toJson());
        return array;
    }

    bool operator==(const SubmitOverride &) const = default;
};

} // namespace Wiredesk
