#include "notesthreadview.h"
#include "semanticcolors.h"
#include "sourcelistmodel.h"
#include "testpalettes.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Role = SemanticColors::Role;

// Every colour with a meaning stays readable in the light and the dark palette: text colours
// against the backgrounds they are drawn on, background colours under the text drawn on them.
class TestSemanticColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastIsWcag();
    void readableInEveryPalette_data();
    void readableInEveryPalette();
    void followsThePalette();
    void viewsRecolourWhenThePaletteChanges();

private:
    static QPalette lightPalette() { return TestPalettes::light(); }
    static QPalette darkPalette() { return TestPalettes::dark(); }
};

void TestSemanticColors::contrastIsWcag()
{
    QCOMPARE(qRound(SemanticColors::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(SemanticColors::contrast(Qt::gray, Qt::gray), 1.0);
    // #767676 on white is the classic lightest grey that passes AA (4.54:1).
    QVERIFY(qAbs(SemanticColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestSemanticColors::readableInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestSemanticColors::readableInEveryPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(SemanticColors::isDark(palette), dark);
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    const QColor text = palette.color(QPalette::Text);
    for (Role role : {Role::Good, Role::Bad, Role::Warning, Role::Info, Role::Muted}) {
        const QColor color = SemanticColors::color(role, palette);
        QVERIFY2(SemanticColors::contrast(color, base) >= 4.5,
            qPrintable(u"role %1 %2 on %3: %4"_s.arg(int(role))
                           .arg(color.name(), base.name())
                           .arg(SemanticColors::contrast(color, base))));
        QVERIFY2(SemanticColors::contrast(color, alternate) >= 4.5,
            qPrintable(u"role %1 %2 on %3"_s.arg(int(role)).arg(color.name(), alternate.name())));
    }
    for (Role role : {Role::InsertedBackground, Role::DeletedBackground, Role::StrongHighlightBackground}) {
        const QColor color = SemanticColors::color(role, palette);
        QVERIFY2(SemanticColors::contrast(text, color) >= 4.5,
            qPrintable(u"text %1 on role %2 %3: %4"_s.arg(text.name())
                           .arg(int(role))
                           .arg(color.name())
                           .arg(SemanticColors::contrast(text, color))));
    }
    // The underline of the chosen source's spans is seen against their background.
    QVERIFY(SemanticColors::contrast(SemanticColors::color(Role::StrongHighlightLine, palette),
                SemanticColors::color(Role::StrongHighlightBackground, palette))
        >= 1.5);
}

void TestSemanticColors::followsThePalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    const QColor darkGood = SemanticColors::color(Role::Good);
    QApplication::setPalette(lightPalette());
    const QColor lightGood = SemanticColors::color(Role::Good);
    QApplication::setPalette(before);
    QVERIFY(darkGood.lightness() > lightGood.lightness());
}

void TestSemanticColors::viewsRecolourWhenThePaletteChanges()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(lightPalette());
    ArticleSource source;
    source.id = u"src1"_s;
    source.url = u"https://meridianpress.example/story"_s;
    source.status = u"verified"_s;
    SourceListModel model;
    model.setArticle({source}, QString());
    const QModelIndex status = model.index(0, SourceListModel::StatusColumn);
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), SemanticColors::color(Role::Good, lightPalette()));

    Annotation note;
    note.author = u"Test Checker"_s;
    note.time = QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate);
    note.text = u"Confirmed by phone."_s;
    note.statusFrom = u"unchecked"_s;
    note.statusTo = u"verified"_s;
    NotesThreadView view;
    view.setThread(Annotation::TargetKind::Source, u"src1"_s, u"Meridian"_s, {note});
    const QString lightInfo = SemanticColors::color(Role::Info, lightPalette()).name();
    const QString darkInfo = SemanticColors::color(Role::Info, darkPalette()).name();
    QVERIFY(view.threadView()->toHtml().contains(lightInfo));

    // The system switches to dark mode: the model's colours and the rendered thread follow.
    QApplication::setPalette(darkPalette());
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), SemanticColors::color(Role::Good, darkPalette()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        view.threadView()->toHtml().contains(darkInfo), qPrintable(view.threadView()->toHtml()), 60000);
    QVERIFY(!view.threadView()->toHtml().contains(lightInfo));
    QVERIFY(view.threadView()->toPlainText().contains(u"Confirmed by phone."_s));
    QTreeView tree;
    tree.setModel(&model);
    QWidget sheet;
    auto *layout = new QVBoxLayout(&sheet);
    tree.setParent(&sheet);
    view.setParent(&sheet);
    layout->addWidget(&tree);
    layout->addWidget(&view);
    sheet.resize(420, 360);
    const QString shots = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    QVERIFY(sheet.grab().save(shots + u"/semantic-colours-dark.png"_s));
    tree.setParent(nullptr);
    view.setParent(nullptr);
    QApplication::setPalette(before);
}

QTEST_MAIN(TestSemanticColors)
#include "test_semanticcolors.moc"
