#pragma once

#include <QWebEnginePage>

namespace Wiredesk {

/// The preview's page: it may show its own document and nothing else. Link clicks open in
/// the system browser; every other navigation and every new window is refused.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    /// A link the user clicked; the pane hands it to the desktop (and tests observe it).
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Wiredesk
