#include "provenancecontroller.h"

#include "articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"
#include "citationanchors.h"
#include "citesourcedialog.h"
#include "database.h"
#include "httpclient.h"
#include "linkchecker.h"
#include "movenotescommand.h"
#include "noteauthor.h"
#include "previewpane.h"
#include "profile.h"
#include "provenancechecker.h"
#include "provenanceexporter.h"
#include "provenancepane.h"
#include "provenancestore.h"
#include "snapshotstore.h"
#include "sourcedetailform.h"
#include "sourcelistmodel.h"
#include "sourcelistparser.h"
#include "sourcemerger.h"
#include "submitcheckdialog.h"
#include "urlcanonicalizer.h"
#include "wirecitation.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
int indexOfSource(const QList<ArticleSource> &sources, const QString &id)
{
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).id == id)
            return i;
    }
    return -1;
}

/// The article's source with the same canonical URL as @p canonical, -1 if none.
int indexOfCanonical(const QList<ArticleSource> &sources, const QString &canonical)
{
    for (int i = 0; i < sources.size(); ++i) {
        if (!sources.at(i).url.isEmpty() && UrlCanonicalizer::canonicalize(sources.at(i).url) == canonical)
            return i;
    }
    return -1;
}
} // namespace

ProvenanceController::ProvenanceController(Profile *profile, ArticleEditor *editor, ProvenancePane *pane,
    PreviewPane *preview, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_profile(profile)
    , m_editor(editor)
    , m_pane(pane)
    , m_preview(preview)
    , m_statusBar(statusBar)
    , m_window(window)
{
    m_cite = new QAction(tr("&Cite Source…"), this);
    m_cite->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    m_cite->setToolTip(tr("Link the selected text to one or more sources"));
    connect(m_cite, &QAction::triggered, this, &ProvenanceController::chooseAndCite);
    editor->bodyEditor()->addContextMenuAction(m_cite);

    m_checkLinks = new QAction(tr("Check &Links"), this);
    m_checkLinks->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_checkLinks->setToolTip(tr("Fetch every source and keep what it answered, with a snapshot"));
    connect(m_checkLinks, &QAction::triggered, this, &ProvenanceController::checkLinks);
    m_cancelChecks = new QAction(tr("Cancel Link Check"), this);
    m_cancelChecks->setEnabled(false);
    connect(m_cancelChecks, &QAction::triggered, this, &ProvenanceController::cancelLinkChecks);
    m_submitCheck = new QAction(tr("Check &Before Submitting…"), this);
    connect(m_submitCheck, &QAction::triggered, this, &ProvenanceController::runSubmitCheck);
    m_exportProvenance = new QAction(tr("Export &Provenance…"), this);
    connect(m_exportProvenance, &QAction::triggered, this, &ProvenanceController::chooseExportPath);

    // The sidebar, the editor and the preview point at each other through here.
    BodyEditor *body = editor->bodyEditor();
    connect(pane, &ProvenancePane::sourcesChosen, this, [this, body](const QStringList &ids) {
        body->highlightSources(ids);
        m_preview->highlightSources(ids);
    });
    connect(pane, &ProvenancePane::citationChosen, this,
        [this, body](const QString &sourceId, const QString &blockId, int number) {
            if (!sourceId.isEmpty()) {
                body->highlightSources({sourceId});
                m_preview->highlightSources({sourceId});
            }
            body->selectCitation(blockId, number);
            m_preview->scrollToCitation(blockId, number);
        });
    connect(body, &BodyEditor::citedSourcesAtCursorChanged, pane, &ProvenancePane::selectSources);
    connect(pane, &ProvenancePane::targetChanged, this, &ProvenanceController::showTarget);
    connect(pane, &ProvenancePane::addSourcesRequested, this, [this](const QString &text) {
        const QStringList added = addSources(text);
        if (!added.isEmpty())
            m_pane->selectSource(added.first());
    });
    connect(pane, &ProvenancePane::addBlankSourceRequested, this, &ProvenanceController::addBlankSource);
    connect(pane, &ProvenancePane::sourceEditRequested, this, &ProvenanceController::editSource);
    connect(pane, &ProvenancePane::deleteSourceRequested, this, &ProvenanceController::deleteSource);
    connect(pane, &ProvenancePane::mergeRequested, this, &ProvenanceController::mergeSources);
    connect(pane, &ProvenancePane::noteRequested, this, &ProvenanceController::addNote);
    connect(pane, &ProvenancePane::checkLinksRequested, this, &ProvenanceController::checkLinks);
    connect(pane, &ProvenancePane::cancelChecksRequested, this, &ProvenanceController::cancelLinkChecks);
    connect(editor, &ArticleEditor::documentReplaced, this, [this] {
        if (m_checker && m_checker->isRunning())
            m_checker->cancel(); // the results would belong to the other article
        refreshChecks();
        followCitations();
    });
    connect(editor, &ArticleEditor::edited, this, &ProvenanceController::followCitations);
}

ProvenanceController::~ProvenanceController()
{
    if (m_checker)
        m_checker->cancel();
}

bool ProvenanceController::open(QString *error)
{
    m_database = std::make_unique<Database>();
    if (!m_database->open(m_profile->databasePath())) {
        *error = tr("The provenance store cannot be opened: %1").arg(m_database->errorString());
        return false;
    }
    m_store = std::make_unique<ProvenanceStore>(m_database.get());
    if (!m_store->migrate()) {
        *error = tr("The provenance store cannot be opened: %1").arg(m_store->errorString());
        return false;
    }
    m_snapshots = std::make_unique<SnapshotStore>(m_profile->snapshotFolder());
    // Link checks run on Qt's network thread; the checker only collects answers here.
    m_http = new HttpClient(this);
    m_checker = new LinkChecker(m_http, this);
    m_checker->setSnapshotStore(m_snapshots.get());
    connect(m_checker, &LinkChecker::progress, this, [this](int done, int total) {
        m_pane->setCheckProgress(done, total, true);
        m_statusBar->showMessage(tr("Checking links: %1 of %2").arg(done).arg(total));
    });
    connect(m_checker, &LinkChecker::checked, this, [this](int index, const LinkCheckResult &result) {
        if (result.outcome == LinkCheckResult::Outcome::Cancelled || index < 0 || index >= m_checkSourceIds.size())
            return; // a cancelled check says nothing about the link: not kept
        if (!m_store->recordCheck(m_checkArticleId, m_checkSourceIds.at(index), result))
            message(tr("A link check could not be recorded: %1").arg(m_store->errorString()), 10000);
    });
    connect(m_checker, &LinkChecker::finished, this, [this](bool cancelled) {
        m_pane->setCheckProgress(m_checker->doneCount(), m_checker->totalCount(), false);
        m_cancelChecks->setEnabled(false);
        m_checkLinks->setEnabled(true);
        int dead = 0;
        for (const LinkCheckResult &result : m_checker->results())
            dead += result.isOk() || result.outcome == LinkCheckResult::Outcome::Cancelled ? 0 : 1;
        QString summary = tr("Link check cancelled.");
        if (!cancelled)
            summary = tr("Checked %n link(s).", nullptr, m_checker->totalCount()) + u' '
                + tr("%n with problems.", nullptr, dead);
        message(summary);
        refreshChecks();
        Q_EMIT linkChecksFinished(cancelled);
    });
    refreshChecks();
    return true;
}

void ProvenanceController::populateMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_cite);
    menu->addAction(m_checkLinks);
    menu->addAction(m_cancelChecks);
    menu->addSeparator();
    menu->addAction(m_submitCheck);
    menu->addAction(m_exportProvenance);
    menu->addSeparator();
    menu->addAction(tr("Note &Author…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(m_window, tr("Note Author"),
            tr("Name written on your notes and on reasons for sending anyway:"), QLineEdit::Normal, NoteAuthor::name(),
            &ok);
        if (ok && !name.trimmed().isEmpty())
            NoteAuthor::setName(name);
    });
}

ArticleDocument *ProvenanceController::document() const
{
    return m_editor->document();
}

QString ProvenanceController::articleId() const
{
    return document() ? document()->id() : QString();
}

void ProvenanceController::message(const QString &text, int timeout) const
{
    m_statusBar->showMessage(text, timeout);
}

// --- citing ---------------------------------------------------------------------------

void ProvenanceController::chooseAndCite()
{
    BodyEditor *body = m_editor->bodyEditor();
    if (!document() || !body->textCursor().hasSelection()) {
        message(tr("Select the text to cite first."));
        return;
    }
    QString quote = body->textCursor().selectedText();
    quote.replace(QChar(QChar::ParagraphSeparator), u' ');
    CiteSourceDialog dialog(document()->article().sources, body->sourcesAtCursor(), quote, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    citeSelection(dialog.chosenIds(), dialog.pastedText());
    body->setFocus(Qt::OtherFocusReason);
}

bool ProvenanceController::citeSelection(const QStringList &sourceIds, const QString &pastedUrls)
{
    ArticleDocument *doc = document();
    BodyEditor *body = m_editor->bodyEditor();
    if (!doc || !body->textCursor().hasSelection()) {
        message(tr("Select the text to cite first."));
        return false;
    }
    const QList<SourceListParser::Entry> entries = SourceListParser::parse(pastedUrls);
    if (sourceIds.isEmpty() && entries.isEmpty()) {
        message(tr("Nothing to cite: no source chosen and no http(s) address pasted."));
        return false;
    }
    // One undo step: new sources and the citation come back out together.
    doc->undoStack()->beginMacro(tr("Cite source"));
    QStringList ids = sourceIds;
    for (const SourceListParser::Entry &entry : entries) {
        QList<ArticleSource> sources = doc->article().sources;
        const int existing = indexOfCanonical(sources, entry.canonicalUrl);
        if (existing >= 0) {
            if (!ids.contains(sources.at(existing).id))
                ids << sources.at(existing).id;
            continue;
        }
        ArticleSource source;
        source.id = WireCitation::nextSourceId(sources);
        source.url = entry.url;
        source.title = entry.title;
        source.publisher = entry.publisher;
        source.platform = entry.platform.isEmpty() ? u"other"_s : entry.platform;
        source.retrieved = QDateTime::currentDateTimeUtc();
        doc->addSource(source);
        ids << source.id;
    }
    const bool cited = body->citeSelection(ids);
    doc->undoStack()->endMacro();
    message(tr("Cited %n source(s).", nullptr, int(ids.size())));
    return cited;
}

// --- sources --------------------------------------------------------------------------

QStringList ProvenanceController::addSources(const QString &pastedText)
{
    ArticleDocument *doc = document();
    if (!doc)
        return {};
    const QList<SourceListParser::Entry> entries = SourceListParser::parse(pastedText);
    if (entries.isEmpty()) {
        message(tr("No http(s) address found in the pasted text."));
        return {};
    }
    QStringList added;
    int known = 0;
    doc->undoStack()->beginMacro(tr("Add sources"));
    for (const SourceListParser::Entry &entry : entries) {
        const QList<ArticleSource> sources = doc->article().sources;
        if (indexOfCanonical(sources, entry.canonicalUrl) >= 0) {
            ++known;
            continue;
        }
        ArticleSource source;
        source.id = WireCitation::nextSourceId(sources);
        source.url = entry.url;
        source.title = entry.title;
        source.publisher = entry.publisher;
        source.platform = entry.platform.isEmpty() ? u"other"_s : entry.platform;
        source.retrieved = QDateTime::currentDateTimeUtc();
        doc->addSource(source);
        added << source.id;
    }
    doc->undoStack()->endMacro();
    QString summary = tr("Added %n source(s).", nullptr, int(added.size()));
    if (known)
        summary += u' ' + tr("%n already in the article.", nullptr, known);
    message(summary);
    return added;
}

void ProvenanceController::addBlankSource()
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    ArticleSource source;
    source.id = WireCitation::nextSourceId(doc->article().sources);
    source.platform = u"other"_s;
    source.retrieved = QDateTime::currentDateTimeUtc();
    doc->addSource(source);
    m_pane->selectSource(source.id);
    m_pane->tabs()->setCurrentWidget(m_pane->detailForm());
    m_pane->detailForm()->urlField()->setFocus(Qt::OtherFocusReason);
}

void ProvenanceController::editSource(const ArticleSource &source)
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    const int index = indexOfSource(doc->article().sources, source.id);
    if (index < 0)
        return;
    const ArticleSource before = doc->article().sources.at(index);
    if (before == source)
        return;
    // A status set in the form is a status change like any other: it goes into the history.
    if (before.status != source.status && m_store) {
        Annotation note;
        note.articleId = doc->id();
        note.targetKind = Annotation::TargetKind::Source;
        note.targetId = source.id;
        note.author = NoteAuthor::name();
        note.time = QDateTime::currentDateTimeUtc();
        note.text = tr("Status set in the source's details.");
        note.statusFrom = before.status;
        note.statusTo = source.status;
        m_store->addAnnotation(note);
    }
    doc->updateSource(source);
    showTarget(Annotation::TargetKind::Source, source.id);
    message(tr("Source %1 updated.").arg(source.id));
}

void ProvenanceController::deleteSource(const QString &sourceId)
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    const int index = indexOfSource(doc->article().sources, sourceId);
    if (index < 0)
        return;
    const bool notes = m_store && m_store->hasAnnotations(doc->id(), Annotation::TargetKind::Source, sourceId);
    const int citations = int(m_pane->model()->citationsOf(sourceId).size());
    if (notes || citations > 0) {
        QStringList why;
        if (notes)
            why << tr("It has notes (they stay in the profile and come back with the source).");
        if (citations > 0)
            why << tr("%n passage(s) of the text cite it and will point at a removed source.", nullptr, citations);
        const auto answer = QMessageBox::question(m_window, tr("Delete Source"),
            tr("Delete the source “%1”?")
                    .arg(doc->article().sources.at(index).title.isEmpty() ? doc->article().sources.at(index).url
                                                                          : doc->article().sources.at(index).title)
                + u"\n\n"_s + why.join(u'\n') + u"\n\n"_s + tr("Edit → Undo brings it back."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    doc->removeSource(sourceId);
    message(tr("Source deleted. Ctrl+Z brings it back."));
}

void ProvenanceController::mergeSources(const QString &duplicateId, const QString &intoId)
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    Article merged = doc->article();
    if (!SourceMerger::merge(&merged, duplicateId, intoId))
        return;
    doc->undoStack()->beginMacro(tr("Merge duplicate sources"));
    if (merged.bodyHtml != doc->article().bodyHtml)
        doc->setBodyHtml(merged.bodyHtml);
    doc->updateSource(merged.sources.at(indexOfSource(merged.sources, intoId)));
    doc->removeSource(duplicateId);
    // Both threads survive: the duplicate's notes and checks now hang on the kept source,
    // and undoing the merge moves them back to the duplicate (part of the same undo step).
    QPointer<ProvenanceController> self(this);
    auto *moveNotes = new MoveNotesCommand([self] { return self ? self->m_store.get() : nullptr; }, doc->id(),
        Annotation::TargetKind::Source, duplicateId, intoId,
        [self] {
            if (self)
                self->notesMoved();
        });
    doc->undoStack()->push(moveNotes);
    doc->undoStack()->endMacro();
    if (!moveNotes->succeeded())
        message(tr("The notes of %1 could not be moved: %2").arg(duplicateId, moveNotes->errorString()), 10000);
    m_pane->selectSource(intoId);
    refreshChecks();
    message(tr("Merged %1 into %2.").arg(duplicateId, intoId));
}

// --- notes ----------------------------------------------------------------------------

bool ProvenanceController::addNote(
    Annotation::TargetKind kind, const QString &targetId, const QString &text, const QString &newStatus)
{
    ArticleDocument *doc = document();
    if (!doc || !m_store || targetId.isEmpty())
        return false;
    Annotation note;
    note.articleId = doc->id();
    note.targetKind = kind;
    note.targetId = targetId;
    note.author = NoteAuthor::name();
    note.time = QDateTime::currentDateTimeUtc();
    note.text = text.trimmed();
    const int index = kind == Annotation::TargetKind::Source ? indexOfSource(doc->article().sources, targetId) : -1;
    if (!newStatus.isEmpty()) {
        QString from
            = index >= 0 ? doc->article().sources.at(index).status : m_store->currentStatus(doc->id(), kind, targetId);
        if (from.isEmpty())
            from = u"unchecked"_s;
        if (from != newStatus) {
            note.statusFrom = from;
            note.statusTo = newStatus;
        }
    }
    if (note.text.isEmpty() && !note.changesStatus())
        return false;
    if (m_store->addAnnotation(note) == 0) {
        message(tr("The note was not saved: %1").arg(m_store->errorString()), 10000);
        return false;
    }
    if (index >= 0 && note.changesStatus()) {
        ArticleSource source = doc->article().sources.at(index);
        source.status = newStatus;
        doc->updateSource(source); // the sidebar's status column and the exports follow
    }
    showTarget(kind, targetId);
    message(tr("Note added."));
    return true;
}

void ProvenanceController::notesMoved()
{
    // The thread on display may have gained or lost notes; the checks column too.
    refreshChecks();
    if (!m_pane->currentSourceId().isEmpty())
        showTarget(Annotation::TargetKind::Source, m_pane->currentSourceId());
}

void ProvenanceController::showTarget(Annotation::TargetKind kind, const QString &targetId)
{
    const QString id = articleId();
    if (!m_store || id.isEmpty() || targetId.isEmpty()) {
        m_pane->showThread(kind, QString(), {});
        m_pane->showCheckHistory(QString(), {});
        return;
    }
    m_pane->showThread(kind, targetId, m_store->thread(id, kind, targetId));
    if (kind == Annotation::TargetKind::Source)
        m_pane->showCheckHistory(targetId, m_store->checkHistory(id, targetId));
}

void ProvenanceController::followCitations()
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    const Article &article = doc->article();
    if (article.id != m_anchorArticleId) {
        m_anchorArticleId = article.id;
        m_anchorBody = article.bodyHtml;
        m_anchorCitations = CitationExtractor::extract(article.bodyHtml).citations;
        return;
    }
    if (article.bodyHtml == m_anchorBody)
        return;
    const QList<CitationExtractor::Citation> now = CitationExtractor::extract(article.bodyHtml).citations;
    const QList<CitationAnchors::Move> moves = CitationAnchors::moves(m_anchorCitations, now);
    m_anchorBody = article.bodyHtml;
    m_anchorCitations = now;
    if (!m_store || moves.isEmpty())
        return;
    // Renumbering shifts ids onto each other (…/1 → …/2 while …/2 → …/3): park the moving
    // threads on temporary ids first, so no thread lands on one that has yet to move.
    using Kind = Annotation::TargetKind;
    QList<CitationAnchors::Move> parked;
    for (const CitationAnchors::Move &move : moves) {
        if (m_store->hasAnnotations(article.id, Kind::Citation, move.from)
            && m_store->moveTarget(article.id, Kind::Citation, move.from, u"~moving~"_s + move.from))
            parked << move;
    }
    for (const CitationAnchors::Move &move : std::as_const(parked))
        m_store->moveTarget(article.id, Kind::Citation, u"~moving~"_s + move.from, move.to);
    if (!parked.isEmpty() && !m_pane->currentCitationId().isEmpty())
        showTarget(Kind::Citation, m_pane->currentCitationId());
}

// --- link checks ----------------------------------------------------------------------

void ProvenanceController::checkLinks()
{
    ArticleDocument *doc = document();
    if (!doc || !m_checker)
        return;
    QStringList urls;
    m_checkSourceIds.clear();
    for (const ArticleSource &source : doc->article().sources) {
        const QUrl url(source.url.trimmed());
        if (url.scheme() != u"http" && url.scheme() != u"https")
            continue;
        urls << source.url.trimmed();
        m_checkSourceIds << source.id;
    }
    if (urls.isEmpty()) {
        message(tr("No source has an http(s) address to check."));
        return;
    }
    m_checkArticleId = doc->id();
    m_checkLinks->setEnabled(false);
    m_cancelChecks->setEnabled(true);
    m_pane->setCheckProgress(0, int(urls.size()), true);
    message(tr("Checking links: %1 of %2").arg(0).arg(urls.size()));
    m_checker->check(urls);
}

void ProvenanceController::cancelLinkChecks()
{
    if (m_checker && m_checker->isRunning())
        m_checker->cancel();
}

void ProvenanceController::refreshChecks()
{
    const QString id = articleId();
    m_pane->setChecks(m_store && !id.isEmpty() ? m_store->latestChecks(id) : QHash<QString, LinkCheckResult>());
    const QString current = m_pane->currentSourceId();
    if (m_store && !current.isEmpty() && m_pane->currentCitationId().isEmpty())
        m_pane->showCheckHistory(current, m_store->checkHistory(id, current));
}

// --- before it leaves -----------------------------------------------------------------

bool ProvenanceController::confirmSubmit(QString *reasonOut)
{
    if (!document())
        return false;
    return SubmitCheckDialog::confirm(m_window, document()->article(), m_store.get(), reasonOut);
}

void ProvenanceController::runSubmitCheck()
{
    ArticleDocument *doc = document();
    if (!doc)
        return;
    const QList<ProvenanceWarning> warnings = ProvenanceChecker::check(doc->article(),
        m_store ? m_store->latestChecks(doc->id()) : QHash<QString, LinkCheckResult>(), ProvenanceCheckSettings(),
        QDateTime::currentDateTimeUtc());
    if (!SubmitCheckDialog::blockingWarnings(warnings).isEmpty()) {
        QString reason;
        if (confirmSubmit(&reason))
            message(tr("Sending anyway is recorded with the reason: %1").arg(reason), 8000);
        else
            message(tr("The article has blocking problems: fix them before submitting."), 8000);
        return;
    }
    SubmitCheckDialog review(warnings, true, m_window);
    review.exec();
}

QString ProvenanceController::jsonLdScript(const Article &article) const
{
    ProvenanceExporter::Options options;
    options.publisherName = m_publicationName;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    const QList<Annotation> notes = m_store ? m_store->annotations(article.id) : QList<Annotation>();
    return ProvenanceExporter::jsonLdScript(ProvenanceExporter::jsonLd(article, notes, options));
}

bool ProvenanceController::exportProvenance(const QString &path, QString *error) const
{
    if (!document()) {
        *error = tr("No draft is open.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(provenanceJson(document()->article())) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray ProvenanceController::provenanceJson(const Article &article) const
{
    QHash<QString, QList<LinkCheckResult>> checks;
    if (m_store) {
        for (const ArticleSource &source : article.sources)
            checks.insert(source.id, m_store->checkHistory(article.id, source.id));
    }
    ProvenanceExporter::Options options;
    options.publisherName = m_publicationName;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject json = ProvenanceExporter::provenanceJson(
        article, m_store ? m_store->annotations(article.id) : QList<Annotation>(), checks, options);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

FolderTarget::Provenance ProvenanceController::folderProvenance(const Article &article) const
{
    return {jsonLdScript(article), provenanceJson(article)};
}

void ProvenanceController::chooseExportPath()
{
    if (!document())
        return;
    const Article article = document()->article();
    QString base = article.slug.isEmpty() ? article.id : article.slug;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Provenance"),
        folder + u'/' + base + u".provenance.json"_s, tr("Provenance files (*.provenance.json *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportProvenance(path, &error)) {
        QMessageBox::warning(m_window, tr("Export Provenance"), tr("Cannot write %1: %2").arg(path, error));
        return;
    }
    message(tr("Provenance exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Wiredesk
