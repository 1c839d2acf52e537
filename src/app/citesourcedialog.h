#pragma once

#include "article.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Wiredesk {

/// "Cite Source…": the small chooser that links the selected text to sources — tick one or
/// more of the article's sources, and/or paste new URLs (one per line, or a copied sources
/// list), which become new sources of the article.
class CiteSourceDialog final : public QDialog
{
    Q_OBJECT

public:
    CiteSourceDialog(const QList<ArticleSource> &sources, const QStringList &preselected, const QString &quote,
        QWidget *parent = nullptr);

    /// The ticked sources, in article order.
    QStringList chosenIds() const;
    /// What was pasted into the new-source field (parse with SourceListParser).
    QString pastedText() const;

    QListWidget *sourceList() const { return m_list; }
    QPlainTextEdit *pasteField() const { return m_paste; }

private:
    void updateOk();

    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Wiredesk
