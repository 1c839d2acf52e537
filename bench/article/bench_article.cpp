// Measures what one keystroke costs in the article document and the autosave journal, on
// 2,000- and 10,000-word articles, next to the naive baseline measured in the same run:
// replacing the whole body and writing the full article JSON per keystroke.

#include "articledocument.h"
#include "articleschema.h"
#include "autosavejournal.h"
#include "database.h"
#include "htmlimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
struct Stats {
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    auto at = [&](double q) { return values.at(std::min(values.size() - 1, qsizetype(q * double(values.size())))); };
    return {at(0.5), at(0.95), values.constLast()};
}

Article longArticle(int words)
{
    static const QStringList vocabulary {u"The"_s, u"glacier"_s, u"lost"_s, u"four"_s, u"percent"_s, u"of"_s, u"its"_s,
        u"volume"_s, u"this"_s, u"summer,"_s, u"researchers"_s, u"said."_s};
    Article article;
    article.headline = u"Alpine glaciers lose record volume"_s;
    QString body;
    for (int p = 0; p < words / 60; ++p) {
        body += u"<p>"_s;
        for (int w = 0; w < 60; ++w)
            body += vocabulary.at((p + w) % vocabulary.size()) + u' ';
        body += u"</p>"_s;
    }
    article.bodyHtml = body;
    return article;
}

void print(const char *what, const Stats &s, const char *unit)
{
    std::printf("  %-46s p50 %9.3f  p95 %9.3f  max %9.3f %s\n", what, s.p50, s.p95, s.max, unit);
}

void run(int words, Database *db)
{
    const int keystrokes = 300;
    ArticleDocument doc(longArticle(words));
    doc.setTypingMergeWindow(1000);
    AutosaveJournal journal(db, &doc);
    doc.setField(ArticleDocument::Field::Slug, u"glaciers"_s);
    journal.flush(); // the session's checkpoint
    std::printf("\n%d words, %lld blocks, body %lld characters, checkpoint %lld bytes\n", words,
        qlonglong(doc.blocks().size()), qlonglong(doc.article().bodyHtml.size()), qlonglong(journal.lastWriteBytes()));

    QList<double> blockEdit, bodyEdit, deltaWrite, deltaBytes, fullWrite, fullBytes, counts;
    const qsizetype middle = doc.blocks().size() / 2;
    QElapsedTimer clock;
    QString text = BlockIds::plainText(doc.blocks().at(middle).html).trimmed();
    for (int i = 0; i < keystrokes; ++i) {
        const QString id = doc.blocks().at(middle).id;
        text += QChar(u'a' + i % 26);
        const QString html = u"<p data-block=\""_s + id + u"\">"_s + text + u"</p>"_s;
        clock.start();
        doc.setBlockHtml(id, html);
        blockEdit << double(clock.nsecsElapsed()) / 1e6;

        clock.start();
        journal.flush();
        deltaWrite << double(journal.lastWriteNanoseconds()) / 1e6;
        deltaBytes << double(journal.lastWriteBytes());

        clock.start();
        const int wordsNow = doc.wordCount();
        counts << double(clock.nsecsElapsed()) / 1e6;
        Q_UNUSED(wordsNow)
    }
    // Baselines, same document, same run.
    for (int i = 0; i < keystrokes / 3; ++i) {
        QString body = doc.article().bodyHtml;
        body.replace(text, text + u'b');
        text += u'b';
        clock.start();
        doc.setBodyHtml(body);
        bodyEdit << double(clock.nsecsElapsed()) / 1e6;

        const QByteArray full = QJsonDocument(doc.article().toJson()).toJson(QJsonDocument::Compact);
        QSqlQuery insert(db->connection());
        insert.prepare(
            u"INSERT INTO article_journal(article_id, written, kind, payload) VALUES('baseline', 0, 'full', ?)"_s);
        insert.addBindValue(QString::fromUtf8(full));
        clock.start();
        insert.exec();
        fullWrite << double(clock.nsecsElapsed()) / 1e6;
        fullBytes << double(full.size());
    }
    QSqlQuery(db->connection()).exec(u"DELETE FROM article_journal WHERE article_id = 'baseline'"_s);

    print("edit one block (setBlockHtml)", stats(blockEdit), "ms");
    print("baseline: replace whole body (setBodyHtml)", stats(bodyEdit), "ms");
    print("journal delta write (INSERT, WAL NORMAL)", stats(deltaWrite), "ms");
    print("baseline: full-article JSON write", stats(fullWrite), "ms");
    print("journal delta size", stats(deltaBytes), "bytes");
    print("baseline: full-article JSON size", stats(fullBytes), "bytes");
    print("word count (cached per block)", stats(counts), "ms");
    std::printf("  journal wrote %lld bytes for %d keystrokes (each keystroke flushed; the real journal "
                "writes at most every %d ms)\n",
        qlonglong(journal.totalBytesWritten()), keystrokes, journal.flushDelay());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"bench.sqlite"_s)) || !db.migrate(articleSchema())) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    std::printf("Article document and autosave journal: cost per keystroke (times in ms)\n");
    run(2000, &db);
    run(10000, &db);

    // An enormous paste: a 5 MB web page with markup noise around 20,000 paragraphs.
    QString page = u"<html><head><style>p{}</style><script>track()</script></head><body><nav>Menu</nav>"_s;
    while (page.size() < 5 * 1024 * 1024)
        page += u"<div class=\"para\" style=\"margin:0\"><span>The council voted on the <b>budget</b> and "
                u"<a href=\"https://example.org/x\" onclick=\"t()\">the minutes</a> were published.</span></div>"_s;
    page += u"</body></html>"_s;
    QElapsedTimer clock;
    clock.start();
    const CleanBody prepared = HtmlImporter::prepareBody(page);
    const double prepareMs = double(clock.nsecsElapsed()) / 1e6;
    ArticleDocument pasted;
    clock.start();
    pasted.setBody(prepared);
    const double setBodyMs = double(clock.nsecsElapsed()) / 1e6;
    ArticleDocument baseline;
    const QString html = BlockIds::join(prepared.blocks());
    clock.start();
    baseline.setBodyHtml(html);
    const double setHtmlMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("\n5 MB paste (%lld blocks): HtmlImporter::prepareBody %.0f ms (worker thread), "
                "ArticleDocument::setBody %.1f ms (GUI thread); baseline setBodyHtml %.0f ms\n",
        qlonglong(prepared.blocks().size()), prepareMs, setBodyMs, setHtmlMs);
    return 0;
}
