// The application icon is installed from packaging/ and compiled into the app from resources/:
// both copies must be the same file, and it must render to a recognisable picture at every size
// a desktop asks for (an empty or placeholder SVG is valid XML, so validity alone proves little).
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString packagedIcon = QStringLiteral(WIREDESK_SOURCE_DIR "/packaging/org.wiredesk.Wiredesk.svg");

} // namespace

class TestPackagingIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appCarriesThePackagedIcon()
    {
        const QByteArray packaged = readAll(packagedIcon);
        QVERIFY2(!packaged.isEmpty(), "packaging/org.wiredesk.Wiredesk.svg is missing");
        QVERIFY2(readAll(QStringLiteral(WIREDESK_SOURCE_DIR "/resources/icons/wiredesk.svg")) == packaged,
            "resources/icons/wiredesk.svg differs from packaging/org.wiredesk.Wiredesk.svg");
        QVERIFY2(readAll(u":/icons/wiredesk.svg"_s) == packaged,
            "the icon compiled into the app (:/icons/wiredesk.svg) differs from the packaged one");
    }

    void isSquare()
    {
        QSvgRenderer renderer(packagedIcon);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().width(), renderer.viewBox().height());
        QVERIFY(renderer.viewBox().width() > 0);
    }

    void rendersAtSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dpx", size) << size;
    }

    void rendersAtSize()
    {
        QFETCH(int, size);
        QSvgRenderer renderer(packagedIcon);
        QVERIFY(renderer.isValid());
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();

        int opaque = 0;
        QSet<QRgb> colours;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) == 255) {
                    ++opaque;
                    colours.insert(pixel & 0xf0f0f0f0); // ignore antialiasing shades
                }
            }
        }
        const double coverage = double(opaque) / (size * size);
        // A rounded tile: it fills most of the square but leaves the corners clear.
        QVERIFY2(coverage > 0.6 && coverage < 0.98, qPrintable(u"opaque coverage %1"_s.arg(coverage)));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY2(colours.size() >= 4, qPrintable(u"only %1 distinct colours"_s.arg(colours.size())));
    }
};

QTEST_MAIN(TestPackagingIcon)
#include "test_packaging_icon.moc"
