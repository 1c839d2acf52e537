#include "articledocument.h"

#include "htmlsanitizer.h"
#include "restorearticlecommand.h"
#include "setbodycommand.h"
#include "setfieldcommand.h"
#include "setsourcescommand.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wiredesk {

ArticleDocument::ArticleDocument(QObject *parent)
    : ArticleDocument(Article {}, parent)
{ }

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent)
    , m_article(article)
    , m_undoStack(new QUndoStack(this))
{
    if (m_article.id.isEmpty())
        m_article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_article.created.isValid())
        m_article.created = now;
    if (!m_article.modified.isValid())
        m_article.modified = now;
    m_blocks = cleanBlocks(m_article.bodyHtml);
    m_article.bodyHtml = BlockIds::join(m_blocks);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ArticleDocument::~ArticleDocument()
{
    Q_EMIT aboutToBeDestroyed();
}

QList<ArticleDocument::Field> ArticleDocument::allFields()
{
    return {Field::Headline, Field::Dek, Field::Bylines, Field::Section, Field::Tags, Field::Dateline, Field::Published,
        Field::TimeZone, Field::Slug, Field::Language, Field::LeadImageSource, Field::LeadImageCaption,
        Field::LeadImageCredit, Field::LeadImageAlt};
}

QString ArticleDocument::fieldKey(Field field)
{
    switch (field) {
    case Field::Headline:
        return u"headline"_s;
    case Field::Dek:
        return u"dek"_s;
    case Field::Bylines:
        return u"bylines"_s;
    case Field::Section:
        return u"section"_s;
    case Field::Tags:
        return u"tags"_s;
    case Field::Dateline:
        return u"dateline"_s;
    case Field::Published:
        return u"published"_s;
    case Field::TimeZone:
        return u"timeZone"_s;
    case Field::Slug:
        return u"slug"_s;
    case Field::Language:
        return u"language"_s;
    case Field::LeadImageSource:
        return u"leadImage.source"_s;
    case Field::LeadImageCaption:
        return u"leadImage.caption"_s;
    case Field::LeadImageCredit:
        return u"leadImage.credit"_s;
    case Field::LeadImageAlt:
        return u"leadImage.alt"_s;
    }
    return {};
}

std::optional<ArticleDocument::Field> ArticleDocument::fieldFromKey(QStringView key)
{
    const QList<Field> fields = allFields();
    for (Field field : fields) {
        if (fieldKey(field) == key)
            return field;
    }
    return std::nullopt;
}

QVariant ArticleDocument::fieldOf(const Article &article, Field field)
{
    switch (field) {
    case Field::Headline:
        return article.headline;
    case Field::Dek:
        return article.dek;
    case Field::Bylines:
        return article.bylines;
    case Field::Section:
        return article.section;
    case Field::Tags:
        return article.tags;
    case Field::Dateline:
        return article.dateline;
    case Field::Published:
        return article.published;
    case Field::TimeZone:
        return article.timeZone;
    case Field::Slug:
        return article.slug;
    case Field::Language:
        return article.language;
    case Field::LeadImageSource:
        return article.leadImage.source;
    case Field::LeadImageCaption:
        return article.leadImage.caption;
    case Field::LeadImageCredit:
        return article.leadImage.credit;
    case Field::LeadImageAlt:
        return article.leadImage.alt;
    }
    return {};
}

void ArticleDocument::setFieldOf(Article *article, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Headline:
        article->headline = value.toString();
        break;
    case Field::Dek:
        article->dek = value.toString();
        break;
    case Field::Bylines:
        article->bylines = value.toStringList();
        break;
    case Field::Section:
        article->section = value.toString();
        break;
    case Field::Tags:
        article->tags = value.toStringList();
        break;
    case Field::Dateline:
        article->dateline = value.toString();
        break;
    case Field::Published:
        article->published = value.toDateTime().isValid() ? value.toDateTime().toUTC() : QDateTime();
        break;
    case Field::TimeZone:
        article->timeZone = value.toString();
        break;
    case Field::Slug:
        article->slug = value.toString();
        break;
    case Field::Language:
        article->language = value.toString();
        break;
    case Field::LeadImageSource:
        article->leadImage.source = value.toString();
        break;
    case Field::LeadImageCaption:
        article->leadImage.caption = value.toString();
        break;
    case Field::LeadImageCredit:
        article->leadImage.credit = value.toString();
        break;
    case Field::LeadImageAlt:
        article->leadImage.alt = value.toString();
        break;
    }
}

QVariant ArticleDocument::field(Field field) const
{
    return fieldOf(m_article, field);
}

void ArticleDocument::setField(Field field, const QVariant &value)
{
    // Normalise through the article so that equal values compare equal (e.g. time zones).
    Article probe;
    setFieldOf(&probe, field, value);
    const QVariant normalised = fieldOf(probe, field);
    if (normalised == this->field(field))
        return;
    m_undoStack->push(new SetFieldCommand(this, field, normalised));
}

QList<BodyBlock> ArticleDocument::cleanBlocks(QStringView html)
{
    // Whatever the editor or an import hands over, only the article schema gets in.
    static const HtmlSanitizer sanitizer(HtmlSanitizer::Schema::Article);
    return BlockIds::assign(sanitizer.sanitize(html));
}

void ArticleDocument::setBodyHtml(const QString &html)
{
    const QList<BodyBlock> blocks = cleanBlocks(html);
    if (blocks == m_blocks)
        return;
    m_undoStack->push(new SetBodyCommand(this, blocks));
}

bool ArticleDocument::setBlockHtml(const QString &blockId, const QString &html)
{
    qsizetype index = -1;
    QSet<QString> others;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).id == blockId)
            index = i;
        else
            others.insert(m_blocks.at(i).id);
    }
    if (index < 0)
        return false;
    // Only the replaced block is parsed; fresh ids avoid every other block's id, and a
    // block in the replacement that reuses another block's id is a copy and gets a new one.
    QList<BodyBlock> replacement = cleanBlocks(html);
    giveFreshIds(&replacement, &others);
    QList<BodyBlock> blocks = m_blocks;
    blocks.remove(index);
    for (qsizetype i = 0; i < replacement.size(); ++i)
        blocks.insert(index + i, replacement.at(i));
    if (blocks == m_blocks)
        return true;
    m_undoStack->push(new SetBodyCommand(this, blocks));
    return true;
}

void ArticleDocument::giveFreshIds(QList<BodyBlock> *incoming, QSet<QString> *taken)
{
    QSet<QString> incomingIds;
    for (const BodyBlock &block : std::as_const(*incoming))
        incomingIds.insert(block.id);
    for (BodyBlock &block : *incoming) {
        if (taken->contains(block.id)) {
            QString fresh;
            do {
                fresh = BlockIds::generateId();
            } while (taken->contains(fresh) || incomingIds.contains(fresh));
            block.html.replace(u"data-block=\""_s + block.id + u'"', u"data-block=\""_s + fresh + u'"');
            block.id = fresh;
        }
        taken->insert(block.id);
    }
}

void ArticleDocument::setBody(const CleanBody &body)
{
    if (body.blocks() == m_blocks)
        return;
    m_undoStack->push(new SetBodyCommand(this, body.blocks()));
}

bool ArticleDocument::insertBlocks(const QString &afterBlockId, const CleanBody &body)
{
    qsizetype position = 0;
    QSet<QString> taken;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        taken.insert(m_blocks.at(i).id);
        if (m_blocks.at(i).id == afterBlockId)
            position = i + 1;
    }
    if (!afterBlockId.isEmpty() && position == 0)
        return false;
    if (body.isEmpty())
        return true;
    QList<BodyBlock> incoming = body.blocks();
    giveFreshIds(&incoming, &taken);
    QList<BodyBlock> blocks = m_blocks;
    for (qsizetype i = 0; i < incoming.size(); ++i)
        blocks.insert(position + i, incoming.at(i));
    m_undoStack->push(new SetBodyCommand(this, blocks));
    return true;
}

void ArticleDocument::addSource(const ArticleSource &source)
{
    QList<ArticleSource> sources = m_article.sources;
    ArticleSource added = source;
    if (added.id.isEmpty())
        added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sources << added;
    m_undoStack->push(new SetSourcesCommand(this, sources, tr("Add source")));
}

bool ArticleDocument::removeSource(const QString &sourceId)
{
    QList<ArticleSource> sources = m_article.sources;
    const auto removed = sources.removeIf([&](const ArticleSource &s) { return s.id == sourceId; });
    if (removed == 0)
        return false;
    m_undoStack->push(new SetSourcesCommand(this, sources, tr("Remove source")));
    return true;
}

bool ArticleDocument::updateSource(const ArticleSource &source)
{
    QList<ArticleSource> sources = m_article.sources;
    for (ArticleSource &existing : sources) {
        if (existing.id == source.id) {
            if (existing == source)
                return true;
            existing = source;
            m_undoStack->push(new SetSourcesCommand(this, sources, tr("Edit source")));
            return true;
        }
    }
    return false;
}

void ArticleDocument::restore(const Article &revision, const QString &description)
{
    m_undoStack->push(new RestoreArticleCommand(this, revision, description));
}

bool ArticleDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ArticleDocument::markSaved()
{
    m_undoStack->setClean();
}

void ArticleDocument::touch()
{
    m_article.modified = QDateTime::currentDateTimeUtc();
}

void ArticleDocument::applyField(Field field, const QVariant &value)
{
    setFieldOf(&m_article, field, value);
    touch();
    Q_EMIT fieldChanged(field);
    Q_EMIT changed();
}

void ArticleDocument::applyBody(const QList<BodyBlock> &blocks)
{
    const QStringList changedIds = BlockIds::changedIds(m_blocks, blocks);
    m_blocks = blocks;
    m_article.bodyHtml = BlockIds::join(m_blocks);
    touch();
    Q_EMIT bodyChanged(changedIds);
    Q_EMIT changed();
}

void ArticleDocument::applySources(const QList<ArticleSource> &sources)
{
    m_article.sources = sources;
    touch();
    Q_EMIT sourcesChanged();
    Q_EMIT changed();
}

void ArticleDocument::applyArticle(const Article &article)
{
    const Article before = m_article;
    const QList<BodyBlock> blocks = cleanBlocks(article.bodyHtml);
    m_article = article;
    m_article.bodyHtml = BlockIds::join(blocks);
    const QStringList changedIds = BlockIds::changedIds(m_blocks, blocks);
    m_blocks = blocks;
    touch();
    const QList<Field> fields = allFields();
    for (Field f : fields) {
        if (fieldOf(before, f) != fieldOf(m_article, f))
            Q_EMIT fieldChanged(f);
    }
    if (!changedIds.isEmpty())
        Q_EMIT bodyChanged(changedIds);
    if (before.sources != m_article.sources)
        Q_EMIT sourcesChanged();
    Q_EMIT changed();
}

QString ArticleDocument::blockText(const BodyBlock &block) const
{
    auto it = m_textCache.find(block.id);
    if (it != m_textCache.end() && it->first == block.html)
        return it->second;
    const QString text = BlockIds::plainText(block.html);
    m_textCache.insert(block.id, {block.html, text});
    return text;
}

QString ArticleDocument::countedText() const
{
    QString text = m_article.headline + u'\n' + m_article.dek;
    for (const BodyBlock &block : m_blocks)
        text += u'\n' + blockText(block);
    if (m_textCache.size() > m_blocks.size() * 2)
        m_textCache.clear(); // forget blocks that no longer exist
    return text;
}

int ArticleDocument::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        // Dashes and bullets standing alone are not words.
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord && c.isLetterOrNumber()) {
            ++words;
            inWord = true;
        }
    }
    return words;
}

int ArticleDocument::wordCount() const
{
    return countWords(countedText());
}

int ArticleDocument::characterCount() const
{
    const QString text = countedText();
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c.isLowSurrogate())
            continue;
        ++count;
    }
    return count;
}

int ArticleDocument::readingTimeMinutes() const
{
    const int words = wordCount();
    if (words == 0)
        return 0;
    return std::max(1, int(std::lround(double(words) / 230.0)));
}

} // namespace Wiredesk
