#include "conflictdialog.h"

#include "article.h"
#include "blockids.h"
#include "bodytextconverter.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

bool isField(const MergeConflict &conflict)
{
    return conflict.where == MergeConflict::Where::Field;
}

QString fieldLabel(const QString &key)
{
    if (key == u"title"_s)
        return ConflictDialog::tr("Headline");
    if (key == u"excerpt"_s)
        return ConflictDialog::tr("Dek");
    if (key == u"slug"_s)
        return ConflictDialog::tr("Slug");
    if (key == u"tags"_s)
        return ConflictDialog::tr("Tags");
    return key;
}

QString tagOf(const QString &html)
{
    static const QRegularExpression open(u"^\\s*<([a-zA-Z0-9]+)"_s);
    const QRegularExpressionMatch match = open.match(html);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QPlainTextEdit *sideView(const QString &text, const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setAccessibleName(name);
    view->setMinimumHeight(70);
    view->setMaximumHeight(140);
    return view;
}

// @p html as the merged editor writes it back (the converter's canonical form), so a side
// can be recognised after a load and export.
QString roundTrip(const QString &html)
{
    if (html.isEmpty())
        return {};
    QTextDocument document;
    BodyTextConverter::load(&document, html);
    return BodyTextConverter::toHtml(&document);
}

} // namespace

ConflictDialog::ConflictDialog(const SyncController::ConflictCase &conflict, QWidget *parent)
    : QDialog(parent)
    , m_case(conflict)
{
    setWindowTitle(tr("Resolve Conflict with the Site"));
    setAccessibleName(windowTitle());
    resize(980, 620);
    const int automatic = [&] {
        // Places that differ between local and the merge were taken from the site by itself.
        int count = 0;
        for (auto it = m_case.merged.fields.cbegin(); it != m_case.merged.fields.cend(); ++it)
            count += m_case.local.fields.value(it.key()) != it.value() ? 1 : 0;
        const QList<BodyBlock> mine = BlockIds::assign(m_case.local.bodyHtml);
        const QList<BodyBlock> merged = BlockIds::assign(m_case.merged.bodyHtml);
        count += int(BlockIds::changedIds(mine, merged).size());
        return count;
    }();
    auto *intro = new QLabel(tr("Someone changed this post on the site while you edited it here. Both versions are "
                                "kept as revisions. %n place(s) changed on both sides; choose what the post "
                                "says there.",
                                 nullptr, int(m_case.merged.conflicts.size()))
            + (automatic > 0
                    ? u" "_s + tr("%n other change(s) from the site were merged by themselves.", nullptr, automatic)
                    : QString()),
        this);
    intro->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    for (const MergeConflict &c : std::as_const(m_case.merged.conflicts)) {
        const int index = int(m_places.size());
        m_places << Place {c, Choice::Mine, nullptr, {}, {}};
        const QString mine = textOf(m_places.last(), u"local"_s);
        const QString theirs = textOf(m_places.last(), u"remote"_s);
        const QString base = textOf(m_places.last(), u"base"_s);
        const QString title = isField(c)
            ? fieldLabel(c.key)
            : tr("Paragraph “%1”").arg(QString(base.isEmpty() ? (mine.isEmpty() ? theirs : mine) : base).left(60));
        auto *box = new QGroupBox(title, content);
        box->setAccessibleName(title);
        auto *grid = new QGridLayout(box);
        grid->addWidget(new QLabel(tr("As last pushed"), box), 0, 0);
        grid->addWidget(new QLabel(tr("Mine"), box), 0, 1);
        grid->addWidget(new QLabel(tr("Theirs (on the site)"), box), 0, 2);
        grid->addWidget(
            sideView(base.isEmpty() && c.base.isEmpty() ? tr("(not there)") : base, tr("As last pushed"), box), 1, 0);
        grid->addWidget(sideView(c.local.isEmpty() ? tr("(deleted)") : mine, tr("Mine"), box), 1, 1);
        grid->addWidget(sideView(c.remote.isEmpty() ? tr("(deleted)") : theirs, tr("Theirs"), box), 1, 2);
        auto *keepMine = new QPushButton(tr("Keep &Mine"), box);
        auto *takeTheirs = new QPushButton(tr("Take &Theirs"), box);
        auto *mergedLabel = new QLabel(tr("Merged (edit freely):"), box);
        auto *merged = new QTextEdit(box);
        merged->setAccessibleName(tr("Merged text"));
        merged->setMaximumHeight(120);
        Place &place = m_places.last();
        place.merged = merged;
        if (isField(c)) {
            merged->setAcceptRichText(false);
            merged->setPlainText(mine);
        } else {
            place.localHtml = roundTrip(c.local);
            place.remoteHtml = roundTrip(c.remote);
            loadMerged(place, c.local);
        }
        auto *choiceRow = new QHBoxLayout;
        choiceRow->addWidget(keepMine);
        choiceRow->addWidget(takeTheirs);
        choiceRow->addStretch(1);
        grid->addLayout(choiceRow, 2, 0, 1, 3);
        grid->addWidget(mergedLabel, 3, 0, 1, 3);
        grid->addWidget(merged, 4, 0, 1, 3);
        connect(keepMine, &QPushButton::clicked, this, [this, index] { chooseMine(index); });
        connect(takeTheirs, &QPushButton::clicked, this, [this, index] { chooseTheirs(index); });
        connect(merged, &QTextEdit::textChanged, this, [this, index] { mergedChanged(index); });
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply and Push"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

QString ConflictDialog::textOf(const Place &place, const QString &side) const
{
    const QString &value = side == u"local"_s ? place.conflict.local
        : side == u"remote"_s                 ? place.conflict.remote
                                              : place.conflict.base;
    return isField(place.conflict) ? value : BlockIds::plainText(value).trimmed();
}

void ConflictDialog::setChoice(int index, Choice choice)
{
    Place &place = m_places[index];
    if (isField(place.conflict)) {
        m_updating = true;
        place.merged->setPlainText(textOf(place, choice == Choice::Theirs ? u"remote"_s : u"local"_s));
        m_updating = false;
    } else {
        loadMerged(place, choice == Choice::Theirs ? place.conflict.remote : place.conflict.local);
    }
    place.choice = choice;
}

void ConflictDialog::loadMerged(Place &place, const QString &html)
{
    m_updating = true;
    if (html.isEmpty())
        place.merged->clear();
    else
        BodyTextConverter::load(place.merged->document(), html);
    m_updating = false;
}

QString ConflictDialog::editedHtml(const Place &place)
{
    QTextDocument *document = place.merged->document();
    if (document->toPlainText().trimmed().isEmpty())
        return {};
    // Whatever the typing did to the first block's id, the merge stays this block; blocks
    // the user split off get fresh ids.
    BodyTextConverter::setBlockId(document->firstBlock(), place.conflict.key);
    return BodyTextConverter::toHtml(document);
}

void ConflictDialog::mergedChanged(int index)
{
    if (m_updating)
        return;
    Place &place = m_places[index];
    if (isField(place.conflict)) {
        const QString text = place.merged->toPlainText();
        place.choice = text == textOf(place, u"local"_s) ? Choice::Mine
            : text == textOf(place, u"remote"_s)         ? Choice::Theirs
                                                         : Choice::Edited;
        return;
    }
    // Formatting counts: bolding a word of mine is an edit, not "mine".
    const QString html = editedHtml(place);
    place.choice = html == place.localHtml ? Choice::Mine : html == place.remoteHtml ? Choice::Theirs : Choice::Edited;
}

void ConflictDialog::chooseMine(int index)
{
    setChoice(index, Choice::Mine);
}

void ConflictDialog::chooseTheirs(int index)
{
    setChoice(index, Choice::Theirs);
}

void ConflictDialog::setMergedText(int index, const QString &text)
{
    Place &place = m_places[index];
    if (isField(place.conflict)) {
        place.merged->setPlainText(text); // textChanged decides the choice
        return;
    }
    const QString model = place.conflict.local.isEmpty() ? place.conflict.remote : place.conflict.local;
    loadMerged(place, text.trimmed().isEmpty() ? QString() : blockFromText(place.conflict.key, model, text));
    mergedChanged(index);
}

QString ConflictDialog::mergedText(int index) const
{
    return m_places.at(index).merged->toPlainText();
}

QString ConflictDialog::blockFromText(const QString &blockId, const QString &model, const QString &text)
{
    const QString tag = tagOf(model);
    const QString id = u" data-block=\""_s + blockId + u'"';
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    auto escaped = [](const QString &line) { return line.trimmed().toHtmlEscaped(); };
    if (tag == u"ul"_s || tag == u"ol"_s) {
        QString items;
        for (const QString &line : lines)
            items += u"<li>"_s + escaped(line) + u"</li>"_s;
        return u'<' + tag + id + u'>' + items + u"</"_s + tag + u'>';
    }
    if (tag == u"blockquote"_s) {
        QString paragraphs;
        for (const QString &line : lines)
            paragraphs += u"<p>"_s + escaped(line) + u"</p>"_s;
        return u"<blockquote"_s + id + u'>' + paragraphs + u"</blockquote>"_s;
    }
    const QString element = (tag == u"h2"_s || tag == u"h3"_s) ? tag : u"p"_s;
    QStringList parts;
    for (const QString &line : lines)
        parts << escaped(line);
    return u'<' + element + id + u'>' + parts.join(u"<br>"_s) + u"</"_s + element + u'>';
}

Article ConflictDialog::resolvedArticle(const Article &local) const
{
    QMap<QString, QString> fields = m_case.merged.fields;
    QList<BodyBlock> blocks = BlockIds::assign(m_case.merged.bodyHtml);
    for (const Place &place : m_places) {
        const MergeConflict &c = place.conflict;
        if (isField(c)) {
            fields.insert(c.key,
                place.choice == Choice::Mine         ? c.local
                    : place.choice == Choice::Theirs ? c.remote
                                                     : place.merged->toPlainText());
            continue;
        }
        QString html;
        if (place.choice == Choice::Mine)
            html = c.local;
        else if (place.choice == Choice::Theirs)
            html = c.remote;
        else
            html = editedHtml(place);
        const auto found
            = std::find_if(blocks.begin(), blocks.end(), [&](const BodyBlock &block) { return block.id == c.key; });
        if (html.isEmpty()) {
            if (found != blocks.end())
                blocks.erase(found);
        } else if (found != blocks.end()) {
            found->html = html;
        } else {
            blocks << BodyBlock {c.key, tagOf(html), html};
        }
    }
    Article article = local;
    article.headline = fields.value(u"title"_s);
    article.dek = fields.value(u"excerpt"_s);
    article.slug = fields.value(u"slug"_s);
    article.tags = fields.value(u"tags"_s).split(u'\n', Qt::SkipEmptyParts);
    article.bodyHtml = BlockIds::normalize(BlockIds::join(blocks));
    return article;
}

} // namespace Wiredesk
