#include "articleeditor.h"

#include "articledocument.h"
#include "bodyeditor.h"
#include "figuredialog.h"
#include "findreplacebar.h"
#include "paragraphedit.h"
#include "spellhighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

using Field = ArticleDocument::Field;

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

// Shown while the publication time is unset.
const QDateTime &unscheduled()
{
    static const QDateTime value(QDate(2000, 1, 1), QTime(0, 0));
    return value;
}

const char *const Languages[][2] = {
    {"en", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "English")},
    {"de", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "German")},
    {"fr", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "French")},
    {"es", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "Spanish")},
    {"it", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "Italian")},
    {"ru", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "Russian")},
    {"pt", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "Portuguese")},
    {"nl", QT_TRANSLATE_NOOP("Wiredesk::ArticleEditor", "Dutch")},
};

} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Article editor"));
    buildFields();
    connectFields();
    setArticle(Article {});
}

ArticleEditor::~ArticleEditor()
{
    // The body editor and fields must not call back into a half-destroyed document.
    disconnect(m_body, nullptr, this, nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
}

void ArticleEditor::buildFields()
{
    // Headline and dek wrap and grow with their text: a long headline is read whole.
    m_headline = new ParagraphEdit(this);
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setPlaceholderText(tr("Headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setLineRange(1, 3);
    m_dek = new ParagraphEdit(this);
    m_dek->setAccessibleName(tr("Dek"));
    m_dek->setPlaceholderText(tr("Dek: one or two sentences under the headline"));
    m_dek->setLineRange(2, 4);
    m_bylines = new QLineEdit(this);
    m_bylines->setAccessibleName(tr("Bylines"));
    m_bylines->setPlaceholderText(tr("Names, separated by commas"));
    m_section = new QLineEdit(this);
    m_section->setAccessibleName(tr("Section"));
    m_tags = new QLineEdit(this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_dateline = new QLineEdit(this);
    m_dateline->setAccessibleName(tr("Dateline"));
    m_dateline->setPlaceholderText(tr("Place, e.g. GENEVA"));
    m_published = new QDateTimeEdit(this);
    m_published->setAccessibleName(tr("Publication time"));
    m_published->setCalendarPopup(true);
    m_published->setMinimumDateTime(unscheduled());
    m_published->setSpecialValueText(tr("Not scheduled"));
    m_published->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_timeZone = new QComboBox(this);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_slug = new QLineEdit(this);
    m_slug->setAccessibleName(tr("Slug"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageField"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const auto &language : Languages)
        m_language->addItem(
            tr("%1 (%2)").arg(tr(language[1]), QLatin1StringView(language[0])), QString::fromLatin1(language[0]));
    m_imageSource = new QLineEdit(this);
    m_imageSource->setAccessibleName(tr("Lead image"));
    m_imageSource->setPlaceholderText(tr("File in the profile or https:// address"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    connect(browse, &QPushButton::clicked, this, &ArticleEditor::chooseLeadImage);
    m_imageCaption = new QLineEdit(this);
    m_imageCaption->setAccessibleName(tr("Lead image caption"));
    m_imageCredit = new QLineEdit(this);
    m_imageCredit->setAccessibleName(tr("Lead image credit"));
    m_imageAlt = new QLineEdit(this);
    m_imageAlt->setAccessibleName(tr("Lead image alt text"));

    m_body = new BodyEditor(this);
    m_body->setUndoRedoEnabled(false); // the article's undo stack is the one history
    // One dictionary for the whole article: a word learned in one field is learned in all.
    for (ParagraphEdit *field : {m_headline, m_dek}) {
        field->setSpellChecker(m_body->spellChecker());
        connect(m_body, &BodyEditor::spellingChanged, field, &ParagraphEdit::recheckSpelling);
        connect(field, &ParagraphEdit::spellingLearned, m_body, &BodyEditor::recheckSpelling);
    }
    m_findBar = new FindReplaceBar(m_body, this);

    m_toolBar = new QToolBar(tr("Formatting"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    const QList<QAction *> formatting = m_body->formattingActions();
    for (QAction *action : formatting) {
        m_toolBar->addAction(action);
        if (action == m_body->action(BodyEditor::Action::Link) || action == m_body->action(BodyEditor::Action::Quote)
            || action == m_body->action(BodyEditor::Action::NumberedList))
            m_toolBar->addSeparator();
    }
    // Short labels for the toolbar; menus keep the long ones.
    const QList<std::pair<BodyEditor::Action, QString>> labels = {
        {BodyEditor::Action::Strong, tr("B")},
        {BodyEditor::Action::Emphasis, tr("I")},
        {BodyEditor::Action::Link, tr("Link")},
        {BodyEditor::Action::Paragraph, tr("¶")},
        {BodyEditor::Action::Heading2, tr("H2")},
        {BodyEditor::Action::Heading3, tr("H3")},
        {BodyEditor::Action::Quote, tr("“ ”")},
        {BodyEditor::Action::BulletedList, tr("•")},
        {BodyEditor::Action::NumberedList, tr("1.")},
        {BodyEditor::Action::HorizontalRule, tr("—")},
        {BodyEditor::Action::Figure, tr("Image")},
    };
    for (const auto &[id, label] : labels) {
        m_body->action(id)->setIconText(label); // tool buttons show iconText, menus text
        if (QWidget *button = m_toolBar->widgetForAction(m_body->action(id))) {
            if (auto *tool = qobject_cast<QToolButton *>(button)) {
                if (id == BodyEditor::Action::Strong) {
                    QFont bold = tool->font();
                    bold.setBold(true);
                    tool->setFont(bold);
                } else if (id == BodyEditor::Action::Emphasis) {
                    QFont italic = tool->font();
                    italic.setItalic(true);
                    tool->setFont(italic);
                }
            }
        }
    }

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_checkSpelling = new QAction(tr("Check &Spelling While Typing"), this);
    m_checkSpelling->setCheckable(true);
    m_checkSpelling->setChecked(true);
    connect(m_checkSpelling, &QAction::toggled, this, [this](bool on) {
        m_body->spellHighlighter()->setEnabled(on);
        m_headline->setSpellCheckingEnabled(on);
        m_dek->setSpellCheckingEnabled(on);
    });
    m_find = new QAction(tr("&Find in Article…"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    m_replace = new QAction(tr("Find and &Replace…"), this);
    m_replace->setShortcut(QKeySequence(tr("Ctrl+H")));
    m_replace->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_replace, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    addActions({m_find, m_replace});

    // Layout: headline, dek and byline always; the rest under "Details".
    auto *top = new QFormLayout;
    top->addRow(tr("&Headline:"), m_headline);
    top->addRow(tr("&Dek:"), m_dek);
    auto *bylineRow = new QHBoxLayout;
    bylineRow->addWidget(m_bylines, 1);
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setObjectName(u"detailsToggle"_s);
    m_detailsToggle->setToolTip(tr("Section, tags, dateline, language, publication time, slug and lead image"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    bylineRow->addWidget(m_detailsToggle);
    auto *bylineLabel = new QLabel(tr("&Byline:"), this);
    bylineLabel->setBuddy(m_bylines); // a layout row gets no buddy from addRow(QString, …)
    top->addRow(bylineLabel, bylineRow);

    m_details = new QWidget(this);
    auto *grid = new QGridLayout(m_details);
    grid->setContentsMargins(0, 0, 0, 0);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Section:"), m_section), 0, 0);
    grid->addWidget(m_section, 0, 1);
    grid->addWidget(label(tr("&Tags:"), m_tags), 0, 2);
    grid->addWidget(m_tags, 0, 3);
    grid->addWidget(label(tr("Date&line:"), m_dateline), 1, 0);
    grid->addWidget(m_dateline, 1, 1);
    grid->addWidget(label(tr("Lan&guage:"), m_language), 1, 2);
    grid->addWidget(m_language, 1, 3);
    grid->addWidget(label(tr("&Publish:"), m_published), 2, 0);
    grid->addWidget(m_published, 2, 1);
    grid->addWidget(label(tr("&Zone:"), m_timeZone), 2, 2);
    grid->addWidget(m_timeZone, 2, 3);
    grid->addWidget(label(tr("Sl&ug:"), m_slug), 3, 0);
    grid->addWidget(m_slug, 3, 1, 1, 3);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_imageSource, 1);
    imageRow->addWidget(browse);
    grid->addWidget(label(tr("Lead i&mage:"), m_imageSource), 4, 0);
    grid->addLayout(imageRow, 4, 1, 1, 3);
    grid->addWidget(label(tr("Ca&ption:"), m_imageCaption), 5, 0);
    grid->addWidget(m_imageCaption, 5, 1, 1, 3);
    grid->addWidget(label(tr("C&redit:"), m_imageCredit), 6, 0);
    grid->addWidget(m_imageCredit, 6, 1);
    grid->addWidget(label(tr("&Alt text:"), m_imageAlt), 6, 2);
    grid->addWidget(m_imageAlt, 6, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_details->hide();
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);

    // One history: the fields' own undo must not swallow Ctrl+Z.
    for (QWidget *field : std::initializer_list<QWidget *> {m_headline, m_dek, m_bylines, m_section, m_tags, m_dateline,
             m_slug, m_imageSource, m_imageCaption, m_imageCredit, m_imageAlt, m_published, m_timeZone->lineEdit()})
        field->installEventFilter(this);
    addActions({m_undo, m_redo});
}

bool ArticleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not overridden: the undo/redo shortcut fires
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleEditor::connectFields()
{
    auto text = [this](QLineEdit *edit, Field field) {
        connect(
            edit, &QLineEdit::textEdited, this, [this, field](const QString &value) { setField(int(field), value); });
    };
    connect(m_headline, &ParagraphEdit::textEdited, this,
        [this](const QString &value) { setField(int(Field::Headline), value); });
    connect(
        m_dek, &ParagraphEdit::textEdited, this, [this](const QString &value) { setField(int(Field::Dek), value); });
    text(m_section, Field::Section);
    text(m_dateline, Field::Dateline);
    text(m_imageSource, Field::LeadImageSource);
    text(m_imageCaption, Field::LeadImageCaption);
    text(m_imageCredit, Field::LeadImageCredit);
    text(m_imageAlt, Field::LeadImageAlt);
    connect(m_bylines, &QLineEdit::textEdited, this,
        [this](const QString &value) { setField(int(Field::Bylines), splitList(value)); });
    connect(m_tags, &QLineEdit::textEdited, this,
        [this](const QString &value) { setField(int(Field::Tags), splitList(value)); });
    connect(m_slug, &QLineEdit::textEdited, this, [this](const QString &value) {
        m_slugFollowsHeadline = value.isEmpty();
        setField(int(Field::Slug), value);
    });
    // The slug follows the headline once the headline is done, as one separate step.
    connect(m_headline, &ParagraphEdit::editingFinished, this, [this] {
        if (!m_document || !m_slugFollowsHeadline)
            return;
        const QString slug = slugify(m_headline->text());
        if (slug != m_document->field(Field::Slug).toString())
            setField(int(Field::Slug), slug);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        setField(int(Field::Language), m_language->itemData(index).toString());
    });
    connect(m_published, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_updating)
            setField(int(Field::Published), publishedUtc());
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this](const QString &zone) {
        if (m_updating || !m_document || !QTimeZone(zone.toLatin1()).isValid())
            return;
        // The wall-clock time on screen stays; the instant moves with the zone.
        const QDateTime shown = m_published->dateTime();
        m_document->undoStack()->beginMacro(tr("Change time zone"));
        setField(int(Field::TimeZone), zone);
        if (shown != unscheduled())
            setField(int(Field::Published), QDateTime(shown.date(), shown.time(), QTimeZone(zone.toLatin1())).toUTC());
        m_document->undoStack()->endMacro();
    });
    connect(m_body, &BodyEditor::bodyEdited, this, &ArticleEditor::pushBody);
    connect(m_body, &BodyEditor::blockEdited, this, [this](const QString &blockId, const QString &html) {
        if (!m_document)
            return;
        m_pushingBody = true;
        const bool found = m_document->setBlockHtml(blockId, html);
        m_pushingBody = false;
        if (!found)
            pushBody(); // the document does not know the block: send the whole body
    });
}

QDateTime ArticleEditor::publishedUtc() const
{
    const QDateTime shown = m_published->dateTime();
    if (shown == unscheduled())
        return {};
    QTimeZone zone(m_timeZone->currentText().toLatin1());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime(shown.date(), shown.time(), zone).toUTC();
}

void ArticleEditor::setField(int field, const QVariant &value)
{
    if (m_updating || !m_document)
        return;
    m_document->setField(Field(field), value);
}

void ArticleEditor::pushBody()
{
    if (!m_document)
        return;
    m_pushingBody = true;
    m_document->setBodyHtml(m_body->bodyHtml());
    m_pushingBody = false;
}

void ArticleEditor::setArticle(const Article &article)
{
    auto document = std::make_unique<ArticleDocument>(article);
    setDocument(document.get());
    m_owned = std::move(document); // the previous owned document goes only now
}

void ArticleEditor::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_document && m_document->undoStack())
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    m_document = document;
    m_findBar->setUndoStack(document ? document->undoStack() : nullptr);
    if (document) {
        connect(document, &ArticleDocument::fieldChanged, this, [this](Field field) { showField(int(field)); });
        connect(document, &ArticleDocument::bodyChanged, this, &ArticleEditor::showBody);
        connect(document, &ArticleDocument::changed, this, &ArticleEditor::edited);
        connect(document->undoStack(), &QUndoStack::canUndoChanged, this, &ArticleEditor::updateUndoActions);
        connect(document->undoStack(), &QUndoStack::canRedoChanged, this, &ArticleEditor::updateUndoActions);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    const QString slug = document ? document->article().slug : QString();
    m_slugFollowsHeadline = slug.isEmpty() || (document && slug == slugify(document->article().headline));
    showAll();
    updateUndoActions();
    Q_EMIT documentReplaced();
}

ArticleDocument *ArticleEditor::document() const
{
    return m_document;
}

Article ArticleEditor::article() const
{
    return m_document ? m_document->article() : Article {};
}

void ArticleEditor::setAssetRoot(const QString &folder)
{
    m_assetRoot = folder;
    m_body->setAssetRoot(folder);
}

void ArticleEditor::setPersonalDictionaryPath(const QString &path)
{
    m_body->setPersonalDictionaryPath(path);
}

void ArticleEditor::updateUndoActions()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
}

void ArticleEditor::showAll()
{
    for (Field field : ArticleDocument::allFields())
        showField(int(field));
    m_updating = true;
    m_body->setLanguage(m_document ? m_document->article().language : u"en"_s);
    m_body->setBodyHtml(m_document ? m_document->article().bodyHtml : QString());
    m_updating = false;
}

void ArticleEditor::showField(int fieldNumber)
{
    if (!m_document)
        return;
    const Field field = Field(fieldNumber);
    const QVariant value = m_document->field(field);
    m_updating = true;
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0); // long headlines show their start
        }
    };
    auto setList = [](QLineEdit *edit, const QStringList &list) {
        if (splitList(edit->text()) != list) // keeps "a, " while someone types the next item
            edit->setText(list.join(u", "_s));
    };
    switch (field) {
    case Field::Headline:
        m_headline->setText(value.toString());
        break;
    case Field::Dek:
        m_dek->setText(value.toString());
        break;
    case Field::Bylines:
        setList(m_bylines, value.toStringList());
        break;
    case Field::Section:
        setText(m_section, value.toString());
        break;
    case Field::Tags:
        setList(m_tags, value.toStringList());
        break;
    case Field::Dateline:
        setText(m_dateline, value.toString());
        break;
    case Field::Published:
    case Field::TimeZone: {
        const QString zoneId = m_document->article().timeZone;
        if (field == Field::TimeZone && m_timeZone->currentText() != zoneId)
            m_timeZone->setCurrentText(zoneId);
        const QDateTime utc = m_document->article().published;
        QTimeZone zone(zoneId.toLatin1());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QDateTime local = utc.isValid() ? utc.toTimeZone(zone) : QDateTime();
        const QDateTime shown = local.isValid() ? QDateTime(local.date(), local.time()) : unscheduled();
        if (m_published->dateTime() != shown)
            m_published->setDateTime(shown);
        break;
    }
    case Field::Slug:
        setText(m_slug, value.toString());
        break;
    case Field::Language: {
        const QString code = value.toString();
        int index = m_language->findData(code);
        if (index < 0 && !code.isEmpty()) {
            m_language->addItem(code, code);
            index = m_language->count() - 1;
        }
        m_language->setCurrentIndex(index);
        m_body->setLanguage(code);
        break;
    }
    case Field::LeadImageSource:
        setText(m_imageSource, value.toString());
        break;
    case Field::LeadImageCaption:
        setText(m_imageCaption, value.toString());
        break;
    case Field::LeadImageCredit:
        setText(m_imageCredit, value.toString());
        break;
    case Field::LeadImageAlt:
        setText(m_imageAlt, value.toString());
        break;
    }
    m_updating = false;
}

void ArticleEditor::showBody(const QStringList &changedIds)
{
    if (m_pushingBody || !m_document)
        return;
    // Undo, redo or a restored revision: reload and put the cursor where the change is.
    const QString previousBlock = m_body->currentBlockId();
    const int offset = m_body->textCursor().positionInBlock();
    m_body->setBodyHtml(m_document->article().bodyHtml);
    for (const QString &id : changedIds) {
        if (m_body->moveCursorToBlock(id, id == previousBlock ? offset : std::numeric_limits<int>::max()))
            return;
    }
    m_body->moveCursorToBlock(previousBlock, offset);
}

void ArticleEditor::chooseLeadImage()
{
    FigureDialog dialog(m_assetRoot, this);
    dialog.setWindowTitle(tr("Lead Image"));
    if (!m_document || dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->beginMacro(tr("Set lead image"));
    setField(int(Field::LeadImageSource), dialog.source());
    if (!dialog.caption().isEmpty())
        setField(int(Field::LeadImageCaption), dialog.caption());
    if (!dialog.credit().isEmpty())
        setField(int(Field::LeadImageCredit), dialog.credit());
    if (!dialog.alt().isEmpty())
        setField(int(Field::LeadImageAlt), dialog.alt());
    m_document->undoStack()->endMacro();
}

QString ArticleEditor::slugify(const QString &headline)
{
    // Decompose accents away (é → e), keep ASCII letters and digits, hyphens between words.
    const QString decomposed = headline.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            pendingHyphen = false;
            slug += c;
        } else if (c.category() != QChar::Mark_NonSpacing && c != u'\'' && c != QChar(0x2019)) {
            pendingHyphen = true;
        }
    }
    return slug.left(80);
}

} // namespace Wiredesk
