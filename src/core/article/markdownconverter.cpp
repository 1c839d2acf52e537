#include "markdownconverter.h"

#include "htmlescape.h"

#include "blockids.h"
#include "htmlfragment.h"
#include "htmlimporter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <md4c-html.h>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// ---- import -------------------------------------------------------------------------

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

QString markdownToHtml(QStringView markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray html;
    // MD_FLAG_NOHTML: raw HTML in Markdown is escaped into visible text, never parsed.
    md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &html,
        MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS, MD_HTML_FLAG_SKIP_UTF8_BOM);
    return QString::fromUtf8(html);
}

bool isBlankText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_WHITESPACE
        || (node->type == GUMBO_NODE_TEXT && QString::fromUtf8(node->v.text.text).trimmed().isEmpty());
}

// A paragraph that is just an image (and maybe an emphasised credit) is a figure.
QString figureFromParagraph(const GumboNode *paragraph)
{
    QList<const GumboNode *> parts;
    const GumboVector &children = paragraph->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isBlankText(child) || HtmlFragment::isElement(child, GUMBO_TAG_BR))
            continue;
        parts << child;
    }
    if (parts.isEmpty() || !HtmlFragment::isElement(parts.at(0), GUMBO_TAG_IMG) || parts.size() > 2)
        return {};
    if (parts.size() == 2 && !HtmlFragment::isElement(parts.at(1), GUMBO_TAG_EM))
        return {};
    const GumboNode *image = parts.at(0);
    if (HtmlFragment::outerHtml(image).isEmpty())
        return {}; // its source was not acceptable; let the paragraph go its own way
    const QString caption = HtmlFragment::attribute(image, "title").simplified();
    const QString credit = parts.size() == 2 ? HtmlFragment::text(parts.at(1)).simplified() : QString();
    QString html = u"<figure><img src=\""_s + HtmlEscape::attribute(HtmlFragment::attribute(image, "src"))
        + u"\" alt=\""_s + HtmlEscape::attribute(HtmlFragment::attribute(image, "alt")) + u"\">"_s;
    if (!caption.isEmpty() || !credit.isEmpty()) {
        html += u"<figcaption>"_s + HtmlEscape::text(caption);
        if (!caption.isEmpty() && !credit.isEmpty())
            html += u"<br>"_s;
        html += HtmlEscape::text(credit) + u"</figcaption>"_s;
    }
    return html + u"</figure>"_s;
}

QString withFigures(const QString &html)
{
    const HtmlFragment fragment(html);
    QString out;
    const GumboVector &children = fragment.root()->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (HtmlFragment::isElement(child, GUMBO_TAG_P)) {
            const QString figure = figureFromParagraph(child);
            if (!figure.isEmpty()) {
                out += figure;
                continue;
            }
        }
        out += HtmlFragment::outerHtml(child);
    }
    return out;
}

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\'')))) {
        QString out;
        const QStringView inner = QStringView(v).mid(1, v.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == u'\\' && i + 1 < inner.size() && v.startsWith(u'"')) {
                ++i;
                out += inner.at(i) == u'n' ? QChar(u'\n') : inner.at(i);
            } else {
                out += inner.at(i);
            }
        }
        return out;
    }
    return v;
}

QStringList listValue(const QString &value)
{
    QString v = value.trimmed();
    QStringList out;
    if (v.startsWith(u'[') && v.endsWith(u']')) {
        v = v.mid(1, v.size() - 2);
        // Split on commas outside quotes.
        QString current;
        QChar quote;
        for (const QChar c : std::as_const(v)) {
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                current += c;
            } else if (c == u'"' || c == u'\'') {
                quote = c;
                current += c;
            } else if (c == u',') {
                out << unquote(current);
                current.clear();
            } else {
                current += c;
            }
        }
        if (!current.trimmed().isEmpty())
            out << unquote(current);
    } else if (!v.isEmpty()) {
        out << unquote(v);
    }
    out.removeIf([](const QString &s) { return s.isEmpty(); });
    return out;
}

// Splits "---\nkey: value\n---\n" off the top; returns the rest.
QStringView takeFrontMatter(QStringView markdown, Article *article, bool *hadHeadline)
{
    QStringView text = markdown;
    if (text.startsWith(u'\xfeff'))
        text = text.mid(1);
    if (!(text.startsWith(u"---\n") || text.startsWith(u"---\r\n")))
        return text;
    const qsizetype firstEnd = text.indexOf(u'\n') + 1;
    qsizetype pos = firstEnd;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(pos, end - pos).toString().trimmed();
        pos = end + 1;
        if (line == u"---" || line == u"...") {
            return pos < text.size() ? text.mid(pos) : QStringView();
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.startsWith(u'#'))
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1);
        if (key == u"headline" || key == u"title") {
            article->headline = unquote(value);
            *hadHeadline = !article->headline.isEmpty();
        } else if (key == u"dek" || key == u"description" || key == u"standfirst") {
            article->dek = unquote(value);
        } else if (key == u"byline" || key == u"bylines" || key == u"author" || key == u"authors") {
            QStringList names = listValue(value);
            // "byline: A and B" stays one byline; a list gives several.
            article->bylines = names;
        } else if (key == u"tags") {
            article->tags = listValue(value);
        } else if (key == u"section") {
            article->section = unquote(value);
        } else if (key == u"dateline") {
            article->dateline = unquote(value);
        } else if (key == u"slug") {
            article->slug = unquote(value);
        } else if (key == u"language" || key == u"lang") {
            article->language = unquote(value);
        }
    }
    return text; // no closing line: not front matter after all
}

// ---- export -------------------------------------------------------------------------

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '[':
        case ']':
        case '`':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
            out += u'\\';
            out += c;
            break;
        case '\n':
        case '\r':
        case '\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

// At the start of a line, "1." / "-" / "+" would start a list; escape them.
QString protectLineStart(const QString &line)
{
    static const QRegularExpression listLike(u"^(\\d+)([.)])(\\s|$)"_s);
    const QRegularExpressionMatch match = listLike.match(line);
    if (match.hasMatch())
        return match.captured(1) + u'\\' + line.mid(match.capturedLength(1));
    if (line.startsWith(u"- "_s) || line.startsWith(u"+ "_s) || line == u"-" || line == u"+")
        return u'\\' + line;
    return line;
}

QString quoteTitle(const QString &title)
{
    QString escaped = title.simplified();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u" \""_s + escaped + u'"';
}

QString destination(const QString &url)
{
    // Spaces and parentheses would end the destination early.
    QString out = url.trimmed();
    out.replace(u' ', u"%20"_s).replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
    return out;
}

QString inlineMarkdown(const GumboNode *node);

QString inlineChildren(const GumboNode *node)
{
    QString out;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        out += inlineMarkdown(static_cast<const GumboNode *>(children.data[i]));
    return out;
}

QString wrapEmphasis(const QString &marker, const QString &content)
{
    // Emphasis markers must touch the text: move surrounding spaces outside.
    const QString trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return content;
    const qsizetype lead = content.indexOf(trimmed);
    return content.left(lead) + marker + trimmed + marker + content.mid(lead + trimmed.size());
}

QString inlineMarkdown(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA)
        return escapeMarkdown(QString::fromUtf8(node->v.text.text));
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    switch (node->v.element.tag) {
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
        return wrapEmphasis(u"*"_s, inlineChildren(node));
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
        return wrapEmphasis(u"**"_s, inlineChildren(node));
    case GUMBO_TAG_BR:
        return u"\\\n"_s;
    case GUMBO_TAG_A: {
        const QString href = HtmlFragment::attribute(node, "href");
        const QString title = HtmlFragment::attribute(node, "title");
        if (href.isEmpty())
            return inlineChildren(node);
        return u'[' + inlineChildren(node) + u"]("_s + destination(href)
            + (title.isEmpty() ? QString() : quoteTitle(title)) + u')';
    }
    case GUMBO_TAG_IMG: {
        const QString title = HtmlFragment::attribute(node, "title");
        return u"!["_s + escapeMarkdown(HtmlFragment::attribute(node, "alt")) + u"]("_s
            + destination(HtmlFragment::attribute(node, "src")) + (title.isEmpty() ? QString() : quoteTitle(title))
            + u')';
    }
    default:
        return inlineChildren(node); // span (citations) and anything unknown: content only
    }
}

QString blocksMarkdown(const GumboNode *parent, int listDepth);
QString blocksMarkdownOne(const GumboNode *node, int listDepth);

QString prefixLines(const QString &text, const QString &first, const QString &rest)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &prefix = i == 0 ? first : rest;
        lines[i] = lines.at(i).isEmpty() ? prefix.trimmed() : prefix + lines.at(i);
    }
    return lines.join(u'\n');
}

QString listMarkdown(const GumboNode *list, bool ordered, int listDepth)
{
    QStringList items;
    int number = 1;
    const GumboVector &children = list->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *item = static_cast<const GumboNode *>(children.data[i]);
        if (!HtmlFragment::isElement(item, GUMBO_TAG_LI))
            continue;
        const QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
        // An item holds inline text and maybe nested blocks (lists, paragraphs).
        QString inlinePart;
        QString blockPart;
        const GumboVector &parts = item->v.element.children;
        for (unsigned int j = 0; j < parts.length; ++j) {
            const auto *part = static_cast<const GumboNode *>(parts.data[j]);
            const GumboTag tag = part->type == GUMBO_NODE_ELEMENT ? part->v.element.tag : GUMBO_TAG_UNKNOWN;
            if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE) {
                if (tag == GUMBO_TAG_P && blockPart.isEmpty() && inlinePart.trimmed().isEmpty())
                    inlinePart = inlineChildren(part);
                else
                    blockPart += blocksMarkdownOne(part, listDepth + 1);
            } else {
                inlinePart += inlineMarkdown(part);
            }
        }
        QString text = protectLineStart(inlinePart.simplified());
        if (!blockPart.isEmpty())
            text += u'\n' + blockPart;
        items << prefixLines(text, marker, QString(marker.size(), u' '));
    }
    return items.join(u'\n');
}

QString figureMarkdown(const GumboNode *figure)
{
    const GumboNode *image = nullptr;
    QString caption, credit;
    const GumboVector &children = figure->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (!image && HtmlFragment::isElement(child, GUMBO_TAG_IMG))
            image = child;
        if (HtmlFragment::isElement(child, GUMBO_TAG_FIGCAPTION)) {
            // Caption and credit are separated by <br>.
            const QString text = HtmlFragment::text(child);
            const qsizetype br = text.indexOf(u'\n');
            caption = (br < 0 ? text : text.left(br)).simplified();
            credit = br < 0 ? QString() : text.mid(br + 1).simplified();
        }
        if (!image && child->type == GUMBO_NODE_ELEMENT) {
            // <figure><p><img></p>... from other tools
            const GumboVector &inner = child->v.element.children;
            for (unsigned int j = 0; j < inner.length; ++j) {
                if (HtmlFragment::isElement(static_cast<const GumboNode *>(inner.data[j]), GUMBO_TAG_IMG))
                    image = static_cast<const GumboNode *>(inner.data[j]);
            }
        }
    }
    if (!image)
        return escapeMarkdown(caption);
    QString out = u"!["_s + escapeMarkdown(HtmlFragment::attribute(image, "alt")) + u"]("_s
        + destination(HtmlFragment::attribute(image, "src")) + (caption.isEmpty() ? QString() : quoteTitle(caption))
        + u')';
    if (!credit.isEmpty())
        out += u"\n*"_s + escapeMarkdown(credit) + u'*';
    return out;
}

QString blocksMarkdownOne(const GumboNode *node, int listDepth)
{
    if (node->type != GUMBO_NODE_ELEMENT) {
        const QString text = inlineMarkdown(node).simplified();
        return text.isEmpty() ? QString() : protectLineStart(text) + u"\n\n"_s;
    }
    switch (node->v.element.tag) {
    case GUMBO_TAG_P:
        return protectLineStart(inlineChildren(node).trimmed()) + u"\n\n"_s;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
        return u"## "_s + inlineChildren(node).simplified() + u"\n\n"_s;
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return u"### "_s + inlineChildren(node).simplified() + u"\n\n"_s;
    case GUMBO_TAG_HR:
        return u"* * *\n\n"_s;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        return listMarkdown(node, node->v.element.tag == GUMBO_TAG_OL, listDepth) + u"\n\n"_s;
    case GUMBO_TAG_FIGURE:
        return figureMarkdown(node) + u"\n\n"_s;
    case GUMBO_TAG_BLOCKQUOTE: {
        // A quote holds blocks or, in the article schema, inline content directly.
        bool hasBlocks = false;
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT
                && (child->v.element.tag == GUMBO_TAG_P || child->v.element.tag == GUMBO_TAG_UL
                    || child->v.element.tag == GUMBO_TAG_OL || child->v.element.tag == GUMBO_TAG_BLOCKQUOTE))
                hasBlocks = true;
        }
        const QString inner
            = hasBlocks ? blocksMarkdown(node, listDepth) : protectLineStart(inlineChildren(node).trimmed());
        return prefixLines(inner, u"> "_s, u"> "_s) + u"\n\n"_s;
    }
    default:
        return blocksMarkdown(node, listDepth);
    }
}

QString blocksMarkdown(const GumboNode *parent, int listDepth)
{
    QString out;
    const GumboVector &children = parent->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isBlankText(child) || child->type == GUMBO_NODE_COMMENT)
            continue;
        out += blocksMarkdownOne(child, listDepth);
    }
    return out;
}

QString yamlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + escaped + u'"';
}

QString yamlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << yamlString(value);
    return u'[' + quoted.join(u", "_s) + u']';
}

} // namespace

QString MarkdownConverter::bodyFromMarkdown(QStringView markdown)
{
    return HtmlImporter::cleanBody(withFigures(markdownToHtml(markdown)));
}

bool MarkdownConverter::fromMarkdown(QStringView markdown, Article *article, QString *error)
{
    if (markdown.size() > HtmlImporter::MaximumBytes) {
        if (error)
            *error = QCoreApplication::translate("MarkdownConverter", "The Markdown file is too large to import.");
        return false;
    }
    bool hadHeadline = false;
    const QStringView body = takeFrontMatter(markdown, article, &hadHeadline);
    QString html = markdownToHtml(body);
    if (!hadHeadline && article->headline.isEmpty()) {
        // "# Title" on top is the headline, not a subheading.
        const HtmlFragment fragment(html);
        const GumboVector &children = fragment.root()->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (isBlankText(child))
                continue;
            if (HtmlFragment::isElement(child, GUMBO_TAG_H1)) {
                article->headline = HtmlFragment::text(child).simplified();
                QString rest;
                for (unsigned int j = i + 1; j < children.length; ++j)
                    rest += HtmlFragment::outerHtml(static_cast<const GumboNode *>(children.data[j]));
                html = rest;
            }
            break;
        }
    }
    article->bodyHtml = HtmlImporter::cleanBody(withFigures(html));
    return true;
}

QString MarkdownConverter::bodyToMarkdown(QStringView bodyHtml)
{
    const HtmlFragment fragment(bodyHtml);
    QString out = blocksMarkdown(fragment.root(), 0);
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

QString MarkdownConverter::toMarkdown(const Article &article)
{
    QString out = u"---\n"_s;
    out += u"headline: "_s + yamlString(article.headline) + u'\n';
    if (!article.dek.isEmpty())
        out += u"dek: "_s + yamlString(article.dek) + u'\n';
    if (!article.bylines.isEmpty())
        out += u"byline: "_s + yamlList(article.bylines) + u'\n';
    if (!article.section.isEmpty())
        out += u"section: "_s + yamlString(article.section) + u'\n';
    if (!article.tags.isEmpty())
        out += u"tags: "_s + yamlList(article.tags) + u'\n';
    if (!article.dateline.isEmpty())
        out += u"dateline: "_s + yamlString(article.dateline) + u'\n';
    if (!article.slug.isEmpty())
        out += u"slug: "_s + yamlString(article.slug) + u'\n';
    if (!article.language.isEmpty())
        out += u"language: "_s + yamlString(article.language) + u'\n';
    out += u"---\n\n"_s;
    return out + bodyToMarkdown(article.bodyHtml);
}

} // namespace Wiredesk
