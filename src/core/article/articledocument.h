#pragma once

#include "article.h"
#include "blockids.h"
#include "cleanbody.h"

#include <QHash>
#include <QObject>
#include <QVariant>

#include <optional>

class QUndoStack;

namespace Wiredesk {

/// The article being edited: owns the Article and its single undo history.
///
/// Every change — a metadata field, the body, the sources, a restored revision — goes
/// through a QUndoCommand on undoStack(), so undo/redo covers metadata and body alike, and
/// each change emits a precise signal: the preview patches only the blocks named by
/// bodyChanged(), the sources panel listens to sourcesChanged(), the autosave journal to
/// all of them. Consecutive typing in the same field, or in the same body block within the
/// merge window, collapses into one undo step. Every body that comes in passes through
/// HtmlSanitizer (article schema) and BlockIds, so the body never holds anything outside
/// the schema and every block always carries a unique stable id.
class ArticleDocument final : public QObject
{
    Q_OBJECT

public:
    enum class Field {
        Headline,
        Dek,
        Bylines,
        Section,
        Tags,
        Dateline,
        Published,
        TimeZone,
        Slug,
        Language,
        LeadImageSource,
        LeadImageCaption,
        LeadImageCredit,
        LeadImageAlt,
    };
    Q_ENUM(Field)

    explicit ArticleDocument(QObject *parent = nullptr);
    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
    ~ArticleDocument() override;
    Q_DISABLE_COPY_MOVE(ArticleDocument)

    const Article &article() const { return m_article; }
    QString id() const { return m_article.id; }
    const QList<BodyBlock> &blocks() const { return m_blocks; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// QString for text fields, QStringList for Bylines and Tags, QDateTime for Published.
    QVariant field(Field field) const;
    void setField(Field field, const QVariant &value);

    /// Replaces the whole body; ids are kept, fixed or assigned as BlockIds describes.
    void setBodyHtml(const QString &html);
    /// Replaces one block; @p html may hold several blocks (a split) or none (a deletion).
    /// Returns false when no block has @p blockId.
    bool setBlockHtml(const QString &blockId, const QString &html);
    /// Replaces the body with blocks prepared (off the GUI thread) by HtmlImporter.
    void setBody(const CleanBody &body);
    /// Inserts prepared blocks after @p afterBlockId (at the top when empty) as one undo
    /// step; blocks whose ids the body already has get fresh ids. False if no such block.
    bool insertBlocks(const QString &afterBlockId, const CleanBody &body);

    void addSource(const ArticleSource &source);
    bool removeSource(const QString &sourceId);
    bool updateSource(const ArticleSource &source);

    /// Makes @p revision the current content as one undoable change (keeps this
    /// document's id and creation time).
    void restore(const Article &revision, const QString &description);

    bool isModified() const;
    /// Call after the article was saved: the current state becomes the clean state.
    void markSaved();

    /// Words, characters (with spaces, without line breaks) and reading time at about
    /// 230 words a minute, over headline, dek and body.
    int wordCount() const;
    int characterCount() const;
    int readingTimeMinutes() const;

    /// Consecutive edits of the same field or block merge into one undo step when they
    /// come within this many milliseconds of each other (default 1000; 0 never merges).
    void setTypingMergeWindow(int milliseconds) { m_mergeWindow = milliseconds; }
    int typingMergeWindow() const { return m_mergeWindow; }

    /// Runs of non-space characters holding at least one letter or digit.
    static int countWords(QStringView text);

    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(QStringView key);
    static QList<Field> allFields();
    static QVariant fieldOf(const Article &article, Field field);
    static void setFieldOf(Article *article, Field field, const QVariant &value);

Q_SIGNALS:
    void fieldChanged(Wiredesk::ArticleDocument::Field field);
    void bodyChanged(const QStringList &changedBlockIds);
    void sourcesChanged();
    void modifiedChanged(bool modified);
    /// Any change at all (after the specific signal).
    void changed();
    /// Emitted first thing in the destructor, while the article can still be read (the
    /// journal writes what is pending).
    void aboutToBeDestroyed();

private:
    friend class SetFieldCommand;
    friend class SetBodyCommand;
    friend class SetSourcesCommand;
    friend class RestoreArticleCommand;

    static QList<BodyBlock> cleanBlocks(QStringView html);
    static void giveFreshIds(QList<BodyBlock> *incoming, QSet<QString> *taken);
    void applyField(Field field, const QVariant &value);
    void applyBody(const QList<BodyBlock> &blocks);
    void applySources(const QList<ArticleSource> &sources);
    void applyArticle(const Article &article);
    void touch();
    QString blockText(const BodyBlock &block) const;
    QString countedText() const;

    Article m_article;
    QList<BodyBlock> m_blocks;
    QUndoStack *m_undoStack;
    int m_mergeWindow = 1000;
    mutable QHash<QString, QPair<QString, QString>> m_textCache; // id -> (html, text)
};

} // namespace Wiredesk
