#include "demoprofile.h"
#include "profile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void createsLayout();
    void secondOpenIsRefused();
    void demoCopyIsCompleteAndWritable();
};

void TestProfile::createsLayout()
{
    QTemporaryDir dir;
    Profile profile;
    QVERIFY2(profile.open(dir.filePath(u"p"_s)), qPrintable(profile.errorString()));
    QVERIFY(QFileInfo(profile.dropFolder()).isDir());
    QVERIFY(QFileInfo(profile.snapshotFolder()).isDir());
    QVERIFY(QFileInfo(profile.templateFolder()).isDir());
    QVERIFY(profile.databasePath().startsWith(dir.path()));
    QVERIFY(Profile::defaultLocation().contains(u"profiles"_s));
}

void TestProfile::secondOpenIsRefused()
{
    QTemporaryDir dir;
    Profile first;
    QVERIFY(first.open(dir.path()));
    Profile second;
    QVERIFY(!second.open(dir.path()));
    QVERIFY2(second.errorString().contains(u"already open"_s), qPrintable(second.errorString()));
}

void TestProfile::demoCopyIsCompleteAndWritable()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(DemoProfile::copyTo(dir.path(), &error), qPrintable(error));
    const QStringList wires = QDir(dir.filePath(u"wires"_s)).entryList(QDir::Files);
    QVERIFY2(wires.size() >= 3, qPrintable(wires.join(u", "_s)));
    QVERIFY(QFileInfo(dir.filePath(u"drafts/sample-draft.json"_s)).isFile());
    QVERIFY(QFileInfo(dir.filePath(u"drafts/sample-draft.json"_s)).isWritable());
    QVERIFY(!DemoProfile::copyTo(dir.path(), &error, u":/no-such-demo"_s));
    QVERIFY(error.contains(u"missing"_s));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "test_profile.moc"
