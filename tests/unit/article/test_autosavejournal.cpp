#include "articledocument.h"
#include "articlerepository.h"
#include "articlesamples.h"
#include "articleschema.h"
#include "autosavejournal.h"
#include "database.h"
#include "profile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Field = ArticleDocument::Field;

namespace {
const QString ChildArticleId = u"c0ffee00-0000-4000-8000-00000000beef"_s;

// The child side of the kill -9 test: types a word every few milliseconds into a long
// article with the journal running, and reports each word on stdout once it is in the
// document. It never exits on its own; the parent kills it.
int runTypingChild(const QString &databasePath)
{
    Database db;
    if (!db.open(databasePath) || !db.migrate(articleSchema())) {
        std::fprintf(stderr, "child: %s\n", qPrintable(db.errorString()));
        return 2;
    }
    Article article = Samples::longStory(2000);
    article.id = ChildArticleId;
    article.bodyHtml += u"<p data-block=\"typing00\">Typed:</p>"_s;
    ArticleDocument document(article);
    AutosaveJournal journal(&db, &document);
    journal.setCheckpointInterval(40); // exercise checkpoints during the run too
    QObject::connect(&journal, &AutosaveJournal::writeFailed,
        [](const QString &message) { std::fprintf(stderr, "child: %s\n", qPrintable(message)); });
    int typed = 0;
    QString block = u"typing00"_s;
    QString text = u"Typed:"_s;
    QTimer keystrokes;
    keystrokes.setInterval(15);
    QObject::connect(&keystrokes, &QTimer::timeout, [&] {
        ++typed;
        if (typed % 25 == 0) {
            // A new paragraph now and then: a structural change, not just typing.
            const QString id = u"typ%1"_s.arg(typed, 5, 10, QLatin1Char('0'));
            document.setBlockHtml(block,
                u"<p data-block=\""_s + block + u"\">"_s + text + u"</p><p data-block=\""_s + id + u"\">w"_s
                    + QString::number(typed) + u"</p>"_s);
            block = id;
            text = u"w"_s + QString::number(typed);
        } else {
            text += u" w"_s + QString::number(typed);
            document.setBlockHtml(block, u"<p data-block=\""_s + block + u"\">"_s + text + u"</p>"_s);
        }
        document.setField(Field::Headline, u"Live: %1 words typed"_s.arg(typed));
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    keystrokes.start();
    return QCoreApplication::exec();
}
} // namespace

class TestAutosaveJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesWithinFlushDelayAndRecovers();
    void unchangedDocumentWritesNothing();
    void recoversFieldsBlocksOrderAndSources();
    void deltaIsSmallInALongArticle();
    void checkpointsBoundTheJournal();
    void cleanSaveCompactsAndNothingToRecover();
    void changeAfterSaveIsRecoveredFromSavedBase();
    void writeFailureIsReportedAndRetried();
    void recoverFromProfile();
    void documentClosedFirstStillWritesPending();
    void killNineLosesNothingOlderThanOneSecond();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestAutosaveJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAutosaveJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"wiredesk.sqlite"_s);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_path), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->migrate(articleSchema()), qPrintable(m_db->errorString()));
}

void TestAutosaveJournal::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

static int journalRows(Database *db, const QString &kind = {})
{
    QSqlQuery q(db->connection());
    q.exec(kind.isEmpty() ? u"SELECT COUNT(*) FROM article_journal"_s
                          : u"SELECT COUNT(*) FROM article_journal WHERE kind = '%1'"_s.arg(kind));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestAutosaveJournal::writesWithinFlushDelayAndRecovers()
{
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    journal.setFlushDelay(100);
    QSignalSpy written(&journal, &AutosaveJournal::written);
    doc.setField(Field::Headline, u"Alpine glaciers shrink at record pace"_s);
    QVERIFY(journal.hasPendingChanges());
    QVERIFY(written.wait(2000)); // the timer, not an explicit flush, wrote it
    QCOMPARE(journalRows(m_db.get(), u"full"_s), 1);

    const QList<RecoveredDraft> drafts = AutosaveJournal::recover(m_db.get());
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).article.headline, u"Alpine glaciers shrink at record pace"_s);
    QCOMPARE(drafts.at(0).article.bodyHtml, doc.article().bodyHtml);
    QVERIFY(!drafts.at(0).wasSaved);
}

void TestAutosaveJournal::unchangedDocumentWritesNothing()
{
    ArticleDocument doc(Samples::glacierStory());
    {
        AutosaveJournal journal(m_db.get(), &doc);
        QVERIFY(!journal.hasPendingChanges());
        QVERIFY(journal.flush());
    } // nor on destruction
    QCOMPARE(journalRows(m_db.get()), 0);
    QVERIFY(AutosaveJournal::recover(m_db.get()).isEmpty());
}

void TestAutosaveJournal::recoversFieldsBlocksOrderAndSources()
{
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    doc.setField(Field::Dek, u"First change"_s);
    QVERIFY(journal.flush()); // checkpoint
    // Field edits, typing in a block, a new block, a moved block, a removed block, sources.
    doc.setField(Field::Tags, QStringList {u"climate"_s, u"alps"_s, u"glaciers"_s});
    doc.setField(Field::Published, QDateTime(QDate(2026, 11, 28), QTime(5, 30), QTimeZone::utc()));
    QVERIFY(journal.flush());
    doc.setBlockHtml(u"p0000002"_s,
        u"<p data-block=\"p0000002\">The loss follows a dry winter.</p>"
        u"<p>And a scorching summer.</p>"_s);
    doc.setBlockHtml(u"q0000001"_s, QString());
    QVERIFY(journal.flush());
    QString body = doc.article().bodyHtml;
    const QString last = doc.blocks().constLast().html;
    body.remove(last);
    doc.setBodyHtml(last + body);
    ArticleSource source;
    source.id = u"s1"_s;
    source.url = u"https://www.glamos.ch/en/"_s;
    source.title = u"GLAMOS annual report"_s;
    doc.addSource(source);
    doc.setField(Field::LeadImageCredit, u"Photo: Anna Weber"_s);
    QVERIFY(journal.flush());
    QCOMPARE(journalRows(m_db.get(), u"full"_s), 1);
    QCOMPARE(journalRows(m_db.get(), u"delta"_s), 3);

    const QList<RecoveredDraft> drafts = AutosaveJournal::recover(m_db.get());
    QCOMPARE(drafts.size(), 1);
    Article expected = doc.article();
    QCOMPARE(drafts.at(0).article.bodyHtml, expected.bodyHtml);
    QCOMPARE(drafts.at(0).article.tags, expected.tags);
    QCOMPARE(drafts.at(0).article.published, expected.published);
    QCOMPARE(drafts.at(0).article.sources, expected.sources);
    QCOMPARE(drafts.at(0).article.leadImage, expected.leadImage);
    QCOMPARE(drafts.at(0).article.modified, expected.modified);
    QVERIFY(drafts.at(0).article == expected);
}

void TestAutosaveJournal::deltaIsSmallInALongArticle()
{
    ArticleDocument doc(Samples::longStory(10'000));
    AutosaveJournal journal(m_db.get(), &doc);
    doc.setField(Field::Slug, u"long"_s);
    QVERIFY(journal.flush());
    const qsizetype checkpoint = journal.lastWriteBytes();
    QVERIFY2(checkpoint > 60'000, qPrintable(QString::number(checkpoint)));
    // A keystroke in the middle of the article.
    const BodyBlock middle = doc.blocks().at(100);
    QString html = middle.html;
    html.replace(u"</p>"_s, u" x</p>"_s);
    doc.setBlockHtml(middle.id, html);
    QVERIFY(journal.flush());
    const qsizetype delta = journal.lastWriteBytes();
    QVERIFY2(delta < 1'000, qPrintable(u"delta of %1 bytes"_s.arg(delta)));
    QVERIFY(delta < checkpoint / 50);
    QCOMPARE(AutosaveJournal::recover(m_db.get()).at(0).article.bodyHtml, doc.article().bodyHtml);
}

void TestAutosaveJournal::checkpointsBoundTheJournal()
{
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    journal.setCheckpointInterval(5);
    for (int i = 0; i < 23; ++i) {
        doc.setField(Field::Dek, u"Revision %1 of the dek"_s.arg(i));
        QVERIFY(journal.flush());
        QVERIFY(journalRows(m_db.get()) <= 6);
    }
    QCOMPARE(journalRows(m_db.get(), u"full"_s), 1);
    QCOMPARE(AutosaveJournal::recover(m_db.get()).at(0).article.dek, u"Revision 22 of the dek"_s);
}

void TestAutosaveJournal::cleanSaveCompactsAndNothingToRecover()
{
    ArticleRepository repository(m_db.get());
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    doc.setField(Field::Headline, u"Saved headline"_s);
    QVERIFY(journal.flush());
    QCOMPARE(AutosaveJournal::recover(m_db.get()).size(), 1);
    QVERIFY(repository.save(doc.article()));
    doc.markSaved();
    QVERIFY(journal.compact());
    QCOMPARE(journalRows(m_db.get()), 0);
    QVERIFY(AutosaveJournal::recover(m_db.get()).isEmpty());
    // A journal row older than the saved version is not offered either.
    doc.setField(Field::Headline, u"Later"_s);
    QVERIFY(journal.flush());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE article_journal SET written = 1"_s));
    QVERIFY(AutosaveJournal::recover(m_db.get()).isEmpty());
    QVERIFY(AutosaveJournal::discard(m_db.get(), doc.id()));
    QCOMPARE(journalRows(m_db.get()), 0);
}

void TestAutosaveJournal::changeAfterSaveIsRecoveredFromSavedBase()
{
    ArticleRepository repository(m_db.get());
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    doc.setField(Field::Headline, u"Saved headline"_s);
    QVERIFY(repository.save(doc.article()));
    doc.markSaved();
    QVERIFY(journal.compact());
    doc.setField(Field::Dek, u"Typed after the save"_s);
    QVERIFY(journal.flush());
    const QList<RecoveredDraft> drafts = AutosaveJournal::recover(m_db.get());
    QCOMPARE(drafts.size(), 1);
    QVERIFY(drafts.at(0).wasSaved);
    QCOMPARE(drafts.at(0).article.headline, u"Saved headline"_s);
    QCOMPARE(drafts.at(0).article.dek, u"Typed after the save"_s);
}

void TestAutosaveJournal::writeFailureIsReportedAndRetried()
{
    ArticleDocument doc(Samples::glacierStory());
    AutosaveJournal journal(m_db.get(), &doc);
    QSignalSpy failed(&journal, &AutosaveJournal::writeFailed);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
    doc.setField(Field::Headline, u"Not yet on disk"_s);
    QVERIFY(!journal.flush());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!journal.errorString().isEmpty());
    QVERIFY(journal.hasPendingChanges()); // will retry
    QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
    QVERIFY(journal.flush());
    QCOMPARE(AutosaveJournal::recover(m_db.get()).at(0).article.headline, u"Not yet on disk"_s);
}

void TestAutosaveJournal::recoverFromProfile()
{
    QTemporaryDir folder;
    Profile profile;
    QVERIFY2(profile.open(folder.filePath(u"desk"_s)), qPrintable(profile.errorString()));
    QString error;
    QVERIFY(AutosaveJournal::recover(profile, &error).isEmpty()); // a fresh profile: schema created, nothing found
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Database db;
        QVERIFY(db.open(profile.databasePath()));
        QVERIFY(db.migrate(articleSchema()));
        ArticleDocument doc(Samples::courtStory());
        AutosaveJournal journal(&db, &doc);
        doc.setField(Field::Dek, u"Judges found no proof the managers knew of the losses"_s);
    } // the journal writes what is pending when it goes away
    const QList<RecoveredDraft> drafts = AutosaveJournal::recover(profile, &error);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).article.dek, u"Judges found no proof the managers knew of the losses"_s);
}

void TestAutosaveJournal::documentClosedFirstStillWritesPending()
{
    auto doc = std::make_unique<ArticleDocument>(Samples::budgetStory());
    AutosaveJournal journal(m_db.get(), doc.get());
    doc->setField(Field::Dek, u"Night buses are spared"_s);
    QVERIFY(journal.hasPendingChanges());
    doc.reset();
    QVERIFY(!journal.hasPendingChanges());
    QCOMPARE(AutosaveJournal::recover(m_db.get()).at(0).article.dek, u"Night buses are spared"_s);
    QVERIFY(journal.flush()); // harmless without a document
}

void TestAutosaveJournal::killNineLosesNothingOlderThanOneSecond()
{
    for (int round = 0; round < 10; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wiredesk.sqlite"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--typing-child"_s, path});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));

        // Kill after 60 to 200 words (about 1 to 3 seconds of fast typing).
        const int killAfter = 60 + int(QRandomGenerator::global()->bounded(140));
        QElapsedTimer clock;
        clock.start();
        QList<qint64> reportedAt {0}; // reportedAt[n] = when "typed n" arrived
        QByteArray pending;
        while (reportedAt.size() <= killAfter) {
            QVERIFY2(child.state() == QProcess::Running, "the typing child exited early");
            if (!child.waitForReadyRead(10'000))
                QFAIL("the typing child stopped reporting");
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                QVERIFY2(line == "typed " + QByteArray::number(reportedAt.size()), line.constData());
                reportedAt << clock.elapsed();
            }
        }
        child.kill(); // SIGKILL on Unix
        const qint64 killedAt = clock.elapsed();
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        int mustHave = 0;
        for (int n = 1; n < reportedAt.size(); ++n) {
            if (reportedAt.at(n) < killedAt - 1000)
                mustHave = n;
        }
        Database db;
        QVERIFY(db.open(path));
        QString error;
        const QList<RecoveredDraft> drafts = AutosaveJournal::recover(&db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (mustHave == 0 && drafts.isEmpty())
            continue; // killed before a second of typing: nothing was promised
        QCOMPARE(drafts.size(), 1);
        const Article &article = drafts.at(0).article;
        QCOMPARE(article.id, ChildArticleId);
        static const QRegularExpression headline(u"^Live: (\\d+) words typed$"_s);
        const QRegularExpressionMatch match = headline.match(article.headline);
        QVERIFY2(match.hasMatch(), qPrintable(article.headline));
        const int recoveredWords = match.captured(1).toInt();
        QVERIFY2(recoveredWords >= mustHave,
            qPrintable(u"round %1: recovered %2 words, but %3 were typed more than 1 s before the kill"_s.arg(round)
                           .arg(recoveredWords)
                           .arg(mustHave)));
        QVERIFY(recoveredWords < reportedAt.size() + 1);
        const QString text = BlockIds::plainText(article.bodyHtml);
        for (int n = 1; n <= recoveredWords; ++n) {
            if (!text.contains(u"w%1 "_s.arg(n)) && !text.contains(u"w%1\n"_s.arg(n))
                && !text.endsWith(u"w%1"_s.arg(n)))
                QFAIL(qPrintable(u"round %1: word w%2 missing from the recovered body"_s.arg(round).arg(n)));
        }
        QVERIFY(text.startsWith(u"glacier"_s)); // the long article itself survived
        qInfo("round %d: killed after %d words at %lld ms; %d words recovered, %d required", round,
            int(reportedAt.size() - 1), killedAt, recoveredWords, mustHave);
    }
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--typing-child") == 0) {
        QCoreApplication app(argc, argv);
        return runTypingChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestAutosaveJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_autosavejournal.moc"
