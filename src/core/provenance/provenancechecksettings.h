#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Wiredesk {

/// The desk's settings for ProvenanceChecker: how far a source's time may lie from the
/// article's, and the domains the desk labelled low-credibility (domain → label, e.g.
/// "state-controlled media"; subdomains match too).
struct ProvenanceCheckSettings {
    int maxDaysBefore = 7;
    int maxDaysAfter = 1;
    QHash<QString, QString> lowCredibilityDomains;

    /// {"maxDaysBefore": 7, "maxDaysAfter": 1, "lowCredibilityDomains": {"domain": "label"}};
    /// missing keys keep their defaults.
    static ProvenanceCheckSettings fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace Wiredesk
