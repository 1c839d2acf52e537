#pragma once

#include <QHash>
#include <QTextEdit>

#include <memory>

class QAction;

namespace Wiredesk {

class SpellChecker;
class SpellHighlighter;

/// The WYSIWYG editor of an article body.
///
/// Holds the body as a QTextDocument built by BodyTextConverter, so every block keeps its
/// stable id. Formatting is offered as QActions with the usual shortcuts (for the toolbar
/// and menus); whatever comes in through paste or drop is cleaned down to the article
/// schema by HtmlSanitizer first; quotes and dashes are made typographic as you type in the
/// article's language; misspellings are underlined and the context menu offers
/// suggestions, "Add to Dictionary" and "Ignore". bodyEdited() fires once per user change
/// (not for setBodyHtml()), after which bodyHtml() is the new body.
class BodyEditor final : public QTextEdit
{
    Q_OBJECT

public:
    enum class Action {
        Strong,
        Emphasis,
        Link,
        Paragraph,
        Heading2,
        Heading3,
        Quote,
        NumberedList,
        BulletedList,
        HorizontalRule,
        Figure,
    };
    Q_ENUM(Action)

    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    /// Replaces the body without emitting bodyEdited(); the cursor stays near where it was.
    void setBodyHtml(const QString &html);
    /// Marks the selected text as citing @p sourceIds (added to any it already cites).
    /// Returns false, changing nothing, when nothing is selected.
    bool citeSelection(const QStringList &sourceIds);
    /// One cited span as the editor holds it: the top-level block (list items count under
    /// their list's id), its number among the block's cited spans from 1 — the numbering
    /// CitationExtractor gives citation ids ("<block>/<n>") — its document positions, the
    /// sources it cites and its text.
    struct CitedSpan {
        QString blockId;
        int number = 0;
        int start = 0;
        int end = 0;
        QStringList sourceIds;
        QString text;
        QString citationId() const { return blockId + u'/' + QString::number(number); }
    };
    QList<CitedSpan> citedSpans() const;
    /// Highlights every span citing one of @p sourceIds (extra selections); empty clears.
    void highlightSources(const QStringList &sourceIds);
    QStringList highlightedSources() const { return m_highlighted; }
    /// Selects the @p number-th cited span of block @p blockId and scrolls to it.
    bool selectCitation(const QString &blockId, int number);
    /// The sources cited where the cursor is; empty outside cited text.
    QStringList sourcesAtCursor() const;
    /// Selects the sentence under @p viewportPos (a drop point) and cites @p sourceIds there.
    bool citeSentenceAt(const QPoint &viewportPos, const QStringList &sourceIds);
    /// Selects the sentence under @p viewportPos; false when the point is on no text.
    bool selectSentenceAt(const QPoint &viewportPos);
    /// Actions added at the end of the context menu (e.g. "Cite Source…").
    void addContextMenuAction(QAction *action) { m_contextActions << action; }
    /// The MIME type of dragged article sources (the provenance sidebar): ids separated by spaces.
    static constexpr const char *SourceIdsMimeType = "application/x-wiredesk-source-ids";

    /// The id of the first block visible at the top of the editor (scroll sync).
    QString topBlockId() const;
    /// Scrolls so that the block with @p blockId is at the top, without moving the cursor
    /// and without announcing it as the user's scroll.
    void scrollToBlock(const QString &blockId);
    /// The body as article HTML, one block per line (assigns ids to new blocks).
    QString bodyHtml();

    /// The article's language: picks the typography rules and the spelling dictionary.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setPersonalDictionaryPath(const QString &path);
    SpellChecker *spellChecker() const { return m_speller.get(); }
    SpellHighlighter *spellHighlighter() const { return m_highlighter; }
    /// Checks the body's words again and tells the fields that share its checker
    /// (spellingChanged()): after a word was learned, the language or dictionary changed.
    void recheckSpelling();
    void setTypographyEnabled(bool enabled) { m_typography = enabled; }
    bool isTypographyEnabled() const { return m_typography; }
    /// Folder that relative image sources resolve against (the profile).
    void setAssetRoot(const QString &folder) { m_assetRoot = folder; }

    QAction *action(Action action) const { return m_actions.value(action); }
    QList<QAction *> formattingActions() const;

    /// Applies a link to the selection (or inserts @p href as linked text); an empty
    /// @p href removes links from the selection.
    void applyLink(const QString &href);
    /// Inserts a figure after the current block.
    void insertFigure(const QString &source, const QString &alt, const QString &caption, const QString &credit);
    /// Inserts HTML from outside (a paste) after sanitizing it to the article schema.
    void insertUntrustedHtml(const QString &html);
    /// Inserts plain text; text that looks like Markdown is converted when a converter is set.
    void insertPlainText(const QString &text);

    /// Turns Markdown into HTML for pastes (set by the app when a converter exists).
    void setMarkdownConverter(std::function<QString(const QString &)> converter) { m_markdown = std::move(converter); }
    static bool looksLikeMarkdown(const QString &text);

    /// Moves the cursor into the block with @p blockId (start of it); false if none.
    bool moveCursorToBlock(const QString &blockId, int offset = 0);
    /// The id of the block the cursor is in (after the last export), empty if unknown.
    QString currentBlockId() const;

Q_SIGNALS:
    /// The user scrolled: this block is now at the top.
    void topBlockChanged(const QString &blockId);
    /// The body changed in more than one block (or its structure): bodyHtml() is new.
    void bodyEdited();
    /// Typing changed only the block @p blockId (not a list), now @p html; the rest of the
    /// body is as before. Cheaper than bodyEdited() on long articles.
    void blockEdited(const QString &blockId, const QString &html);
    /// The cursor moved into (or out of) text citing these sources.
    void citedSourcesAtCursorChanged(const QStringList &sourceIds);
    /// Wire items (their ids) were dropped on the text; the sentence under the drop point is
    /// selected, ready to be cited.
    void wireItemsDropped(const QList<qint64> &itemIds);
    /// A paste was larger or slower than usual (milliseconds spent cleaning and inserting).
    void slowPaste(qint64 milliseconds);
    /// The spelling dictionary, its language or the words learned changed: other fields
    /// checked with spellChecker() (headline, dek) should check again.
    void spellingChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    bool m_scrollingToBlock = false;
    void createActions();
    void toggleStrong();
    void toggleEmphasis();
    void editLink();
    void setBlockKind(const QString &tag);
    void toggleList(bool numbered);
    void chooseFigure();
    void updateActions();
    void onContentsChanged();
    void rememberExport(const QString &html);
    bool applyTypography(QKeyEvent *event);

    std::unique_ptr<SpellChecker> m_speller;
    SpellHighlighter *m_highlighter = nullptr;
    QHash<Action, QAction *> m_actions;
    QString m_language;
    QString m_assetRoot;
    QString m_lastHtml;                   // empty when unknown (after a single-block edit)
    QHash<QString, QString> m_lastBlocks; // id → HTML as last reported
    int m_exportedBlockCount = 0;
    int m_changeFrom = -1;
    int m_changeTo = -1;
    std::function<QString(const QString &)> m_markdown;
    void updateCitationAtCursor();
    void applyHighlight();
    static bool isCitationDrag(const QMimeData *data);

    QStringList m_highlighted;
    QStringList m_sourcesAtCursor;
    QList<QAction *> m_contextActions;
    bool m_loading = false;
    bool m_typography = true;
};

} // namespace Wiredesk
