#pragma once

#include "article.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;

namespace Wiredesk {

class ArticleEditor;
class InboxPane;
class PreviewContentBuilder;
class PreviewPane;
class Profile;
class ProvenancePane;

/// The one window: wire inbox (left), article editor (centre), provenance and preview
/// (right). Docks are views over core data; they talk through the window, never to each
/// other directly. Layout and geometry are remembered between runs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Profile> profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the profile's stores and shows its data. False with @p error on failure.
    bool openProfile(QString *error);

    Profile *profile() const { return m_profile.get(); }
    InboxPane *inboxPane() const { return m_inbox; }
    ArticleEditor *editor() const { return m_editor; }
    ProvenancePane *provenancePane() const { return m_provenance; }
    PreviewPane *previewPane() const { return m_preview; }

Q_SIGNALS:
    /// The preview shows the current article (after the first load and after each patch).
    void previewRendered();
    /// Something the window cannot recover from (used by --smoke).
    void fatalError(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void resetLayout();
    void showArticle(const Article &article);
    void updatePreview();
    void updateStatus();
    bool loadDemoDraft(QString *error);
    void exportHtml();
    void printToPdf();
    QString suggestedFileName(const QString &suffix) const;

    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<PreviewContentBuilder> m_previewContent;
    Article m_article;

    InboxPane *m_inbox = nullptr;
    ArticleEditor *m_editor = nullptr;
    ProvenancePane *m_provenance = nullptr;
    PreviewPane *m_preview = nullptr;
    QDockWidget *m_inboxDock = nullptr;
    QDockWidget *m_provenanceDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QByteArray m_defaultState;
};

} // namespace Wiredesk
