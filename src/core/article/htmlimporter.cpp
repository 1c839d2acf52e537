#include "htmlimporter.h"

#include "blockids.h"
#include "htmlfragment.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "gumbodocument.h"
#include "htmlsanitizer.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// Whole-document parse (not a fragment), to see <title>, <meta> and <article>.
class Page final
{
public:
    explicit Page(QStringView html)
        : m_document(html.toUtf8(), GumboDocument::Kind::WholePage)
    { }

    const GumboNode *root() const { return m_document.root(); }

    static const GumboNode *find(const GumboNode *node, GumboTag tag)
    {
        if (node->type != GUMBO_NODE_ELEMENT)
            return nullptr;
        if (node->v.element.tag == tag)
            return node;
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            if (const GumboNode *found = find(static_cast<const GumboNode *>(children.data[i]), tag))
                return found;
        }
        return nullptr;
    }

    QString metaContent(const char *name) const
    {
        const GumboNode *head = find(root(), GUMBO_TAG_HEAD);
        if (!head)
            return {};
        const GumboVector &children = head->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (HtmlFragment::isElement(child, GUMBO_TAG_META)
                && HtmlFragment::attribute(child, "name").compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return HtmlFragment::attribute(child, "content").simplified();
        }
        return {};
    }

private:
    GumboDocument m_document;
};
// Whether serialized block HTML has any visible text. Only for our own canonical output,
// where '<' and '>' never appear unescaped outside tags, so a tag scan is exact; parsing
// 30,000 pasted paragraphs one by one just to ask this took over a second.
bool hasText(const QString &canonicalHtml)
{
    bool inTag = false;
    for (const QChar c : canonicalHtml) {
        if (inTag) {
            inTag = c != u'>';
        } else if (c == u'<') {
            inTag = true;
        } else if (!c.isSpace()) {
            return true;
        }
    }
    return false;
}
} // namespace

QList<BodyBlock> HtmlImporter::cleanBlocks(QStringView html, const QUrl &baseUrl)
{
    HtmlSanitizer sanitizer(HtmlSanitizer::Schema::Article);
    sanitizer.setBaseUrl(baseUrl);
    QList<BodyBlock> blocks = BlockIds::assign(sanitizer.sanitize(html));
    // Imported pages are full of empty paragraphs (spacers, stripped widgets).
    blocks.removeIf([](const BodyBlock &block) {
        return block.tag != u"hr" && !block.html.contains(u"<img"_s) && !hasText(block.html);
    });
    return blocks;
}

QString HtmlImporter::cleanBody(QStringView html, const QUrl &baseUrl)
{
    return BlockIds::join(cleanBlocks(html, baseUrl));
}

CleanBody HtmlImporter::prepareBody(QStringView html, const QUrl &baseUrl)
{
    CleanBody body;
    body.m_blocks = cleanBlocks(html, baseUrl);
    return body;
}

bool HtmlImporter::importPage(QStringView html, Article *article, QString *error, const QUrl &baseUrl)
{
    if (html.size() > MaximumBytes) {
        if (error)
            *error = QCoreApplication::translate(
                "HtmlImporter", "The page is too large to import (%1 MB; the limit is %2 MB).")
                         .arg(html.size() / (1024 * 1024))
                         .arg(MaximumBytes / (1024 * 1024));
        return false;
    }
    const Page page(html);
    const GumboNode *body = Page::find(page.root(), GUMBO_TAG_BODY);
    // A page's <article> holds the story; navigation and footers around it do not belong.
    const GumboNode *content = Page::find(page.root(), GUMBO_TAG_ARTICLE);
    if (!content)
        content = body;
    const GumboNode *h1 = content ? Page::find(content, GUMBO_TAG_H1) : nullptr;
    bool h1IsHeadline = false;
    if (article->headline.trimmed().isEmpty()) {
        if (h1) {
            article->headline = HtmlFragment::text(h1).simplified();
            h1IsHeadline = !article->headline.isEmpty();
        }
        if (article->headline.isEmpty()) {
            if (const GumboNode *title = Page::find(page.root(), GUMBO_TAG_TITLE)) {
                // HtmlFragment::text() skips <title> (it is never body content): read it here.
                QString text;
                const GumboVector &children = title->v.element.children;
                for (unsigned int i = 0; i < children.length; ++i) {
                    const auto *child = static_cast<const GumboNode *>(children.data[i]);
                    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                        text += QString::fromUtf8(child->v.text.text);
                }
                article->headline = text.simplified();
            }
        }
    }
    if (article->dek.trimmed().isEmpty())
        article->dek = page.metaContent("description");

    const QString cleaned = cleanBody(content ? HtmlFragment::innerHtml(content) : QString(), baseUrl);
    QList<BodyBlock> blocks = BlockIds::assign(cleaned);
    if (h1IsHeadline) {
        // The h1 became the headline (and a subheading in the body): do not repeat it.
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).tag == u"h2" && BlockIds::plainText(blocks.at(i).html).simplified() == article->headline) {
                blocks.removeAt(i);
                break;
            }
        }
    }
    article->bodyHtml = BlockIds::join(blocks);
    return true;
}

bool HtmlImporter::importFile(const QString &filePath, Article *article, QString *error)
{
    QFile file(filePath);
    if (file.size() > MaximumBytes) {
        if (error)
            *error
                = QCoreApplication::translate("HtmlImporter", "%1 is too large to import (%2 MB; the limit is %3 MB).")
                      .arg(QFileInfo(filePath).fileName())
                      .arg(file.size() / (1024 * 1024))
                      .arg(MaximumBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = QCoreApplication::translate("HtmlImporter", "Cannot read %1: %2").arg(filePath, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString html = decoder(bytes);
    return importPage(html, article, error, QUrl::fromLocalFile(QFileInfo(filePath).absolutePath() + u'/'));
}

} // namespace Wiredesk
