// kill -9 in the middle of an ingest (the real CLI, real files) leaves a store that passes
// SQLite's and FTS5's integrity checks, holds only whole batches, and a second run completes
// it without duplicates.
#include "wirestore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
constexpr int Files = 12;
constexpr int ItemsPerFile = 1200; // more than one ingest batch (500)

QByteArray feed(int file)
{
    QByteArray out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>K</title>"_ba;
    for (int i = 0; i < ItemsPerFile; ++i)
        out += u"<item><title>File %1 item %2 headline %3</title><guid>f%1-%2</guid>"
               "<pubDate>Thu, 26 Nov 2026 10:%4:00 GMT</pubDate><description>Text %1 %2 %3 words</description></item>"_s
                   .arg(file)
                   .arg(i)
                   .arg(i * 31 + file * 7)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    return out + "</channel></rss>"_ba;
}
} // namespace

class TestIngestKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedIngestLeavesAConsistentStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList sources;
        for (int f = 0; f < Files; ++f) {
            const QString path = dir.filePath(u"feed%1.rss"_s.arg(f));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(feed(f));
            sources << path;
        }
        const QString cli = QStringLiteral(WIREDESK_BINARY_DIR) + u"/src/cli/wiredesk-cli"_s;
        const QString profile = dir.filePath(u"profile"_s);
        const QStringList args = QStringList {u"wire"_s, u"ingest"_s, u"--profile"_s, profile} + sources;

        QProcess first;
        first.start(cli, args);
        QVERIFY(first.waitForStarted());
        // Kill it once the first source is reported: later sources are mid-flight.
        QVERIFY(first.waitForReadyRead(60000));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);

        {
            WireStore store;
            QVERIFY(store.open(profile + u"/wiredesk.sqlite"_s));
            QCOMPARE(store.checkIntegrity(), QString());
            const qint64 partial = store.totalItems();
            QVERIFY(partial >= ItemsPerFile);
            QVERIFY2(partial < Files * ItemsPerFile, "the ingest finished before the kill; nothing was tested");
            // Whole batches only: a batch is one transaction.
            QCOMPARE(partial % 100, 0);
        }

        QProcess second;
        second.start(cli, args);
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(second.exitCode(), 0);
        WireStore store;
        QVERIFY(store.open(profile + u"/wiredesk.sqlite"_s));
        QCOMPARE(store.totalItems(), qint64(Files * ItemsPerFile));
        QCOMPARE(store.checkIntegrity(), QString());
    }
};

QTEST_GUILESS_MAIN(TestIngestKill)
#include "test_ingestkill.moc"
