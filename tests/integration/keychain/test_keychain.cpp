// Proves the test harness gives QtKeychain a working OS keyring: a secret is written, read back,
// deleted and gone. When no unlocked keyring is reachable every job would wait about 25 s and the
// suite would crawl, so each job gets a short deadline and the first miss fails the whole test
// with the reason. Secrets are compared, never printed.
#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A healthy keyring answers in milliseconds; a locked or missing one in 25 s or never.
constexpr int jobDeadlineMs = 8000;
const QString accountKey = u"wiredesk-test-account"_s;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    // Set once a job missed its deadline: QtKeychain runs jobs one at a time, so every later job
    // would queue behind the stuck one.
    bool m_stuck = false;

    // Runs JOB to completion within the deadline. A job that misses it is left alive (QtKeychain
    // still holds it in its queue).
    bool finishes(QKeychain::Job *job, QString *failure)
    {
        if (m_stuck) {
            *failure = u"skipped: an earlier keychain job never answered"_s;
            return false;
        }
        job->setAutoDelete(false);
        job->setKey(accountKey);
        QSignalSpy finished(job, &QKeychain::Job::finished);
        job->start();
        if (finished.isEmpty() && !finished.wait(jobDeadlineMs)) {
            m_stuck = true;
            *failure
                = u"no answer from the keychain within %1 ms: no unlocked Secret Service keyring on the "
                  "session bus (run under tests/support/with-keyring.sh, as ./desk test does)"_s.arg(jobDeadlineMs);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A service name no real entry and no parallel run can share.
        m_service = u"org.wiredesk.test.keychain.%1.%2"_s.arg(QCoreApplication::applicationPid())
                        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));

        // Reading may succeed on a locked keyring; only a write shows whether it is unlocked.
        QString failure;
        auto *probe = new QKeychain::WritePasswordJob(m_service, this);
        probe->setBinaryData(randomBytes(16));
        if (!finishes(probe, &failure))
            QFAIL(qPrintable(failure));
        QVERIFY2(probe->error() == QKeychain::NoError,
            qPrintable(u"the keychain refused a write: %1"_s.arg(probe->errorString())));
        probe->deleteLater();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii application password") << "abcd EFGH 1234 ijkl MNOP 5678"_ba;
        QTest::newRow("utf-8") << u"pässwörd–ключ–鍵"_s.toUtf8();
        QTest::newRow("binary with NUL bytes") << randomBytes(64).append('\0').append(randomBytes(16));
    }

    void roundTrip()
    {
        QFETCH(QByteArray, secret);
        QString failure;

        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(secret);
        if (!finishes(write, &failure))
            QFAIL(qPrintable(failure));
        QVERIFY2(write->error() == QKeychain::NoError, qPrintable(u"write: "_s + write->errorString()));
        write->deleteLater();

        auto *read = new QKeychain::ReadPasswordJob(m_service, this);
        if (!finishes(read, &failure))
            QFAIL(qPrintable(failure));
        QVERIFY2(read->error() == QKeychain::NoError, qPrintable(u"read: "_s + read->errorString()));
        // QCOMPARE would print both values on a mismatch: compare without showing the secret.
        QVERIFY2(read->binaryData() == secret, "the secret read back differs from the one written (not shown)");
        read->deleteLater();

        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        if (!finishes(remove, &failure))
            QFAIL(qPrintable(failure));
        QVERIFY2(remove->error() == QKeychain::NoError, qPrintable(u"delete: "_s + remove->errorString()));
        remove->deleteLater();

        auto *readAgain = new QKeychain::ReadPasswordJob(m_service, this);
        if (!finishes(readAgain, &failure))
            QFAIL(qPrintable(failure));
        QVERIFY2(readAgain->error() == QKeychain::EntryNotFound,
            qPrintable(u"after delete the entry should be gone, got: %1"_s.arg(readAgain->errorString())));
        readAgain->deleteLater();
    }

    void cleanupTestCase()
    {
        // Do not leave the probe, or a round trip that failed halfway, behind in a real keyring.
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        QString ignored;
        finishes(remove, &ignored);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
