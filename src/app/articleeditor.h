#pragma once

#include "article.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTextEdit;

namespace Wiredesk {

/// The article editor: metadata fields above the rich-text body.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    /// The article with the fields as they are on screen.
    Article article() const;

    QLineEdit *headlineField() const { return m_headline; }
    QTextEdit *bodyEditor() const { return m_body; }

Q_SIGNALS:
    void edited();

private:
    Article m_article;
    QLineEdit *m_headline = nullptr;
    QPlainTextEdit *m_dek = nullptr;
    QLineEdit *m_bylines = nullptr;
    QLineEdit *m_section = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_dateline = nullptr;
    QTextEdit *m_body = nullptr;
    bool m_loading = false;
};

} // namespace Wiredesk
