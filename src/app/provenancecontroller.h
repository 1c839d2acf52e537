#pragma once

#include "foldertarget.h"

#include "annotation.h"
#include "article.h"
#include "citationextractor.h"
#include "linkcheckresult.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QStatusBar;
class QWidget;

namespace Wiredesk {

class ArticleDocument;
class ArticleEditor;
class Database;
class HttpClient;
class LinkChecker;
class PreviewPane;
class Profile;
class ProvenancePane;
class ProvenanceStore;
class SnapshotStore;

/// Runs the provenance sidebar in the window, so MainWindow only creates it: it owns the
/// fact-checker's store in the profile database (notes, status history, link checks, submit
/// overrides), the link checker and its snapshot store, and carries out what the sidebar,
/// the editor and the menus ask for — every change to the article through the open
/// ArticleDocument, so each is one undo step:
/// - citing: "Cite Source…" (menu, editor context menu, Ctrl+Shift+K) links the selected text
///   to chosen or newly pasted sources; choosing a source highlights its spans in the editor
///   and the preview, choosing a span jumps there, the editor's cursor on cited text selects
///   its sources in the sidebar;
/// - sources: add pasted URLs or lists, add by hand, edit, delete (asking first when notes or
///   citations would be orphaned), merge duplicates (citations re-pointed, notes moved);
/// - notes with status changes on sources and cited claims;
/// - "Check Links" with progress and Cancel, results recorded per source;
/// - "Check Before Submitting…" (SubmitCheckDialog) and "Export Provenance…".
class ProvenanceController final : public QObject
{
    Q_OBJECT

public:
    ProvenanceController(Profile *profile, ArticleEditor *editor, ProvenancePane *pane, PreviewPane *preview,
        QStatusBar *statusBar, QWidget *window);
    ~ProvenanceController() override;

    /// Opens the store in the profile database. False with @p error on failure.
    bool open(QString *error);
    /// The publication (author of the ClaimReviews in the JSON-LD and the provenance file).
    void setPublicationName(const QString &name) { m_publicationName = name; }
    /// Adds the Article menu's provenance actions.
    void populateMenu(QMenu *menu);

    ProvenanceStore *store() const { return m_store.get(); }
    LinkChecker *linkChecker() const { return m_checker; }
    QAction *citeAction() const { return m_cite; }
    QAction *checkLinksAction() const { return m_checkLinks; }
    QAction *submitCheckAction() const { return m_submitCheck; }
    QAction *exportProvenanceAction() const { return m_exportProvenance; }

    /// The gate before sending (SubmitCheckDialog::confirm with this store).
    bool confirmSubmit(QString *reasonOut = nullptr);
    /// Cites the editor's selection with @p sourceIds plus new sources from @p pastedUrls, as
    /// one undo step. False (with a message in the status bar) when nothing is selected.
    bool citeSelection(const QStringList &sourceIds, const QString &pastedUrls = QString());
    /// Adds the sources in @p pastedText (SourceListParser) that the article does not have
    /// yet, as one undo step; returns the ids of the new ones.
    QStringList addSources(const QString &pastedText);
    /// Adds a note (and a status change) as the current author.
    bool addNote(Annotation::TargetKind kind, const QString &targetId, const QString &text, const QString &newStatus);
    void checkLinks();
    void cancelLinkChecks();
    /// The schema.org JSON-LD of @p article as a <script> element, for the exported page.
    QString jsonLdScript(const Article &article) const;
    /// Writes the provenance file (ProvenanceExporter) of the open article.
    bool exportProvenance(const QString &path, QString *error) const;
    /// The provenance file of @p article: sources, citations, notes, checks, snapshot hashes.
    QByteArray provenanceJson(const Article &article) const;
    /// JSON-LD and provenance file for pages published to a folder.
    FolderTarget::Provenance folderProvenance(const Article &article) const;

Q_SIGNALS:
    /// A link check run finished (also when cancelled).
    void linkChecksFinished(bool cancelled);

private:
    ArticleDocument *document() const;
    QString articleId() const;
    void chooseAndCite();
    void deleteSource(const QString &sourceId);
    void mergeSources(const QString &duplicateId, const QString &intoId);
    void editSource(const ArticleSource &source);
    void addBlankSource();
    void showTarget(Annotation::TargetKind kind, const QString &targetId);
    void notesMoved();
    void refreshChecks();
    void followCitations();
    void runSubmitCheck();
    void chooseExportPath();
    void message(const QString &text, int timeout = 5000) const;

    Profile *m_profile;
    ArticleEditor *m_editor;
    ProvenancePane *m_pane;
    PreviewPane *m_preview;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QString m_publicationName;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProvenanceStore> m_store;
    std::unique_ptr<SnapshotStore> m_snapshots;
    HttpClient *m_http = nullptr;
    LinkChecker *m_checker = nullptr;
    QString m_anchorArticleId; ///< the article whose citations were last seen (notes follow spans)
    QString m_anchorBody;
    QList<CitationExtractor::Citation> m_anchorCitations;
    QString m_checkArticleId;
    QStringList m_checkSourceIds; ///< index-aligned with the URLs being checked
    QAction *m_cite = nullptr;
    QAction *m_checkLinks = nullptr;
    QAction *m_cancelChecks = nullptr;
    QAction *m_submitCheck = nullptr;
    QAction *m_exportProvenance = nullptr;
};

} // namespace Wiredesk
