#include "spellchecker.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// Hunspell with the system dictionaries (hunspell-en-us is a build dependency; German and
// French are tested when installed), a legacy ISO-8859-1 dictionary, and the personal
// dictionary file.
class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void picksTheDictionaryForTheLanguage_data();
    void picksTheDictionaryForTheLanguage();
    void english();
    void otherLanguages_data();
    void otherLanguages();
    void legacyEncodedDictionary();
    void personalDictionaryIsKept();
    void personalDictionarySwitchesWhileLoaded();
    void unknownLanguageJudgesNothing();
};

void TestSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(u"/usr/share/hunspell/en_US.dic"_s))
        QFAIL("hunspell-en-us is a build dependency and must be installed");
}

void TestSpellChecker::picksTheDictionaryForTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dictionary");
    QTest::newRow("en") << u"en"_s << u"en_US"_s;
    QTest::newRow("en-US") << u"en-US"_s << u"en_US"_s;
    QTest::newRow("en-GB falls back") << u"en-GB"_s << u"en_US"_s;
    QTest::newRow("none") << u"tlh"_s << QString();
}

void TestSpellChecker::picksTheDictionaryForTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, dictionary);
    SpellChecker checker;
    QVERIFY(checker.availableDictionaries().contains(u"en_US"_s));
    QCOMPARE(checker.dictionaryFor(language), dictionary);
}

void TestSpellChecker::english()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"en"_s));
    QVERIFY(checker.isReady());
    QCOMPARE(checker.encoding(), u"UTF-8"_s);
    QVERIFY(checker.isCorrect(u"harbour"_s) || checker.isCorrect(u"harbor"_s));
    QVERIFY(checker.isCorrect(u"strike"_s));
    QVERIFY(checker.isCorrect(u"doesn’t"_s)); // typographic apostrophe
    QVERIFY(!checker.isCorrect(u"stirke"_s));
    QVERIFY(!checker.isCorrect(u"recieve"_s));
    QVERIFY(checker.suggestions(u"recieve"_s).contains(u"receive"_s));
    QVERIFY(checker.suggestions(u"stirke"_s).contains(u"strike"_s));
}

void TestSpellChecker::otherLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    QTest::newRow("de") << u"de"_s << u"Straße"_s << u"Strase"_s;
    QTest::newRow("fr") << u"fr"_s << u"grève"_s << u"grêve"_s;
}

void TestSpellChecker::otherLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, good);
    QFETCH(QString, bad);
    SpellChecker checker;
    if (checker.dictionaryFor(language).isEmpty())
        QSKIP("dictionary not installed");
    QVERIFY(checker.setLanguage(language));
    QVERIFY(checker.isCorrect(good));
    QVERIFY(!checker.isCorrect(bad));
    QVERIFY2(checker.suggestions(bad).contains(good), qPrintable(checker.suggestions(bad).join(u", "_s)));
}

void TestSpellChecker::legacyEncodedDictionary()
{
    SpellChecker checker;
    checker.setSearchPaths({QStringLiteral(WIREDESK_TEST_DATA) + u"/richtext/dictionaries"_s});
    QCOMPARE(checker.availableDictionaries(), QStringList {u"xx_LATIN"_s});
    QVERIFY(checker.setLanguage(u"xx"_s));
    QCOMPARE(checker.encoding(), u"ISO8859-1"_s);
    QVERIFY(checker.isCorrect(u"café"_s));
    QVERIFY(checker.isCorrect(u"naïve"_s));
    QVERIFY(!checker.isCorrect(u"cafe"_s));
    QVERIFY(checker.suggestions(u"cafe"_s).contains(u"café"_s));
    QVERIFY(checker.isCorrect(u"Ωmega"_s)); // not representable in Latin-1: not judged
}

void TestSpellChecker::personalDictionaryIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"profile/personal.dic"_s);
    {
        SpellChecker checker(path);
        QVERIFY(checker.setLanguage(u"en"_s));
        QVERIFY(!checker.isCorrect(u"Wiredesk"_s));
        QVERIFY(checker.addToPersonal(u"Wiredesk"_s));
        QVERIFY(checker.isCorrect(u"Wiredesk"_s));
        checker.ignore(u"Fosxl"_s);
        QVERIFY(checker.isCorrect(u"Fosxl"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "Wiredesk\n"_ba);
    SpellChecker again(path);
    QVERIFY(again.setLanguage(u"en"_s));
    QVERIFY(again.isCorrect(u"Wiredesk"_s));
    QVERIFY(!again.isCorrect(u"Fosxl"_s)); // ignoring lasts one session
}

void TestSpellChecker::personalDictionarySwitchesWhileLoaded()
{
    // The editor gets its profile's personal dictionary after the language is loaded.
    QTemporaryDir dir;
    const QString first = dir.filePath(u"a.dic"_s);
    const QString second = dir.filePath(u"b.dic"_s);
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Lumetra\n");
    file.close();

    SpellChecker checker(first);
    QVERIFY(checker.setLanguage(u"en"_s));
    QVERIFY(checker.addToPersonal(u"Wiredesk"_s));
    QVERIFY(checker.isCorrect(u"Wiredesk"_s));
    QVERIFY(!checker.isCorrect(u"Lumetra"_s));

    checker.setPersonalDictionaryPath(second);
    QCOMPARE(checker.personalDictionaryPath(), second);
    QVERIFY(checker.isReady());
    QVERIFY(checker.isCorrect(u"Lumetra"_s));
    QVERIFY(!checker.isCorrect(u"Wiredesk"_s)); // the first profile's word is gone, in Hunspell too
    QVERIFY(!checker.suggestions(u"Lumetr"_s).isEmpty());
    QCOMPARE(checker.personalWords(), QStringList {u"Lumetra"_s});
}

void TestSpellChecker::unknownLanguageJudgesNothing()
{
    SpellChecker checker;
    QVERIFY(!checker.setLanguage(u"tlh"_s));
    QVERIFY(!checker.isReady());
    QVERIFY(checker.isCorrect(u"Qapla"_s));
    QVERIFY(checker.suggestions(u"Qapla"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "test_spellchecker.moc"
