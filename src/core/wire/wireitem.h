#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Wiredesk {

/// One normalized wire item, whatever format it arrived in. Parsers fill it; the
/// normalizer sanitizes contentHtml and derives contentText; the store dedupes on
/// (sourceId, guid), canonicalUrl and contentHash.
struct WireItem {
    qint64 id = 0;        ///< row id in the store, 0 before storing
    qint64 sourceId = 0;  ///< the source it came from, 0 when parsed stand-alone
    QString guid;         ///< stable per-source identifier (guid, id, uri); derived when missing
    QString url;          ///< absolute link to the original
    QString canonicalUrl; ///< url with tracking parameters removed, scheme/host normalized
    QString title;        ///< never empty after normalizing: falls back to the first words
    QString summary;      ///< short plain-text summary when the feed has one
    QString contentHtml;  ///< HTML body: raw from the parser, sanitized by the normalizer
    QString baseUrl;      ///< base for relative links in contentHtml (xml:base, item or feed URL)
    QString contentText;  ///< plain text of the body, for search and clustering
    QStringList authors;
    QStringList categories;
    QString language;
    QString imageUrl;
    int urgency = 0;     ///< IPTC urgency 1 (flash) .. 9, 0 when unknown
    QDateTime published; ///< UTC; fetch time when the feed has none; clamped when in the future
    QDateTime updated;   ///< UTC, invalid when the item was never updated
    QDateTime fetched;   ///< UTC, when this copy arrived
    QString contentHash; ///< hash of normalized title + text, for cross-source dedupe
    QByteArray raw;      ///< the item's raw payload as received (XML element, JSON object)

    /// Story-clustering input derived from title and contentText (WireStore::
    /// prepareClustering: word hashes and their MinHash signature), computed on the thread
    /// that parsed the item so the store's single writer does not have to. The store
    /// computes them itself when hasClusterFeatures is false.
    std::vector<quint64> clusterWords;
    QByteArray clusterSignature;
    bool hasClusterFeatures = false;
};

/// What one feed document yields: its items plus what the parser noticed on the way.
struct ParsedFeed {
    QString format; ///< "rss2", "rss1", "rss09", "atom", "jsonfeed", "ninjs1", "ninjs2", "telegram"
    QString title;
    QString link;
    QString encoding; ///< the encoding that decoded the bytes, and where it came from
    QList<WireItem> items;
    QStringList warnings; ///< recoverable problems (bad dates, missing titles, ...)
    QString error;        ///< set when nothing could be parsed; one clear sentence for the user

    bool ok() const { return error.isEmpty(); }
};

} // namespace Wiredesk
