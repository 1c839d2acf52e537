#include "semanticcolors.h"
#include "spellchecker.h"
#include "spellingstatus.h"
#include "testpalettes.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The status bar says which dictionary checks the article, and says so plainly when none
// is installed for its language, with the package that brings it.
class TestSpellingStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheDictionary();
    void saysWhenTheLanguageIsNotChecked();
};

void TestSpellingStatus::namesTheDictionary()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"de"_s)); // Debian's hunspell-de-de, a build dependency
    SpellingStatus status;
    status.describe(checker);
    QVERIFY(status.hasDictionary());
    QCOMPARE(status.text(), u"Spelling: German (Germany)"_s);
    QVERIFY(status.toolTip().contains(u"de_DE"_s));

    QVERIFY(checker.setLanguage(u"en"_s));
    status.describe(checker);
    QCOMPARE(status.text(), u"Spelling: English (United States)"_s);

    status.describe(checker, false); // checking switched off by the user
    QCOMPARE(status.text(), u"Spelling: off"_s);
    QVERIFY(status.toolTip().contains(u"Check Spelling While Typing"_s));
}

void TestSpellingStatus::saysWhenTheLanguageIsNotChecked()
{
    // No dictionary at all in the search path: Portuguese is not checked.
    QTemporaryDir empty;
    SpellChecker checker;
    checker.setSearchPaths({empty.path()});
    QVERIFY(!checker.setLanguage(u"pt-BR"_s));
    QApplication::setPalette(TestPalettes::light());
    SpellingStatus status;
    status.describe(checker);
    QVERIFY(!status.hasDictionary());
    QVERIFY2(status.text().contains(u"No spelling dictionary for Portuguese"_s), qPrintable(status.text()));
    QVERIFY(status.text().contains(SemanticColors::color(SemanticColors::Role::Warning, TestPalettes::light()).name()));
    QVERIFY2(status.toolTip().contains(u"hunspell-pt"_s), qPrintable(status.toolTip()));
    QVERIFY(status.toolTip().contains(empty.path()));

    // In dark mode the warning takes the dark palette's colour.
    QApplication::setPalette(TestPalettes::dark());
    QTRY_VERIFY_WITH_TIMEOUT(
        status.text().contains(SemanticColors::color(SemanticColors::Role::Warning, TestPalettes::dark()).name()),
        60000);
    QApplication::setPalette(TestPalettes::light());

    // The dictionary arrives (installed, language switched back and forth): the warning goes.
    checker.setSearchPaths({u"/usr/share/hunspell"_s});
    QVERIFY(checker.setLanguage(u"fr"_s));
    status.describe(checker);
    QVERIFY(status.hasDictionary());
    QCOMPARE(status.text(), u"Spelling: French"_s);
}

QTEST_MAIN(TestSpellingStatus)
#include "test_spellingstatus.moc"
