#pragma once

#include "inboxrow.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QBoxLayout;
class QWebEngineProfile;
class QWebEngineView;

namespace Wiredesk {

class PreviewPage;
class PreviewRequestInterceptor;
class PreviewSchemeHandler;

/// The detail of one wire item: headline, source and its credibility label, times in UTC
/// and local time, urgency, the link to the original (opened in the system browser), the
/// sanitized body in a locked-down web view and the raw payload as received.
///
/// The body is shown by the same locked-down page as the article preview (PreviewPage: no
/// JavaScript, no navigation, no new windows) in an off-the-record profile of its own whose
/// interceptor refuses every remote request unless the user clicks "Load remote images" for
/// the item on screen. The raw payload is highlighted with KSyntaxHighlighting when the
/// build has it (JSON or XML), plain otherwise.
class WireItemView final : public QWidget
{
    Q_OBJECT

public:
    explicit WireItemView(QWidget *parent = nullptr);
    ~WireItemView() override;

    /// Shows @p row, which must carry the full item (WireStore::item()).
    void showRow(const InboxRow &row);
    void clear();
    InboxRow row() const { return m_row; }

    /// Scrolls the body down one screen; @p atEnd is called with true when it already was
    /// at the bottom (the inbox then marks the item read and moves on).
    void pageDown(const std::function<void(bool atEnd)> &atEnd);

    /// The body's web view and page; null until the first item is shown.
    QWebEngineView *bodyView() const { return m_view; }
    PreviewPage *page() const { return m_page; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLabel *headerLabel() const { return m_header; }
    int blockedRequestCount() const;
    bool remoteImagesAllowed() const { return m_remote; }

    /// The item's page: its sanitized body in the colours of @p palette (dark mode too).
    static QByteArray bodyDocument(const InboxRow &row, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// The body finished loading.
    void rendered();
    void externalLinkRequested(const QUrl &url);

private:
    void setRemoteImagesAllowed(bool allowed);
    void loadBody();
    void ensureBodyView();

    InboxRow m_row;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_schemes = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWidget *m_bodyPlaceholder = nullptr; ///< stands where m_view goes until it is made
    QBoxLayout *m_bodyLayout = nullptr;
    QToolButton *m_remoteButton = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QObject *m_highlighter = nullptr;
    bool m_remote = false;
    int m_loadSerial = 0;
};

} // namespace Wiredesk
