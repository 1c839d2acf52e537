#include "ninjsparser.h"

#include "dateparser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QString resolve(const QUrl &base, const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    return base.isValid() ? base.resolved(url).toString() : url.toString();
}

bool isWebUrl(const QString &text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://");
}

QString textToHtml(const QString &text)
{
    QStringList paragraphs;
    for (const QStringView paragraph : QStringView(text).split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs << u"<p>"_s + paragraph.trimmed().toString().toHtmlEscaped().replace(u'\n', u"<br>"_s)
                    + u"</p>"_s;
    }
    return paragraphs.join(u'\n');
}

// 2.x: [{ "value": ..., "contenttype": "text/html", "role": ... }]; prefer the given type.
QString pickValue(const QJsonArray &array, QStringView contentType, QStringView role = {})
{
    for (const QJsonValue &entry : array) {
        const QJsonObject o = entry.toObject();
        if (!role.isEmpty() && o.value(u"role").toString() != role)
            continue;
        const QString type = o.value(u"contenttype").toString();
        if (contentType.isEmpty() || type == contentType)
            return o.value(u"value").toString();
    }
    return {};
}

struct Picture {
    QString href;
    double width = -1;
};

// Renditions: 1.x an object {name: {href, width, ...}}, 2.x an array [{name, href, width}].
void widestRendition(const QJsonValue &renditions, Picture *best)
{
    const auto consider = [best](const QJsonObject &r) {
        const QString href = r.value(u"href").toString();
        const double width = r.value(u"width").toDouble(0);
        if (!href.isEmpty() && width > best->width) {
            best->href = href;
            best->width = width;
        }
    };
    if (renditions.isObject()) {
        const QJsonObject o = renditions.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            consider(it.value().toObject());
    } else {
        for (const QJsonValue &r : renditions.toArray())
            consider(r.toObject());
    }
}

QString pictureOf(const QJsonValue &associations)
{
    QList<QJsonObject> candidates;
    if (associations.isObject()) {
        const QJsonObject o = associations.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            candidates.append(it.value().toObject());
    } else {
        for (const QJsonValue &a : associations.toArray())
            candidates.append(a.toObject());
    }
    for (const QJsonObject &association : std::as_const(candidates)) {
        const QString type = association.value(u"type").toString();
        if (type != u"picture" && type != u"graphic" && !type.startsWith(u"image"))
            continue;
        Picture best;
        widestRendition(association.value(u"renditions"), &best);
        if (!best.href.isEmpty())
            return best.href;
        if (isWebUrl(association.value(u"uri").toString()))
            return association.value(u"uri").toString();
    }
    return {};
}

} // namespace

bool NinjsParser::isNinjsItem(const QJsonObject &object)
{
    return object.value(u"uri").isString();
}

QString NinjsParser::version(const QJsonObject &object)
{
    // 2.x names its version in "standard" (2.1) or "$schema" (2.0); otherwise its array-shaped
    // fields give it away.
    const QString standard = object.value(u"standard").toObject().value(u"version").toString();
    if (!standard.isEmpty())
        return standard.startsWith(u'1') ? u"ninjs1"_s : u"ninjs2"_s;
    const QString schema = object.value(u"$schema").toString();
    if (schema.contains(u"ninjs-schema_1") || schema.contains(u"ninjs/1"))
        return u"ninjs1"_s;
    if (schema.contains(u"ninjs-schema_2") || schema.contains(u"ninjs/2") || object.value(u"headlines").isArray()
        || object.value(u"bodies").isArray() || object.value(u"associations").isArray()
        || object.value(u"descriptions").isArray() || object.value(u"subjects").isArray())
        return u"ninjs2"_s;
    return u"ninjs1"_s;
}

WireItem NinjsParser::parseItem(const QJsonObject &object, const ParseContext &context)
{
    WireItem item;
    const QUrl base = context.url;
    item.guid = object.value(u"uri").toString().trimmed();
    const bool v2 = version(object) == u"ninjs2";

    if (v2) {
        const QJsonArray headlines = object.value(u"headlines").toArray();
        item.title = pickValue(headlines, u"text/plain", u"main");
        if (item.title.isEmpty())
            item.title = pickValue(headlines, u"text/plain");
        if (item.title.isEmpty())
            item.title = pickValue(headlines, {});
        const QJsonArray bodies = object.value(u"bodies").toArray();
        item.contentHtml = pickValue(bodies, u"text/html", u"main");
        if (item.contentHtml.isEmpty())
            item.contentHtml = pickValue(bodies, u"text/html");
        if (item.contentHtml.isEmpty())
            item.contentHtml = pickValue(bodies, u"application/xhtml+xml");
        if (item.contentHtml.isEmpty())
            item.contentHtml = textToHtml(pickValue(bodies, u"text/plain"));
        const QJsonArray descriptions = object.value(u"descriptions").toArray();
        item.summary = pickValue(descriptions, u"text/plain");
        for (const QJsonValue &b : object.value(u"bylines").toArray()) {
            const QString byline = b.toObject().value(u"byline").toString().simplified();
            if (!byline.isEmpty())
                item.authors.append(byline);
        }
    } else {
        item.title = object.value(u"headline").toString();
        item.contentHtml = object.value(u"body_html").toString();
        if (item.contentHtml.isEmpty())
            item.contentHtml = object.value(u"body_xhtml").toString();
        if (item.contentHtml.isEmpty())
            item.contentHtml = textToHtml(object.value(u"body_text").toString());
        item.summary = object.value(u"description_text").toString();
        const QString byline = object.value(u"byline").toString().simplified();
        if (!byline.isEmpty())
            item.authors.append(byline);
    }
    item.title = item.title.simplified();
    item.summary = item.summary.simplified();
    if (item.authors.isEmpty() && object.value(u"by").isString() && !object.value(u"by").toString().trimmed().isEmpty())
        item.authors.append(object.value(u"by").toString().simplified());
    if (item.authors.isEmpty()) {
        for (const QJsonValue &by : object.value(u"by").toArray()) {
            const QString name = by.isString() ? by.toString() : by.toObject().value(u"name").toString();
            if (!name.trimmed().isEmpty())
                item.authors.append(name.simplified());
        }
    }
    QJsonArray subjects = object.value(u"subjects").toArray(); // 2.x
    if (subjects.isEmpty())
        subjects = object.value(u"subject").toArray(); // 1.x
    for (const QJsonValue &subject : std::as_const(subjects)) {
        const QJsonObject s = subject.toObject();
        const QString name = s.value(u"name").toString().simplified();
        const QString category = name.isEmpty() ? s.value(u"code").toString().simplified() : name;
        if (!category.isEmpty() && !item.categories.contains(category))
            item.categories.append(category);
    }
    item.language = object.value(u"language").toString();
    item.urgency = object.value(u"urgency").toInt(0);
    if (item.urgency < 0 || item.urgency > 9)
        item.urgency = 0;

    // Where the story lives on the web: a link with rel "canonical"/"alternate"/"self",
    // else the uri when it is a web address.
    for (const QJsonValue &l : object.value(u"links").toArray()) {
        const QJsonObject link = l.toObject();
        const QString rel = link.value(u"rel").toString();
        if (rel.isEmpty() || rel.endsWith(u"canonical") || rel.endsWith(u"alternate") || rel.endsWith(u"self")) {
            item.url = resolve(base, link.value(u"href").toString());
            if (!item.url.isEmpty())
                break;
        }
    }
    for (const QJsonValue &a : object.value(u"altids").toArray()) {
        const QJsonObject altid = a.toObject();
        const QString value = altid.value(u"value").toString().trimmed();
        if (item.url.isEmpty() && isWebUrl(value)
            && (altid.value(u"role").toString() == u"web" || altid.value(u"role").toString() == u"url"
                || altid.value(u"role").toString() == u"canonical"))
            item.url = value;
    }
    if (item.url.isEmpty() && isWebUrl(item.guid))
        item.url = item.guid;

    item.published = DateParser::fromJson(object.value(u"firstcreated"));
    if (!item.published.isValid())
        item.published = DateParser::fromJson(object.value(u"contentcreated"));
    item.updated = DateParser::fromJson(object.value(u"versioncreated"));
    if (!item.published.isValid()) {
        item.published = item.updated;
        item.updated = QDateTime();
    }
    if (item.updated.isValid() && item.updated == item.published)
        item.updated = QDateTime();
    item.imageUrl = resolve(base, pictureOf(object.value(u"associations")));
    item.baseUrl = item.url.isEmpty() ? base.toString() : item.url;
    item.raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return item;
}

} // namespace Wiredesk
