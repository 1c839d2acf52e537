// HtmlSanitizer micro benchmark: sanitizes the item bodies bench_ingest generates (three
// paragraphs of Zipf-distributed words, "&amp;", one tracking link each) the way the wire
// normalizer does, once through gumbo only (the baseline) and once through the default path,
// and prints microseconds per item and how many bodies the fast path accepted.
// For instruction counts: valgrind --tool=callgrind --toggle-collect='*sanitizeAll*' bench_html --mode fast
#include "htmlsanitizer.h"
#include "newsfeeds.h"
#include "simplehtmlfragment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

struct Item {
    QString body;
    QUrl base;
};

QList<Item> makeItems(int count)
{
    QList<Item> items;
    std::mt19937 rng(1000);
    for (int i = 0; i < count; ++i) {
        Bench::newsSentence(rng, 8 + int(rng() % 6)); // the title, drawn as bench_ingest does
        const QString body = Bench::newsItemBody(rng);
        rng(); // author
        rng(); // category
        items.append({body, QUrl(u"https://wire0.example/news/%1?utm_source=rss&utm_medium=feed"_s.arg(i))});
    }
    return items;
}

// Kept out of line so callgrind can count exactly this (--toggle-collect='*sanitizeAll*').
Q_NEVER_INLINE qsizetype sanitizeAll(const QList<Item> &items, bool fastPath)
{
    qsizetype total = 0;
    for (const Item &item : items) {
        HtmlSanitizer sanitizer(HtmlSanitizer::Schema::Wire);
        sanitizer.setBaseUrl(item.base);
        sanitizer.setFastPathEnabled(fastPath);
        QString text;
        total += sanitizer.sanitize(item.body, &text).size() + text.size();
    }
    return total;
}

double microsPerItem(const QList<Item> &items, bool fastPath, qsizetype *checksum)
{
    QElapsedTimer timer;
    timer.start();
    *checksum = sanitizeAll(items, fastPath);
    return double(timer.nsecsElapsed()) / 1000.0 / double(items.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 2000;
    QString mode = u"both"_s;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == "--items"_L1)
            count = args.at(i + 1).toInt();
        else if (args.at(i) == "--mode"_L1)
            mode = args.at(i + 1);
    }
    const QList<Item> items = makeItems(count);
    qsizetype accepted = 0;
    for (const Item &item : items)
        accepted += SimpleHtmlFragment(item.body.toUtf8()).isValid() ? 1 : 0;
    out << count << " item bodies, " << accepted << " accepted by the fast path" << Qt::endl;

    qsizetype gumboSum = 0;
    qsizetype fastSum = 0;
    if (mode == "both"_L1 || mode == "gumbo"_L1)
        out << "gumbo path:   " << microsPerItem(items, false, &gumboSum) << " us/item" << Qt::endl;
    if (mode == "both"_L1 || mode == "fast"_L1)
        out << "default path: " << microsPerItem(items, true, &fastSum) << " us/item" << Qt::endl;
    if (mode == "both"_L1 && gumboSum != fastSum) {
        out << "output differs between the paths" << Qt::endl;
        return 1;
    }
    return 0;
}
