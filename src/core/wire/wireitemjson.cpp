#include "wireitemjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString WireItemJson::dateString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject WireItemJson::toJson(const WireItem &item, Raw raw)
{
    QJsonObject o;
    o.insert(u"guid", item.guid);
    o.insert(u"url", item.url);
    o.insert(u"canonicalUrl", item.canonicalUrl);
    o.insert(u"baseUrl", item.baseUrl);
    o.insert(u"title", item.title);
    o.insert(u"summary", item.summary);
    o.insert(u"contentHtml", item.contentHtml);
    o.insert(u"contentText", item.contentText);
    o.insert(u"authors", QJsonArray::fromStringList(item.authors));
    o.insert(u"categories", QJsonArray::fromStringList(item.categories));
    o.insert(u"language", item.language);
    o.insert(u"imageUrl", item.imageUrl);
    o.insert(u"urgency", item.urgency);
    o.insert(u"published", dateString(item.published));
    o.insert(u"updated", item.updated.isValid() ? QJsonValue(dateString(item.updated)) : QJsonValue(QJsonValue::Null));
    o.insert(u"fetched", dateString(item.fetched));
    o.insert(u"contentHash", item.contentHash);
    if (raw == Raw::Include)
        o.insert(u"raw", QString::fromUtf8(item.raw));
    return o;
}

QByteArray WireItemJson::toJsonLine(const WireItem &item, Raw raw)
{
    return QJsonDocument(toJson(item, raw)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Wiredesk
