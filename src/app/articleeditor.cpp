#include "articleeditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
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
} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLineEdit(this);
    m_headline->setAccessibleName(tr("Headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_dek = new QPlainTextEdit(this);
    m_dek->setAccessibleName(tr("Dek"));
    m_dek->setTabChangesFocus(true);
    m_dek->setFixedHeight(m_dek->fontMetrics().lineSpacing() * 3 + 12);
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
    m_body = new QTextEdit(this);
    m_body->setAccessibleName(tr("Article body"));
    m_body->setAcceptRichText(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Dek:"), m_dek);
    form->addRow(tr("&Byline:"), m_bylines);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Date&line:"), m_dateline);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *field : {m_headline, m_bylines, m_section, m_tags, m_dateline})
        connect(field, &QLineEdit::textChanged, this, notify);
    connect(m_dek, &QPlainTextEdit::textChanged, this, notify);
}

void ArticleEditor::setArticle(const Article &article)
{
    m_loading = true;
    m_article = article;
    m_headline->setText(article.headline);
    m_dek->setPlainText(article.dek);
    m_bylines->setText(article.bylines.join(u", "_s));
    m_section->setText(article.section);
    m_tags->setText(article.tags.join(u", "_s));
    m_dateline->setText(article.dateline);
    m_body->setHtml(article.bodyHtml);
    m_loading = false;
}

Article ArticleEditor::article() const
{
    Article article = m_article;
    article.headline = m_headline->text();
    article.dek = m_dek->toPlainText();
    article.bylines = splitList(m_bylines->text());
    article.section = m_section->text();
    article.tags = splitList(m_tags->text());
    article.dateline = m_dateline->text();
    return article;
}

} // namespace Wiredesk
