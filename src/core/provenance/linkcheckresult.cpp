#include "linkcheckresult.h"

#include "urlcanonicalizer.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
struct OutcomeName {
    LinkCheckResult::Outcome outcome;
    QLatin1StringView name;
};
constexpr OutcomeName OutcomeNames[] = {
    {LinkCheckResult::Outcome::Ok, "ok"_L1},
    {LinkCheckResult::Outcome::Dead, "dead"_L1},
    {LinkCheckResult::Outcome::HttpError, "http-error"_L1},
    {LinkCheckResult::Outcome::Unreachable, "unreachable"_L1},
    {LinkCheckResult::Outcome::Timeout, "timeout"_L1},
    {LinkCheckResult::Outcome::RedirectLoop, "redirect-loop"_L1},
    {LinkCheckResult::Outcome::TooManyRedirects, "too-many-redirects"_L1},
    {LinkCheckResult::Outcome::RedirectRefused, "redirect-refused"_L1},
    {LinkCheckResult::Outcome::Cancelled, "cancelled"_L1},
};

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host;
}
} // namespace

bool LinkCheckResult::redirectsToOtherDomain() const
{
    if (redirects.isEmpty() || finalUrl.isEmpty())
        return false;
    const QString from = hostOf(url);
    const QString to = hostOf(finalUrl);
    // news.example.org → example.org (or back) stays on the site.
    return !(UrlCanonicalizer::hostMatches(from, to) || UrlCanonicalizer::hostMatches(to, from));
}

QString LinkCheckResult::outcomeName(Outcome outcome)
{
    for (const OutcomeName &entry : OutcomeNames) {
        if (entry.outcome == outcome)
            return entry.name;
    }
    return u"unreachable"_s;
}

LinkCheckResult::Outcome LinkCheckResult::outcomeFromName(const QString &name)
{
    for (const OutcomeName &entry : OutcomeNames) {
        if (entry.name == name)
            return entry.outcome;
    }
    return Outcome::Unreachable;
}

QJsonObject LinkCheckResult::toJson() const
{
    QJsonArray hops;
    for (const Hop &hop : redirects)
        hops.append(QJsonObject {{u"url"_s, hop.url}, {u"status"_s, hop.status}});
    QJsonObject json {
        {u"url"_s, url},
        {u"finalUrl"_s, finalUrl},
        {u"redirects"_s, hops},
        {u"status"_s, status},
        {u"contentType"_s, contentType},
        {u"method"_s, method},
        {u"headFellBack"_s, headFellBack},
        {u"outcome"_s, outcomeName(outcome)},
        {u"error"_s, errorString},
        {u"elapsedMs"_s, elapsedMs},
        {u"checkedAt"_s, checkedAt.isValid() ? checkedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
    if (!snapshotSha256.isEmpty()) {
        json.insert(u"snapshot"_s,
            QJsonObject {
                {u"sha256"_s, snapshotSha256}, {u"size"_s, snapshotSize}, {u"truncated"_s, snapshotTruncated}});
    }
    return json;
}

LinkCheckResult LinkCheckResult::fromJson(const QJsonObject &json)
{
    LinkCheckResult result;
    result.url = json.value(u"url"_s).toString();
    result.finalUrl = json.value(u"finalUrl"_s).toString();
    const QJsonArray hops = json.value(u"redirects"_s).toArray();
    for (const QJsonValue &hop : hops)
        result.redirects << Hop {hop[u"url"_s].toString(), hop[u"status"_s].toInt()};
    result.status = json.value(u"status"_s).toInt();
    result.contentType = json.value(u"contentType"_s).toString();
    result.method = json.value(u"method"_s).toString();
    result.headFellBack = json.value(u"headFellBack"_s).toBool();
    result.outcome = outcomeFromName(json.value(u"outcome"_s).toString());
    result.errorString = json.value(u"error"_s).toString();
    result.elapsedMs = json.value(u"elapsedMs"_s).toInteger();
    const QDateTime checked = QDateTime::fromString(json.value(u"checkedAt"_s).toString(), Qt::ISODateWithMs);
    result.checkedAt = checked.isValid() ? checked.toUTC() : QDateTime();
    const QJsonObject snapshot = json.value(u"snapshot"_s).toObject();
    result.snapshotSha256 = snapshot.value(u"sha256"_s).toString();
    result.snapshotSize = snapshot.value(u"size"_s).toInteger();
    result.snapshotTruncated = snapshot.value(u"truncated"_s).toBool();
    return result;
}

} // namespace Wiredesk
