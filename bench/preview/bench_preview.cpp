// Keystroke → preview updated, the way the window does it: the one renderer builds the page
// and its parts, the pane diffs them and patches the changed block in Chromium; timed until
// the patch has been applied. Beside it, in the same run, a full reload of the same page.
// Run under a display (xvfb-run); `./desk bench preview` does.
#include "article.h"
#include "blockids.h"
#include "previewcontentbuilder.h"
#include "previewpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

const QStringList Words = {u"dockers"_s, u"terminal"_s, u"strike"_s, u"port"_s, u"container"_s, u"ships"_s, u"unions"_s,
    u"operators"_s, u"automation"_s, u"cranes"_s, u"Marseille"_s, u"Fos"_s, u"said"_s, u"on"_s, u"the"_s, u"of"_s,
    u"and"_s, u"a"_s, u"to"_s, u"in"_s};

Article articleOf(int words)
{
    Article article;
    article.id = u"bench"_s;
    article.headline = u"Dockers strike over automation as ships queue in the gulf"_s;
    article.dek = u"A 72-hour walkout has shut the container terminals."_s;
    article.timeZone = u"Europe/Paris"_s;
    article.published = QDateTime::fromString(u"2026-11-26T18:30:00Z"_s, Qt::ISODate);
    QString body;
    int written = 0;
    int paragraph = 0;
    while (written < words) {
        if (paragraph % 6 == 5)
            body += u"<h2>Subheading number %1</h2>"_s.arg(paragraph);
        QString text;
        for (int i = 0; i < 80 && written < words; ++i, ++written)
            text += Words.at((written * 7 + paragraph) % Words.size()) + u' ';
        body += u"<p>"_s + text.trimmed() + u".</p>"_s;
        ++paragraph;
    }
    article.bodyHtml = BlockIds::join(BlockIds::assign(body));
    return article;
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};

Stats statsOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at
        = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))); };
    return {at(0.50), at(0.95), samples.last()};
}

bool waitRendered(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(30000);
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewPane::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int keystrokes = qEnvironmentVariableIntValue("WIREDESK_BENCH_KEYSTROKES") > 0
        ? qEnvironmentVariableIntValue("WIREDESK_BENCH_KEYSTROKES")
        : 300;
    const int reloads = 30;
    QTemporaryDir profile;

    out << "Keystroke → preview updated (render + diff + patch in Chromium), " << keystrokes
        << " keystrokes per size; baseline: full page reload, " << reloads << " times\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(u"words"_s, -7)
               .arg(u"path"_s, -22)
               .arg(u"p50 ms"_s, 9)
               .arg(u"p95 ms"_s, 9)
               .arg(u"max ms"_s, 9);

    for (const int words : {2000, 10000}) {
        PreviewPane pane;
        pane.resize(1000, 800);
        pane.QWidget::show();
        PreviewContentBuilder builder(profile.path());
        Article article = articleOf(words);
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        pane.show(builder.build(article));
        if (!waitRendered(rendered)) {
            out << "the preview did not load\n";
            return 1;
        }

        // Typing in a paragraph in the middle: one character per keystroke.
        const QList<BodyBlock> blocks = BlockIds::assign(article.bodyHtml);
        QList<BodyBlock> edited = blocks;
        const qsizetype target = blocks.size() / 2;
        QList<double> typing;
        QElapsedTimer timer;
        for (int k = 0; k < keystrokes; ++k) {
            QString &html = edited[target].html;
            html.insert(html.lastIndexOf(u"</p>"_s), QChar(u'a' + k % 26));
            article.bodyHtml = BlockIds::join(edited);
            rendered.clear();
            timer.start();
            pane.show(builder.build(article));
            if (!waitRendered(rendered)) {
                out << "a patch did not arrive\n";
                return 1;
            }
            typing << timer.nsecsElapsed() / 1e6;
        }
        QList<double> reloading;
        for (int r = 0; r < reloads; ++r) {
            rendered.clear();
            timer.start();
            pane.reload();
            if (!waitRendered(rendered)) {
                out << "a reload did not finish\n";
                return 1;
            }
            reloading << timer.nsecsElapsed() / 1e6;
        }
        for (const auto &[name, samples] :
            {std::pair {u"keystroke (patch)"_s, typing}, std::pair {u"full reload"_s, reloading}}) {
            const Stats s = statsOf(samples);
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(words, -7)
                       .arg(name, -22)
                       .arg(s.p50, 9, 'f', 1)
                       .arg(s.p95, 9, 'f', 1)
                       .arg(s.max, 9, 'f', 1);
        }
        out.flush();
    }
    out << "\nTargets: keystroke p95 ≤ 16 ms at 2,000 words, ≤ 33 ms at 10,000 words.\n";
    return 0;
}
