#include "mainwindow.h"

#include "appsettings.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articlerepository.h"
#include "bodyeditor.h"
#include "draftsession.h"
#include "draftspane.h"
#include "draftworkspace.h"
#include "editorstatus.h"
#include "foldertarget.h"
#include "htmlimporter.h"
#include "inboxcontroller.h"
#include "inboxpane.h"
#include "markdownconverter.h"
#include "pageexporter.h"
#include "paragraphedit.h"
#include "previewcontentbuilder.h"
#include "previewpane.h"
#include "profile.h"
#include "provenancecontroller.h"
#include "provenancepane.h"
#include "revisionsdialog.h"
#include "sourceview.h"
#include "spellingstatus.h"
#include "submitcheckdialog.h"
#include "syncactions.h"
#include "syncresults.h"
#include "wirecitation.h"
#include "wirestore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wiredesk {

MainWindow::MainWindow(std::unique_ptr<Profile> profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
    , m_previewContent(std::make_unique<PreviewContentBuilder>(m_profile->path()))
{
    setWindowTitle(tr("Wiredesk"));
    setAccessibleName(tr("Wiredesk main window"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setDocumentMode(true);

    m_editor = new ArticleEditor(this);
    m_editor->setAssetRoot(m_profile->path());
    m_editor->setPersonalDictionaryPath(m_profile->personalDictionaryPath());
    m_editor->bodyEditor()->setMarkdownConverter(
        [](const QString &markdown) { return MarkdownConverter::bodyFromMarkdown(markdown); });
    setCentralWidget(m_editor);
    m_workspace = std::make_unique<DraftWorkspace>();
    m_workspace->setEditor(m_editor);
    createDocks();
    m_provenanceController
        = new ProvenanceController(m_profile.get(), m_editor, m_provenance, m_preview, statusBar(), this);
    m_provenanceController->setPublicationName(m_previewContent->renderer().options().publicationName);
    // Before createMenus() (its Sync menu) and restoreLayout() (its Outbox dock).
    m_sync = new SyncActions(this, m_workspace.get(), m_draftsPane, m_profile->path());
    m_sync->setDraftOpener([this](const QString &id) { return openDraft(id); });
    // Every push from the window first passes the provenance checks: blocking problems stop
    // it unless the editor gives a reason, which is recorded with the article.
    m_sync->setSubmitGate([this](QWidget *parent, const Article &article, QString *reason) {
        return SubmitCheckDialog::confirm(parent, article, m_provenanceController->store(), reason);
    });
    // Pages published to a folder carry their provenance (JSON-LD, provenance file).
    m_sync->setFolderPublishing(m_previewContent->renderer().options(),
        [this](const Article &article) { return m_provenanceController->folderProvenance(article); });
    createMenus();

    m_profileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_profileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_editorStatus = new EditorStatus(this);
    statusBar()->addPermanentWidget(m_editorStatus);
    m_spellingStatus = new SpellingStatus(this);
    statusBar()->addPermanentWidget(m_spellingStatus);
    connect(m_editor->bodyEditor(), &BodyEditor::spellingChanged, this, &MainWindow::describeSpelling);
    describeSpelling();
    // Counting walks the whole article: at most a few times a second, never per keystroke.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, [this] {
        m_editorStatus->setCounts(
            m_workspace->wordCount(), m_workspace->characterCount(), m_workspace->readingTimeMinutes());
    });

    m_defaultState = saveState();
    restoreLayout();

    connect(m_editor, &ArticleEditor::edited, this, [this] {
        m_article = m_editor->article();
        m_provenance->setArticle(m_article);
        updatePreview();
        updateStatus();
        scheduleCounts();
        if (m_sourceDock->isVisible())
            m_source->setArticle(m_article);
    });
    connect(m_editor->bodyEditor(), &BodyEditor::slowPaste, this, [this](qint64 ms) {
        statusBar()->showMessage(
            tr("Large paste cleaned and inserted in %1 s").arg(double(ms) / 1000.0, 0, 'f', 1), 5000);
    });
    connect(m_draftsPane, &DraftsPane::openRequested, this, &MainWindow::openDraft);
    connect(m_draftsPane, &DraftsPane::newRequested, this, &MainWindow::newDraft);
    connect(m_draftsPane, &DraftsPane::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_draftsPane, &DraftsPane::trashed, this, [this](const QString &id) {
        if (m_workspace->currentId() != id)
            return;
        m_workspace->discard(); // the trashed draft is not saved back
        const QList<DraftSummary> left = m_workspace->repository()->list();
        if (left.isEmpty())
            newDraft();
        else
            openDraft(left.first().id);
    });
    connect(m_preview, &PreviewPane::rendered, this, &MainWindow::previewRendered);
    connect(m_preview, &PreviewPane::loadFailed, this, &MainWindow::fatalError);
    // Scroll sync by block id, both ways.
    connect(m_editor->bodyEditor(), &BodyEditor::topBlockChanged, m_preview, &PreviewPane::scrollToBlock);
    connect(m_preview, &PreviewPane::topBlockChanged, m_editor->bodyEditor(), &BodyEditor::scrollToBlock);
    connect(m_preview, &PreviewPane::pdfPrinted, this, [this](const QString &path, bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Printed to %1").arg(QDir::toNativeSeparators(path)), 5000);
        else
            QMessageBox::warning(this, tr("Print to PDF"), tr("The PDF could not be written to %1.").arg(path));
    });
    connect(m_preview, &PreviewPane::remoteImagesAllowedChanged, this, [this](bool allowed) {
        m_previewContent->setRemoteImagesAllowed(allowed);
        updatePreview();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &title, const QString &objectName, QWidget *content) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(objectName); // saveState() keys on it
        dock->setWidget(content);
        dock->setAccessibleName(title);
        return dock;
    };
    m_inbox = new InboxPane(this);
    m_draftsPane = new DraftsPane(this);
    m_source = new SourceView(this);
    m_provenance = new ProvenancePane(this);
    m_preview = new PreviewPane(this);
    m_preview->setAssetRoot(m_profile->path());

    m_inboxDock = makeDock(tr("Wire Inbox"), u"inboxDock"_s, m_inbox);
    m_provenanceDock = makeDock(tr("Provenance"), u"provenanceDock"_s, m_provenance);
    m_previewDock = makeDock(tr("Preview"), u"previewDock"_s, m_preview);
    m_draftsDock = makeDock(tr("Drafts"), u"draftsDock"_s, m_draftsPane);
    m_sourceDock = makeDock(tr("Source"), u"sourceDock"_s, m_source);
    connect(m_sourceDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_source->setArticle(m_article);
    });
    addDockWidget(Qt::LeftDockWidgetArea, m_inboxDock);
    addDockWidget(Qt::RightDockWidgetArea, m_provenanceDock);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    splitDockWidget(m_provenanceDock, m_previewDock, Qt::Horizontal);
    tabifyDockWidget(m_inboxDock, m_draftsDock); // drafts beside the inbox
    tabifyDockWidget(m_previewDock, m_sourceDock);
    m_inboxDock->raise();
    m_previewDock->raise();
}

void MainWindow::sizeDocksToWindow()
{
    // Shares of the window's width, so the editor in the middle keeps a writable column on
    // any screen (fixed pixel sizes left it ~180 px wide on a 1,600 px screen).
    const int width = qMax(this->width(), 1000);
    resizeDocks({m_inboxDock, m_provenanceDock, m_previewDock}, {width * 28 / 100, width * 20 / 100, width * 25 / 100},
        Qt::Horizontal);
}

void MainWindow::describeSpelling()
{
    if (m_spellingStatus) // made after the menus, whose saved choice it then reads
        m_spellingStatus->describe(
            *m_editor->bodyEditor()->spellChecker(), m_editor->checkSpellingAction()->isChecked());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Draft"), QKeySequence::New, this, &MainWindow::newDraft);
    file->addAction(tr("&Save Draft"), QKeySequence::Save, this, &MainWindow::saveDraft);
    file->addAction(tr("&Revisions…"), this, &MainWindow::showRevisions);
    file->addSeparator();
    QAction *importArticle = file->addAction(tr("&Import Article…"), this, &MainWindow::importArticle);
    importArticle->setShortcut(QKeySequence::Open);
    file->addAction(tr("Export &Markdown…"), this, [this] { exportText(ExportFormat::Markdown); });
    file->addAction(tr("Export Article &JSON…"), this, [this] { exportText(ExportFormat::Json); });
    QAction *exportHtml = file->addAction(tr("&Export HTML…"), this, &MainWindow::exportHtml);
    exportHtml->setShortcut(tr("Ctrl+Shift+E"));
    QAction *printPdf = file->addAction(tr("Print to &PDF…"), this, &MainWindow::printToPdf);
    printPdf->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // One history for metadata and body: the editor's actions over the article's undo stack.
    edit->addAction(m_editor->undoAction());
    edit->addAction(m_editor->redoAction());
    edit->addSeparator();
    edit->addAction(m_editor->findAction());
    edit->addAction(m_editor->replaceAction());
    edit->addSeparator();
    QAction *spelling = m_editor->checkSpellingAction();
    edit->addAction(spelling);
    connect(spelling, &QAction::toggled, this, [this](bool on) {
        appSettings()->setValue(u"editor/checkSpelling"_s, on);
        describeSpelling();
    });
    spelling->setChecked(appSettings()->value(u"editor/checkSpelling"_s, true).toBool());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
        {m_inboxDock, m_draftsDock, m_provenanceDock, m_previewDock, m_sourceDock, m_sync->outboxDock()})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_draftsDock->toggleViewAction()->setShortcut(tr("Ctrl+2"));
    m_sourceDock->toggleViewAction()->setShortcut(tr("Ctrl+U"));
    m_inboxDock->toggleViewAction()->setShortcut(tr("Ctrl+1"));
    m_provenanceDock->toggleViewAction()->setShortcut(tr("Ctrl+3"));
    m_previewDock->toggleViewAction()->setShortcut(tr("Ctrl+4"));
    m_viewMenu->addSeparator();
    QAction *phone = m_viewMenu->addAction(tr("Preview at &Phone Width"));
    phone->setCheckable(true);
    connect(phone, &QAction::toggled, this,
        [this](bool on) { m_preview->setWidthMode(on ? PreviewPane::Width::Phone : PreviewPane::Width::Desktop); });
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editor->bodyEditor()->formattingActions());

    QMenu *wire = m_wireMenu = menuBar()->addMenu(tr("&Wire"));
    QAction *search = wire->addAction(tr("&Search Wires"), this, [this] {
        m_inboxDock->show();
        m_inbox->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_inbox->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F"))); // Ctrl+F finds in the article

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *headline = article->addAction(
        tr("Go to &Headline"), this, [this] { m_editor->headlineField()->setFocus(Qt::ShortcutFocusReason); });
    headline->setShortcut(tr("Ctrl+Shift+H"));
    m_provenanceController->populateMenu(article);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    QAction *publishFolder = sync->addAction(tr("Publish to &Folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Publish to Folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            publishToFolder(folder);
    });
    publishFolder->setToolTip(tr("Publish the page, the article and its provenance into a folder (a static site)."));
    m_sync->populateMenu(sync);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Wiredesk"), this, [this] {
        QMessageBox::about(this, tr("About Wiredesk"),
            tr("<h3>Wiredesk %1</h3><p>An editorial workstation: news wires in, verified articles out.</p>"
               "<p>Profile: %2</p>")
                .arg(QApplication::applicationVersion(), m_profile->path().toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreLayout()
{
    const auto settings = appSettings();
    if (!restoreGeometry(settings->value(u"window/geometry"_s).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size() * 0.9);
    }
    if (!restoreState(settings->value(u"window/state"_s).toByteArray()))
        sizeDocksToWindow(); // first start: no layout saved yet
}

void MainWindow::saveLayout() const
{
    const auto settings = appSettings();
    settings->setValue(u"window/geometry"_s, saveGeometry());
    settings->setValue(u"window/state"_s, saveState());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    sizeDocksToWindow();
    for (QDockWidget *dock : {m_inboxDock, m_draftsDock, m_provenanceDock, m_previewDock, m_sourceDock})
        dock->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_workspace->close();
    event->accept();
}

bool MainWindow::openProfile(QString *error)
{
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile->path())));
    // The provenance store migrates its tables first, before the ingest thread writes.
    if (!m_provenanceController->open(error))
        return false;
    // The inbox: store, ingest thread, demo sources and the Wire menu (InboxController).
    m_inboxController = new InboxController(m_profile.get(), m_inbox, statusBar(), this);
    if (!m_inboxController->open(error))
        return false;
    m_wireMenu->addSeparator();
    m_inboxController->populateMenu(m_wireMenu);
    connect(m_inbox, &InboxPane::newDraftRequested, this, &MainWindow::newDraftFromWire);
    connect(m_inbox, &InboxPane::citeRequested, this, &MainWindow::citeWires);
    // Wire items dropped on the body cite the sentence under the drop point.
    connect(m_editor->bodyEditor(), &BodyEditor::wireItemsDropped, this, [this](const QList<qint64> &ids) {
        QList<InboxRow> rows;
        for (const qint64 id : ids) {
            const InboxRow row = m_inboxController->store()->item(id);
            if (row.item.id != 0)
                rows << row;
        }
        if (!rows.isEmpty())
            citeWires(rows);
    });
    QString why;
    if (!m_workspace->open(m_profile->databasePath(), &why)) {
        *error = tr("The drafts store cannot be opened: %1").arg(why);
        return false;
    }
    m_draftsPane->setRepository(m_workspace->repository());
    if (!m_sync->open(m_profile->databasePath(), &why)) {
        *error = tr("The sync outbox cannot be opened: %1").arg(why);
        return false;
    }

    // Work the last session did not get to save (a crash, kill -9) comes back first.
    if (const auto recovered = m_workspace->recover(&why)) {
        showCurrentDraft();
        statusBar()->showMessage(tr("Restored unsaved changes to “%1” from %2: Wiredesk was not closed normally.")
                                     .arg(recovered->headline.isEmpty() ? tr("untitled draft") : recovered->headline,
                                         QLocale().toString(recovered->journaled.toLocalTime(), QLocale::ShortFormat)));
        Q_EMIT draftRecovered(recovered->articleId);
        return true;
    }
    if (!why.isEmpty())
        statusBar()->showMessage(tr("The autosave journal could not be read: %1").arg(why), 10000);

    const QList<DraftSummary> drafts = m_workspace->repository()->list();
    if (!drafts.isEmpty()) {
        if (m_workspace->openDraft(drafts.first().id, error)) {
            showCurrentDraft();
            return true;
        }
        return false;
    }
    // A fresh profile with a sample draft file (the demo): it becomes the first draft.
    const std::optional<Article> demo = readDemoDraft(error);
    if (!error->isEmpty())
        return false;
    if (!m_workspace->openNew(demo.value_or(Article {}), error))
        return false;
    showCurrentDraft();
    return true;
}

std::optional<Article> MainWindow::readDemoDraft(QString *error)
{
    const QString path = m_profile->path() + u"/drafts/sample-draft.json"_s;
    if (!QFile::exists(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    Article article;
    QString why;
    if (json.isNull() || !Article::fromJson(json.object(), &article, &why)) {
        *error = tr("The draft %1 cannot be opened: %2").arg(path, why.isEmpty() ? parseError.errorString() : why);
        return std::nullopt;
    }
    return article;
}

DraftSession *MainWindow::draftSession() const
{
    return m_workspace->session();
}

bool MainWindow::openDraft(const QString &id)
{
    QString error;
    if (!m_workspace->openDraft(id, &error)) {
        statusBar()->showMessage(tr("The draft cannot be opened: %1").arg(error), 10000);
        return false;
    }
    showCurrentDraft();
    return true;
}

void MainWindow::newDraft()
{
    Article article;
    article.language = m_workspace->language();
    QString error;
    if (!m_workspace->openNew(article, &error))
        statusBar()->showMessage(tr("The new draft is not saved yet: %1").arg(error), 10000);
    showCurrentDraft();
    m_editor->headlineField()->setFocus(Qt::OtherFocusReason);
}

WireItem MainWindow::fullWireItem(const InboxRow &row) const
{
    // Inbox rows carry no body (pages stay cheap); one row by key is all this reads.
    const InboxRow full = m_inboxController->store()->item(row.item.id);
    return full.item.id != 0 ? full.item : row.item;
}

void MainWindow::newDraftFromWire(const InboxRow &row)
{
    const Article article = WireCitation::draftFrom(fullWireItem(row), row.sourceName, QDateTime::currentDateTimeUtc());
    QString error;
    if (!m_workspace->openNew(article, &error))
        statusBar()->showMessage(tr("The new draft is not saved yet: %1").arg(error), 10000);
    showCurrentDraft();
    m_draftsPane->refresh();
    m_editor->headlineField()->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("New draft from “%1”, cited as its first source.").arg(row.item.title), 5000);
}

void MainWindow::citeWires(const QList<InboxRow> &rows)
{
    ArticleDocument *document = m_workspace->document();
    if (!document) {
        statusBar()->showMessage(tr("Open a draft to cite wire items in it."), 5000);
        return;
    }
    QStringList ids;
    int added = 0;
    document->undoStack()->beginMacro(tr("Cite wire items")); // sources and citation: one undo step
    for (const InboxRow &row : rows) {
        const WireItem item = fullWireItem(row);
        QList<ArticleSource> sources = document->article().sources;
        const int existing = WireCitation::findExisting(sources, item);
        if (existing >= 0) {
            ids << sources.at(existing).id;
            continue;
        }
        const ArticleSource source = WireCitation::sourceFor(item, row.sourceName, WireCitation::nextSourceId(sources));
        document->addSource(source);
        ids << source.id;
        ++added;
    }
    // With text selected in the body, the selection becomes a citation of those sources.
    const bool cited = m_editor->bodyEditor()->citeSelection(ids);
    document->undoStack()->endMacro();
    statusBar()->showMessage(cited
            ? tr("Cited %n source(s) in the selected text.", nullptr, int(ids.size()))
            : tr("Added %n source(s) to the article; select text and cite again to mark the claim.", nullptr, added),
        5000);
}

bool MainWindow::saveDraft()
{
    QString error;
    if (!m_workspace->save(&error)) {
        statusBar()->showMessage(tr("Not saved: %1 Your changes are kept in the autosave journal.").arg(error));
        return false;
    }
    m_draftsPane->refresh();
    return true;
}

void MainWindow::showCurrentDraft()
{
    m_article = m_workspace->article();
    m_draftsPane->setCurrentDraft(m_workspace->currentId());
    m_provenance->setArticle(m_article);
    updatePreview();
    updateStatus();
    scheduleCounts();
    if (m_sourceDock->isVisible())
        m_source->setArticle(m_article);
}

void MainWindow::showRevisions()
{
    if (!m_workspace->session())
        return;
    RevisionsDialog dialog(m_workspace->session()->revisions(), m_workspace->document(), this);
    dialog.exec();
}

void MainWindow::scheduleCounts()
{
    if (!m_countTimer->isActive())
        m_countTimer->start();
}

void MainWindow::updatePreview()
{
    m_preview->show(m_previewContent->build(m_article));
}

QString MainWindow::suggestedFileName(const QString &suffix) const
{
    QString base = m_article.slug.isEmpty() ? m_article.headline.left(60) : m_article.slug;
    base.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    if (base.isEmpty())
        base = tr("article");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + u'/' + base + suffix;
}

void MainWindow::publishToFolder(const QString &folder)
{
    // The folder target is the sync library's embedded, serverless target: the same
    // rendered page, article JSON and provenance JSON a newsroom can serve or hand on.
    auto *target = new FolderTarget(folder, m_profile->path(), m_previewContent->renderer().options(), this);
    target->setProvenanceSource(
        [this](const Article &article) { return m_provenanceController->folderProvenance(article); });
    const Article article = m_workspace->document() ? m_workspace->document()->article() : m_article;
    target->push(article, QString(), QString(), [this, target, folder](const PushResult &result) {
        if (result.error.ok())
            statusBar()->showMessage(
                tr("Published to %1").arg(QDir::toNativeSeparators(folder + u'/' + result.remoteId)), 8000);
        else
            QMessageBox::warning(
                this, tr("Publish to Folder"), tr("The draft was not published.\n\n%1").arg(result.error.message));
        Q_EMIT folderPublished(result.error.ok() ? folder + u'/' + result.remoteId : QString());
        target->deleteLater();
    });
}

void MainWindow::importArticle()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Article"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Articles (*.md *.markdown *.html *.htm *.json);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;"
           "Wiredesk articles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    Article article;
    if (!readArticleFile(path, &article, &error)) {
        QMessageBox::warning(this, tr("Import Article"), tr("%1 was not imported.\n\n%2").arg(path, error));
        return;
    }
    // An import is always a new draft: it never replaces a draft that happens to share its id.
    article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.created = article.modified = QDateTime::currentDateTimeUtc();
    if (!m_workspace->openNew(article, &error))
        statusBar()->showMessage(tr("The new draft is not saved yet: %1").arg(error), 10000);
    showCurrentDraft();
    m_draftsPane->refresh();
    statusBar()->showMessage(tr("Imported %1 as a new draft.").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::readArticleFile(const QString &path, Article *article, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return HtmlImporter::importFile(path, article, error);
    QFile file(path);
    if (file.size() > HtmlImporter::MaximumBytes) {
        *error = tr("The file is larger than %1 MB.").arg(HtmlImporter::MaximumBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (suffix == u"json") {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
        if (json.isNull()) {
            *error = parseError.errorString();
            return false;
        }
        return Article::fromJson(json.object(), article, error);
    }
    return MarkdownConverter::fromMarkdown(QString::fromUtf8(bytes), article, error);
}

void MainWindow::exportText(ExportFormat format)
{
    const bool markdown = format == ExportFormat::Markdown;
    const QString path
        = QFileDialog::getSaveFileName(this, markdown ? tr("Export Markdown") : tr("Export Article JSON"),
            suggestedFileName(markdown ? u".md"_s : u".json"_s),
            markdown ? tr("Markdown (*.md)") : tr("Wiredesk articles (*.json)"));
    if (path.isEmpty())
        return;
    const Article article = m_workspace->document() ? m_workspace->document()->article() : m_article;
    const QByteArray bytes = markdown ? MarkdownConverter::toMarkdown(article).toUtf8()
                                      : QJsonDocument(article.toJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HTML"), suggestedFileName(u".html"_s), tr("Web pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    PageExporter exporter(m_previewContent->renderer().options(), m_profile->path());
    exporter.setHeadHtml(m_provenanceController->jsonLdScript(m_article)); // schema.org NewsArticle, ClaimReviews
    QString error;
    if (!exporter.exportPage(m_article, path, &error)) {
        QMessageBox::warning(this, tr("Export HTML"), tr("The page was not exported.\n\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::printToPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print to PDF"), suggestedFileName(u".pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The preview shows the page the renderer made; printing it applies the template's
    // print style, so the PDF is the exported page on paper.
    m_preview->printToPdf(path);
}

void MainWindow::updateStatus()
{
    setWindowTitle(m_article.headline.isEmpty() ? tr("Wiredesk") : tr("%1 — Wiredesk").arg(m_article.headline));
}

} // namespace Wiredesk
