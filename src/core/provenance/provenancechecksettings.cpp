#include "provenancechecksettings.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

ProvenanceCheckSettings ProvenanceCheckSettings::fromJson(const QJsonObject &json)
{
    ProvenanceCheckSettings settings;
    settings.maxDaysBefore = qMax(0, json.value(u"maxDaysBefore"_s).toInt(settings.maxDaysBefore));
    settings.maxDaysAfter = qMax(0, json.value(u"maxDaysAfter"_s).toInt(settings.maxDaysAfter));
    const QJsonObject domains = json.value(u"lowCredibilityDomains"_s).toObject();
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        QString domain = it.key().trimmed().toLower();
        if (domain.startsWith(u"www."_s))
            domain = domain.mid(4);
        if (!domain.isEmpty())
            settings.lowCredibilityDomains.insert(domain, it.value().toString());
    }
    return settings;
}

QJsonObject ProvenanceCheckSettings::toJson() const
{
    QJsonObject domains;
    for (auto it = lowCredibilityDomains.begin(); it != lowCredibilityDomains.end(); ++it)
        domains.insert(it.key(), it.value());
    return {
        {u"maxDaysBefore"_s, maxDaysBefore}, {u"maxDaysAfter"_s, maxDaysAfter}, {u"lowCredibilityDomains"_s, domains}};
}

} // namespace Wiredesk
