#include "../guitestmain.h"
#include "../guiwait.h"
#include "demoprofile.h"
#include "inboxcontroller.h"
#include "inboxheadlinedelegate.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "previewpage.h"
#include "profile.h"
#include "savedsearch.h"
#include "testpalettes.h"
#include "wireinboxmodel.h"
#include "wireitemview.h"
#include "wirestore.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineScript>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The inbox on the demo profile as a user meets it: the demo wires arrive, stories show as
// one row with their number of wires, search narrows the list, j/k move, the detail shows
// the body without scripts or remote loads. A screenshot goes to <build>/screenshots/.
class TestInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/wiredesk.ini"_s);
        m_folder = std::make_unique<QTemporaryDir>();
        QString error;
        QVERIFY2(DemoProfile::copyTo(m_folder->path(), &error), qPrintable(error));
        auto profile = std::make_unique<Profile>();
        QVERIFY(profile->open(m_folder->path()));
        m_window = std::make_unique<MainWindow>(std::move(profile));
        QSignalSpy finished(m_window.get(), &MainWindow::previewRendered);
        QVERIFY2(m_window->openProfile(&error), qPrintable(error));
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), GuiWaitMs));
        m_pane = m_window->inboxPane();
        m_model = m_pane->inboxModel();
        QVERIFY(m_model);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_folder.reset();
    }

    void demoItemsArriveAndClustersShow()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 20, GuiWaitMs);
        // Every demo item is in the store; browsing shows a story once.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxController()->store()->totalItems(), 59, GuiWaitMs);
        // Items arriving drop expanded clusters' children (the rows may have moved), so expand
        // only once the refresh is over.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->inboxController()->cancelAction()->isEnabled(), GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() < 59, GuiWaitMs);
        auto findCluster = [this] {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const QString text = m_model->index(r, WireInboxModel::ClusterColumn).data().toString();
                if (QRegularExpression(u"^\\d+ wires$"_s).match(text).hasMatch())
                    return m_model->index(r, 0);
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findCluster().isValid(), GuiWaitMs);
        const int size = m_model->row(findCluster()).clusterSize;
        QVERIFY(size >= 2);
        // Expanding fetches the members on a reader thread.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QModelIndex cluster = findCluster();
                m_pane->view()->expand(cluster);
                return m_model->rowCount(cluster) == size;
            }(),
            GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->countLabel()->text().contains(u"item"_s), GuiWaitMs);
    }

    void headlineGetsTheRoom()
    {
        // Editors scan headlines: at the default size the headline has at least half the list's
        // width. Urgency and the story's size are marks in the headline cell, not columns.
        QHeaderView *header = m_pane->view()->header();
        QVERIFY(header->isSectionHidden(WireInboxModel::UrgencyColumn));
        QVERIFY(header->isSectionHidden(WireInboxModel::ClusterColumn));
        QVERIFY(!header->isSectionHidden(WireInboxModel::SourceColumn));
        QVERIFY(qobject_cast<InboxHeadlineDelegate *>(
            m_pane->view()->itemDelegateForColumn(WireInboxModel::HeadlineColumn)));
        QCOMPARE(header->visualIndex(WireInboxModel::TimeColumn), 0);
        QVERIFY(
            header->visualIndex(WireInboxModel::HeadlineColumn) < header->visualIndex(WireInboxModel::SourceColumn));
        const int viewWidth = m_pane->view()->viewport()->width();
        QVERIFY(viewWidth > 200);
        const int headline = header->sectionSize(WireInboxModel::HeadlineColumn);
        QVERIFY2(headline * 100 >= viewWidth * 50,
            qPrintable(u"headline %1 px of %2 px (time %3, source %4)"_s.arg(headline)
                           .arg(viewWidth)
                           .arg(header->sectionSize(WireInboxModel::TimeColumn))
                           .arg(header->sectionSize(WireInboxModel::SourceColumn))));
        // The source column is sized to the names, with a cap the longest demo names exceed.
        QVERIFY(header->sectionSize(WireInboxModel::SourceColumn) < viewWidth / 4);

        // Urgency and story size are still there in words: tooltip and accessible text.
        bool sawUrgent = false;
        bool sawStory = false;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex headlineIndex = m_model->index(r, WireInboxModel::HeadlineColumn);
            const InboxRow row = m_model->row(headlineIndex);
            const QString tooltip = headlineIndex.data(Qt::ToolTipRole).toString();
            const QString accessible = headlineIndex.data(Qt::AccessibleTextRole).toString();
            QVERIFY(accessible.startsWith(headlineIndex.data().toString()));
            if (row.item.urgency > 0) {
                sawUrgent = true;
                const QString words = WireInboxModel::urgencyText(row.item.urgency);
                QVERIFY(!words.isEmpty());
                QVERIFY2(tooltip.contains(words), qPrintable(tooltip));
                QVERIFY2(accessible.contains(words), qPrintable(accessible));
                QCOMPARE(headlineIndex.data(WireInboxModel::UrgencyRole).toInt(), row.item.urgency);
            }
            if (row.clusterSize > 1) {
                sawStory = true;
                const QString wires = u"%1 wires"_s.arg(row.clusterSize);
                QVERIFY2(tooltip.contains(wires), qPrintable(tooltip));
                QVERIFY2(accessible.contains(wires), qPrintable(accessible));
                QCOMPARE(headlineIndex.data(WireInboxModel::ClusterSizeRole).toInt(), row.clusterSize);
            }
        }
        QVERIFY(sawUrgent);
        QVERIFY(sawStory);
    }

    void savedSearchesTakeTheRoomTheyNeed()
    {
        // No saved search: only the title row with its "+", the results start right under it.
        const QList<SavedSearch> stored = m_window->inboxController()->store()->savedSearches();
        QListWidget *list = m_pane->savedSearchList();
        QSplitter *splitter = m_pane->verticalSplitter();
        m_pane->setSavedSearches({});
        QVERIFY(!list->isVisible());
        const int empty = splitter->sizes().at(0);
        QVERIFY2(empty < 3 * m_pane->fontMetrics().height(), qPrintable(QString::number(empty)));

        auto searches = [](int count) {
            QList<SavedSearch> list;
            for (int i = 1; i <= count; ++i) {
                SavedSearch search;
                search.id = 1000 + i;
                search.name = u"Search %1"_s.arg(i);
                search.query = u"strike %1"_s.arg(i);
                list << search;
            }
            return list;
        };
        // Two: both rows in sight, no more room than they need.
        m_pane->setSavedSearches(searches(2));
        QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(list->visualItemRect(list->item(1)).bottom() < list->viewport()->height(), GuiWaitMs);
        const int two = splitter->sizes().at(0);
        QVERIFY(two > empty);
        QVERIFY2(two < empty + 4 * list->sizeHintForRow(0), qPrintable(u"%1 %2"_s.arg(two).arg(empty)));
        // Six: four rows show, the rest scroll.
        m_pane->setSavedSearches(searches(6));
        QTRY_VERIFY_WITH_TIMEOUT(splitter->sizes().at(0) > two, GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(list->verticalScrollBar()->maximum() > 0, GuiWaitMs);
        QVERIFY(list->visualItemRect(list->item(3)).bottom() < list->viewport()->height());
        m_pane->setSavedSearches(stored);
        QTRY_COMPARE_WITH_TIMEOUT(list->isVisible(), !stored.isEmpty(), GuiWaitMs);
    }

    void headerMenuShowsHiddenColumns()
    {
        // The folded columns are one right-click away: the header's menu lists every column but
        // the headline, checked when shown.
        QHeaderView *header = m_pane->view()->header();
        const QString urgency = m_model->headerData(WireInboxModel::UrgencyColumn, Qt::Horizontal).toString();
        QStringList listed;
        bool urgencyWasChecked = true;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                listed << action->text();
                if (action->text() == urgency) {
                    urgencyWasChecked = action->isChecked();
                    action->trigger();
                }
            }
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(!listed.contains(m_model->headerData(WireInboxModel::HeadlineColumn, Qt::Horizontal).toString()));
        QCOMPARE(listed.size(), WireInboxModel::ColumnCount - 1);
        QVERIFY(!urgencyWasChecked);
        QVERIFY(!header->isSectionHidden(WireInboxModel::UrgencyColumn));
        QVERIFY(header->sectionSize(WireInboxModel::UrgencyColumn) > 0);
        header->setSectionHidden(WireInboxModel::UrgencyColumn, true);
    }

    void expandedClusterSurvivesNewItems()
    {
        // New wires arrive all the time; a story the editor opened must stay open.
        auto findCluster = [this] {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->row(m_model->index(r, 0)).clusterSize > 1)
                    return m_model->index(r, 0);
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(findCluster().isValid(), GuiWaitMs);
        const qint64 clusterId = m_model->row(findCluster()).clusterId;
        const int size = m_model->row(findCluster()).clusterSize;
        m_pane->view()->expand(findCluster());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(findCluster()), size, GuiWaitMs);

        m_model->itemsIngested();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QModelIndex cluster = findCluster();
                return cluster.isValid() && m_model->row(cluster).clusterId == clusterId
                    && m_pane->view()->isExpanded(cluster) && m_model->rowCount(cluster) == size;
            }(),
            GuiWaitMs);

        m_pane->view()->collapse(findCluster());
        QSignalSpy reloaded(m_model, &QAbstractItemModel::dataChanged);
        m_model->itemsIngested();
        QVERIFY(reloaded.wait(GuiWaitMs)); // the rows came back: the collapsed story stays collapsed
        QVERIFY(!m_pane->view()->isExpanded(findCluster()));
    }

    void searchNarrowsAndKeysMove()
    {
        m_pane->searchField()->setText(u"Lumetra"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, GuiWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->countLabel()->text(), u"3 items"_s, GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->index(2, 0).data(WireInboxModel::LoadedRole).toBool(), GuiWaitMs);

        m_pane->view()->setFocus();
        QTest::keyClick(m_pane->view(), Qt::Key_J);
        QCOMPARE(m_pane->view()->currentIndex().row(), 0);
        QTest::keyClick(m_pane->view(), Qt::Key_J);
        QCOMPARE(m_pane->view()->currentIndex().row(), 1);
        QTest::keyClick(m_pane->view(), Qt::Key_K);
        QCOMPARE(m_pane->view()->currentIndex().row(), 0);

        // Opening reads the item: the row is no longer bold; s stars it.
        const qint64 id = m_model->row(m_pane->view()->currentIndex()).item.id;
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->itemView()->row().item.id, id, GuiWaitMs);
        QVERIFY(!m_model->index(0, WireInboxModel::HeadlineColumn).data(Qt::FontRole).isValid());
        QTest::keyClick(m_pane->view(), Qt::Key_S);
        QVERIFY(m_model->row(m_model->index(0, 0)).starred);
        QTest::keyClick(m_pane->view(), Qt::Key_S);
        QVERIFY(!m_model->row(m_model->index(0, 0)).starred);
    }

    void detailIsLockedDown()
    {
        WireItemView *detail = m_pane->itemView();
        QTRY_VERIFY_WITH_TIMEOUT(detail->headerLabel()->text().contains(u"Lumetra"_s), GuiWaitMs);
        QVERIFY(!detail->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QTRY_VERIFY_WITH_TIMEOUT(bodyText(detail).contains(u"Dresden"_s), GuiWaitMs);
        QCOMPARE(js(detail, u"document.scripts.length"_s).toInt(), 0);
        QVERIFY(!detail->rawView()->toPlainText().isEmpty());

        // A body with a remote image and an inline script: neither gets through.
        InboxRow row = detail->row();
        row.item.id = 999999;
        row.item.contentHtml = u"<p>remote</p><img src=\"http://127.0.0.1:9/pixel.png\">"
                               "<script>document.title='ran'</script>"_s;
        const int blocked = detail->blockedRequestCount();
        QSignalSpy rendered(detail, &WireItemView::rendered);
        detail->showRow(row);
        QVERIFY(rendered.wait(GuiWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(detail->blockedRequestCount() > blocked, GuiWaitMs);
        QVERIFY(js(detail, u"document.title"_s).toString() != u"ran"_s);
    }

    void alertsHighlightAndNotifyOncePerRefresh()
    {
        InboxController *controller = m_window->inboxController();
        m_pane->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 20, GuiWaitMs);
        SavedSearch alert;
        alert.name = u"Lighthouse"_s;
        alert.query = u"lighthouse"_s;
        alert.alert = true;
        QVERIFY(controller->store()->addSavedSearch(alert) > 0);
        // A drop folder delivers two matching items and one that does not match.
        const QString folder = m_folder->filePath(u"agency-drop"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + u"/delivery.rss"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<rss version="2.0"><channel><title>D</title>
<item><title>Storm damages historic lighthouse on Ouessant</title><guid>d1</guid><pubDate>Fri, 27 Nov 2026 07:30:00 GMT</pubDate><description>The lighthouse keeper said waves broke the lantern.</description></item>
<item><title>Lighthouse museum reopens in Brest</title><guid>d2</guid><pubDate>Fri, 27 Nov 2026 07:31:00 GMT</pubDate><description>Visitors return to the lighthouse museum.</description></item>
<item><title>Tram strike ends in Nantes</title><guid>d3</guid><pubDate>Fri, 27 Nov 2026 07:32:00 GMT</pubDate><description>Trams run again.</description></item>
</channel></rss>)");
        file.flush();
        // Delivered a minute ago: complete, no partial-write wait.
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        file.close();
        WireSource drop = WireSource::named(u"Agency drop"_s, u"agency"_s, folder);
        drop.type = u"dropfolder"_s;
        QVERIFY(controller->store()->addSource(drop) > 0);

        const int before = controller->notificationCount();
        QSignalSpy raised(controller, &InboxController::alertsRaised);
        controller->refreshAction()->trigger();
        QVERIFY(raised.wait(GuiWaitMs));
        QCOMPARE(raised.first().at(0).toInt(), 2);
        QCOMPARE(controller->notificationCount(), before + 1);
        QVERIFY(controller->lastNotification().contains(u"Lighthouse"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0
                && m_model->index(0, 0).data(WireInboxModel::LoadedRole).toBool()
                && m_model->row(m_model->index(0, 0)).item.title.startsWith(u"Tram strike"_s),
            GuiWaitMs);
        // The newest row (no match) is plain; the two below it are highlighted.
        QVERIFY(!m_model->index(0, 0).data(Qt::BackgroundRole).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->index(1, 0).data(Qt::BackgroundRole).isValid(), GuiWaitMs);
        QVERIFY(m_model->index(2, 0).data(Qt::BackgroundRole).isValid());
    }

    void screenshot()
    {
        m_pane->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 20, GuiWaitMs);
        QSignalSpy rendered(m_pane->itemView(), &WireItemView::rendered);
        m_pane->view()->setCurrentIndex(m_model->index(1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->itemView()->row().item.id == m_model->row(m_model->index(1, 0)).item.id, GuiWaitMs);
        QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));
        const QString dir = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(dir + u"/inbox.png"_s));
        // The marks painted into the headline cell, on a dark palette too.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(TestPalettes::dark());
        // The widgets hear of the new palette through posted events.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_pane->view()->palette().color(QPalette::Base), TestPalettes::dark().color(QPalette::Base), GuiWaitMs);
        // The open item's page is drawn again in the dark palette's colours.
        const QColor darkBase = TestPalettes::dark().color(QPalette::Base);
        const QString darkBody = u"rgb(%1, %2, %3)"_s.arg(darkBase.red()).arg(darkBase.green()).arg(darkBase.blue());
        QTRY_COMPARE_WITH_TIMEOUT(
            js(m_pane->itemView(), u"getComputedStyle(document.body).backgroundColor"_s).toString(), darkBody,
            GuiWaitMs);
        QVERIFY(m_pane->grab().save(dir + u"/inbox-dark.png"_s));
        QApplication::setPalette(light);
    }

    // After the screenshot, which shows the default widths.
    void sourceWidthChosenByTheUserStays()
    {
        QHeaderView *header = m_pane->view()->header();
        header->resizeSection(WireInboxModel::SourceColumn, 150);
        QSignalSpy loaded(m_model, &WireInboxModel::firstPageLoaded);
        m_pane->search(u"storm"_s);
        QVERIFY(loaded.wait(GuiWaitMs));
        QCOMPARE(header->sectionSize(WireInboxModel::SourceColumn), 150);
        m_pane->search(QString());
        QVERIFY(loaded.wait(GuiWaitMs));
        QCOMPARE(header->sectionSize(WireInboxModel::SourceColumn), 150);
    }

private:
    QVariant js(WireItemView *view, const QString &script)
    {
        QVariant result;
        bool done = false;
        view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, GuiWaitMs))
            qWarning("script did not answer: %s", qPrintable(script));
        return result;
    }
    QString bodyText(WireItemView *view)
    {
        return js(view, u"document.body ? document.body.innerText : ''"_s).toString();
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<MainWindow> m_window;
    InboxPane *m_pane = nullptr;
    WireInboxModel *m_model = nullptr;
};

WIREDESK_GUITEST_MAIN(TestInbox)
#include "test_inbox.moc"
