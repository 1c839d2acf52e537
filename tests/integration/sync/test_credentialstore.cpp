// CredentialStore against the real keyring: ./desk runs integration tests inside
// dbus-run-session with an unlocked gnome-keyring (secrets component).
#include "credentialstore.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestCredentialStore final : public QObject
{
    Q_OBJECT

    QString m_service = u"wiredesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    SyncError store(CredentialStore &store, const QUrl &site, const QString &user, const QString &secret)
    {
        std::optional<SyncError> result;
        store.store(site, user, secret, [&](const SyncError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
            return SyncError::make(SyncError::Kind::Invalid, u"timeout"_s);
        return *result;
    }
    std::pair<QString, SyncError> read(CredentialStore &store, const QUrl &site, const QString &user)
    {
        std::optional<std::pair<QString, SyncError>> result;
        store.read(site, user, [&](const QString &s, const SyncError &e) { result = std::make_pair(s, e); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
            return {QString(), SyncError::make(SyncError::Kind::Invalid, u"timeout"_s)};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No session bus: run through ./desk test (dbus-run-session with an unlocked gnome-keyring)");
    }

    void keyIsPerSiteAndUser()
    {
        QCOMPARE(
            CredentialStore::keyFor(QUrl(u"https://news.example.org/"_s), u"ed"_s), u"ed@https://news.example.org"_s);
        QCOMPARE(CredentialStore::keyFor(QUrl(u"https://x:secret@news.example.org/?a=b"_s), u"ed"_s),
            u"ed@https://news.example.org"_s);
    }

    void storeReadRemove()
    {
        CredentialStore credentials(m_service);
        const QUrl site(u"http://127.0.0.1:8080"_s);
        const QString secret = u"abcd EFGH 1234 ijkl 5678 mnop"_s;
        QVERIFY2(store(credentials, site, u"editor"_s, secret).ok(), "keychain refused the write");
        auto [value, error] = read(credentials, site, u"editor"_s);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(value, secret);

        // Another user or site does not see it; a missing entry says "sign in", without the secret.
        auto [other, missing] = read(credentials, site, u"someone-else"_s);
        QVERIFY(other.isEmpty());
        QCOMPARE(missing.kind, SyncError::Kind::NeedsSignIn);
        QVERIFY(!missing.message.contains(secret));

        std::optional<SyncError> removed;
        credentials.remove(site, u"editor"_s, [&](const SyncError &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 60'000);
        QVERIFY(removed->ok());
        auto [gone, goneError] = read(credentials, site, u"editor"_s);
        QVERIFY(gone.isEmpty());
        QCOMPARE(goneError.kind, SyncError::Kind::NeedsSignIn);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
