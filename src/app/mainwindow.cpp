#include "mainwindow.h"

#include "appsettings.h"
#include "articleeditor.h"
#include "inboxpane.h"
#include "pageexporter.h"
#include "previewcontentbuilder.h"
#include "previewpane.h"
#include "profile.h"
#include "provenancepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>

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
    setCentralWidget(m_editor);
    createDocks();
    createMenus();

    m_profileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_profileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_defaultState = saveState();
    restoreLayout();

    connect(m_editor, &ArticleEditor::edited, this, [this] {
        m_article = m_editor->article();
        m_provenance->setArticle(m_article);
        updatePreview();
        updateStatus();
    });
    connect(m_preview, &PreviewPane::rendered, this, &MainWindow::previewRendered);
    connect(m_preview, &PreviewPane::loadFailed, this, &MainWindow::fatalError);
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
    m_provenance = new ProvenancePane(this);
    m_preview = new PreviewPane(this);
    m_preview->setAssetRoot(m_profile->path());

    m_inboxDock = makeDock(tr("Wire Inbox"), u"inboxDock"_s, m_inbox);
    m_provenanceDock = makeDock(tr("Provenance"), u"provenanceDock"_s, m_provenance);
    m_previewDock = makeDock(tr("Preview"), u"previewDock"_s, m_preview);
    addDockWidget(Qt::LeftDockWidgetArea, m_inboxDock);
    addDockWidget(Qt::RightDockWidgetArea, m_provenanceDock);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    splitDockWidget(m_provenanceDock, m_previewDock, Qt::Horizontal);
    resizeDocks({m_inboxDock, m_provenanceDock, m_previewDock}, {420, 320, 560}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportHtml = file->addAction(tr("&Export HTML…"), this, &MainWindow::exportHtml);
    exportHtml->setShortcut(tr("Ctrl+Shift+E"));
    QAction *printPdf = file->addAction(tr("Print to &PDF…"), this, &MainWindow::printToPdf);
    printPdf->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = edit->addAction(tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    connect(undo, &QAction::triggered, m_editor->bodyEditor(), &QTextEdit::undo);
    connect(redo, &QAction::triggered, m_editor->bodyEditor(), &QTextEdit::redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {m_inboxDock, m_provenanceDock, m_previewDock})
        m_viewMenu->addAction(dock->toggleViewAction());
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

    QMenu *wire = menuBar()->addMenu(tr("&Wire"));
    QAction *search = wire->addAction(tr("&Search Wires"), this, [this] {
        m_inboxDock->show();
        m_inbox->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_inbox->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence::Find);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *headline = article->addAction(
        tr("Go to &Headline"), this, [this] { m_editor->headlineField()->setFocus(Qt::ShortcutFocusReason); });
    headline->setShortcut(tr("Ctrl+Shift+H"));

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    Q_UNUSED(sync)

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
    restoreState(settings->value(u"window/state"_s).toByteArray());
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
    for (QDockWidget *dock : {m_inboxDock, m_provenanceDock, m_previewDock})
        dock->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::openProfile(QString *error)
{
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile->path())));
    if (!loadDemoDraft(error))
        return false;
    return true;
}

bool MainWindow::loadDemoDraft(QString *error)
{
    const QString path = m_profile->path() + u"/drafts/sample-draft.json"_s;
    if (!QFile::exists(path)) {
        showArticle(Article {});
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    Article article;
    QString why;
    if (json.isNull() || !Article::fromJson(json.object(), &article, &why)) {
        *error = tr("The draft %1 cannot be opened: %2").arg(path, why.isEmpty() ? parseError.errorString() : why);
        return false;
    }
    showArticle(article);
    return true;
}

void MainWindow::showArticle(const Article &article)
{
    m_article = article;
    m_editor->setArticle(article);
    m_provenance->setArticle(article);
    updatePreview();
    updateStatus();
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

void MainWindow::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export HTML"), suggestedFileName(u".html"_s), tr("Web pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    PageExporter exporter(m_previewContent->renderer().options(), m_profile->path());
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
