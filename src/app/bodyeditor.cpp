#include "bodyeditor.h"

#include "bodytextconverter.h"
#include "figuredialog.h"
#include "htmlsanitizer.h"
#include "semanticcolors.h"
#include "spellchecker.h"
#include "spellhighlighter.h"
#include "spellingmenu.h"
#include "typographyrules.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTimer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// Pastes above this size get a busy cursor before the work starts (cleaning a 5 MB page
// takes longer than the 100 ms people notice).
constexpr qsizetype LargePaste = 256 * 1024;
constexpr int MaxImageWidth = 560;

bool isAllowedLink(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

QImage placeholderImage(const QString &label)
{
    QImage image(MaxImageWidth, 200, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xe8, 0xe8));
    QPainter painter(&image);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawText(image.rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, label);
    return image;
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QTextEdit(parent)
    , m_speller(std::make_unique<SpellChecker>())
{
    setAccessibleName(tr("Article body"));
    setAcceptRichText(true);
    setTabChangesFocus(true);
    document()->setDocumentMargin(16);
    m_highlighter = new SpellHighlighter(m_speller.get(), document());
    createActions();
    // Scroll sync: tell the preview which block is at the top once scrolling pauses.
    auto *scrollPause = new QTimer(this);
    scrollPause->setSingleShot(true);
    scrollPause->setInterval(40);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this, scrollPause] {
        if (!m_scrollingToBlock)
            scrollPause->start();
    });
    connect(scrollPause, &QTimer::timeout, this, [this] { Q_EMIT topBlockChanged(topBlockId()); });
    connect(document(), &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        if (m_loading)
            return;
        const int end = position + std::max(removed, added);
        m_changeFrom = m_changeFrom < 0 ? position : std::min(m_changeFrom, position);
        m_changeTo = std::max(m_changeTo, end);
    });
    connect(document(), &QTextDocument::contentsChanged, this, &BodyEditor::onContentsChanged);
    connect(this, &QTextEdit::cursorPositionChanged, this, &BodyEditor::updateActions);
    connect(this, &QTextEdit::cursorPositionChanged, this, &BodyEditor::updateCitationAtCursor);
    connect(this, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateActions);
    setLanguage(u"en"_s);
}

BodyEditor::~BodyEditor()
{
    // No edit reports while tearing down (removing the highlighter touches the document);
    // the highlighter refers to the checker, so it goes first.
    m_loading = true;
    disconnect(document(), nullptr, this, nullptr);
    delete m_highlighter;
    m_highlighter = nullptr;
}

void BodyEditor::createActions()
{
    auto make = [this](Action id, const QString &text, const QList<QKeySequence> &keys, const QString &tip, auto slot,
                    bool checkable = false) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(checkable);
        const QString shortcut = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
        action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(id, action);
        return action;
    };
    make(
        Action::Strong, tr("&Strong"), {QKeySequence::Bold}, tr("Strong emphasis"), [this] { toggleStrong(); }, true);
    make(
        Action::Emphasis, tr("&Emphasis"), {QKeySequence::Italic}, tr("Emphasis"), [this] { toggleEmphasis(); }, true);
    make(Action::Link, tr("&Link…"), {QKeySequence(tr("Ctrl+K"))}, tr("Add or change a link"), [this] { editLink(); });
    make(
        Action::Paragraph, tr("&Paragraph"), {QKeySequence(tr("Ctrl+Alt+0"))}, tr("Paragraph"),
        [this] { setBlockKind(u"p"_s); }, true);
    make(
        Action::Heading2, tr("Subheading &1"), {QKeySequence(tr("Ctrl+Alt+2"))}, tr("Subheading"),
        [this] { setBlockKind(u"h2"_s); }, true);
    make(
        Action::Heading3, tr("Subheading &2"), {QKeySequence(tr("Ctrl+Alt+3"))}, tr("Minor subheading"),
        [this] { setBlockKind(u"h3"_s); }, true);
    make(
        Action::Quote, tr("Block &Quote"), {QKeySequence(tr("Ctrl+Shift+.")), QKeySequence(tr("Ctrl+>"))},
        tr("Block quote"), [this] { setBlockKind(u"blockquote"_s); }, true);
    make(
        Action::NumberedList, tr("&Numbered List"), {QKeySequence(tr("Ctrl+Shift+7")), QKeySequence(tr("Ctrl+&"))},
        tr("Numbered list"), [this] { toggleList(true); }, true);
    make(
        Action::BulletedList, tr("&Bulleted List"), {QKeySequence(tr("Ctrl+Shift+8")), QKeySequence(tr("Ctrl+*"))},
        tr("Bulleted list"), [this] { toggleList(false); }, true);
    make(Action::HorizontalRule, tr("Horizontal &Rule"), {}, tr("Insert a horizontal rule"), [this] {
        QTextCursor cursor = textCursor();
        BodyTextConverter::insertHorizontalRule(&cursor);
        setTextCursor(cursor);
    });
    make(Action::Figure, tr("&Image…"), {QKeySequence(tr("Ctrl+Alt+I"))}, tr("Insert an image with caption"),
        [this] { chooseFigure(); });
    updateActions();
}

QList<QAction *> BodyEditor::formattingActions() const
{
    QList<QAction *> list;
    for (Action id :
        {Action::Strong, Action::Emphasis, Action::Link, Action::Paragraph, Action::Heading2, Action::Heading3,
            Action::Quote, Action::BulletedList, Action::NumberedList, Action::HorizontalRule, Action::Figure})
        list << m_actions.value(id);
    return list;
}

void BodyEditor::setBodyHtml(const QString &html)
{
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    BodyTextConverter::load(document(), html);
    rememberExport(BodyTextConverter::toHtml(document()));
    m_loading = false;
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
    updateActions();
    applyHighlight();
}

QString BodyEditor::bodyHtml()
{
    rememberExport(BodyTextConverter::toHtml(document()));
    return m_lastHtml;
}

void BodyEditor::rememberExport(const QString &html)
{
    m_lastHtml = html;
    m_lastBlocks.clear();
    for (const QString &line : html.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype start = line.indexOf(u"data-block=\""_s);
        if (start >= 0)
            m_lastBlocks.insert(line.mid(start + 12, 8), line);
    }
    m_exportedBlockCount = document()->blockCount();
}

void BodyEditor::onContentsChanged()
{
    const int from = m_changeFrom;
    const int to = m_changeTo;
    m_changeFrom = m_changeTo = -1;
    if (m_loading)
        return;
    // Typing inside one paragraph: export just that block.
    if (from >= 0 && document()->blockCount() == m_exportedBlockCount) {
        const QTextBlock block = document()->findBlock(from);
        const QTextBlock last = document()->findBlock(std::max(from, to - 1));
        const QString id = BodyTextConverter::blockId(block);
        if (block.isValid() && block == last && !block.textList() && m_lastBlocks.contains(id)) {
            const QString html = BodyTextConverter::blockHtml(block);
            if (!html.isEmpty()) {
                if (html == m_lastBlocks.value(id))
                    return; // formats of the spell checker or a no-op edit
                m_lastBlocks.insert(id, html);
                m_lastHtml.clear();
                Q_EMIT blockEdited(id, html);
                return;
            }
        }
    }
    const QString html = BodyTextConverter::toHtml(document());
    if (html == m_lastHtml)
        return;
    rememberExport(html);
    Q_EMIT bodyEdited();
}

void BodyEditor::setLanguage(const QString &language)
{
    if (language == m_language && m_speller->isReady())
        return;
    m_language = language;
    m_speller->setLanguage(language.isEmpty() ? u"en"_s : language);
    recheckSpelling();
}

void BodyEditor::setPersonalDictionaryPath(const QString &path)
{
    m_speller->setPersonalDictionaryPath(path);
    recheckSpelling();
}

void BodyEditor::recheckSpelling()
{
    m_highlighter->rehighlight();
    Q_EMIT spellingChanged();
}

bool BodyEditor::moveCursorToBlock(const QString &blockId, int offset)
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (BodyTextConverter::blockId(block) == blockId) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + std::clamp(offset, 0, block.length() - 1));
            setTextCursor(cursor);
            ensureCursorVisible();
            return true;
        }
    }
    return false;
}

QString BodyEditor::currentBlockId() const
{
    QTextBlock block = textCursor().block();
    // List items after the first carry no id of their own: the list's id is on its first item.
    if (QTextList *list = block.textList())
        block = list->item(0);
    return BodyTextConverter::blockId(block);
}

// --- formatting -----------------------------------------------------------------------

void BodyEditor::toggleStrong()
{
    QTextCharFormat format;
    format.setFontWeight(textCursor().charFormat().fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    mergeCurrentCharFormat(format);
}

void BodyEditor::toggleEmphasis()
{
    QTextCharFormat format;
    format.setFontItalic(!textCursor().charFormat().fontItalic());
    mergeCurrentCharFormat(format);
}

void BodyEditor::editLink()
{
    const QString current = textCursor().charFormat().anchorHref();
    bool ok = false;
    const QString href = QInputDialog::getText(this, tr("Link"),
        tr("Address (http, https or mailto); leave empty to remove the link:"), QLineEdit::Normal,
        current.isEmpty() ? u"https://"_s : current, &ok)
                             .trimmed();
    if (!ok)
        return;
    if (!href.isEmpty() && !isAllowedLink(href)) {
        QMessageBox::warning(this, tr("Link"), tr("“%1” is not an http, https or mailto address.").arg(href));
        return;
    }
    applyLink(href);
}

void BodyEditor::applyLink(const QString &href)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (href.isEmpty()) {
        QTextCharFormat plain;
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.setForeground(palette().text());
        if (!cursor.hasSelection())
            cursor.select(QTextCursor::WordUnderCursor);
        cursor.mergeCharFormat(plain);
        plain.clearProperty(QTextFormat::AnchorHref);
    } else if (!isAllowedLink(href)) {
        cursor.endEditBlock();
        return;
    } else if (cursor.hasSelection()) {
        cursor.mergeCharFormat(BodyTextConverter::linkFormat(href));
    } else {
        QTextCharFormat format = cursor.charFormat();
        format.merge(BodyTextConverter::linkFormat(href));
        cursor.insertText(href, format);
        QTextCharFormat after = format;
        after.setAnchor(false);
        after.setAnchorHref(QString());
        after.setFontUnderline(false);
        after.clearForeground();
        cursor.setCharFormat(after);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void BodyEditor::setBlockKind(const QString &tag)
{
    QTextCursor cursor = textCursor();
    BodyTextConverter::setBlockKind(&cursor, tag);
    setTextCursor(cursor);
    updateActions();
}

void BodyEditor::toggleList(bool numbered)
{
    QTextCursor cursor = textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        if (list->format().style() == style) {
            BodyTextConverter::setBlockKind(&cursor, u"p"_s); // takes the blocks out of the list
        } else {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        }
    } else {
        BodyTextConverter::setBlockKind(&cursor, u"p"_s);
        QTextListFormat format;
        format.setStyle(style);
        format.setIndent(1);
        QTextBlockFormat item;
        item.setBottomMargin(4);
        cursor.mergeBlockFormat(item);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    updateActions();
}

void BodyEditor::chooseFigure()
{
    FigureDialog dialog(m_assetRoot, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    insertFigure(dialog.source(), dialog.alt(), dialog.caption(), dialog.credit());
}

void BodyEditor::insertFigure(const QString &source, const QString &alt, const QString &caption, const QString &credit)
{
    // Caption and credit share the one figcaption, separated by a line break (<br>), the
    // form the article format documents for body figures.
    QString text = caption.trimmed();
    const QString by = credit.trimmed();
    if (!by.isEmpty())
        text += (text.isEmpty() ? QString() : QString(QChar(QChar::LineSeparator))) + by;
    QTextCursor cursor = textCursor();
    BodyTextConverter::insertFigure(&cursor, source, alt, text);
    setTextCursor(cursor);
}

void BodyEditor::updateActions()
{
    if (m_actions.isEmpty())
        return;
    const QTextCursor cursor = textCursor();
    const QTextCharFormat chars = cursor.charFormat();
    const QString tag = BodyTextConverter::blockTag(cursor.block());
    m_actions.value(Action::Strong)->setChecked(chars.fontWeight() >= QFont::Bold && !tag.startsWith(u'h'));
    m_actions.value(Action::Emphasis)->setChecked(chars.fontItalic());
    m_actions.value(Action::Paragraph)->setChecked(tag == u"p");
    m_actions.value(Action::Heading2)->setChecked(tag == u"h2");
    m_actions.value(Action::Heading3)->setChecked(tag == u"h3");
    m_actions.value(Action::Quote)->setChecked(tag == u"blockquote");
    m_actions.value(Action::NumberedList)->setChecked(tag == u"ol");
    m_actions.value(Action::BulletedList)->setChecked(tag == u"ul");
}

// --- typing ---------------------------------------------------------------------------

bool BodyEditor::event(QEvent *event)
{
    // Undo and redo belong to the article's one history (the window's actions), not to
    // QTextEdit's own stack, which is switched off.
    if (event->type() == QEvent::ShortcutOverride && !isUndoRedoEnabled()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return false;
        }
    }
    if (event->type() == QEvent::PaletteChange)
        applyHighlight(); // the chosen source's colours for the new palette (dark mode)
    return QTextEdit::event(event);
}

void BodyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_typography && applyTypography(event))
        return;
    // Enter at the start of a paragraph opens a new one above: the id stays with the text.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !isReadOnly()
        && !(event->modifiers() & ~Qt::KeypadModifier) && !textCursor().hasSelection() && textCursor().atBlockStart()
        && !textCursor().currentList()) {
        QTextCursor cursor = textCursor();
        BodyTextConverter::splitBlock(&cursor);
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool BodyEditor::applyTypography(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() != 1 || (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) || isReadOnly())
        return false;
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const auto replacement = TypographyRules::apply(before, text.at(0), m_language);
    if (!replacement)
        return false;
    cursor.beginEditBlock();
    for (int i = 0; i < replacement->removeBefore; ++i)
        cursor.deletePreviousChar();
    cursor.insertText(replacement->insert);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

// --- spelling -------------------------------------------------------------------------

void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor word = cursorForPosition(event->pos());
    word.select(QTextCursor::WordUnderCursor);
    SpellingMenu::prepend(
        menu.get(), word, m_highlighter->isEnabled() ? m_speller.get() : nullptr,
        [this](const QTextCursor &replaced) { setTextCursor(replaced); }, [this] { recheckSpelling(); });
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    menu->exec(event->globalPos());
}

// --- paste and drop -------------------------------------------------------------------

bool BodyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasHtml())
        insertUntrustedHtml(source->html());
    else if (source->hasText())
        insertPlainText(source->text());
}

void BodyEditor::insertUntrustedHtml(const QString &html)
{
    QElapsedTimer timer;
    timer.start();
    const bool large = html.size() > LargePaste;
    if (large)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString clean = HtmlSanitizer(HtmlSanitizer::Schema::Article).sanitize(html);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    BodyTextConverter::insertHtml(&cursor, clean);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    if (large)
        QApplication::restoreOverrideCursor();
    if (large || timer.elapsed() > 100)
        Q_EMIT slowPaste(timer.elapsed());
}

bool BodyEditor::looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression markers(
        u"(^|\\n)(#{1,6} |> |[-*+] |\\d+\\. |---\\s*$)|\\*\\*[^*\\n]+\\*\\*|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)"_s);
    return markers.match(text).hasMatch();
}

void BodyEditor::insertPlainText(const QString &text)
{
    if (m_markdown && looksLikeMarkdown(text)) {
        insertUntrustedHtml(m_markdown(text));
        return;
    }
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    if (!normalized.contains(u'\n')) {
        textCursor().insertText(normalized);
        return;
    }
    // Blank lines separate paragraphs; single line breaks inside one stay line breaks.
    static const QRegularExpression blank(u"\\n\\s*\\n"_s);
    QString html;
    for (const QString &paragraph : normalized.split(blank, Qt::SkipEmptyParts)) {
        QString escaped = paragraph.trimmed().toHtmlEscaped();
        escaped.replace(u'\n', u"<br>"_s);
        html += u"<p>"_s + escaped + u"</p>"_s;
    }
    QTextCursor cursor = textCursor();
    BodyTextConverter::insertHtml(&cursor, html);
    setTextCursor(cursor);
}

QMimeData *BodyEditor::createMimeDataFromSelection() const
{
    // Copies carry the article's own HTML, so strong, links and citations survive a paste
    // back (through the sanitizer like any other paste).
    auto *data = new QMimeData;
    const QTextDocumentFragment fragment = textCursor().selection();
    QTextDocument scratch;
    QTextCursor(&scratch).insertFragment(fragment);
    data->setHtml(BodyTextConverter::toHtml(&scratch));
    QString text = fragment.toPlainText();
    text.replace(QChar(QChar::LineSeparator), u'\n');
    text.replace(QChar(QChar::Nbsp), u' ');
    data->setText(text);
    return data;
}

QVariant BodyEditor::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextEdit::loadResource(type, name);
    // Remote images are never fetched by the editor; local ones resolve against the profile.
    const QString scheme = name.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return placeholderImage(tr("Remote image\n%1").arg(name.toString()));
    QString path = name.isLocalFile() ? name.toLocalFile() : name.toString(QUrl::PreferLocalFile);
    if (QFileInfo(path).isRelative() && !m_assetRoot.isEmpty())
        path = m_assetRoot + u'/' + path;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > MaxImageWidth)
        reader.setScaledSize(size.scaled(MaxImageWidth, MaxImageWidth * 4, Qt::KeepAspectRatio));
    else if (!size.isValid() && path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        reader.setScaledSize(QSize(MaxImageWidth, MaxImageWidth * 9 / 16));
    const QImage image = reader.read();
    if (image.isNull())
        return placeholderImage(tr("Image not found\n%1").arg(name.toString()));
    return image;
}

bool BodyEditor::citeSelection(const QStringList &sourceIds)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || sourceIds.isEmpty())
        return false;
    // Keep what the start of the selection already cites: a claim may rest on several sources.
    QTextCursor start(document());
    start.setPosition(cursor.selectionStart() + 1);
    QStringList ids
        = start.charFormat().property(BodyTextConverter::CitationProperty).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &id : sourceIds) {
        if (!ids.contains(id))
            ids << id;
    }
    cursor.mergeCharFormat(BodyTextConverter::citationFormat(ids.join(u' ')));
    return true;
}

QString BodyEditor::topBlockId() const
{
    // New blocks get their id when the body is next exported; the nearest block above with
    // one stands in until then.
    for (QTextBlock block = cursorForPosition(QPoint(4, 4)).block(); block.isValid(); block = block.previous()) {
        const QString id = BodyTextConverter::blockId(block);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

void BodyEditor::scrollToBlock(const QString &blockId)
{
    if (blockId.isEmpty() || blockId == topBlockId())
        return;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (BodyTextConverter::blockId(block) != blockId)
            continue;
        const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
        m_scrollingToBlock = true;
        verticalScrollBar()->setValue(int(rect.top()));
        m_scrollingToBlock = false;
        return;
    }
}

// --- citations ------------------------------------------------------------------------

QList<BodyEditor::CitedSpan> BodyEditor::citedSpans() const
{
    QList<CitedSpan> spans;
    QString blockId;
    int number = 0;
    CitedSpan *open = nullptr; // the span the previous fragment belonged to, if it continues
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        // List items after the first carry no id: they count under their list's id, like
        // CitationExtractor counts the spans of a <ul> block.
        QTextBlock owner = block;
        if (QTextList *list = block.textList())
            owner = list->item(0);
        const QString id = BodyTextConverter::blockId(owner);
        if (id != blockId || id.isEmpty()) {
            blockId = id;
            number = 0;
        }
        open = nullptr; // a span never continues across blocks (list items are separate spans)
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QString ids = fragment.charFormat().property(BodyTextConverter::CitationProperty).toString();
            if (ids.trimmed().isEmpty()) {
                open = nullptr;
                continue;
            }
            const QStringList list = ids.split(u' ', Qt::SkipEmptyParts);
            if (open && open->sourceIds == list && open->end == fragment.position()) {
                open->end = fragment.position() + fragment.length(); // e.g. a strong word inside the span
                open->text += fragment.text();
                continue;
            }
            CitedSpan span;
            span.blockId = blockId;
            span.number = ++number;
            span.start = fragment.position();
            span.end = fragment.position() + fragment.length();
            span.sourceIds = list;
            span.text = fragment.text();
            spans << span;
            open = &spans.last();
        }
    }
    for (CitedSpan &span : spans)
        span.text.replace(QChar(QChar::LineSeparator), u' ');
    return spans;
}

void BodyEditor::highlightSources(const QStringList &sourceIds)
{
    m_highlighted = sourceIds;
    applyHighlight();
}

void BodyEditor::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_highlighted.isEmpty()) {
        QTextCharFormat format;
        // Stronger than the pale tint every cited span has, and underlined, so the spans of
        // the chosen source stand out among the other citations.
        format.setBackground(SemanticColors::color(SemanticColors::Role::StrongHighlightBackground, palette()));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(SemanticColors::color(SemanticColors::Role::StrongHighlightLine, palette()));
        format.setProperty(QTextFormat::FullWidthSelection, false);
        for (const CitedSpan &span : citedSpans()) {
            const bool cites = std::any_of(span.sourceIds.cbegin(), span.sourceIds.cend(),
                [this](const QString &id) { return m_highlighted.contains(id); });
            if (!cites)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(span.start);
            selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
            selection.format = format;
            selections << selection;
        }
    }
    setExtraSelections(selections);
}

bool BodyEditor::selectCitation(const QString &blockId, int number)
{
    for (const CitedSpan &span : citedSpans()) {
        if (span.blockId != blockId || span.number != number)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        // The caller scrolls the preview to the span itself; this scroll is not announced, or
        // scroll sync would move the preview to whatever block ends up at the editor's top.
        m_scrollingToBlock = true;
        setTextCursor(cursor);
        const QRectF rect = document()->documentLayout()->blockBoundingRect(document()->findBlock(span.start));
        verticalScrollBar()->setValue(int(rect.top()));
        m_scrollingToBlock = false;
        return true;
    }
    return false;
}

QStringList BodyEditor::sourcesAtCursor() const
{
    const QTextCursor cursor = textCursor();
    // The character after the cursor decides (the one before at the end of a block), so a
    // cursor at the first letter of a cited span is inside it.
    QTextCursor probe(document());
    const int position = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    probe.setPosition(std::min(position + 1, document()->characterCount() - 1));
    if (probe.block() != cursor.block() && !cursor.hasSelection())
        probe.setPosition(position);
    return probe.charFormat().property(BodyTextConverter::CitationProperty).toString().split(u' ', Qt::SkipEmptyParts);
}

void BodyEditor::updateCitationAtCursor()
{
    const QStringList ids = sourcesAtCursor();
    if (ids == m_sourcesAtCursor)
        return;
    m_sourcesAtCursor = ids;
    Q_EMIT citedSourcesAtCursorChanged(ids);
}

bool BodyEditor::selectSentenceAt(const QPoint &viewportPos)
{
    const QTextCursor at = cursorForPosition(viewportPos);
    const QTextBlock block = at.block();
    const QString text = block.text();
    if (text.trimmed().isEmpty())
        return false;
    const int offset = std::clamp(at.positionInBlock(), 0, int(text.size()) - 1);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(offset);
    int start = finder.isAtBoundary() ? offset : int(finder.toPreviousBoundary());
    finder.setPosition(offset);
    int end = int(finder.toNextBoundary());
    if (start < 0)
        start = 0;
    if (end < 0 || end <= start)
        end = int(text.size());
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end <= start)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    return true;
}

bool BodyEditor::citeSentenceAt(const QPoint &viewportPos, const QStringList &sourceIds)
{
    if (sourceIds.isEmpty() || !selectSentenceAt(viewportPos))
        return false;
    return citeSelection(sourceIds);
}

bool BodyEditor::isCitationDrag(const QMimeData *data)
{
    return data->hasFormat(QString::fromLatin1(SourceIdsMimeType))
        || data->hasFormat(u"application/x-wiredesk-wire-items"_s);
}

void BodyEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (isCitationDrag(event->mimeData()) && !isReadOnly()) {
        event->acceptProposedAction();
        return;
    }
    QTextEdit::dragEnterEvent(event);
}

void BodyEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (isCitationDrag(event->mimeData()) && !isReadOnly()) {
        event->acceptProposedAction();
        return;
    }
    QTextEdit::dragMoveEvent(event);
}

void BodyEditor::dropEvent(QDropEvent *event)
{
    // Sources and wire items dropped on the text cite the sentence under the drop point
    // instead of inserting their text.
    const QMimeData *data = event->mimeData();
    const QPoint pos = event->position().toPoint();
    if (data->hasFormat(QString::fromLatin1(SourceIdsMimeType))) {
        const QStringList ids
            = QString::fromUtf8(data->data(QString::fromLatin1(SourceIdsMimeType))).split(u' ', Qt::SkipEmptyParts);
        citeSentenceAt(pos, ids);
        event->acceptProposedAction();
        return;
    }
    if (data->hasFormat(u"application/x-wiredesk-wire-items"_s)) {
        QList<qint64> ids;
        const QJsonArray items = QJsonDocument::fromJson(data->data(u"application/x-wiredesk-wire-items"_s)).array();
        for (const QJsonValue &item : items) {
            const qint64 id = item.toObject().value(u"id"_s).toInteger();
            if (id > 0)
                ids << id;
        }
        if (!ids.isEmpty() && selectSentenceAt(pos))
            Q_EMIT wireItemsDropped(ids);
        event->acceptProposedAction();
        return;
    }
    QTextEdit::dropEvent(event);
}

} // namespace Wiredesk
