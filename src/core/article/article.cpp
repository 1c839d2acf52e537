#include "article.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        list << entry.toString();
    return list;
}
} // namespace

QJsonObject Article::toJson() const
{
    QJsonArray sourceArray;
    for (const ArticleSource &source : sources) {
        sourceArray.append(QJsonObject {
            {u"id"_s, source.id},
            {u"url"_s, source.url},
            {u"title"_s, source.title},
            {u"publisher"_s, source.publisher},
            {u"platform"_s, source.platform},
            {u"kind"_s, source.kind},
            {u"posted"_s, isoTime(source.posted)},
            {u"retrieved"_s, isoTime(source.retrieved)},
            {u"status"_s, source.status},
            {u"wireItemId"_s, source.wireItemId},
        });
    }
    return QJsonObject {
        {u"format"_s, u"wiredesk-article"_s},
        {u"version"_s, FormatVersion},
        {u"id"_s, id},
        {u"headline"_s, headline},
        {u"dek"_s, dek},
        {u"bylines"_s, QJsonArray::fromStringList(bylines)},
        {u"section"_s, section},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"dateline"_s, dateline},
        {u"published"_s, isoTime(published)},
        {u"timeZone"_s, timeZone},
        {u"slug"_s, slug},
        {u"language"_s, language},
        {u"leadImage"_s,
            QJsonObject {{u"source"_s, leadImage.source}, {u"caption"_s, leadImage.caption},
                {u"credit"_s, leadImage.credit}, {u"alt"_s, leadImage.alt}}},
        {u"body"_s, bodyHtml},
        {u"sources"_s, sourceArray},
        {u"created"_s, isoTime(created)},
        {u"modified"_s, isoTime(modified)},
    };
}

bool Article::fromJson(const QJsonObject &json, Article *article, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(u"format"_s).toString() != u"wiredesk-article")
        return failWith(QCoreApplication::translate("Article", "This is not a Wiredesk article."));
    const int version = json.value(u"version"_s).toInt();
    if (version > FormatVersion)
        return failWith(QCoreApplication::translate(
            "Article", "This article was written by a newer Wiredesk (format %1, this version reads up to %2).")
                            .arg(version)
                            .arg(FormatVersion));
    Article a;
    a.id = json.value(u"id"_s).toString();
    a.headline = json.value(u"headline"_s).toString();
    a.dek = json.value(u"dek"_s).toString();
    a.bylines = stringList(json.value(u"bylines"_s));
    a.section = json.value(u"section"_s).toString();
    a.tags = stringList(json.value(u"tags"_s));
    a.dateline = json.value(u"dateline"_s).toString();
    a.published = fromIso(json.value(u"published"_s));
    a.timeZone = json.value(u"timeZone"_s).toString();
    a.slug = json.value(u"slug"_s).toString();
    a.language = json.value(u"language"_s).toString(u"en"_s);
    const QJsonObject image = json.value(u"leadImage"_s).toObject();
    a.leadImage = {image.value(u"source"_s).toString(), image.value(u"caption"_s).toString(),
        image.value(u"credit"_s).toString(), image.value(u"alt"_s).toString()};
    a.bodyHtml = json.value(u"body"_s).toString();
    const QJsonArray sourceArray = json.value(u"sources"_s).toArray();
    for (const QJsonValue &value : sourceArray) {
        const QJsonObject s = value.toObject();
        ArticleSource source;
        source.id = s.value(u"id"_s).toString();
        source.url = s.value(u"url"_s).toString();
        source.title = s.value(u"title"_s).toString();
        source.publisher = s.value(u"publisher"_s).toString();
        source.platform = s.value(u"platform"_s).toString();
        source.kind = s.value(u"kind"_s).toString();
        source.posted = fromIso(s.value(u"posted"_s));
        source.retrieved = fromIso(s.value(u"retrieved"_s));
        source.status = s.value(u"status"_s).toString(u"unchecked"_s);
        source.wireItemId = s.value(u"wireItemId"_s).toInteger();
        a.sources << source;
    }
    a.created = fromIso(json.value(u"created"_s));
    a.modified = fromIso(json.value(u"modified"_s));
    *article = a;
    return true;
}

} // namespace Wiredesk
