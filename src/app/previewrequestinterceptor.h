#pragma once

#include <QAtomicInteger>
#include <QWebEngineUrlRequestInterceptor>

namespace Wiredesk {

/// Blocks every request of the preview that does not go to Wiredesk's own schemes. Remote
/// images pass only while the user allows them for the article on screen; nothing else
/// remote (styles, fonts, frames, beacons) ever loads.
class PreviewRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PreviewRequestInterceptor(QObject *parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages.storeRelaxed(allowed ? 1 : 0); }
    int blockedCount() const { return m_blocked.loadRelaxed(); }

    // Called on Chromium's IO thread: touches only atomics.
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    QAtomicInteger<int> m_remoteImages {0};
    QAtomicInteger<int> m_blocked {0};
};

} // namespace Wiredesk
