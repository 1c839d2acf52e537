#include "telegrampageparser.h"

#include "dateparser.h"
#include "htmltextextractor.h"

#include "nestinglimiter.h"

#include <gumbo.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr int MaxHtmlNesting = 512;

QByteArray attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QByteArray(a->value) : QByteArray();
}

bool hasClass(const GumboNode *node, QByteArrayView cls)
{
    const QByteArray classes = attribute(node, "class");
    if (classes.isEmpty())
        return false;
    for (const QByteArray &token : classes.split(' ')) {
        if (QByteArrayView(token) == cls)
            return true;
    }
    return false;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

// Depth-first search for the first element with @p cls, not descending into @p skipClass.
const GumboNode *findByClass(const GumboNode *node, QByteArrayView cls, QByteArrayView skipClass = {})
{
    if (hasClass(node, cls))
        return node;
    if (!skipClass.isEmpty() && hasClass(node, skipClass))
        return nullptr;
    const GumboVector *children = childrenOf(node);
    if (!children)
        return nullptr;
    for (unsigned int i = 0; i < children->length; ++i) {
        if (const GumboNode *found = findByClass(static_cast<const GumboNode *>(children->data[i]), cls, skipClass))
            return found;
    }
    return nullptr;
}

const GumboNode *findByTag(const GumboNode *node, GumboTag tag)
{
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag)
        return node;
    const GumboVector *children = childrenOf(node);
    if (!children)
        return nullptr;
    for (unsigned int i = 0; i < children->length; ++i) {
        if (const GumboNode *found = findByTag(static_cast<const GumboNode *>(children->data[i]), tag))
            return found;
    }
    return nullptr;
}

void collectPosts(const GumboNode *node, QList<const GumboNode *> *posts)
{
    if (hasClass(node, "tgme_widget_message") && !attribute(node, "data-post").isEmpty()) {
        posts->append(node);
        return;
    }
    const GumboVector *children = childrenOf(node);
    if (!children)
        return;
    for (unsigned int i = 0; i < children->length; ++i)
        collectPosts(static_cast<const GumboNode *>(children->data[i]), posts);
}

QByteArray innerHtml(const GumboNode *node, const QByteArray &source)
{
    const GumboElement &e = node->v.element;
    if (e.original_end_tag.length == 0)
        return {};
    const qsizetype begin = qsizetype(e.start_pos.offset + e.original_tag.length);
    const qsizetype end = qsizetype(e.end_pos.offset);
    if (begin < 0 || end < begin || end > source.size())
        return {};
    return source.mid(begin, end - begin);
}

QByteArray outerHtml(const GumboNode *node, const QByteArray &source)
{
    const GumboElement &e = node->v.element;
    const qsizetype begin = qsizetype(e.start_pos.offset);
    const qsizetype end = qsizetype(e.end_pos.offset + e.original_end_tag.length);
    if (e.original_end_tag.length == 0 || end < begin || end > source.size())
        return {};
    return source.mid(begin, end - begin);
}

QString textOf(const GumboNode *node, const QByteArray &source)
{
    return HtmlTextExtractor::line(QString::fromUtf8(innerHtml(node, source)));
}

// Telegram has escaped entities twice since 2024: "&amp;amp;" in hrefs, "&amp;quot;" in text.
QString undoDoubleEscaping(QString html)
{
    static const QRegularExpression doubled(u"&amp;(amp|quot|lt|gt|apos|#39|#039|#x27);"_s);
    for (int pass = 0; pass < 3 && html.contains(doubled); ++pass)
        html.replace(doubled, u"&\\1;"_s);
    return html;
}

QString backgroundImage(const QByteArray &style)
{
    static const QRegularExpression url(u"background-image\\s*:\\s*url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)"_s);
    const QRegularExpressionMatch m = url.match(QString::fromUtf8(style));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

bool TelegramPageParser::looksLikeTelegramPage(QStringView html)
{
    return html.contains(u"tgme_widget_message") || html.contains(u"tgme_channel_info");
}

void TelegramPageParser::parse(const QString &html, const ParseContext &context, ParsedFeed &feed)
{
    feed.format = u"telegram"_s;
    // gumbo's tree building is quadratic in nesting depth and it frees its tree recursively:
    // cap the nesting first (hostile pages nest hundreds of thousands of levels).
    const QByteArray source = NestingLimiter::limit(html.toUtf8(), MaxHtmlNesting);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, source.constData(), size_t(source.size()));

    if (const GumboNode *title = findByClass(output->root, "tgme_channel_info_header_title"))
        feed.title = textOf(title, source);
    if (feed.title.isEmpty()) {
        if (const GumboNode *title = findByTag(output->root, GUMBO_TAG_TITLE))
            feed.title = textOf(title, source);
    }

    QList<const GumboNode *> posts;
    collectPosts(output->root, &posts);
    for (const GumboNode *post : std::as_const(posts)) {
        const QString dataPost = QString::fromUtf8(attribute(post, "data-post")).trimmed();
        const qsizetype slash = dataPost.indexOf(u'/');
        if (slash <= 0 || slash == dataPost.size() - 1)
            continue;
        WireItem item;
        item.guid = dataPost;
        item.url = u"https://t.me/"_s + dataPost;
        if (feed.link.isEmpty())
            feed.link = u"https://t.me/s/"_s + dataPost.left(slash);
        if (const GumboNode *text = findByClass(post, "tgme_widget_message_text", "tgme_widget_message_reply"))
            item.contentHtml = undoDoubleEscaping(QString::fromUtf8(innerHtml(text, source)).trimmed());
        if (const GumboNode *date = findByClass(post, "tgme_widget_message_date")) {
            if (const GumboNode *time = findByTag(date, GUMBO_TAG_TIME))
                item.published = DateParser::parse(QString::fromUtf8(attribute(time, "datetime")));
        }
        if (!item.published.isValid()) {
            if (const GumboNode *time = findByTag(post, GUMBO_TAG_TIME))
                item.published = DateParser::parse(QString::fromUtf8(attribute(time, "datetime")));
        }
        if (const GumboNode *author = findByClass(post, "tgme_widget_message_from_author"))
            item.authors.append(textOf(author, source));
        else if (const GumboNode *owner = findByClass(post, "tgme_widget_message_owner_name"))
            item.authors.append(textOf(owner, source));
        item.authors.removeAll(QString());
        if (const GumboNode *photo = findByClass(post, "tgme_widget_message_photo_wrap", "tgme_widget_message_reply"))
            item.imageUrl = backgroundImage(attribute(photo, "style"));
        if (item.contentHtml.isEmpty() && item.imageUrl.isEmpty())
            continue; // service messages ("channel created", pinned notices)
        item.baseUrl = item.url;
        item.raw = outerHtml(post, source);
        Q_UNUSED(context);
        feed.items.append(std::move(item));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

} // namespace Wiredesk
