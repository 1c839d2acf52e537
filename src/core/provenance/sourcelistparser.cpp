#include "sourcelistparser.h"

#include "gumbodocument.h"
#include "urlcanonicalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

using Entry = SourceListParser::Entry;

// Characters that end a URL pasted in prose rather than belonging to it.
QString trimUrl(QString url)
{
    while (!url.isEmpty() && QStringLiteral(".,;:!?\"'>»”’").contains(url.back()))
        url.chop(1);
    // A closing parenthesis belongs to the URL only when it opened one (Wikipedia titles).
    while (url.endsWith(u')') && url.count(u'(') < url.count(u')'))
        url.chop(1);
    return url;
}

// "- ", "* ", "• ", "1. ", "2) ", "[3] " at the start of a line.
QString withoutListMarker(const QString &line)
{
    static const QRegularExpression marker(u"^\\s*(?:[-*•·–—]|\\d{1,3}[.)]|\\[\\d{1,3}\\])\\s+"_s);
    return QString(line).remove(marker).trimmed();
}

QString trimSeparators(QString text)
{
    static const QRegularExpression edges(u"^[\\s,;:|·•–—-]+|[\\s,;:|·•–—(-]+$"_s);
    return text.remove(edges).trimmed();
}

// "Title — Publisher", "Title | Publisher", "Title, Publisher" (short publisher only).
void splitTitleAndPublisher(const QString &text, QString *title, QString *publisher)
{
    const QString cleaned = trimSeparators(text);
    static const QRegularExpression dash(u"\\s+[—–|-]\\s+"_s);
    QStringList parts = cleaned.split(dash, Qt::SkipEmptyParts);
    if (parts.size() >= 2) {
        *publisher = trimSeparators(parts.takeLast());
        *title = trimSeparators(parts.join(u" — "_s));
        return;
    }
    const qsizetype comma = cleaned.lastIndexOf(u", "_s);
    if (comma > 0) {
        const QString tail = cleaned.mid(comma + 2).trimmed();
        if (tail.split(u' ', Qt::SkipEmptyParts).size() <= 4) {
            *title = trimSeparators(cleaned.left(comma));
            *publisher = tail;
            return;
        }
    }
    *title = cleaned;
}

bool isHeading(const QString &line)
{
    static const QRegularExpression heading(
        u"^[#*\\s]*(sources?|references?|links|further reading|quellen|sources et références)[\\s:*]*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return heading.match(line).hasMatch();
}

void addEntry(QList<Entry> *entries, QHash<QString, qsizetype> *byCanonical, const QString &url, const QString &title,
    const QString &publisher)
{
    const QString canonical = UrlCanonicalizer::canonicalize(url);
    if (canonical.isEmpty())
        return;
    const auto existing = byCanonical->constFind(canonical);
    if (existing != byCanonical->constEnd()) {
        Entry &entry = (*entries)[*existing];
        if (entry.title.isEmpty())
            entry.title = title;
        if (entry.publisher.isEmpty())
            entry.publisher = publisher;
        return;
    }
    byCanonical->insert(canonical, entries->size());
    entries->append({url, canonical, UrlCanonicalizer::platformOf(canonical), title, publisher});
}

QList<Entry> parseLines(const QString &text)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> byCanonical;
    static const QRegularExpression markdownLink(
        u"\\[([^\\]]*)\\]\\(\\s*<?((?:[^()\\s<>]|\\([^()\\s]*\\))+)>?\\s*\\)"_s);
    static const QRegularExpression bareUrl(
        u"<?((?:https?://|www\\.)[^\\s<>\"]+)>?"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(QRegularExpression(u"[\\r\\n\\x{2028}]+"_s), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = withoutListMarker(raw);
        if (line.isEmpty() || isHeading(line))
            continue;
        QRegularExpressionMatchIterator links = markdownLink.globalMatch(line);
        if (links.hasNext()) {
            QString rest = line;
            QList<QPair<QString, QString>> found;
            while (links.hasNext()) {
                const QRegularExpressionMatch m = links.next();
                found.append({m.captured(1).trimmed(), trimUrl(m.captured(2))});
                rest.replace(m.captured(0), u" "_s);
            }
            const QString publisher = trimSeparators(rest.remove(u'*').remove(u'_'));
            for (const auto &[title, url] : std::as_const(found))
                addEntry(&entries, &byCanonical, url, title, publisher);
            continue;
        }
        const QRegularExpressionMatch m = bareUrl.match(line);
        if (!m.hasMatch())
            continue;
        const QString url = trimUrl(m.captured(1));
        QString title;
        QString publisher;
        splitTitleAndPublisher(line.left(m.capturedStart(0)), &title, &publisher);
        if (title.isEmpty() && publisher.isEmpty()) // "https://… — Title, Publisher"
            splitTitleAndPublisher(line.mid(m.capturedEnd(0)), &title, &publisher);
        addEntry(&entries, &byCanonical, url, title, publisher);
    }
    return entries;
}

QString textOf(const GumboNode *root)
{
    QString text;
    QList<const GumboNode *> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            text += QString::fromUtf8(node->v.text.text);
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = node->v.element.children;
            for (unsigned int i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified();
}

QList<Entry> parseHtml(const QString &html)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> byCanonical;
    const GumboDocument document(html.toUtf8());
    // Each <a href> is an entry; its text is the title, the rest of its list item or
    // paragraph names the publisher.
    struct Item {
        const GumboNode *node;
        const GumboNode *container; // nearest li/p/dd/div/td ancestor
    };
    QList<Item> stack;
    const GumboVector &top = document.children();
    for (unsigned int i = top.length; i > 0; --i)
        stack.append({static_cast<const GumboNode *>(top.data[i - 1]), nullptr});
    while (!stack.isEmpty()) {
        const Item item = stack.takeLast();
        if (item.node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = item.node->v.element;
        const GumboNode *container = item.container;
        if (element.tag == GUMBO_TAG_LI || element.tag == GUMBO_TAG_P || element.tag == GUMBO_TAG_DD
            || element.tag == GUMBO_TAG_DIV || element.tag == GUMBO_TAG_TD)
            container = item.node;
        if (element.tag == GUMBO_TAG_A) {
            const GumboAttribute *href = gumbo_get_attribute(&element.attributes, "href");
            if (href) {
                const QString title = textOf(item.node);
                QString publisher;
                if (container) {
                    QString rest = textOf(container);
                    rest.replace(title, u" "_s);
                    publisher = trimSeparators(rest);
                }
                addEntry(&entries, &byCanonical, QString::fromUtf8(href->value).trimmed(), title, publisher);
            }
            continue;
        }
        for (unsigned int i = element.children.length; i > 0; --i)
            stack.append(Item {static_cast<const GumboNode *>(element.children.data[i - 1]), container});
    }
    return entries;
}

} // namespace

bool SourceListParser::looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(u"<(a|li|ul|ol|p|div)[\\s>]"_s, QRegularExpression::CaseInsensitiveOption);
    return tag.match(text).hasMatch();
}

QList<SourceListParser::Entry> SourceListParser::parse(const QString &text)
{
    return looksLikeHtml(text) ? parseHtml(text) : parseLines(text);
}

} // namespace Wiredesk
