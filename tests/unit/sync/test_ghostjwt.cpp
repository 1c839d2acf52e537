#include "ghostjwt.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestGhostJwt final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesOpensslVector()
    {
        QFile file(QStringLiteral(WIREDESK_TEST_DATA) + u"/sync/ghostjwt/vector.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QByteArray, QByteArray> values;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (!line.startsWith('#') && eq > 0)
                values.insert(line.left(eq), line.mid(eq + 1).trimmed());
        }
        QVERIFY(values.contains("token"));
        QCOMPARE(GhostJwt::token(QString::fromLatin1(values.value("key")), values.value("iat").toLongLong()),
            values.value("token"));
        // A different time or key gives a different signature.
        QVERIFY(GhostJwt::token(QString::fromLatin1(values.value("key")), values.value("iat").toLongLong() + 1)
            != values.value("token"));
    }

    void refusesMalformedKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("no colon") << u"abcdef"_s;
        QTest::newRow("secret not hex") << u"abc:zzzzzzzzzzzzzzzzzzzz"_s;
        QTest::newRow("odd hex") << u"abc:0123456789abcdef0"_s;
    }

    void refusesMalformedKeys()
    {
        QFETCH(QString, key);
        QString error;
        QVERIFY(GhostJwt::token(key, 1, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestGhostJwt)
#include "test_ghostjwt.moc"
