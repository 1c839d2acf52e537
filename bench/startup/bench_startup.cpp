// Start-up benchmark (GUI, run under xvfb by ./desk bench): the real wiredesk executable
// started on a profile with 100,000 wire items and a draft, timed from process start to
// the moment the window is interactive (painted, first inbox rows shown, draft open; see
// StartupProbe). Each start is a new process; the disk cache is warm, as on a desk that
// restarts the app. Baseline in the same run: this binary started as a bare Qt window (a
// tree of 50 rows and a text editor), the floor any Qt Widgets application pays.
#include "demoprofile.h"
#include "profile.h"
#include "syntheticinbox.h"
#include "wirestore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextEdit>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);
constexpr qint64 Items = 100000;
constexpr int Runs = 15;

// The floor: a Qt Widgets window of the same shape, reporting its first paint like the app.
int runBaselineWindow(QApplication &app)
{
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    auto *model = new QStandardItemModel(50, 3, &window);
    for (int r = 0; r < 50; ++r)
        for (int c = 0; c < 3; ++c)
            model->setItem(r, c, new QStandardItem(u"row %1 column %2"_s.arg(r).arg(c)));
    auto *tree = new QTreeView(splitter);
    tree->setModel(model);
    new QTextEdit(u"<h1>Headline</h1><p>Body text.</p>"_s, splitter);
    window.setCentralWidget(splitter);
    window.resize(1400, 900);
    struct PaintWatch : QObject {
        bool done = false;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && !done) {
                done = true;
                QTimer::singleShot(0, [] {
                    std::fprintf(stdout, "wiredesk: interactive\n");
                    std::fflush(stdout);
                    QApplication::exit(0);
                });
            }
            return false;
        }
    } watch;
    tree->viewport()->installEventFilter(&watch);
    window.show();
    return app.exec();
}

bool makeProfile(const QString &folder)
{
    QString error;
    if (!QDir(folder).exists()) {
        // The demo profile without its wire sources (they would ingest during the start),
        // keeping the sample draft and its images.
        if (!DemoProfile::copyTo(folder, &error)) {
            out << "cannot copy the demo profile: " << error << Qt::endl;
            return false;
        }
        QDir(folder + u"/wires"_s).removeRecursively();
        QFile::remove(folder + u"/sources.json"_s);
    }
    QString database;
    {
        Profile profile;
        if (!profile.open(folder)) {
            out << "cannot open the profile: " << profile.errorString() << Qt::endl;
            return false;
        }
        database = profile.databasePath();
    }
    WireStore store;
    if (!store.open(database)) {
        out << "cannot open the store: " << store.errorString() << Qt::endl;
        return false;
    }
    qint64 have = store.totalItems();
    if (have >= Items) {
        out << "reusing the cached profile " << folder << " (" << have << " items); delete it to regenerate"
            << Qt::endl;
        return true;
    }
    QElapsedTimer t;
    t.start();
    if (!Bench::fillInbox(store, Items, QDateTime::currentDateTimeUtc(), 6, out))
        return false;
    out << "generated " << store.totalItems() << " items in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// Milliseconds from starting @p program to its "interactive" line; -1 on failure.
qint64 timeStart(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WIREDESK_TEST"_s, u"1"_s); // settings in test mode: never the user's
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    qint64 elapsed = -1;
    QByteArray seen;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        seen += process.readAllStandardOutput();
        if (elapsed < 0 && seen.contains("wiredesk: interactive"))
            elapsed = timer.elapsed();
    });
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = process.errorString();
        return -1;
    }
    while (elapsed < 0 && process.state() == QProcess::Running && timer.elapsed() < 60000)
        process.waitForReadyRead(100);
    if (elapsed < 0)
        seen += process.readAllStandardOutput();
    if (elapsed < 0 && seen.contains("wiredesk: interactive"))
        elapsed = timer.elapsed();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (elapsed < 0)
        *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().right(400);
    return elapsed;
}

struct Stats {
    qint64 p50 = 0, p95 = 0, max = 0;
};
Stats statsOf(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (app.arguments().contains(u"--baseline-window"_s))
        return runBaselineWindow(app);

    const QString folder = QStringLiteral(WIREDESK_BINARY_DIR) + u"/bench/startup/profile-%1"_s.arg(Items);
    out << "start-up benchmark: " << Items << " wire items and a draft, profile " << folder << Qt::endl;
    if (!makeProfile(folder))
        return 1;

    const QString appPath = QStringLiteral(WIREDESK_APP_PATH);
    const QStringList appArguments {u"--startup-probe"_s, u"--profile"_s, folder};
    QString error;
    // The first start creates the draft from the sample and warms the disk cache: not counted.
    if (timeStart(appPath, appArguments, &error) < 0) {
        out << "wiredesk did not become interactive: " << error << Qt::endl;
        return 1;
    }
    std::vector<qint64> wiredesk, baseline;
    for (int run = 0; run < Runs; ++run) {
        const qint64 b = timeStart(app.applicationFilePath(), {u"--baseline-window"_s}, &error);
        const qint64 w = timeStart(appPath, appArguments, &error);
        if (b < 0 || w < 0) {
            out << "a start failed: " << error << Qt::endl;
            return 1;
        }
        baseline.push_back(b);
        wiredesk.push_back(w);
    }
    out << "\nProcess start → interactive window, " << Runs << " starts each (alternating)\n\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(u"what"_s, -44)
               .arg(u"p50 ms"_s, 8)
               .arg(u"p95 ms"_s, 8)
               .arg(u"max ms"_s, 8);
    for (const auto &[name, samples] : {std::pair {u"bare Qt window (baseline)"_s, baseline},
             std::pair {u"wiredesk, %1 items + draft"_s.arg(Items), wiredesk}}) {
        const Stats s = statsOf(samples);
        out << QStringLiteral("%1 %2 %3 %4\n").arg(name, -44).arg(s.p50, 8).arg(s.p95, 8).arg(s.max, 8);
    }
    out << "\nTarget: interactive within 600 ms." << Qt::endl;
    return 0;
}
