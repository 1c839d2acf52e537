// InboxHeadlineDelegate paints urgency and the story's size into the headline cell: a coloured
// bar for urgent wires only, a badge with the count for stories only, the headline kept clear of
// both, and colours taken from the palette so the badge reads on light and dark backgrounds.
#include "inboxheadlinedelegate.h"
#include "wireinboxmodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

constexpr int Width = 300;
constexpr int Height = 22;

QPalette palette(bool dark)
{
    QPalette p = QApplication::palette();
    if (dark) {
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::Window, QColor(30, 30, 30));
        p.setColor(QPalette::Text, QColor(235, 235, 235));
    } else {
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::Window, Qt::white);
        p.setColor(QPalette::Text, Qt::black);
    }
    return p;
}

// One headline cell painted by the delegate on the palette's base colour.
QImage paintCell(const QString &headline, int urgency, int wires, bool dark = false)
{
    QStandardItemModel model(1, 1);
    QStandardItem *item = new QStandardItem(headline);
    item->setData(urgency, WireInboxModel::UrgencyRole);
    item->setData(wires, WireInboxModel::ClusterSizeRole);
    model.setItem(0, 0, item);

    QImage image(Width, Height, QImage::Format_ARGB32);
    const QPalette colours = palette(dark);
    image.fill(colours.color(QPalette::Base));
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, Width, Height);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.palette = colours;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideRight;
    QPainter painter(&image);
    InboxHeadlineDelegate().paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

bool columnIsBlank(const QImage &image, int x, QRgb base)
{
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixel(x, y) != base)
            return false;
    }
    return true;
}

int lastInkColumn(const QImage &image, QRgb base)
{
    for (int x = image.width() - 1; x >= 0; --x) {
        if (!columnIsBlank(image, x, base))
            return x;
    }
    return -1;
}

} // namespace

class TestInboxHeadlineDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barOnlyForUrgentWires_data();
    void barOnlyForUrgentWires();
    void badgeOnlyForStories();
    void longHeadlineStopsBeforeTheBadge();
    void badgeReadsOnDarkPalette();
};

void TestInboxHeadlineDelegate::barOnlyForUrgentWires_data()
{
    QTest::addColumn<int>("urgency");
    QTest::addColumn<bool>("bar");
    QTest::newRow("none given") << 0 << false;
    QTest::newRow("flash") << 1 << true;
    QTest::newRow("2") << 2 << true;
    QTest::newRow("3") << 3 << true;
    QTest::newRow("4: the normal flow") << 4 << false;
    QTest::newRow("9") << 9 << false;
}

void TestInboxHeadlineDelegate::barOnlyForUrgentWires()
{
    QFETCH(int, urgency);
    QFETCH(bool, bar);
    const QImage image = paintCell(u"Quake"_s, urgency, 1);
    const QColor expected = InboxHeadlineDelegate::urgencyColor(urgency);
    QCOMPARE(expected.isValid(), bar);
    const QRgb atBar = image.pixel(1 + InboxHeadlineDelegate::BarWidth / 2, Height / 2);
    if (bar)
        QCOMPARE(QColor(atBar), expected);
    else
        QCOMPARE(QColor(atBar), QColor(Qt::white));
    // Flash is red, and the colours differ by urgency.
    QVERIFY(InboxHeadlineDelegate::urgencyColor(1).red() > 200 && InboxHeadlineDelegate::urgencyColor(1).green() < 80);
    QVERIFY(InboxHeadlineDelegate::urgencyColor(1) != InboxHeadlineDelegate::urgencyColor(2));
}

void TestInboxHeadlineDelegate::badgeOnlyForStories()
{
    const QRgb white = QColor(Qt::white).rgb();
    // A short headline leaves the right end of the cell blank, unless a story's badge is there.
    const QImage alone = paintCell(u"Short"_s, 0, 1);
    const QImage story = paintCell(u"Short"_s, 0, 4);
    QVERIFY(lastInkColumn(alone, white) < Width / 2);
    QVERIFY(lastInkColumn(story, white) > Width - 10);
    // The headline starts after the bar's place, whether or not there is a bar.
    for (int x = 0; x < 1 + InboxHeadlineDelegate::BarWidth; ++x)
        QVERIFY(columnIsBlank(alone, x, white));
}

void TestInboxHeadlineDelegate::longHeadlineStopsBeforeTheBadge()
{
    const QRgb white = QColor(Qt::white).rgb();
    const QString longHeadline
        = u"Storm Elin cuts power to 200,000 homes along the coast as ferries stay in port "_s.repeated(3);
    const QImage plain = paintCell(longHeadline, 0, 1);
    const QImage story = paintCell(longHeadline, 0, 12);
    // Without a badge the elided text runs to the end of the cell...
    QVERIFY(lastInkColumn(plain, white) > Width - 12);
    // ...with one there is a blank gap between the text and the badge.
    bool gap = false;
    for (int x = Width / 2; x < Width - 12 && !gap; ++x)
        gap = columnIsBlank(story, x, white);
    QVERIFY(gap);
}

void TestInboxHeadlineDelegate::badgeReadsOnDarkPalette()
{
    const QImage dark = paintCell(u"Short"_s, 0, 7, true);
    // The badge's digits use the palette's (light) text colour on the dark base.
    int brightest = 0;
    for (int x = Width - 30; x < Width; ++x) {
        for (int y = 0; y < Height; ++y)
            brightest = qMax(brightest, qGray(dark.pixel(x, y)));
    }
    QVERIFY2(brightest > 180, qPrintable(u"brightest badge pixel %1"_s.arg(brightest)));
}

QTEST_MAIN(TestInboxHeadlineDelegate)
#include "test_inboxheadlinedelegate.moc"
