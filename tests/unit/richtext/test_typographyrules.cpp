#include "typographyrules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// Typing a character after some text gives the language's typography: a table of
// (text before the cursor, typed char, language) → (characters replaced, text inserted).
class TestTypographyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void typingASentence_data();
    void typingASentence();
};

void TestTypographyRules::apply_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<int>("removeBefore");
    QTest::addColumn<QString>("insert");

    // English
    QTest::newRow("en open double at start") << u""_s << u"\""_s << u"en"_s << true << 0 << u"“"_s;
    QTest::newRow("en open double after space") << u"said "_s << u"\""_s << u"en"_s << true << 0 << u"“"_s;
    QTest::newRow("en close double after word") << u"said “yes"_s << u"\""_s << u"en"_s << true << 0 << u"”"_s;
    QTest::newRow("en close double after period") << u"“Yes."_s << u"\""_s << u"en"_s << true << 0 << u"”"_s;
    QTest::newRow("en open double after paren") << u"("_s << u"\""_s << u"en-GB"_s << true << 0 << u"“"_s;
    QTest::newRow("en apostrophe") << u"France"_s << u"'"_s << u"en"_s << true << 0 << u"’"_s;
    QTest::newRow("en open single") << u"the "_s << u"'"_s << u"en"_s << true << 0 << u"‘"_s;
    QTest::newRow("en close single after period") << u"‘No."_s << u"'"_s << u"en"_s << true << 0 << u"’"_s;
    QTest::newRow("en digits apostrophe") << u"the 1990"_s << u"'"_s << u"en"_s << true << 0 << u"’"_s;
    // German
    QTest::newRow("de open double") << u"sagte "_s << u"\""_s << u"de"_s << true << 0 << u"„"_s;
    QTest::newRow("de close double") << u"„Ja"_s << u"\""_s << u"de"_s << true << 0 << u"“"_s;
    QTest::newRow("de open single") << u"„Er sagte "_s << u"'"_s << u"de"_s << true << 0 << u"‚"_s;
    QTest::newRow("de close single in open inner")
        << u"„Er sagte ‚nein"_s << u"'"_s << u"de-CH"_s << true << 0 << u"‘"_s;
    QTest::newRow("de apostrophe") << u"geht"_s << u"'"_s << u"de"_s << true << 0 << u"’"_s;
    // French: guillemets with narrow no-break spaces, and spaced high punctuation
    QTest::newRow("fr open") << u"il a dit "_s << u"\""_s << u"fr"_s << true << 0 << u"«\u202F"_s;
    QTest::newRow("fr close after word") << u"« oui"_s << u"\""_s << u"fr"_s << true << 0 << u"\u202F»"_s;
    QTest::newRow("fr close after space") << u"« oui "_s << u"\""_s << u"fr"_s << true << 1 << u"\u202F»"_s;
    QTest::newRow("fr question") << u"Vraiment "_s << u"?"_s << u"fr"_s << true << 1 << u"\u202F?"_s;
    QTest::newRow("fr colon") << u"Il a dit "_s << u":"_s << u"fr"_s << true << 1 << u"\u202F:"_s;
    QTest::newRow("fr question unspaced") << u"Vraiment"_s << u"?"_s << u"fr"_s << false << 0 << QString();
    QTest::newRow("fr apostrophe") << u"l"_s << u"'"_s << u"fr"_s << true << 0 << u"’"_s;
    QTest::newRow("en question kept") << u"Really "_s << u"?"_s << u"en"_s << false << 0 << QString();
    // Russian, Spanish, Italian: guillemets without spaces
    QTest::newRow("ru open") << u"сказал "_s << u"\""_s << u"ru"_s << true << 0 << u"«"_s;
    QTest::newRow("ru close") << u"«да"_s << u"\""_s << u"ru"_s << true << 0 << u"»"_s;
    QTest::newRow("ru inner open") << u"«он сказал "_s << u"'"_s << u"ru"_s << true << 0 << u"„"_s;
    QTest::newRow("es open") << u"dijo "_s << u"\""_s << u"es"_s << true << 0 << u"«"_s;
    QTest::newRow("es close") << u"«sí"_s << u"\""_s << u"es"_s << true << 0 << u"»"_s;
    QTest::newRow("it close") << u"«sì"_s << u"\""_s << u"it"_s << true << 0 << u"»"_s;
    QTest::newRow("unknown language is english") << u"x "_s << u"\""_s << u"nl"_s << true << 0 << u"“"_s;
    // Dashes and ellipsis
    QTest::newRow("en dash") << u"2020-"_s << u"-"_s << u"en"_s << true << 1 << u"–"_s;
    QTest::newRow("em dash") << u"word–"_s << u"-"_s << u"en"_s << true << 1 << u"—"_s;
    QTest::newRow("single hyphen kept") << u"Marseille"_s << u"-"_s << u"en"_s << false << 0 << QString();
    QTest::newRow("ellipsis") << u"and so on.."_s << u"."_s << u"de"_s << true << 2 << u"…"_s;
    QTest::newRow("two dots kept") << u"etc."_s << u"."_s << u"en"_s << false << 0 << QString();
    QTest::newRow("letters untouched") << u"abc"_s << u"d"_s << u"fr"_s << false << 0 << QString();
}

void TestTypographyRules::apply()
{
    QFETCH(QString, before);
    QFETCH(QString, typed);
    QFETCH(QString, language);
    QFETCH(bool, replaced);
    QFETCH(int, removeBefore);
    QFETCH(QString, insert);
    const auto result = TypographyRules::apply(before, typed.at(0), language);
    QCOMPARE(result.has_value(), replaced);
    if (result) {
        QCOMPARE(result->removeBefore, removeBefore);
        QCOMPARE(result->insert, insert);
    }
}

void TestTypographyRules::typingASentence_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"He said \"it's 'fine'\" -- really..."_s << u"en"_s << u"He said “it’s ‘fine’” – really…"_s;
    QTest::newRow("de") << u"Er sagte: \"Das ist 'gut'\"."_s << u"de"_s << u"Er sagte: „Das ist ‚gut‘“."_s;
    QTest::newRow("fr") << u"Il a dit : \"oui\" !"_s << u"fr"_s << u"Il a dit\u202F: «\u202Foui\u202F»\u202F!"_s;
    QTest::newRow("ru") << u"Он сказал \"да\"---и всё"_s << u"ru"_s << u"Он сказал «да»—и всё"_s;
}

// Feeds a sentence character by character the way the editor does.
void TestTypographyRules::typingASentence()
{
    QFETCH(QString, typed);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QString text;
    for (const QChar c : typed) {
        if (const auto replacement = TypographyRules::apply(text, c, language)) {
            text.chop(replacement->removeBefore);
            text += replacement->insert;
        } else {
            text += c;
        }
    }
    QCOMPARE(text, expected);
}

QTEST_APPLESS_MAIN(TestTypographyRules)
#include "test_typographyrules.moc"
