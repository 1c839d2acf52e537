#pragma once

#include "article.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTextEdit;
class QToolBar;
class QToolButton;

namespace Wiredesk {

class ArticleDocument;
class BodyEditor;
class ParagraphEdit;
class FindReplaceBar;

/// The article editor: metadata fields above the rich-text body, over one ArticleDocument.
///
/// Every change — a metadata field or the body — goes through the document's undo stack,
/// so there is one undo history for the whole article (the widgets' own undo is switched
/// off and Ctrl+Z reaches undoAction()). Typing in the body pushes merged SetBodyCommands;
/// undo and redo put the body back and the cursor into the block that changed. The slug
/// follows the headline until someone edits it. Find/replace sits below the body.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);
    ~ArticleEditor() override;

    /// Edits a new document holding @p article (owned by the editor).
    void setArticle(const Article &article);
    /// Edits @p document (not owned; must outlive its use here or be replaced first).
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const;
    /// The article as it is now (the document's content).
    Article article() const;

    /// Folder that relative image paths resolve against (the profile), and the personal
    /// dictionary file for spell checking.
    void setAssetRoot(const QString &folder);
    void setPersonalDictionaryPath(const QString &path);

    ParagraphEdit *headlineField() const { return m_headline; }
    ParagraphEdit *dekField() const { return m_dek; }
    QLineEdit *slugField() const { return m_slug; }
    QComboBox *languageField() const { return m_language; }
    QComboBox *timeZoneField() const { return m_timeZone; }
    QDateTimeEdit *publishedField() const { return m_published; }
    BodyEditor *bodyEditor() const { return m_body; }
    FindReplaceBar *findReplaceBar() const { return m_findBar; }
    QToolBar *toolBar() const { return m_toolBar; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *findAction() const { return m_find; }
    /// Edit → Check Spelling While Typing: squiggles and suggestions in headline, dek and body.
    QAction *checkSpellingAction() const { return m_checkSpelling; }
    QAction *replaceAction() const { return m_replace; }

    /// A URL slug from a headline: lowercase ASCII letters, digits and hyphens.
    static QString slugify(const QString &headline);

Q_SIGNALS:
    /// The article changed (any field or the body), by the user or by undo/redo.
    void edited();
    /// A different document is being edited.
    void documentReplaced();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields();
    void connectFields();
    // Fields as int (ArticleDocument::Field): this header stays free of the document's
    // headers, which must not meet the renderer's in one translation unit (BodyBlock).
    void showField(int field);
    void showAll();
    void showBody(const QStringList &changedIds);
    void pushBody();
    void setField(int field, const QVariant &value);
    void updateUndoActions();
    void chooseLeadImage();
    QDateTime publishedUtc() const;

    std::unique_ptr<ArticleDocument> m_owned;
    QPointer<ArticleDocument> m_document;
    QString m_assetRoot;
    bool m_updating = false;
    bool m_pushingBody = false;
    bool m_slugFollowsHeadline = true;

    QToolBar *m_toolBar = nullptr;
    ParagraphEdit *m_headline = nullptr;
    ParagraphEdit *m_dek = nullptr;
    QLineEdit *m_bylines = nullptr;
    QLineEdit *m_section = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_dateline = nullptr;
    QDateTimeEdit *m_published = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_slug = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_imageSource = nullptr;
    QLineEdit *m_imageCaption = nullptr;
    QLineEdit *m_imageCredit = nullptr;
    QLineEdit *m_imageAlt = nullptr;
    QWidget *m_details = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    BodyEditor *m_body = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_checkSpelling = nullptr;
    QAction *m_replace = nullptr;
};

} // namespace Wiredesk
