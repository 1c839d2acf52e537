#include "database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensInWalMode();
    void migratesInOrderAndOnce();
    void refusesNewerSchema();
    void failedStepRollsBack();
};

static Schema notesSchema(int upTo)
{
    Schema schema {u"notes"_s, {}};
    schema.migrations << Migration {1, {u"CREATE TABLE note(id INTEGER PRIMARY KEY, text TEXT)"_s}};
    if (upTo >= 2)
        schema.migrations << Migration {
            2, {u"ALTER TABLE note ADD COLUMN author TEXT"_s, u"CREATE INDEX note_author ON note(author)"_s}};
    return schema;
}

void TestDatabase::opensInWalMode()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY2(db.open(dir.filePath(u"sub/w.sqlite"_s)), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::migratesInOrderAndOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY2(db.migrate(notesSchema(1)), qPrintable(db.errorString()));
        QCOMPARE(db.moduleVersion(u"notes"_s), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO note(text) VALUES('kept')"_s));
    }
    Database db;
    QVERIFY(db.open(path));
    QVERIFY2(db.migrate(notesSchema(2)), qPrintable(db.errorString()));
    QVERIFY2(db.migrate(notesSchema(2)), qPrintable(db.errorString())); // idempotent
    QCOMPARE(db.moduleVersion(u"notes"_s), 2);
    QCOMPARE(db.moduleVersion(u"other"_s), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT text, author FROM note"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"kept"_s);
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.migrate(notesSchema(2)));
    }
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(!db.migrate(notesSchema(1)));
    QVERIFY2(db.errorString().contains(u"newer version"_s), qPrintable(db.errorString()));
    QCOMPARE(db.moduleVersion(u"notes"_s), 2); // untouched
}

void TestDatabase::failedStepRollsBack()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    QVERIFY(db.migrate(notesSchema(1)));
    Schema broken = notesSchema(1);
    broken.migrations << Migration {2, {u"CREATE TABLE half(id INTEGER)"_s, u"THIS IS NOT SQL"_s}};
    QVERIFY(!db.migrate(broken));
    QVERIFY(db.errorString().contains(u"schema 2"_s));
    QCOMPARE(db.moduleVersion(u"notes"_s), 1);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"SELECT * FROM half"_s)); // the first statement was rolled back too
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
