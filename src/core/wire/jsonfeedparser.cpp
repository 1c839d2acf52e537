#include "jsonfeedparser.h"

#include "dateparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.007199254740992e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return {};
}

QStringList authorNames(const QJsonObject &object)
{
    QStringList names;
    const auto add = [&names](const QJsonValue &author) {
        const QString name = author.toObject().value(u"name").toString().simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    for (const QJsonValue &author : object.value(u"authors").toArray())
        add(author);
    if (names.isEmpty() && object.value(u"author").isObject())
        add(object.value(u"author"));
    return names;
}

} // namespace

bool JsonFeedParser::accepts(const QJsonObject &document)
{
    return document.value(u"version").toString().startsWith(u"https://jsonfeed.org/version/")
        || document.value(u"version").toString().startsWith(u"http://jsonfeed.org/version/");
}

void JsonFeedParser::parse(const QJsonObject &document, const ParseContext &context, ParsedFeed &feed)
{
    feed.format = u"jsonfeed"_s;
    feed.title = document.value(u"title").toString().simplified();
    feed.link = resolve(context.url, document.value(u"home_page_url").toString());
    const QUrl base = context.url;
    const QStringList feedAuthors = authorNames(document);
    const QString feedLanguage = document.value(u"language").toString();
    for (const QJsonValue &value : document.value(u"items").toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        WireItem item;
        item.guid = idString(object.value(u"id"));
        item.url = resolve(base, object.value(u"url").toString());
        if (item.url.isEmpty())
            item.url = resolve(base, object.value(u"external_url").toString());
        item.title = object.value(u"title").toString().simplified();
        item.contentHtml = object.value(u"content_html").toString();
        if (item.contentHtml.isEmpty()) {
            const QString text = object.value(u"content_text").toString();
            QStringList paragraphs;
            for (const QStringView paragraph : QStringView(text).split(u"\n\n"_s, Qt::SkipEmptyParts)) {
                if (!paragraph.trimmed().isEmpty())
                    paragraphs << u"<p>"_s + paragraph.trimmed().toString().toHtmlEscaped().replace(u'\n', u"<br>"_s)
                            + u"</p>"_s;
            }
            item.contentHtml = paragraphs.join(u'\n');
        }
        item.summary = object.value(u"summary").toString().simplified();
        item.authors = authorNames(object);
        if (item.authors.isEmpty())
            item.authors = feedAuthors;
        for (const QJsonValue &tag : object.value(u"tags").toArray()) {
            const QString t = tag.toString().simplified();
            if (!t.isEmpty() && !item.categories.contains(t))
                item.categories.append(t);
        }
        item.language = object.value(u"language").toString();
        if (item.language.isEmpty())
            item.language = feedLanguage;
        item.imageUrl = resolve(base, object.value(u"image").toString());
        if (item.imageUrl.isEmpty())
            item.imageUrl = resolve(base, object.value(u"banner_image").toString());
        item.published = DateParser::fromJson(object.value(u"date_published"));
        item.updated = DateParser::fromJson(object.value(u"date_modified"));
        if (!item.published.isValid() && item.updated.isValid()) {
            item.published = item.updated;
            item.updated = QDateTime();
        }
        if (item.updated.isValid() && item.updated == item.published)
            item.updated = QDateTime();
        item.baseUrl = item.url.isEmpty() ? base.toString() : item.url;
        item.raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
        feed.items.append(std::move(item));
    }
}

} // namespace Wiredesk
