#include "demoprofile.h"
#include "pageexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestPageExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exportsPageWithLocalImagesBeside();
    void hostileImageSourcesNeverLeaveTheProfile();
    void failedWriteKeepsThePreviousExport();

private:
    static QString read(const QString &path);
    std::unique_ptr<QTemporaryDir> m_profile;
    Article m_article;
};

QString TestPageExporter::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestPageExporter::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(DemoProfile::copyTo(m_profile->path(), &error), qPrintable(error));
    const QJsonDocument json
        = QJsonDocument::fromJson(read(m_profile->filePath(u"drafts/sample-draft.json"_s)).toUtf8());
    QVERIFY2(Article::fromJson(json.object(), &m_article, &error), qPrintable(error));
}

void TestPageExporter::exportsPageWithLocalImagesBeside()
{
    QTemporaryDir out;
    PageExporter exporter(RenderOptions(), m_profile->path());
    QString error;
    const QString page = out.filePath(u"strike.html"_s);
    QVERIFY2(exporter.exportPage(m_article, page, &error), qPrintable(error));
    const QString html = read(page);
    QVERIFY(html.contains(m_article.headline.toHtmlEscaped()));
    QVERIFY(html.contains(u"src=\"strike_files/lead.svg\""_s));
    QVERIFY(!html.contains(u"wiredesk-asset"_s));
    QVERIFY(!html.contains(u"data-part=\"dek\" hidden"_s));
    QCOMPARE(exporter.copiedFiles(), QStringList {u"strike_files/lead.svg"_s});
    QCOMPARE(QFileInfo(out.filePath(u"strike_files/lead.svg"_s)).size(),
        QFileInfo(m_profile->filePath(u"images/lead.svg"_s)).size());
}

void TestPageExporter::hostileImageSourcesNeverLeaveTheProfile()
{
    QTemporaryDir out;
    QFile secret(out.filePath(u"secret.png"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("not for export");
    secret.close();
    for (const QString &source : {u"javascript:alert(1)"_s, u"../../etc/passwd"_s, u"data:image/png;base64,AAAA"_s,
             QUrl::fromLocalFile(secret.fileName()).toString()}) {
        Article article = m_article;
        article.leadImage.source = source;
        PageExporter exporter(RenderOptions(), m_profile->path());
        QString error;
        QVERIFY2(exporter.exportPage(article, out.filePath(u"page.html"_s), &error), qPrintable(error));
        QVERIFY2(exporter.copiedFiles().isEmpty(), qPrintable(source));
        const QString html = read(out.filePath(u"page.html"_s));
        QVERIFY2(!html.contains(u"javascript:"_s) && !html.contains(u"data:image"_s) && !html.contains(u"secret.png"_s),
            qPrintable(source));
    }
}

void TestPageExporter::failedWriteKeepsThePreviousExport()
{
    QTemporaryDir out;
    const QString page = out.filePath(u"page.html"_s);
    PageExporter exporter(RenderOptions(), m_profile->path());
    QString error;
    QVERIFY(exporter.exportPage(m_article, page, &error));
    const QString before = read(page);
    // A target that cannot be created (its "folder" is a file): fails, and says where.
    const QString impossible = page + u"/inside.html"_s;
    QVERIFY(!exporter.exportPage(m_article, impossible, &error));
    QVERIFY2(error.contains(u"inside"_s), qPrintable(error));
    QCOMPARE(read(page), before);
    QVERIFY(QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::ExeOwner));
    Article changed = m_article;
    changed.headline = u"A different headline"_s;
    const bool wrote = exporter.exportPage(changed, page, &error);
    QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (wrote)
        QSKIP("running as root: directory permissions do not stop writes");
    QVERIFY(error.contains(page));
    QCOMPARE(read(page), before);
}

QTEST_GUILESS_MAIN(TestPageExporter)
#include "test_pageexporter.moc"
