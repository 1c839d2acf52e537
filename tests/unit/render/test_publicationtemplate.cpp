// The page template's tiny syntax and the per-file override lookup.
#include "publicationtemplate.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestPublicationTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void expand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("escaped") << u"<h1>{{name}}</h1>"_s << u"<h1>Fish &amp; Chips &lt;b&gt;</h1>"_s;
        QTest::newRow("spaces inside braces") << u"{{ name }}"_s << u"Fish &amp; Chips &lt;b&gt;"_s;
        QTest::newRow("raw") << u"{{{html}}}"_s << u"<em>ok</em>"_s;
        QTest::newRow("missing value is empty") << u"[{{nothing}}]"_s << u"[]"_s;
        QTest::newRow("section shown") << u"{{#html}}yes{{/html}}"_s << u"yes"_s;
        QTest::newRow("section hidden") << u"{{#nothing}}yes{{/nothing}}"_s << QString();
        QTest::newRow("inverted") << u"{{^nothing}}none{{/nothing}}{{^html}}x{{/html}}"_s << u"none"_s;
        QTest::newRow("nested") << u"{{#html}}a{{#nothing}}b{{/nothing}}{{#name}}c{{/name}}{{/html}}"_s << u"ac"_s;
        QTest::newRow("comment") << u"a{{! a note }}b"_s << u"ab"_s;
        QTest::newRow("standalone tags take their line break")
            << u"<ul>\n{{#html}}\n<li>x</li>\n{{/html}}\n</ul>\n"_s << u"<ul>\n<li>x</li>\n</ul>\n"_s;
        QTest::newRow("values are not re-expanded") << u"{{braces}}"_s << u"{{html}}"_s;
        QTest::newRow("single braces are text") << u"a { b } c"_s << u"a { b } c"_s;
    }

    void expand()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QHash<QString, QString> values {
            {u"name"_s, u"Fish & Chips <b>"_s}, {u"html"_s, u"<em>ok</em>"_s}, {u"braces"_s, u"{{html}}"_s}};
        QString error;
        QCOMPARE(PublicationTemplate::expand(text, values, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed tag") << u"a\n{{name"_s << u"line 2"_s;
        QTest::newRow("unclosed section") << u"{{#clocks}}x"_s << u"clocks"_s;
        QTest::newRow("mismatched close") << u"{{#a}}{{/b}}"_s << u"{{/b}}"_s;
        QTest::newRow("stray close") << u"{{/a}}"_s << u"{{/a}}"_s;
        QTest::newRow("bad name") << u"{{na me}}"_s << u"na me"_s;
        QTest::newRow("empty raw") << u"{{{}}}"_s << u"bad name"_s;
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(PublicationTemplate::expand(text, {}, &error), QString());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void builtInTemplateIsComplete()
    {
        const PublicationTemplate builtIn;
        QVERIFY2(builtIn.errorString().isEmpty(), qPrintable(builtIn.errorString()));
        for (const QString &name : PublicationTemplate::fileNames()) {
            QVERIFY2(!builtIn.file(name).isEmpty(), qPrintable(name));
            QCOMPARE(builtIn.origin(name), u":/templates/publication/"_s + name);
        }
        const QString page = builtIn.render({{u"article"_s, u"<article>x</article>"_s}, {u"title"_s, u"<T>"_s}});
        QVERIFY(page.startsWith(u"<!DOCTYPE html>\n<html"_s));
        QVERIFY(page.contains(u"<article>x</article>"_s));
        QVERIFY(page.contains(u"<title>&lt;T&gt;</title>"_s));
        QVERIFY(!page.contains(u"world-clocks"_s)); // no clocks value, no strip
        QVERIFY(builtIn.file(u"style.css"_s).contains(u"@media (max-width: 600px)"_s));
    }

    void overridesAreLookedUpPerFileInOrder()
    {
        QTemporaryDir profile;
        QTemporaryDir shared;
        QVERIFY(profile.isValid() && shared.isValid());
        QVERIFY(writeFile(profile.filePath(u"style.css"_s), "/* profile */\n"));
        QVERIFY(writeFile(shared.filePath(u"style.css"_s), "/* shared */\n"));
        QVERIFY(writeFile(shared.filePath(u"page.html"_s), "<p>{{publication}}</p>\n"));
        PublicationTemplate publication;
        QVERIFY2(publication.load({profile.path(), shared.path()}), qPrintable(publication.errorString()));
        QCOMPARE(publication.file(u"style.css"_s), u"/* profile */\n"_s);
        QCOMPARE(publication.origin(u"style.css"_s), profile.filePath(u"style.css"_s));
        QCOMPARE(publication.origin(u"page.html"_s), shared.filePath(u"page.html"_s));
        QCOMPARE(publication.origin(u"print.css"_s), u":/templates/publication/print.css"_s);
        QCOMPARE(publication.render({{u"publication"_s, u"Courier & Post"_s}}), u"<p>Courier &amp; Post</p>\n"_s);
    }

    void brokenOverrideIsReportedAndReplaced()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QVERIFY(writeFile(profile.filePath(u"page.html"_s), "<p>\n{{#section}}{{section}}\n"));
        PublicationTemplate publication;
        QVERIFY(!publication.load({profile.path()}));
        QVERIFY2(publication.errorString().contains(u"page.html"_s), qPrintable(publication.errorString()));
        QVERIFY(publication.errorString().contains(u"section"_s));
        QCOMPARE(publication.origin(u"page.html"_s), u":/templates/publication/page.html"_s);
        QVERIFY(publication.render({}).contains(u"<header class=\"masthead\">"_s));
    }

    void missingFoldersAreSkipped()
    {
        PublicationTemplate publication;
        QVERIFY(publication.load({u"/nonexistent/wiredesk/templates"_s, QString()}));
        QCOMPARE(publication.origin(u"page.html"_s), u":/templates/publication/page.html"_s);
    }
};

QTEST_GUILESS_MAIN(TestPublicationTemplate)
#include "test_publicationtemplate.moc"
