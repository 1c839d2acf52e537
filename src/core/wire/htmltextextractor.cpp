#include "htmltextextractor.h"

#include <gumbo.h>

#include <QByteArray>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        return true;
    default:
        return false;
    }
}

void collect(const GumboNode *node, QByteArray &out)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        out.append(node->v.text.text);
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
    case GUMBO_NODE_DOCUMENT: {
        GumboTag tag = GUMBO_TAG_UNKNOWN;
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else {
            tag = node->v.element.tag;
            if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE
                || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_HEAD)
                return;
            children = &node->v.element.children;
        }
        const bool block = isBlock(tag);
        if (block)
            out.append('\n');
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            out.append(' ');
        for (unsigned int i = 0; i < children->length; ++i)
            collect(static_cast<const GumboNode *>(children->data[i]), out);
        if (block)
            out.append('\n');
        return;
    }
    default:
        return;
    }
}

} // namespace

QString HtmlTextExtractor::text(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&')) {
        QString plain = html.toString();
        return plain.simplified();
    }
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QByteArray collected;
    collected.reserve(utf8.size());
    collect(output->root, collected);
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    // Fold whitespace within lines, drop empty lines.
    const QString raw = QString::fromUtf8(collected);
    QStringList lines;
    for (const QStringView part : QStringView(raw).split(u'\n')) {
        QString line = part.toString().replace(QChar(0xA0), u' ').simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QString HtmlTextExtractor::line(QStringView html)
{
    QString t = text(html);
    t.replace(u'\n', u' ');
    return t;
}

QString HtmlTextExtractor::firstWords(QStringView text, int count)
{
    const QString folded = text.toString().simplified();
    const QList<QStringView> words = QStringView(folded).split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (QStringView word : words) {
        if (kept.size() == count)
            break;
        kept.append(word.toString());
    }
    QString result = kept.join(u' ');
    if (words.size() > count)
        result += u"…"_s;
    return result;
}

} // namespace Wiredesk
