#include "sourcesdialog.h"

#include "opmldocument.h"
#include "sourceremover.h"
#include "ui_sourcesdialog.h"
#include "wirestore.h"

#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
enum Column { NameColumn, TypeColumn, LabelColumn, ResultColumn, ErrorColumn, NextColumn, ColumnCount };

QString when(const QDateTime &utc)
{
    if (!utc.isValid())
        return QCoreApplication::translate("SourcesDialog", "as soon as possible");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

const QStringList &SourcesDialog::standardLabels()
{
    static const QStringList labels {
        u"agency"_s, u"official"_s, u"outlet"_s, u"social-unverified"_s, u"state-affiliated"_s};
    return labels;
}

SourcesDialog::SourcesDialog(WireStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourcesDialog>())
    , m_store(store)
    , m_remover(new SourceRemover(this))
{
    m_ui->setupUi(this);
    m_ui->sourceTable->setColumnCount(ColumnCount);
    m_ui->sourceTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("Credibility"), tr("Last result"), tr("Last error"), tr("Next attempt")});
    m_ui->typeCombo->addItem(tr("Feed (RSS, Atom, JSON Feed)"), u"feed"_s);
    m_ui->typeCombo->addItem(tr("IPTC ninjs endpoint"), u"ninjs"_s);
    m_ui->typeCombo->addItem(tr("Telegram channel page (t.me/s/…)"), u"telegram"_s);
    m_ui->typeCombo->addItem(tr("Drop folder"), u"dropfolder"_s);
    m_ui->typeCombo->addItem(tr("Local file"), u"file"_s);
    m_ui->labelCombo->addItems(standardLabels());
    m_ui->labelCombo->setCurrentText(QString());

    connect(m_ui->sourceTable, &QTableWidget::currentCellChanged, this, [this](int row) { showSource(row); });
    connect(m_ui->addButton, &QPushButton::clicked, this, &SourcesDialog::add);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &SourcesDialog::apply);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SourcesDialog::remove);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SourcesDialog::importFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SourcesDialog::exportFile);
    connect(m_remover, &SourceRemover::finished, this, &SourcesDialog::removalFinished);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const bool folder = m_ui->typeCombo->currentData().toString() == u"dropfolder";
        const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Drop Folder"))
                                    : QFileDialog::getOpenFileName(this, tr("Wire File"));
        if (!path.isEmpty())
            m_ui->locationEdit->setText(path);
    });
    reload();
}

SourcesDialog::~SourcesDialog() = default;

void SourcesDialog::reload()
{
    const int current = m_ui->sourceTable->currentRow();
    m_sources = m_store->sources();
    QTableWidget *table = m_ui->sourceTable;
    table->setRowCount(int(m_sources.size()));
    for (int r = 0; r < m_sources.size(); ++r) {
        const WireSource &s = m_sources.at(r);
        const QStringList cells {s.enabled ? s.name : tr("%1 (disabled)").arg(s.name), s.type, s.label, s.lastResult,
            s.lastError, when(s.nextAttempt)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == NameColumn ? s.location : cells.at(c));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    if (current >= 0 && current < table->rowCount())
        table->selectRow(current);
    showSource(table->currentRow());
}

void SourcesDialog::showSource(int row)
{
    const bool valid = row >= 0 && row < m_sources.size();
    m_ui->applyButton->setEnabled(valid);
    m_ui->removeButton->setEnabled(valid);
    if (!valid) {
        m_ui->stateLabel->clear();
        return;
    }
    const WireSource &s = m_sources.at(row);
    m_ui->nameEdit->setText(s.name);
    m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(s.type)));
    m_ui->locationEdit->setText(s.location);
    m_ui->labelCombo->setCurrentText(s.label);
    m_ui->pollSpin->setValue(s.pollSeconds);
    m_ui->enabledCheck->setChecked(s.enabled);
    QString state = s.lastResult.isEmpty() ? tr("never fetched") : s.lastResult;
    if (s.lastAttempt.isValid())
        state += tr(" at %1").arg(QLocale().toString(s.lastAttempt.toLocalTime(), QLocale::ShortFormat));
    if (!s.lastError.isEmpty())
        state += u"\n"_s + tr("Error: %1").arg(s.lastError);
    state += u"\n"_s + tr("Next attempt: %1").arg(when(s.nextAttempt));
    m_ui->stateLabel->setText(state);
}

WireSource SourcesDialog::fromForm(const WireSource &base) const
{
    WireSource s = base;
    s.name = m_ui->nameEdit->text().trimmed();
    s.type = m_ui->typeCombo->currentData().toString();
    const QString location = m_ui->locationEdit->text().trimmed();
    if (location != s.location) {
        // Validators belong to the old address.
        s.etag.clear();
        s.lastModified.clear();
        s.consecutiveFailures = 0;
        s.nextAttempt = {};
    }
    s.location = location;
    s.label = m_ui->labelCombo->currentText().trimmed();
    s.pollSeconds = m_ui->pollSpin->value();
    s.enabled = m_ui->enabledCheck->isChecked();
    return s;
}

void SourcesDialog::add()
{
    const WireSource s = fromForm(WireSource {});
    if (s.name.isEmpty() || s.location.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A source needs a name and a URL, folder or file."));
        return;
    }
    const qint64 id = m_store->addSource(s);
    if (id == 0) {
        QMessageBox::warning(this, windowTitle(), tr("The source could not be added: %1").arg(m_store->errorString()));
        return;
    }
    reload();
    // The list is sorted by name: select the new source wherever it landed.
    for (int r = 0; r < m_sources.size(); ++r) {
        if (m_sources.at(r).id == id)
            m_ui->sourceTable->selectRow(r);
    }
    Q_EMIT sourcesChanged();
}

void SourcesDialog::apply()
{
    const int row = m_ui->sourceTable->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    const WireSource s = fromForm(m_store->source(m_sources.at(row).id));
    if (s.name.isEmpty() || s.location.isEmpty() || !m_store->updateSource(s)) {
        QMessageBox::warning(this, windowTitle(), tr("The source could not be saved: %1").arg(m_store->errorString()));
        return;
    }
    reload();
    Q_EMIT sourcesChanged();
}

void SourcesDialog::remove()
{
    const int row = m_ui->sourceTable->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    const WireSource &s = m_sources.at(row);
    if (m_remover->isRunning()
        || QMessageBox::question(
               this, windowTitle(), tr("Remove the source \"%1\" and all of its items from the inbox?").arg(s.name))
            != QMessageBox::Yes)
        return;
    // Window-modal: the list cannot change under the removal; the main window stays usable.
    m_removalProgress = new QProgressDialog(tr("Removing \"%1\" and its items…").arg(s.name), tr("Cancel"), 0, 0, this);
    m_removalProgress->setWindowTitle(windowTitle());
    m_removalProgress->setAccessibleName(tr("Source removal progress"));
    m_removalProgress->setWindowModality(Qt::WindowModal);
    m_removalProgress->setAutoClose(false);
    m_removalProgress->setAutoReset(false);
    m_removalProgress->setMinimumDuration(0);
    // Wide enough for the longest progress text, which the dialog would otherwise clip.
    const QString widest = tr("Removing \"%1\": %2 of %Ln item(s)…", nullptr, 888888).arg(s.name, u"888,888"_s);
    m_removalProgress->setMinimumWidth(m_removalProgress->fontMetrics().horizontalAdvance(widest)
        + 4 * m_removalProgress->fontMetrics().averageCharWidth());
    connect(m_remover, &SourceRemover::progress, m_removalProgress, [this, name = s.name](qint64 done, qint64 total) {
        // Text first: setValue() on a window-modal progress dialog processes events.
        m_removalProgress->setLabelText(
            tr("Removing \"%1\": %2 of %Ln item(s)…", nullptr, int(total)).arg(name, QLocale().toString(done)));
        m_removalProgress->setMaximum(int(qMax<qint64>(1, total)));
        m_removalProgress->setValue(int(done));
    });
    connect(m_removalProgress, &QProgressDialog::canceled, m_remover, &SourceRemover::cancel);
    m_removalProgress->show();
    m_remover->start(m_store->filePath(), s.id);
}

void SourcesDialog::done(int result)
{
    // Closing now would leave the removal without anyone to refresh the inbox afterwards.
    if (!isRemoving())
        QDialog::done(result);
}

bool SourcesDialog::isRemoving() const
{
    return m_remover->isRunning();
}

void SourcesDialog::removalFinished(bool ok, bool cancelled, const QString &error)
{
    if (m_removalProgress) {
        m_removalProgress->deleteLater();
        m_removalProgress = nullptr;
    }
    if (!ok && !cancelled)
        QMessageBox::warning(this, windowTitle(), tr("The source could not be removed: %1").arg(error));
    reload();
    if (ok)
        Q_EMIT sourcesChanged();
}

int SourcesDialog::importOpml(const QByteArray &opml, QString *error)
{
    QStringList warnings;
    const QList<WireSource> sources = OpmlDocument::read(opml, error, &warnings);
    if (!error->isEmpty())
        return 0;
    QStringList names;
    QStringList locations;
    for (const WireSource &s : std::as_const(m_sources)) {
        names << s.name.toCaseFolded();
        locations << s.location;
    }
    int added = 0;
    for (WireSource s : sources) {
        if (locations.contains(s.location))
            continue; // already watched
        const QString base = s.name;
        for (int n = 2; names.contains(s.name.toCaseFolded()); ++n)
            s.name = u"%1 (%2)"_s.arg(base).arg(n);
        if (m_store->addSource(s) != 0) {
            ++added;
            names << s.name.toCaseFolded();
        }
    }
    reload();
    if (added > 0)
        Q_EMIT sourcesChanged();
    return added;
}

void SourcesDialog::importFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import OPML"), {}, tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot read %1.").arg(path));
        return;
    }
    QString error;
    const int added = importOpml(file.readAll(), &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    else
        QMessageBox::information(this, windowTitle(), tr("%n source(s) imported.", nullptr, added));
}

void SourcesDialog::exportFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export OPML"), u"wiredesk-sources.opml"_s, tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(OpmlDocument::write(m_sources, tr("Wiredesk sources"))) < 0
        || !file.commit())
        QMessageBox::warning(this, windowTitle(), tr("Cannot write %1.").arg(path));
}

} // namespace Wiredesk
