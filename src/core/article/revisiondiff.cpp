#include "revisiondiff.h"

#include "htmlescape.h"

#include "articledocument.h"
#include "blockids.h"
#include "htmlfragment.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString fieldLabel(ArticleDocument::Field field)
{
    using F = ArticleDocument::Field;
    switch (field) {
    case F::Headline:
        return QCoreApplication::translate("RevisionDiff", "Headline");
    case F::Dek:
        return QCoreApplication::translate("RevisionDiff", "Dek");
    case F::Bylines:
        return QCoreApplication::translate("RevisionDiff", "Byline");
    case F::Section:
        return QCoreApplication::translate("RevisionDiff", "Section");
    case F::Tags:
        return QCoreApplication::translate("RevisionDiff", "Tags");
    case F::Dateline:
        return QCoreApplication::translate("RevisionDiff", "Dateline");
    case F::Published:
        return QCoreApplication::translate("RevisionDiff", "Publication time");
    case F::TimeZone:
        return QCoreApplication::translate("RevisionDiff", "Time zone");
    case F::Slug:
        return QCoreApplication::translate("RevisionDiff", "Slug");
    case F::Language:
        return QCoreApplication::translate("RevisionDiff", "Language");
    case F::LeadImageSource:
        return QCoreApplication::translate("RevisionDiff", "Lead image");
    case F::LeadImageCaption:
        return QCoreApplication::translate("RevisionDiff", "Image caption");
    case F::LeadImageCredit:
        return QCoreApplication::translate("RevisionDiff", "Image credit");
    case F::LeadImageAlt:
        return QCoreApplication::translate("RevisionDiff", "Image description");
    }
    return {};
}

QString blockLabel(const QString &tag)
{
    if (tag == u"h2")
        return QCoreApplication::translate("RevisionDiff", "Subheading");
    if (tag == u"h3")
        return QCoreApplication::translate("RevisionDiff", "Minor subheading");
    if (tag == u"blockquote")
        return QCoreApplication::translate("RevisionDiff", "Quote");
    if (tag == u"ul")
        return QCoreApplication::translate("RevisionDiff", "Bulleted list");
    if (tag == u"ol")
        return QCoreApplication::translate("RevisionDiff", "Numbered list");
    if (tag == u"figure")
        return QCoreApplication::translate("RevisionDiff", "Figure");
    if (tag == u"hr")
        return QCoreApplication::translate("RevisionDiff", "Rule");
    return QCoreApplication::translate("RevisionDiff", "Paragraph");
}

QString display(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s);
    if (value.typeId() == QMetaType::QDateTime) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString();
    }
    return value.toString();
}

QString sourceLine(const ArticleSource &source)
{
    QString line = source.title.isEmpty() ? source.url : source.title;
    if (!source.publisher.isEmpty())
        line += u" — "_s + source.publisher;
    if (!source.url.isEmpty() && !source.title.isEmpty())
        line += u" <"_s + source.url + u'>';
    line += u" ["_s + source.status + u']';
    return line;
}

// Normalised text of a block: whitespace folded so reflowed markup does not show as a change.
QString blockText(const QString &html)
{
    return BlockIds::plainText(html).simplified();
}

QStringList tokens(const QString &text)
{
    // Words with their trailing whitespace: joining the tokens gives back the text.
    QStringList list;
    QString current;
    bool inSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inSpace = true;
        } else if (inSpace) {
            list << current;
            current.clear();
            inSpace = false;
        }
        current += c;
    }
    if (!current.isEmpty())
        list << current;
    return list;
}

void append(QList<RevisionDiff::Segment> *segments, RevisionDiff::Segment::Kind kind, const QString &text)
{
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({kind, text});
}

qsizetype wordsEnd(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return end;
}

QString escaped(const QString &text)
{
    return HtmlEscape::text(text);
}
} // namespace

QList<RevisionDiff::Segment> RevisionDiff::diffWords(const QString &before, const QString &after)
{
    using Kind = Segment::Kind;
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    QList<Segment> segments;
    // Compare words without their trailing whitespace.
    auto word = [](const QString &token) { return QStringView(token).trimmed(); };
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n * m > 4'000'000) { // a monster block: show it replaced rather than stall
        append(&segments, Kind::Deleted, before);
        append(&segments, Kind::Inserted, after);
        return segments;
    }
    // lcs[i][j] = LCS length of a[i..] and b[j..]
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = word(a.at(i)) == word(b.at(j)) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (word(a.at(i)) == word(b.at(j))) {
            append(&segments, Kind::Same, b.at(j));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(&segments, Kind::Deleted, a.at(i++));
        } else {
            append(&segments, Kind::Inserted, b.at(j++));
        }
    }
    while (i < n)
        append(&segments, Kind::Deleted, a.at(i++));
    while (j < m)
        append(&segments, Kind::Inserted, b.at(j++));
    return segments;
}

RevisionDiff::RevisionDiff(const Article &older, const Article &newer)
{
    const QList<ArticleDocument::Field> fields = ArticleDocument::allFields();
    for (ArticleDocument::Field field : fields) {
        const QString before = display(ArticleDocument::fieldOf(older, field));
        const QString after = display(ArticleDocument::fieldOf(newer, field));
        if (before != after)
            m_fields.append({fieldLabel(field), before, after});
    }
    // Sources by id, in the newer order, then removed ones.
    QHash<QString, const ArticleSource *> oldSources;
    for (const ArticleSource &source : older.sources)
        oldSources.insert(source.id, &source);
    QSet<QString> newIds;
    for (const ArticleSource &source : newer.sources) {
        newIds.insert(source.id);
        const ArticleSource *previous = oldSources.value(source.id);
        if (!previous)
            m_fields.append({QCoreApplication::translate("RevisionDiff", "Source added"), {}, sourceLine(source)});
        else if (!(*previous == source))
            m_fields.append({QCoreApplication::translate("RevisionDiff", "Source changed"), sourceLine(*previous),
                sourceLine(source)});
    }
    for (const ArticleSource &source : older.sources) {
        if (!newIds.contains(source.id))
            m_fields.append({QCoreApplication::translate("RevisionDiff", "Source removed"), sourceLine(source), {}});
    }

    const QList<BodyBlock> oldBlocks = BlockIds::assign(older.bodyHtml);
    const QList<BodyBlock> newBlocks = BlockIds::assign(newer.bodyHtml);
    QHash<QString, const BodyBlock *> oldById;
    for (const BodyBlock &block : oldBlocks)
        oldById.insert(block.id, &block);
    QSet<QString> newBlockIds;
    for (const BodyBlock &block : newBlocks)
        newBlockIds.insert(block.id);
    // A removed block is shown after the nearest earlier block that still exists.
    QHash<QString, QList<const BodyBlock *>> removedAfter;
    QString anchor;
    for (const BodyBlock &block : oldBlocks) {
        if (newBlockIds.contains(block.id))
            anchor = block.id;
        else
            removedAfter[anchor].append(&block);
    }
    auto emitRemoved = [this, &removedAfter](const QString &after) {
        const QList<const BodyBlock *> removed = removedAfter.value(after);
        for (const BodyBlock *block : removed)
            m_blocks.append({BlockChange::Kind::Removed, block->id, block->tag, blockText(block->html), {}, {}, false});
    };
    emitRemoved(QString());
    for (const BodyBlock &block : newBlocks) {
        const BodyBlock *previous = oldById.value(block.id);
        if (!previous) {
            m_blocks.append({BlockChange::Kind::Added, block.id, block.tag, {}, blockText(block.html), {}, false});
        } else if (previous->html != block.html) {
            BlockChange change {BlockChange::Kind::Changed, block.id, block.tag, blockText(previous->html),
                blockText(block.html), {}, false};
            change.formattingOnly = change.before == change.after;
            change.words = diffWords(change.before, change.after);
            m_blocks.append(change);
        }
        emitRemoved(block.id);
    }
}

QString RevisionDiff::toPlainText() const
{
    QString out;
    if (isEmpty())
        return QCoreApplication::translate("RevisionDiff", "No differences.") + u'\n';
    for (const FieldChange &field : m_fields) {
        out += field.label + u'\n';
        if (!field.before.isEmpty())
            out += u"  - "_s + field.before + u'\n';
        if (!field.after.isEmpty())
            out += u"  + "_s + field.after + u'\n';
    }
    for (const BlockChange &block : m_blocks) {
        const QString label = blockLabel(block.tag);
        switch (block.kind) {
        case BlockChange::Kind::Added:
            out += QCoreApplication::translate("RevisionDiff", "%1 added").arg(label) + u'\n' + u"  + "_s + block.after
                + u'\n';
            break;
        case BlockChange::Kind::Removed:
            out += QCoreApplication::translate("RevisionDiff", "%1 removed").arg(label) + u'\n' + u"  - "_s
                + block.before + u'\n';
            break;
        case BlockChange::Kind::Changed:
            if (block.formattingOnly) {
                out += QCoreApplication::translate("RevisionDiff", "%1 formatting changed").arg(label) + u'\n' + u"  "_s
                    + block.after + u'\n';
                break;
            }
            out += QCoreApplication::translate("RevisionDiff", "%1 changed").arg(label) + u"\n  "_s;
            for (const Segment &segment : block.words) {
                // Markers hug the words; the whitespace after a changed run stays outside.
                const QString text = segment.text;
                const qsizetype wordEnd = wordsEnd(text);
                const QString words = text.left(wordEnd);
                const QString space = text.mid(wordEnd);
                switch (segment.kind) {
                case Segment::Kind::Same:
                    out += text;
                    break;
                case Segment::Kind::Deleted:
                    out += u"[-"_s + words + u"-]"_s + space;
                    break;
                case Segment::Kind::Inserted:
                    out += u"{+"_s + words + u"+}"_s + space;
                    break;
                }
            }
            out += u'\n';
            break;
        }
    }
    return out;
}

QString RevisionDiff::toHtml() const
{
    QString out = u"<div class=\"revision-diff\">\n"_s;
    if (isEmpty())
        return out + u"<p class=\"no-change\">"_s
            + escaped(QCoreApplication::translate("RevisionDiff", "No differences.")) + u"</p>\n</div>\n"_s;
    if (!m_fields.isEmpty()) {
        out += u"<dl class=\"fields\">\n"_s;
        for (const FieldChange &field : m_fields) {
            out += u"<dt>"_s + escaped(field.label) + u"</dt><dd>"_s;
            if (!field.before.isEmpty())
                out += u"<del>"_s + escaped(field.before) + u"</del>"_s;
            if (!field.before.isEmpty() && !field.after.isEmpty())
                out += u' ';
            if (!field.after.isEmpty())
                out += u"<ins>"_s + escaped(field.after) + u"</ins>"_s;
            out += u"</dd>\n"_s;
        }
        out += u"</dl>\n"_s;
    }
    for (const BlockChange &block : m_blocks) {
        const QString label = blockLabel(block.tag);
        QString kind, title, content;
        switch (block.kind) {
        case BlockChange::Kind::Added:
            kind = u"added"_s;
            title = QCoreApplication::translate("RevisionDiff", "%1 added").arg(label);
            content = u"<ins>"_s + escaped(block.after) + u"</ins>"_s;
            break;
        case BlockChange::Kind::Removed:
            kind = u"removed"_s;
            title = QCoreApplication::translate("RevisionDiff", "%1 removed").arg(label);
            content = u"<del>"_s + escaped(block.before) + u"</del>"_s;
            break;
        case BlockChange::Kind::Changed:
            kind = u"changed"_s;
            if (block.formattingOnly) {
                title = QCoreApplication::translate("RevisionDiff", "%1 formatting changed").arg(label);
                content = escaped(block.after);
                break;
            }
            title = QCoreApplication::translate("RevisionDiff", "%1 changed").arg(label);
            for (const Segment &segment : block.words) {
                const qsizetype wordEnd = wordsEnd(segment.text);
                const QString words = escaped(segment.text.left(wordEnd));
                const QString space = segment.text.mid(wordEnd);
                switch (segment.kind) {
                case Segment::Kind::Same:
                    content += escaped(segment.text);
                    break;
                case Segment::Kind::Deleted:
                    content += u"<del>"_s + words + u"</del>"_s + space;
                    break;
                case Segment::Kind::Inserted:
                    content += u"<ins>"_s + words + u"</ins>"_s + space;
                    break;
                }
            }
            break;
        }
        out += u"<section class=\""_s + kind + u"\" data-block=\""_s + block.id + u"\"><h4>"_s + escaped(title)
            + u"</h4><p>"_s + content + u"</p></section>\n"_s;
    }
    return out + u"</div>\n"_s;
}

} // namespace Wiredesk
