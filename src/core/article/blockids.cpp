#include "blockids.h"

#include "htmlescape.h"

#include "htmlfragment.h"

#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

enum class TopLevel { Block, Unwrap, Inline, Skip };

TopLevel classify(const GumboNode *node, QString *blockTag)
{
    if (node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_COMMENT)
        return TopLevel::Skip;
    if (node->type != GUMBO_NODE_ELEMENT)
        return TopLevel::Inline;
    switch (node->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
        *blockTag = HtmlFragment::tagName(node);
        return TopLevel::Block;
    case GUMBO_TAG_H1:
        *blockTag = u"h2"_s;
        return TopLevel::Block;
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        *blockTag = u"h3"_s;
        return TopLevel::Block;
    case GUMBO_TAG_PRE:
        *blockTag = u"p"_s;
        return TopLevel::Block;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
        return TopLevel::Skip;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_LI:
        return TopLevel::Unwrap;
    default:
        return TopLevel::Inline;
    }
}

QString blockHtml(const QString &tag, const QString &id, const GumboNode *node)
{
    QString attributes;
    const GumboVector &list = node->v.element.attributes;
    for (unsigned int i = 0; i < list.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(list.data[i]);
        const QString name = QString::fromUtf8(attribute->name);
        if (name == u"data-block" || name == u"style" || name.startsWith(u"on"_s))
            continue;
        attributes += u' ' + name + u"=\""_s + HtmlEscape::attribute(QString::fromUtf8(attribute->value)) + u'"';
    }
    const QString open = u'<' + tag + u" data-block=\""_s + id + u'"' + attributes + u'>';
    if (tag == u"hr")
        return open;
    return open + HtmlFragment::innerHtml(node) + u"</"_s + tag + u'>';
}

struct Collector {
    struct Raw {
        QString tag;
        QString id; // as found, maybe invalid or duplicated
        const GumboNode *node = nullptr;
        QString inlineHtml; // for wrapped loose content
    };
    QList<Raw> raws;
    QString pendingInline;

    void flushInline()
    {
        if (!pendingInline.trimmed().isEmpty())
            raws.append({u"p"_s, {}, nullptr, pendingInline.trimmed()});
        pendingInline.clear();
    }

    void collect(const GumboNode *parent)
    {
        const GumboVector &children = parent->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *node = static_cast<const GumboNode *>(children.data[i]);
            QString tag;
            switch (classify(node, &tag)) {
            case TopLevel::Skip:
                break;
            case TopLevel::Inline:
                pendingInline += HtmlFragment::outerHtml(node);
                break;
            case TopLevel::Unwrap:
                flushInline();
                collect(node);
                flushInline();
                break;
            case TopLevel::Block:
                flushInline();
                raws.append({tag, HtmlFragment::attribute(node, "data-block"), node, {}});
                break;
            }
        }
    }
};

} // namespace

QList<BodyBlock> BlockIds::assign(QStringView bodyHtml, const QSet<QString> &reserved)
{
    const HtmlFragment fragment(bodyHtml);
    Collector collector;
    collector.collect(fragment.root());
    collector.flushInline();

    // Every valid id present anywhere is off limits for fresh ids, so a fresh id can never
    // collide with a block that appears later in the body.
    QSet<QString> taken = reserved;
    for (const auto &raw : std::as_const(collector.raws)) {
        if (isValidId(raw.id))
            taken.insert(raw.id);
    }
    QSet<QString> used;
    QList<BodyBlock> blocks;
    blocks.reserve(collector.raws.size());
    for (const auto &raw : std::as_const(collector.raws)) {
        QString id = raw.id;
        if (!isValidId(id) || used.contains(id)) {
            do {
                id = generateId();
            } while (taken.contains(id));
            taken.insert(id);
        }
        used.insert(id);
        QString html = raw.node ? blockHtml(raw.tag, id, raw.node)
                                : u"<p data-block=\""_s + id + u"\">"_s + raw.inlineHtml + u"</p>"_s;
        blocks.append({id, raw.tag, html});
    }
    return blocks;
}

QString BlockIds::join(const QList<BodyBlock> &blocks)
{
    QString html;
    for (const BodyBlock &block : blocks) {
        if (!html.isEmpty())
            html += u'\n';
        html += block.html;
    }
    return html;
}

QString BlockIds::normalize(QStringView bodyHtml)
{
    return join(assign(bodyHtml));
}

QStringList BlockIds::changedIds(const QList<BodyBlock> &before, const QList<BodyBlock> &after)
{
    QHash<QString, const BodyBlock *> old;
    for (const BodyBlock &block : before)
        old.insert(block.id, &block);
    QSet<QString> present;
    QStringList changed;
    for (const BodyBlock &block : after) {
        present.insert(block.id);
        const BodyBlock *previous = old.value(block.id);
        if (!previous || previous->html != block.html)
            changed << block.id;
    }
    for (const BodyBlock &block : before) {
        if (!present.contains(block.id))
            changed << block.id;
    }
    return changed;
}

QString BlockIds::generateId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id(8, Qt::Uninitialized);
    for (qsizetype i = 0; i < id.size(); ++i)
        id[i] = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return id;
}

bool BlockIds::isValidId(QStringView id)
{
    if (id.size() != 8)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

QString BlockIds::plainText(QStringView html)
{
    const HtmlFragment fragment(html);
    return HtmlFragment::text(fragment.root());
}

} // namespace Wiredesk
