#include "annotation.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString Annotation::targetKindName(TargetKind kind)
{
    return kind == TargetKind::Citation ? u"citation"_s : u"source"_s;
}

Annotation::TargetKind Annotation::targetKindFromName(const QString &name)
{
    return name == u"citation" ? TargetKind::Citation : TargetKind::Source;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject json {
        {u"id"_s, id},
        {u"articleId"_s, articleId},
        {u"target"_s, QJsonObject {{u"kind"_s, targetKindName(targetKind)}, {u"id"_s, targetId}}},
        {u"author"_s, author},
        {u"time"_s, time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {u"text"_s, text},
    };
    if (changesStatus())
        json.insert(u"statusChange"_s, QJsonObject {{u"from"_s, statusFrom}, {u"to"_s, statusTo}});
    return json;
}

Annotation Annotation::fromJson(const QJsonObject &json)
{
    Annotation a;
    a.id = json.value(u"id"_s).toInteger();
    a.articleId = json.value(u"articleId"_s).toString();
    const QJsonObject target = json.value(u"target"_s).toObject();
    a.targetKind = targetKindFromName(target.value(u"kind"_s).toString());
    a.targetId = target.value(u"id"_s).toString();
    a.author = json.value(u"author"_s).toString();
    const QDateTime time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    a.time = time.isValid() ? time.toUTC() : QDateTime();
    a.text = json.value(u"text"_s).toString();
    const QJsonObject change = json.value(u"statusChange"_s).toObject();
    a.statusFrom = change.value(u"from"_s).toString();
    a.statusTo = change.value(u"to"_s).toString();
    return a;
}

} // namespace Wiredesk
