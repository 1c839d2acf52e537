#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace Wiredesk {

/// Serves the preview's page and the profile's local images to Chromium:
/// `wiredesk-preview://article/page` is the rendered page, `wiredesk-asset://profile/<path>`
/// a file inside the profile folder (never outside it). Loading through a scheme instead of
/// setHtml() has no 2 MB data-URL limit and lets the page be patched in place.
class PreviewSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static constexpr const char *PageScheme = "wiredesk-preview";
    static constexpr const char *AssetScheme = "wiredesk-asset";

    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    void setPage(const QByteArray &html) { m_page = html; }
    void setAssetRoot(const QString &folder) { m_assetRoot = folder; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QByteArray m_page;
    QString m_assetRoot;
};

} // namespace Wiredesk
