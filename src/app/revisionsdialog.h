#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Wiredesk {

class ArticleDocument;
class RevisionStore;

/// The revisions of the open draft: a timestamped list; selecting one compares it with the
/// current text, selecting two compares them with each other (RevisionDiff, words marked);
/// Restore makes the selected revision the current content as one undoable change.
class RevisionsDialog final : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(RevisionStore *store, ArticleDocument *document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QTextBrowser *comparison() const { return m_diff; }
    /// Restores the selected revision; false when none or it failed.
    bool restoreSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void compare();
    void applyDiffColors();

    RevisionStore *m_store;
    ArticleDocument *m_document;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Wiredesk
