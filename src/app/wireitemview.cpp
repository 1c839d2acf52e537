#include "wireitemview.h"

#include "previewpage.h"
#include "previewrequestinterceptor.h"
#include "previewschemehandler.h"
#include "semanticcolors.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString urgencyText(int urgency)
{
    if (urgency <= 0)
        return {};
    if (urgency == 1)
        return QCoreApplication::translate("WireItemView", "Flash (urgency 1)");
    return QCoreApplication::translate("WireItemView", "Urgency %1").arg(urgency);
}
} // namespace

WireItemView::WireItemView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Wire item"));
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setOpenExternalLinks(false);
    m_header->setAccessibleName(tr("Item header"));
    m_header->setContentsMargins(6, 4, 6, 4);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            Q_EMIT externalLinkRequested(url);
            QDesktopServices::openUrl(url);
        }
    });

    m_remoteButton = new QToolButton(this);
    m_remoteButton->setText(tr("Load remote images"));
    m_remoteButton->setToolTip(tr("Load the images of this item from their sites. Off by default: remote images "
                                  "tell the sender that and when the item was read."));
    m_remoteButton->setCheckable(true);
    m_remoteButton->setAutoRaise(true);
    connect(m_remoteButton, &QToolButton::toggled, this, &WireItemView::setRemoteImagesAllowed);

    auto *bodyTab = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyTab);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_remoteButton);
    bodyLayout->addLayout(bar);
    // The body view (a Chromium renderer of its own) is made when the first item is shown:
    // an inbox nobody reads from yet costs no renderer process, and starting is faster.
    m_bodyPlaceholder = new QWidget(bodyTab);
    bodyLayout->addWidget(m_bodyPlaceholder, 1);
    m_bodyLayout = bodyLayout;

    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw payload"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyTab, tr("Item"));
    m_tabs->addTab(m_raw, tr("Raw"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void WireItemView::ensureBodyView()
{
    if (m_view)
        return;
    // Its own off-the-record profile: nothing the item loads is shared with the preview.
    m_profile = new QWebEngineProfile(this);
    m_schemes = new PreviewSchemeHandler(this);
    m_interceptor = new PreviewRequestInterceptor(this);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::PageScheme, m_schemes);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new PreviewPage(m_profile, this);
    m_view = new QWebEngineView(m_bodyPlaceholder->parentWidget());
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Item body"));
    m_view->setFocusPolicy(Qt::NoFocus); // keys stay with the inbox list (j/k/space)
    connect(m_page, &PreviewPage::externalLinkRequested, this, [this](const QUrl &url) {
        Q_EMIT externalLinkRequested(url);
        QDesktopServices::openUrl(url);
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool) { Q_EMIT rendered(); });

    m_interceptor->setRemoteImagesAllowed(m_remote);
    m_bodyLayout->replaceWidget(m_bodyPlaceholder, m_view);
    delete m_bodyPlaceholder;
    m_bodyPlaceholder = nullptr;
}

WireItemView::~WireItemView()
{
    delete m_view;
    delete m_page; // the page must go before its profile
}

void WireItemView::clear()
{
    m_row = InboxRow {};
    m_header->setText(u"<p style='color:gray'>%1</p>"_s.arg(tr("Select a wire item to read it here.").toHtmlEscaped()));
    m_raw->clear();
    m_remoteButton->setEnabled(false);
}

int WireItemView::blockedRequestCount() const
{
    return m_interceptor ? m_interceptor->blockedCount() : 0;
}

void WireItemView::setRemoteImagesAllowed(bool allowed)
{
    if (m_remote == allowed)
        return;
    m_remote = allowed;
    if (m_interceptor)
        m_interceptor->setRemoteImagesAllowed(allowed);
    if (m_row.item.id != 0)
        loadBody();
}

QByteArray WireItemView::bodyDocument(const InboxRow &row, const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString base = palette.color(QPalette::Base).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString muted = SemanticColors::color(SemanticColors::Role::Muted, palette).name();
    // The body was sanitized on ingest (HtmlSanitizer, wire schema); the CSP is a second
    // wall: no script, no frames, no forms, styles only inline, images only if allowed.
    QString html = u"<!doctype html><html><head><meta charset=\"utf-8\">"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "img-src https: http: data:; style-src 'unsafe-inline'\">"
                   "<style>body{font:15px/1.5 sans-serif;margin:12px 16px;max-width:46em;color:%1;"
                   "background:%2}img{max-width:100%;height:auto}a{color:%3}"
                   "blockquote{border-left:3px solid %4;margin-left:0;padding-left:12px;color:%4}"
                   "</style></head><body>"_s.arg(text, base, link, muted);
    if (!row.item.contentHtml.trimmed().isEmpty())
        html += row.item.contentHtml;
    else if (!row.item.contentText.isEmpty())
        html += u"<p>"_s + row.item.contentText.toHtmlEscaped().replace(u"\n\n"_s, u"</p><p>"_s) + u"</p>"_s;
    else
        html += u"<p>"_s + row.item.summary.toHtmlEscaped() + u"</p>"_s;
    html += u"</body></html>"_s;
    return html.toUtf8();
}

void WireItemView::loadBody()
{
    ensureBodyView();
    m_schemes->setPage(bodyDocument(m_row, palette()));
    // A new URL per load: Chromium would otherwise treat the same URL as a reload.
    m_page->load(QUrl(u"%1://item/%2"_s.arg(QLatin1StringView(PreviewSchemeHandler::PageScheme)).arg(++m_loadSerial)));
}

void WireItemView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Dark mode switched: the header and the page take the new colours.
    if (event->type() == QEvent::PaletteChange && m_row.item.id != 0)
        showRow(m_row);
}

void WireItemView::showRow(const InboxRow &row)
{
    const bool sameItem = row.item.id == m_row.item.id;
    m_row = row;
    if (!sameItem && m_remote) {
        // Permission is per item.
        const QSignalBlocker block(m_remoteButton);
        m_remoteButton->setChecked(false);
        m_remote = false;
        if (m_interceptor)
            m_interceptor->setRemoteImagesAllowed(false);
    }
    m_remoteButton->setEnabled(true);
    const WireItem &item = row.item;
    const QString source = row.sourceLabel.isEmpty()
        ? row.sourceName.toHtmlEscaped()
        : u"%1 <span style='background:%3;color:%4;border-radius:3px;padding:0 4px'>%2</span>"_s.arg(
            row.sourceName.toHtmlEscaped(), row.sourceLabel.toHtmlEscaped(),
            palette().color(QPalette::AlternateBase).name(), palette().color(QPalette::Text).name());
    QString times = tr("%1 UTC · %2 local")
                        .arg(item.published.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                            QLocale().toString(item.published.toLocalTime(), QLocale::ShortFormat));
    if (item.updated.isValid())
        times += tr(" · updated %1 UTC").arg(item.updated.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    QString meta = source + u" · "_s + times.toHtmlEscaped();
    if (const QString u = urgencyText(item.urgency); !u.isEmpty())
        meta += u" · <b>"_s + u.toHtmlEscaped() + u"</b>"_s;
    if (row.clusterSize > 1)
        meta += u" · "_s + tr("%n wires tell this story", nullptr, row.clusterSize).toHtmlEscaped();
    QString link;
    const QUrl url(item.url);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
        link = u"<br><a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
            tr("Open the original (%1)").arg(url.host()).toHtmlEscaped());
    m_header->setText(u"<div style='font-size:large;font-weight:600'>%1</div><div>%2%3</div>"_s.arg(
        item.title.toHtmlEscaped(), meta, link));

    m_raw->setPlainText(QString::fromUtf8(item.raw));
#ifdef WIREDESK_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    if (!m_highlighter)
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_raw->document());
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    // Per item: the palette may have turned dark since the last one.
    highlighter->setTheme(
        repository.defaultTheme(SemanticColors::isDark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                  : KSyntaxHighlighting::Repository::LightTheme));
    const QByteArray trimmed = item.raw.trimmed();
    const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
    highlighter->setDefinition(repository.definitionForName(json ? u"JSON"_s : u"XML"_s));
#endif
    loadBody();
}

void WireItemView::pageDown(const std::function<void(bool)> &atEnd)
{
    if (!m_page) {
        if (atEnd)
            atEnd(true); // nothing shown, nothing to page through
        return;
    }
    // The page runs no script; this runs in the application's isolated world.
    m_page->runJavaScript(u"(function(){var e=document.scrollingElement||document.documentElement;"
                          "var end=e.scrollTop+window.innerHeight>=e.scrollHeight-2;"
                          "if(!end)window.scrollBy(0,window.innerHeight*0.9);return end;})()"_s,
        QWebEngineScript::ApplicationWorld, [atEnd](const QVariant &result) {
            if (atEnd)
                atEnd(result.toBool());
        });
}

} // namespace Wiredesk
