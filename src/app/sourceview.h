#pragma once

#include "article.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QPlainTextEdit;

#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting
#endif

namespace Wiredesk {

/// The article as source: the renderer's HTML of the <article> element, or Markdown.
///
/// Read-only, for checking what will be published. With KSyntaxHighlighting (the Debian 13
/// lane) the text is highlighted with a theme that matches the palette's darkness;
/// without it, it is plain text.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Html, Markdown };
    Q_ENUM(Format)

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    void setArticle(const Article &article);
    void setFormat(Format format);
    Format format() const { return m_format; }
    QString text() const;
    QPlainTextEdit *textView() const { return m_text; }
    /// True when the text is syntax highlighted (built with KSyntaxHighlighting).
    static bool isHighlighted();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void regenerate();
    void applyHighlighting();

    Article m_article;
    Format m_format = Format::Html;
    QComboBox *m_formatChoice = nullptr;
    QPlainTextEdit *m_text = nullptr;
#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};

} // namespace Wiredesk
