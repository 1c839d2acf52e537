#include "previewpane.h"

#include "previewpage.h"
#include "previewrequestinterceptor.h"
#include "previewschemehandler.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineUrlScheme>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int PhoneWidth = 390;

QString patchScript()
{
    QFile file(u":/preview/patch.js"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The preview patch script is missing from this build");
    return QString::fromUtf8(file.readAll());
}
} // namespace

void PreviewPane::registerUrlSchemes()
{
    QWebEngineUrlScheme page(PreviewSchemeHandler::PageScheme);
    page.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    page.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(page);
    QWebEngineUrlScheme asset(PreviewSchemeHandler::AssetScheme);
    asset.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    asset.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(asset);
}

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Article preview"));
    // An off-the-record profile of its own: no cookies, cache or storage outlive the pane,
    // and its interceptor governs every request the preview makes.
    m_profile = new QWebEngineProfile(this);
    m_schemes = new PreviewSchemeHandler(this);
    m_interceptor = new PreviewRequestInterceptor(this);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::PageScheme, m_schemes);
    m_profile->installUrlSchemeHandler(PreviewSchemeHandler::AssetScheme, m_schemes);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    m_page = new PreviewPage(m_profile, this);
    QWebEngineScript patcher;
    patcher.setName(u"wiredesk-patch"_s);
    patcher.setSourceCode(patchScript());
    patcher.setWorldId(QWebEngineScript::ApplicationWorld);
    patcher.setInjectionPoint(QWebEngineScript::DocumentCreation);
    patcher.setRunsOnSubFrames(false);
    m_page->scripts().insert(patcher);

    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAccessibleName(tr("Rendered article"));

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setAccessibleName(tr("Preview toolbar"));
    auto *widths = new QActionGroup(this);
    QAction *desktop = toolbar->addAction(tr("Desktop"));
    QAction *phone = toolbar->addAction(tr("Phone"));
    desktop->setToolTip(tr("Preview at desktop width"));
    phone->setToolTip(tr("Preview at phone width (%1 px)").arg(PhoneWidth));
    for (QAction *a : {desktop, phone}) {
        a->setCheckable(true);
        widths->addAction(a);
    }
    desktop->setChecked(true);
    connect(desktop, &QAction::triggered, this, [this] { setWidthMode(Width::Desktop); });
    connect(phone, &QAction::triggered, this, [this] { setWidthMode(Width::Phone); });
    toolbar->addSeparator();
    m_remoteButton = new QToolButton(toolbar);
    m_remoteButton->setText(tr("Remote images"));
    m_remoteButton->setToolTip(
        tr("Load images from other sites for this article. Off by default: remote images can track readers."));
    m_remoteButton->setCheckable(true);
    toolbar->addWidget(m_remoteButton);
    connect(m_remoteButton, &QToolButton::toggled, this, &PreviewPane::setRemoteImagesAllowed);

    m_viewFrame = new QWidget(this);
    auto *frameLayout = new QHBoxLayout(m_viewFrame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_viewFrame, 1);

    // Scroll sync: once the user's scrolling pauses, report the body block at the top.
    // Landing on the block the pane scrolled to itself (scrollToBlock) is not reported back.
    m_scrollPause = new QTimer(this);
    m_scrollPause->setSingleShot(true);
    m_scrollPause->setInterval(60);
    connect(m_page, &QWebEnginePage::scrollPositionChanged, m_scrollPause, qOverload<>(&QTimer::start));
    connect(m_scrollPause, &QTimer::timeout, this, [this] {
        m_page->runJavaScript(
            u"(() => { for (const el of document.querySelectorAll('[data-part=\"body\"] > [data-block]'))"
            u" if (el.getBoundingClientRect().bottom > 8) return el.dataset.block; return ''; })()"_s,
            QWebEngineScript::ApplicationWorld, [this](const QVariant &id) {
                const QString top = id.toString();
                // Landing where scrollToBlock() sent the page is the editor's scroll echoed
                // back: say nothing, or the two would chase each other.
                const bool own = !m_ownScrollTarget.isEmpty() && top == m_ownScrollTarget;
                m_ownScrollTarget.clear();
                if (!top.isEmpty() && !own)
                    Q_EMIT topBlockChanged(top);
            });
    });
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &PreviewPane::pdfPrinted);
    connect(m_page, &PreviewPage::externalLinkRequested, this, &PreviewPane::openExternally);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_busy = false;
        if (!ok) {
            Q_EMIT loadFailed(tr("The preview could not be rendered."));
            return;
        }
        m_loaded = true;
        if (!m_highlighted.isEmpty())
            highlightSources(m_highlighted); // a fresh page has no marks yet
        Q_EMIT rendered();
        patchFinished();
    });
}

PreviewPane::~PreviewPane()
{
    // The page must go before its profile.
    delete m_view;
    delete m_page;
}

void PreviewPane::setAssetRoot(const QString &folder)
{
    m_schemes->setAssetRoot(folder);
}

void PreviewPane::show(const PreviewContent &content)
{
    if (m_busy) {
        m_pending = content; // newest wins; applied once the current work finishes
        return;
    }
    if (!m_loaded)
        load(content);
    else
        patchTo(content);
}

void PreviewPane::reload()
{
    // The scheme handler already holds the newest page; pending content is patched after.
    m_loaded = false;
    m_busy = true;
    m_page->triggerAction(QWebEnginePage::Reload);
}

void PreviewPane::load(const PreviewContent &content)
{
    m_busy = true;
    m_shown = content.parts;
    m_schemes->setPage(content.page.toUtf8());
    m_page->load(QUrl(QLatin1StringView(PreviewSchemeHandler::PageScheme) + u"://article/page"_s));
}

void PreviewPane::patchTo(const PreviewContent &content)
{
    // The handler keeps the newest full page so that a reload shows the same thing.
    m_schemes->setPage(content.page.toUtf8());

    QHash<QString, QString> before;
    for (const PreviewPart &part : std::as_const(m_shown))
        before.insert(part.key, part.html);
    QJsonObject changed;
    QJsonArray order;
    QStringList oldBlocks, newBlocks;
    for (const PreviewPart &part : std::as_const(m_shown)) {
        if (part.key.startsWith(u"block:"))
            oldBlocks << part.key.mid(6);
    }
    for (const PreviewPart &part : content.parts) {
        if (part.key.startsWith(u"block:")) {
            newBlocks << part.key.mid(6);
            order.append(part.key.mid(6));
        }
        const auto it = before.constFind(part.key);
        if (it == before.constEnd() || *it != part.html)
            changed.insert(part.key, part.html);
    }
    m_shown = content.parts;
    if (changed.isEmpty() && oldBlocks == newBlocks) {
        Q_EMIT rendered();
        return;
    }
    QJsonObject patch {{u"parts"_s, changed}};
    if (oldBlocks != newBlocks)
        patch.insert(u"order"_s, order);
    m_busy = true;
    const QString call
        = u"wiredeskPatch("_s + QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact)) + u")"_s;
    m_page->runJavaScript(call, QWebEngineScript::ApplicationWorld, [this](const QVariant &result) {
        m_busy = false;
        if (result.toString() != u"ok") {
            // The page lost a part it should have (or the script is gone): start over.
            m_loaded = false;
        }
        Q_EMIT rendered();
        patchFinished();
    });
}

void PreviewPane::patchFinished()
{
    if (!m_pending)
        return;
    const PreviewContent next = *m_pending;
    m_pending.reset();
    show(next);
}

void PreviewPane::printToPdf(const QString &filePath)
{
    m_page->printToPdf(
        filePath, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
}

void PreviewPane::scrollToBlock(const QString &blockId)
{
    if (!m_loaded || blockId.isEmpty())
        return;
    m_ownScrollTarget = blockId;
    const QString id = QString::fromUtf8(QJsonDocument(QJsonArray {blockId}).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(u"(() => { const el = document.querySelector('[data-block=\"' + CSS.escape("_s + id
            + u"[0]) + '\"]'); if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8); })()"_s,
        QWebEngineScript::ApplicationWorld);
}

void PreviewPane::highlightSources(const QStringList &sourceIds)
{
    m_highlighted = sourceIds;
    if (!m_loaded)
        return; // applied when the page has loaded
    const QString ids
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sourceIds)).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(u"wiredeskHighlight("_s + ids + u")"_s, QWebEngineScript::ApplicationWorld);
}

void PreviewPane::scrollToCitation(const QString &blockId, int number)
{
    if (!m_loaded || blockId.isEmpty())
        return;
    m_ownScrollTarget = blockId;
    const QString id = QString::fromUtf8(QJsonDocument(QJsonArray {blockId}).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(u"wiredeskScrollToCitation("_s + id + u"[0], "_s + QString::number(number) + u")"_s,
        QWebEngineScript::ApplicationWorld);
}

void PreviewPane::setWidthMode(Width width)
{
    m_width = width;
    if (width == Width::Phone)
        m_view->setFixedWidth(PhoneWidth);
    else {
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

void PreviewPane::setRemoteImagesAllowed(bool allowed)
{
    if (allowed == m_remoteImages)
        return;
    m_remoteImages = allowed;
    m_interceptor->setRemoteImagesAllowed(allowed);
    const QSignalBlocker blocker(m_remoteButton);
    m_remoteButton->setChecked(allowed);
    Q_EMIT remoteImagesAllowedChanged(allowed);
    if (m_loaded)
        reload();
}

bool PreviewPane::remoteImagesAllowed() const
{
    return m_remoteImages;
}

int PreviewPane::blockedRequestCount() const
{
    return m_interceptor->blockedCount();
}

void PreviewPane::openExternally(const QUrl &url)
{
    if (qEnvironmentVariableIsSet("WIREDESK_TEST"))
        return; // tests observe externalLinkRequested; they never launch a browser
    QDesktopServices::openUrl(url);
}

} // namespace Wiredesk
