// The desktop file, the AppStream metainfo, the icon and the build must name the same app and
// version: validators check each file alone, this checks that they agree.
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"org.wiredesk.Wiredesk"_s;

QString packagingPath(const QString &fileName)
{
    return QStringLiteral(WIREDESK_SOURCE_DIR "/packaging/") + fileName;
}

// The metainfo fields this test compares, read with a plain stream reader.
struct Metainfo {
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList releaseVersions;
    QString error;
};

Metainfo readMetainfo()
{
    Metainfo info;
    QFile file(packagingPath(appId + u".metainfo.xml"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "id"_L1)
            info.id = xml.readElementText().trimmed();
        else if (name == "launchable"_L1)
            info.launchable = xml.readElementText().trimmed();
        else if (name == "binary"_L1)
            info.binaries.append(xml.readElementText().trimmed());
        else if (name == "release"_L1)
            info.releaseVersions.append(xml.attributes().value("version"_L1).toString());
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

// Keys of the [Desktop Entry] group. QSettings would split the ';' lists, so parse by hand.
QHash<QString, QString> readDesktopEntry()
{
    QHash<QString, QString> entry;
    QFile file(packagingPath(appId + u".desktop"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inEntry = line == "[Desktop Entry]"_L1;
        else if (inEntry && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

} // namespace

class TestPackagingConsistency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metainfoNamesTheApp()
    {
        const Metainfo info = readMetainfo();
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.id, appId);
        QCOMPARE(info.launchable, appId + u".desktop"_s);
        QVERIFY2(QFile::exists(packagingPath(info.launchable)), "launchable desktop file is missing");
        QVERIFY2(QFile::exists(packagingPath(appId + u".svg"_s)), "icon named after the app id is missing");
    }

    void newestReleaseIsTheProjectVersion()
    {
        const Metainfo info = readMetainfo();
        QVERIFY2(!info.releaseVersions.isEmpty(), "metainfo lists no release");
        // AppStream lists releases newest first.
        QCOMPARE(info.releaseVersions.first(), QStringLiteral(WIREDESK_VERSION));
    }

    void desktopEntryLaunchesAProvidedBinary()
    {
        const auto entry = readDesktopEntry();
        QVERIFY2(!entry.isEmpty(), "no [Desktop Entry] group");
        QCOMPARE(entry.value(u"Icon"_s), appId);
        const QString program = entry.value(u"Exec"_s).section(u' ', 0, 0);
        QCOMPARE(program, u"wiredesk"_s);
        QVERIFY2(readMetainfo().binaries.contains(program), "metainfo <provides> lacks the launched binary");
    }
};

QTEST_GUILESS_MAIN(TestPackagingConsistency)
#include "test_packaging_consistency.moc"
