#pragma once

#include "article.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace Wiredesk {

class ArticleDocument;
class ArticleEditor;
class ArticleRepository;
class Database;
class DraftSession;

/// The drafts side of the window: the profile's article store, the one open document and
/// its DraftSession (save, autosave journal, revisions).
///
/// Opening another draft closes the current one first (saved if modified, journal written,
/// a "close" revision kept), then announces the new document so views switch to it before
/// the old one is destroyed. On opening the store, work that a crash or kill -9 left in the
/// journal is recovered and saved. Kept out of MainWindow so that no translation unit needs
/// both the article document's and the renderer's headers.
class DraftWorkspace final : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("articledocument.h") // the signal's pointer type, for moc only

public:
    explicit DraftWorkspace(QObject *parent = nullptr);
    ~DraftWorkspace() override;
    Q_DISABLE_COPY_MOVE(DraftWorkspace)

    /// The editor that shows the open document; it switches before the old one goes.
    void setEditor(ArticleEditor *editor) { m_editor = editor; }

    /// Opens and migrates the store. False with @p error on failure.
    bool open(const QString &databasePath, QString *error);

    struct Recovery {
        QString articleId;
        QString headline;
        QDateTime journaled; ///< UTC
    };
    /// Opens the newest draft with unsaved journaled work, if any, and saves it.
    std::optional<Recovery> recover(QString *error);

    bool openDraft(const QString &id, QString *error);
    /// Opens @p article as a new document and saves it so it is listed.
    bool openNew(const Article &article, QString *error);
    bool save(QString *error);
    /// Closes the open document (saved first when modified).
    void close();
    /// Closes the open document without saving or journaling it (it went to the trash).
    void discard();

    ArticleRepository *repository() const { return m_repository.get(); }
    ArticleDocument *document() const { return m_document.get(); }
    DraftSession *session() const { return m_session.get(); }
    QString currentId() const;
    Article article() const;
    QString language() const;

    int wordCount() const;
    int characterCount() const;
    int readingTimeMinutes() const;

Q_SIGNALS:
    /// A different document is open (null after close()). Views switch to it here; the
    /// previous document is destroyed right after.
    void documentReplaced(Wiredesk::ArticleDocument *document);

private:
    void show(std::unique_ptr<ArticleDocument> document);

    ArticleEditor *m_editor = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ArticleRepository> m_repository;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<DraftSession> m_session;
};

} // namespace Wiredesk
