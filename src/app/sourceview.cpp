#include "sourceview.h"

#include "articlerenderer.h"
#include "markdownconverter.h"
#include "semanticcolors.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace Wiredesk {

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Article source"));
    m_formatChoice = new QComboBox(this);
    m_formatChoice->addItem(tr("HTML"), int(Format::Html));
    m_formatChoice->addItem(tr("Markdown"), int(Format::Markdown));
    m_formatChoice->setAccessibleName(tr("Source format"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Source text"));

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show as:"), this);
    label->setBuddy(m_formatChoice);
    bar->addWidget(label);
    bar->addWidget(m_formatChoice);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_formatChoice, &QComboBox::currentIndexChanged, this,
        [this](int index) { setFormat(Format(m_formatChoice->itemData(index).toInt())); });
#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
    m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
#endif
    applyHighlighting();
}

SourceView::~SourceView() = default;

bool SourceView::isHighlighted()
{
#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void SourceView::setArticle(const Article &article)
{
    m_article = article;
    if (isVisible())
        regenerate();
}

void SourceView::setFormat(Format format)
{
    const int index = m_formatChoice->findData(int(format));
    if (m_formatChoice->currentIndex() != index)
        m_formatChoice->setCurrentIndex(index);
    if (m_format == format && !m_text->document()->isEmpty())
        return;
    m_format = format;
    applyHighlighting();
    regenerate();
}

QString SourceView::text() const
{
    return m_text->toPlainText();
}

void SourceView::regenerate()
{
    QString source;
    if (m_format == Format::Html) {
        // The renderer's own output, so this is exactly what the page and exports carry.
        static const ArticleRenderer renderer;
        source = renderer.renderBody(m_article);
    } else {
        source = MarkdownConverter::toMarkdown(m_article);
    }
    if (source == m_text->toPlainText())
        return;
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(source);
    m_text->verticalScrollBar()->setValue(scroll);
}

void SourceView::applyHighlighting()
{
#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter->setTheme(
        m_repository->defaultTheme(SemanticColors::isDark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                     : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->setDefinition(m_repository->definitionForName(m_format == Format::Html ? u"HTML"_s : u"Markdown"_s));
    m_highlighter->rehighlight();
#endif
}

void SourceView::showEvent(QShowEvent *event)
{
    regenerate(); // skipped while hidden: rendering on every keystroke is wasted then
    QWidget::showEvent(event);
}

void SourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyHighlighting();
    QWidget::changeEvent(event);
}

} // namespace Wiredesk
