#include "../guitestmain.h"
#include "../guiwait.h"
#include "opmldocument.h"
#include "sourceremover.h"
#include "sourcesdialog.h"
#include "wirestore.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The Sources dialog as the desk uses it: add a source, edit it, OPML out and in, and remove
// a big wire — which runs off the GUI thread with progress and Cancel, and a cancelled
// removal keeps every item.
class TestSourcesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"wiredesk.sqlite"_s);
        QVERIFY(m_store.open(m_path));
        m_bigWire = m_store.addSource(WireSource::named(u"Big Wire"_s, u"agency"_s, u"https://big.example/feed"_s));
        m_smallWire
            = m_store.addSource(WireSource::named(u"Small Wire"_s, u"outlet"_s, u"https://small.example/feed"_s));
        QVERIFY(m_bigWire > 0 && m_smallWire > 0);
        // Enough items that removing them takes many progress reports (one per 64 items).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<WireItem> items;
        for (int i = 0; i < BigWireItems; ++i) {
            WireItem item;
            item.guid = u"big-%1"_s.arg(i);
            item.title = u"Harbour report %1 from the big wire"_s.arg(i);
            item.contentText = u"Item %1 says the port of Kalover reopened after %2 hours."_s.arg(i).arg(i % 97);
            item.contentHtml = u"<p>"_s + item.contentText + u"</p>"_s;
            item.published = now.addSecs(-i * 30);
            items << item;
        }
        QCOMPARE(m_store.ingest(m_bigWire, items).added, BigWireItems);
        WireItem small;
        small.guid = u"small-1"_s;
        small.title = u"Council approves the tram budget"_s;
        small.contentText = u"The council approved the tram budget."_s;
        small.published = now;
        QCOMPARE(m_store.ingest(m_smallWire, {small}).added, 1);
    }

    void addAndEditASource()
    {
        SourcesDialog dialog(&m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, GuiWaitMs));
        QSignalSpy changed(&dialog, &SourcesDialog::sourcesChanged);
        auto *table = dialog.findChild<QTableWidget *>(u"sourceTable"_s);
        QCOMPARE(table->rowCount(), 2);

        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Port Authority"_s);
        dialog.findChild<QLineEdit *>(u"locationEdit"_s)->setText(u"https://port.example/news.rss"_s);
        dialog.findChild<QComboBox *>(u"labelCombo"_s)->setCurrentText(u"official"_s);
        dialog.findChild<QSpinBox *>(u"pollSpin"_s)->setValue(120);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(table->rowCount(), 3);
        const WireSource added = sourceNamed(u"Port Authority"_s);
        QCOMPARE(added.location, u"https://port.example/news.rss"_s);
        QCOMPARE(added.label, u"official"_s);
        QCOMPARE(added.pollSeconds, 120);

        // The new row is selected: change its label and poll interval.
        QCOMPARE(table->item(table->currentRow(), 0)->text(), u"Port Authority"_s);
        dialog.findChild<QComboBox *>(u"labelCombo"_s)->setCurrentText(u"state-affiliated"_s);
        dialog.findChild<QSpinBox *>(u"pollSpin"_s)->setValue(900);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(sourceNamed(u"Port Authority"_s).label, u"state-affiliated"_s);
        QCOMPARE(sourceNamed(u"Port Authority"_s).pollSeconds, 900);
        saveScreenshot(&dialog, u"sources-dialog.png"_s);

        // A source without an address is refused with a message, nothing is added.
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Nowhere"_s);
        dialog.findChild<QLineEdit *>(u"locationEdit"_s)->clear();
        QString warning;
        answerNextMessageBox(QMessageBox::Ok, &warning);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QVERIFY2(warning.contains(u"needs a name and a URL"_s), qPrintable(warning));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(changed.size(), 2);
        QVERIFY(m_store.removeSource(added.id));
    }

    void opmlExportImportsIntoAnotherProfile()
    {
        SourcesDialog dialog(&m_store);
        const QByteArray opml = OpmlDocument::write(dialog.sources(), u"Desk sources"_s);
        QTemporaryDir other;
        WireStore otherStore;
        QVERIFY(otherStore.open(other.filePath(u"wiredesk.sqlite"_s)));
        SourcesDialog otherDialog(&otherStore);
        QString error;
        QCOMPARE(otherDialog.importOpml(opml, &error), 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(otherStore.sources().size(), 2);
        QCOMPARE(otherStore.sources().at(0).label, u"agency"_s);
        // The same file again adds nothing: those feeds are watched already.
        QCOMPARE(otherDialog.importOpml(opml, &error), 0);
        QCOMPARE(otherStore.sources().size(), 2);
    }

    void cancelledRemovalKeepsEverything()
    {
        SourcesDialog dialog(&m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, GuiWaitMs));
        auto *remover = dialog.findChild<SourceRemover *>();
        QVERIFY(remover);
        QSignalSpy finished(remover, &SourceRemover::finished);
        QSignalSpy changed(&dialog, &SourcesDialog::sourcesChanged);
        selectSource(&dialog, u"Big Wire"_s);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        // The user presses Cancel on the progress dialog while the items are being removed
        // (the store test cancels after the first 64 deletions and checks the roll-back).
        auto *progress = dialog.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false); // not removed
        QCOMPARE(finished.first().at(1).toBool(), true);  // because cancelled
        QCOMPARE(changed.size(), 0);
        QVERIFY(!dialog.isRemoving());
        QCOMPARE(m_store.totalItems(), BigWireItems + 1);
        QCOMPARE(m_store.source(m_bigWire).name, u"Big Wire"_s);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"sourceTable"_s)->rowCount(), 2);
    }

    void removalRunsOffTheGuiThread()
    {
        SourcesDialog dialog(&m_store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog, GuiWaitMs));
        auto *remover = dialog.findChild<SourceRemover *>();
        QSignalSpy finished(remover, &SourceRemover::finished);
        QSignalSpy changed(&dialog, &SourcesDialog::sourcesChanged);
        bool shot = false;
        // Queued: after the dialog's own slot has updated the progress dialog.
        connect(
            remover, &SourceRemover::progress, &dialog,
            [&](qint64 done, qint64 total) {
                if (!shot && done > 0 && done < total) {
                    shot = true;
                    auto *progress = dialog.findChild<QProgressDialog *>();
                    QVERIFY(progress);
                    QVERIFY2(progress->labelText().contains(u"Big Wire"_s), qPrintable(progress->labelText()));
                    QCOMPARE(progress->maximum(), BigWireItems);
                    saveScreenshot(progress, u"sources-removing.png"_s);
                }
            },
            Qt::QueuedConnection);
        selectSource(&dialog, u"Big Wire"_s);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"removeButton"_s), Qt::LeftButton);
        // The click has returned and the removal is still going: it runs on another thread,
        // behind a window-modal progress dialog; closing the Sources dialog waits for it.
        QVERIFY(dialog.isRemoving());
        QCOMPARE(finished.size(), 0);
        auto *progress = dialog.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QCOMPARE(progress->windowModality(), Qt::WindowModal);
        dialog.reject();
        QVERIFY(dialog.isVisible());

        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(shot);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.findChild<QProgressDialog *>(), GuiWaitMs);
        QCOMPARE(m_store.totalItems(), 1);
        QCOMPARE(m_store.source(m_bigWire).id, 0);
        auto *table = dialog.findChild<QTableWidget *>(u"sourceTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Small Wire"_s);
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

private:
    static constexpr int BigWireItems = 4000;

    WireSource sourceNamed(const QString &name)
    {
        for (const WireSource &s : m_store.sources()) {
            if (s.name == name)
                return s;
        }
        return {};
    }

    static void selectSource(SourcesDialog *dialog, const QString &name)
    {
        auto *table = dialog->findChild<QTableWidget *>(u"sourceTable"_s);
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == name)
                table->selectRow(r);
        }
        QCOMPARE(table->item(table->currentRow(), 0)->text(), name);
    }

    // Presses @p button on the next message box (they run their own event loop).
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        QTimer::singleShot(0, qApp, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            if (text)
                *text = box->text();
            box->button(button)->click();
        });
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QVERIFY(widget);
        const QString dir = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u"/"_s + name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    WireStore m_store;
    qint64 m_bigWire = 0;
    qint64 m_smallWire = 0;
};

WIREDESK_GUITEST_MAIN(TestSourcesDialog)
#include "test_sourcesdialog.moc"
