// TranslationLoader, the one place the app and wiredesk-cli choose their language: --lang codes
// Qt knows are accepted and others refused, each locale gets its own messages or the English
// plural forms, and install() makes the locale the default and the messages live.
#include "translationloader.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestTranslationLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localeFor_data();
    void localeFor();
    void load_data();
    void load();
    void installTranslatesAndSetsTheDefault();
};

void TestTranslationLoader::localeFor_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");
    QTest::newRow("de") << u"de"_s << true << u"de_DE"_s;
    QTest::newRow("fr_FR") << u"fr_FR"_s << true << u"fr_FR"_s;
    QTest::newRow("de-CH") << u"de-CH"_s << true << u"de_CH"_s;
    QTest::newRow("with encoding") << u"de_DE.UTF-8"_s << true << u"de_DE"_s;
    QTest::newRow("C") << u"C"_s << true << u"C"_s;
    QTest::newRow("spaces") << u" fr "_s << true << u"fr_FR"_s;
    QTest::newRow("unknown code") << u"xx"_s << false << QString();
    QTest::newRow("a language's name") << u"german"_s << false << QString();
    QTest::newRow("digits") << u"123"_s << false << QString();
}

void TestTranslationLoader::localeFor()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(QString, name);
    const std::optional<QLocale> locale = TranslationLoader::localeFor(code);
    QCOMPARE(locale.has_value(), known);
    if (locale)
        QCOMPARE(locale->name(), name);
}

void TestTranslationLoader::load_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("oneSource");
    QTest::addColumn<QString>("twoSources");
    // QTranslator gives the form for n; QCoreApplication::translate() fills in %n.
    QTest::newRow("de") << u"de"_s << u"de"_s << u"%n Quelle"_s << u"%n Quellen"_s;
    QTest::newRow("de_AT") << u"de_AT"_s << u"de"_s << u"%n Quelle"_s << u"%n Quellen"_s;
    QTest::newRow("fr_CA") << u"fr_CA"_s << u"fr"_s << u"%n source"_s << u"%n sources"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"en"_s << u"%n source"_s << u"%n sources"_s;
    // No Spanish file, and the C locale: the English plural forms.
    QTest::newRow("es") << u"es"_s << u"en"_s << u"%n source"_s << u"%n sources"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s << u"%n source"_s << u"%n sources"_s;
}

void TestTranslationLoader::load()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, oneSource);
    QFETCH(QString, twoSources);
    QTranslator translator;
    QVERIFY(TranslationLoader::load(&translator, QLocale(code)));
    QCOMPARE(translator.language().left(2), language);
    QCOMPARE(translator.translate("Wiredesk::ProvenancePane", "%n source(s)", nullptr, 1), oneSource);
    QCOMPARE(translator.translate("Wiredesk::ProvenancePane", "%n source(s)", nullptr, 2), twoSources);
}

void TestTranslationLoader::installTranslatesAndSetsTheDefault()
{
    QCoreApplication *app = QCoreApplication::instance();
    const int before = int(app->findChildren<QTranslator *>().size());
    TranslationLoader::install(app, QLocale(u"de"_s));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("cli", "Commands:"), u"Befehle:"_s);
    // The translators belong to the application; removing them gives English again.
    const QList<QTranslator *> added = app->findChildren<QTranslator *>();
    QVERIFY(added.size() > before);
    for (QTranslator *translator : added)
        delete translator;
    QCOMPARE(QCoreApplication::translate("cli", "Commands:"), u"Commands:"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "test_translationloader.moc"
