// Inbox view benchmark (GUI, run under xvfb by ./desk bench): 1,000,000 items in a store,
// the inbox opened on them — time to the first painted rows — then a programmatic scroll
// through the list (page steps and far jumps) while a 1 ms timer measures how long the GUI
// thread goes without running it (the longest stall). Prints p50/p95/max.
#include "inboxpane.h"
#include "previewpane.h"
#include "syntheticinbox.h"
#include "wireinboxmodel.h"
#include "wirestore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <ctime>
#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

struct Stats {
    qint64 p50 = 0, p95 = 0, max = 0;
};
Stats stats(std::vector<qint64> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewPane::registerUrlSchemes();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    qint64 items = 1000000;
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == u"--items")
        items = args.at(2).toLongLong();
    const QString path = QStringLiteral(WIREDESK_BINARY_DIR) + u"/bench/ingest/bench_inbox_%1.sqlite"_s.arg(items);
    out << "inbox view benchmark: " << items << " items, store " << path << Qt::endl;
    {
        WireStore store;
        if (!store.open(path)) {
            out << "cannot open: " << store.errorString() << Qt::endl;
            return 1;
        }
        if (store.totalItems() >= items)
            out << "reusing the cached store; delete it to regenerate" << Qt::endl;
        else if (!Bench::fillInbox(
                     store, items, QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc()), 30, out))
            return 1;
    }
    {
        // Baseline in the same run: what the store alone needs for the first page.
        QElapsedTimer t;
        t.start();
        WireStore store;
        store.open(path);
        InboxQuery q;
        q.collapseClusters = true;
        const InboxPage page = store.page(q, {}, WireInboxModel::PageSize);
        out << "store alone: open + first page of " << page.rows.size() << " rows: " << t.elapsed() << " ms"
            << Qt::endl;
    }

    InboxPane pane;
    pane.resize(1200, 900);
    pane.show();
    QElapsedTimer clock;
    qint64 firstPaint = -1;
    bool firstPage = false;

    struct PaintWatch : QObject {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } watch;
    pane.view()->viewport()->installEventFilter(&watch);

    clock.start();
    auto *model = new WireInboxModel(path, &pane);
    QObject::connect(model, &WireInboxModel::firstPageLoaded, [&] { firstPage = true; });
    watch.onPaint = [&] {
        if (firstPage && firstPaint < 0 && model->index(0, 0).data(WireInboxModel::LoadedRole).toBool())
            firstPaint = clock.elapsed();
    };
    pane.setModel(model);
    pane.search({});
    while (firstPaint < 0 && clock.elapsed() < 30000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 5);
    out << "time to first painted rows: " << firstPaint << " ms (target <= 300 ms)" << Qt::endl;
    while (model->rowCount() < items / 2 && clock.elapsed() < 60000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 5);
    out << "rows in the model: " << model->rowCount() << " after " << clock.elapsed() << " ms" << Qt::endl;

    // Scroll: 400 page steps, then 100 far jumps, one every 16 ms; a 1 ms timer measures gaps.
    std::vector<qint64> gaps;
    std::vector<qint64> cpuGaps; // GUI-thread CPU time within each gap: the stall our code causes
    QElapsedTimer gapClock;
    gapClock.start();
    qint64 last = 0;
    qint64 lastCpu = threadCpuMs();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = gapClock.elapsed();
        gaps.push_back(now - last);
        last = now;
        const qint64 cpu = threadCpuMs();
        cpuGaps.push_back(cpu - lastCpu);
        lastCpu = cpu;
    });
    QScrollBar *bar = pane.view()->verticalScrollBar();
    std::mt19937 rng(3);
    int step = 0;
    QTimer driver;
    driver.setInterval(16);
    std::vector<qint64> fill;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (step < 400)
            bar->setValue(bar->value() + bar->pageStep());
        else
            bar->setValue(int(rng() % uint(qMax(1, bar->maximum()))));
        ++step;
    });
    last = gapClock.elapsed();
    ticker.start();
    driver.start();
    QElapsedTimer run;
    run.start();
    while (step < 500)
        app.processEvents(QEventLoop::WaitForMoreEvents, 5);
    driver.stop();
    // Let the last jump fill in, measuring how long the rows under the viewport take.
    QElapsedTimer settle;
    settle.start();
    const QModelIndex top = pane.view()->indexAt(QPoint(5, 5));
    while (!top.data(WireInboxModel::LoadedRole).toBool() && settle.elapsed() < 20000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 5);
    ticker.stop();
    const Stats s = stats(gaps);
    out << "scrolling: 400 page steps + 100 random jumps over " << model->rowCount() << " rows in " << run.elapsed()
        << " ms" << Qt::endl;
    out << "GUI thread gaps (1 ms timer, wall): p50 " << s.p50 << " ms, p95 " << s.p95 << " ms, max " << s.max
        << " ms (target max <= 16 ms)" << Qt::endl;
    const Stats c = stats(cpuGaps);
    out << "  of which GUI-thread CPU: p50 " << c.p50 << " ms, p95 " << c.p95 << " ms, max " << c.max
        << " ms (the rest is waiting for a core; load average now " <<
        [] {
            QFile f(u"/proc/loadavg"_s);
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : u"?"_s;
        }()
        << ")" << Qt::endl;
    out << "rows at the last far jump (row " << top.row() << ") filled in " << settle.elapsed() << " ms" << Qt::endl;
    return 0;
}
