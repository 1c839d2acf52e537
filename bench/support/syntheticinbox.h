#pragma once

// Generated wire items for the GUI benchmarks (inbox view, start-up): sources with the desk's
// credibility labels and nine-word headlines from a small newsroom vocabulary, newest last.
#include "wirestore.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <random>

namespace Wiredesk::Bench {

/// Fills @p store up to @p target items (resuming a partly filled one), one item every
/// @p secondsApart seconds ending at @p end, in batches of 2,000. Story clustering is off:
/// random headlines cluster nothing, and generating is faster without it.
inline bool fillInbox(WireStore &store, qint64 target, const QDateTime &end, int secondsApart, QTextStream &out)
{
    using namespace Qt::StringLiterals;
    QList<qint64> sources;
    for (const WireSource &s : store.sources())
        sources << s.id;
    static const QStringList labels {u"agency"_s, u"official"_s, u"outlet"_s, u"social-unverified"_s};
    for (int i = int(sources.size()); i < 24; ++i)
        sources << store.addSource(WireSource::named(u"Wire %1"_s.arg(i), labels.at(i % labels.size())));
    static const QStringList words = QStringLiteral(
        "port strike storm quake talks deal minister market vote court fire flood rail power ship union "
        "plant bank rate oil gas wind solar grid treaty ocean mining harvest export city council budget")
                                         .split(u' ');
    store.setClusteringEnabled(false);
    std::mt19937 rng(7);
    qint64 have = store.totalItems();
    QElapsedTimer t;
    t.start();
    while (have < target) {
        QList<WireItem> batch;
        const qint64 source = sources.at(int(rng() % sources.size()));
        for (int i = 0; i < 2000 && have + i < target; ++i) {
            WireItem item;
            const qint64 serial = have + i;
            item.guid = u"g%1"_s.arg(serial);
            QString title;
            for (int w = 0; w < 9; ++w)
                title += words.at(int(rng() % words.size())) + u' ';
            item.title = title.trimmed();
            item.contentText = item.title + u" and more text about it."_s;
            item.summary = item.contentText;
            item.urgency = 1 + int(rng() % 9);
            item.published = end.addSecs(-(target - serial) * secondsApart);
            item.fetched = item.published;
            item.url = u"https://w.example/%1"_s.arg(serial);
            item.canonicalUrl = item.url;
            batch << item;
        }
        const IngestResult r = store.ingest(source, batch);
        if (!r.ok()) {
            out << "generation failed: " << r.error << Qt::endl;
            return false;
        }
        have += r.added + r.duplicates + r.unchanged;
        if (have % 100000 < 2000)
            out << "  generated " << have << " items, " << t.elapsed() / 1000 << " s" << Qt::endl;
    }
    return true;
}

} // namespace Wiredesk::Bench
