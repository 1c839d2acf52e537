#pragma once

#include "article.h"
#include "inboxrow.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace Wiredesk {

class ArticleEditor;
class DraftSession;
class DraftWorkspace;
class DraftsPane;
class EditorStatus;
class SpellingStatus;
class InboxController;
class InboxPane;
class PreviewContentBuilder;
class PreviewPane;
class Profile;
class ProvenanceController;
class ProvenancePane;
class SourceView;
class SyncActions;

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
    /// Reads an article from a Markdown, HTML or Wiredesk JSON file (File → Import Article).
    static bool readArticleFile(const QString &path, Article *article, QString *error);
    /// Publishes the open draft into @p folder through the folder target (Sync menu).
    void publishToFolder(const QString &folder);

    Profile *profile() const { return m_profile.get(); }
    InboxPane *inboxPane() const { return m_inbox; }
    InboxController *inboxController() const { return m_inboxController; }
    ArticleEditor *editor() const { return m_editor; }
    ProvenancePane *provenancePane() const { return m_provenance; }
    /// The provenance sidebar's logic: store, link checks, citing; confirmSubmit() is the
    /// gate to call before every push.
    ProvenanceController *provenanceController() const { return m_provenanceController; }
    PreviewPane *previewPane() const { return m_preview; }
    DraftsPane *draftsPane() const { return m_draftsPane; }
    SourceView *sourceView() const { return m_source; }
    EditorStatus *editorStatus() const { return m_editorStatus; }
    SpellingStatus *spellingStatus() const { return m_spellingStatus; }
    /// Sign-in, push, pull, the Outbox dock and conflict resolution (the Sync menu).
    SyncActions *syncActions() const { return m_sync; }
    /// The open draft's session (save, journal, revisions); null before openProfile().
    DraftSession *draftSession() const;

    /// Saves the open draft and opens the draft @p id. False with a message on failure.
    bool openDraft(const QString &id);
    /// Saves the open draft and starts a new, empty one.
    void newDraft();
    /// Saves the open draft; reports a failure (full disk …) in the status bar.
    bool saveDraft();

Q_SIGNALS:
    /// The preview shows the current article (after the first load and after each patch).
    void previewRendered();
    /// Something the window cannot recover from (used by --smoke).
    void fatalError(const QString &message);
    /// Publish to Folder finished: the draft's folder, or empty when it failed.
    void folderPublished(const QString &path);
    /// Unsaved work from a crashed or killed session was restored on opening the profile.
    void draftRecovered(const QString &articleId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    /// The status bar says which dictionary checks the article, or that checking is off.
    void describeSpelling();
    void restoreLayout();
    void saveLayout() const;
    void resetLayout();
    void sizeDocksToWindow();
    void updatePreview();
    void updateStatus();
    std::optional<Article> readDemoDraft(QString *error);
    void showCurrentDraft();
    void showRevisions();
    void scheduleCounts();
    void newDraftFromWire(const InboxRow &row);
    void citeWires(const QList<InboxRow> &rows);
    WireItem fullWireItem(const InboxRow &row) const;
    enum class ExportFormat { Markdown, Json };
    void importArticle();
    void exportText(ExportFormat format);
    void exportHtml();
    void printToPdf();
    QString suggestedFileName(const QString &suffix) const;

    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<PreviewContentBuilder> m_previewContent;
    std::unique_ptr<DraftWorkspace> m_workspace;
    Article m_article;

    InboxPane *m_inbox = nullptr;
    ArticleEditor *m_editor = nullptr;
    ProvenancePane *m_provenance = nullptr;
    ProvenanceController *m_provenanceController = nullptr;
    PreviewPane *m_preview = nullptr;
    QDockWidget *m_inboxDock = nullptr;
    QDockWidget *m_provenanceDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    DraftsPane *m_draftsPane = nullptr;
    QDockWidget *m_draftsDock = nullptr;
    SourceView *m_source = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    EditorStatus *m_editorStatus = nullptr;
    SpellingStatus *m_spellingStatus = nullptr;
    QTimer *m_countTimer = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_wireMenu = nullptr;
    SyncActions *m_sync = nullptr;
    InboxController *m_inboxController = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QByteArray m_defaultState;
};

} // namespace Wiredesk
