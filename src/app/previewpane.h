#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QWebEngineProfile;
class QWebEngineView;
class QTimer;
class QToolButton;
class QUrl;

namespace Wiredesk {

class PreviewPage;
class PreviewRequestInterceptor;
class PreviewSchemeHandler;

/// One patchable piece of the preview: a body block ("block:<id>", rendered with
/// data-block="<id>") or a header part ("part:<name>", rendered with data-part="<name>").
struct PreviewPart {
    QString key;
    QString html;
    bool operator==(const PreviewPart &) const = default;
};

/// What the renderer produced for the preview: the whole page and its patchable parts, in
/// document order. Everything in the page that depends on the article is inside a part.
struct PreviewContent {
    QString page;
    QList<PreviewPart> parts;
};

/// The live preview: a locked-down Chromium view that loads the page once through the
/// wiredesk-preview scheme, then applies each edit by replacing only the parts that
/// changed, from an isolated JavaScript world (page scripts are off). No reload while
/// typing, so no flicker and no scroll jump. Edits that arrive while a patch is in flight
/// are coalesced into exactly one more patch.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Width { Desktop, Phone };

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    /// Registers the custom schemes with Chromium; call before QApplication exists.
    static void registerUrlSchemes();

    /// Local images (the lead image in the profile) are served from this folder.
    void setAssetRoot(const QString &folder);
    /// Shows @p content: the first call (or a template change) loads the page; later calls patch.
    void show(const PreviewContent &content);
    /// Forces a full load of the last content, e.g. after remote images were allowed.
    void reload();

    /// Prints the page as shown (with the template's print style) to a PDF file;
    /// pdfPrinted() reports the outcome.
    void printToPdf(const QString &filePath);
    /// Scrolls the page so the body block @p blockId is at the top (scroll sync).
    void scrollToBlock(const QString &blockId);

    /// Marks the cited spans of @p sourceIds in the page (class "wd-cited-highlight", set from
    /// the isolated world); the marks survive patches and reloads. Empty clears them.
    void highlightSources(const QStringList &sourceIds);
    QStringList highlightedSources() const { return m_highlighted; }
    /// Scrolls the page to the @p number-th cited span of block @p blockId.
    void scrollToCitation(const QString &blockId, int number);

    void setWidthMode(Width width);
    Width widthMode() const { return m_width; }
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const;

    /// Requests the interceptor refused (remote loads); for the status bar and tests.
    int blockedRequestCount() const;
    QWebEngineView *view() const { return m_view; }
    PreviewPage *page() const { return m_page; }

Q_SIGNALS:
    /// The page has finished loading or a patch has been applied.
    void rendered();
    /// The user scrolled the preview: this body block is now at the top.
    void topBlockChanged(const QString &blockId);
    void loadFailed(const QString &message);
    void remoteImagesAllowedChanged(bool allowed);
    void pdfPrinted(const QString &filePath, bool success);

private:
    void load(const PreviewContent &content);
    void patchTo(const PreviewContent &content);
    void patchFinished();
    void openExternally(const QUrl &url);

    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_schemes = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWidget *m_viewFrame = nullptr;
    QToolButton *m_remoteButton = nullptr;
    Width m_width = Width::Desktop;

    QList<PreviewPart> m_shown;              ///< parts as the page has them now
    std::optional<PreviewContent> m_pending; ///< newest content not yet on the page
    bool m_loaded = false;
    bool m_busy = false; ///< a load or patch is in flight
    bool m_remoteImages = false;
    QString m_ownScrollTarget; ///< the block the pane last scrolled to itself
    QTimer *m_scrollPause = nullptr;
    QStringList m_highlighted;
};

} // namespace Wiredesk
