// WalCheckpointer: a passive checkpoint on its own connection and thread copies the log back
// while the writing connection (automatic checkpoints off) keeps its transaction rhythm.
#include "walcheckpointer.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Wiredesk;

namespace {

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void copiesTheLogBackBesideTheWriter()
    {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("wal.sqlite")).toUtf8();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
        QVERIFY(exec(db, "PRAGMA journal_mode=WAL"));
        QVERIFY(exec(db, "PRAGMA wal_autocheckpoint=0"));
        QVERIFY(exec(db, "CREATE TABLE t(x BLOB)"));
        const QString file = QString::fromUtf8(path);
        QVERIFY(exec(db,
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "INSERT INTO t SELECT randomblob(4000) FROM n"));
        {
            QVERIFY(QFileInfo(file).size() < 300 * 4000); // everything is still in the log
            WalCheckpointer checkpointer(path);
            QCOMPARE(checkpointer.runs(), 0); // nothing happens before a request
            checkpointer.request();
            QTRY_VERIFY(checkpointer.runs() >= 1);
            // The rows reached the database file itself (before, they were only in the log:
            // the writer's automatic checkpoint is off).
            QVERIFY(QFileInfo(file).size() > 300 * 4000);
            // The writer goes on meanwhile; later requests are served too.
            QVERIFY(exec(db, "DELETE FROM t"));
            checkpointer.request();
            checkpointer.request();
            QTRY_VERIFY(checkpointer.runs() >= 2);
        } // the destructor joins the thread
        QVERIFY(exec(db, "SELECT count(*) FROM t"));
        sqlite3_close(db);
    }

    void destroyedWithoutRequestStartsNothing()
    {
        // No thread, no connection: the path is never opened.
        WalCheckpointer checkpointer(QByteArrayLiteral("/nonexistent/dir/never.sqlite"));
        QCOMPARE(checkpointer.runs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_walcheckpointer.moc"
