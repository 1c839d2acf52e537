#include "storyclusterer.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// English function words and wire boilerplate that every story shares.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {"a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
            "do", "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
            "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "no", "not", "now", "of", "on",
            "one", "only", "or", "other", "our", "out", "over", "said", "says", "say", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "told", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "according", "news",
            "reporters", "reported", "statement", "added", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "reuters", "afp", "ap", "dpa", "agency", "agencies", "update", "updated", "breaking",
            "urgent", "first", "two", "three", "new", "year", "years", "people", "officials", "official", "government",
            "week", "day", "time"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

quint64 mix(quint64 x)
{
    // splitmix64 finalizer: a fixed, well-spread permutation of 64-bit values.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 wordHash(const QString &word)
{
    // FNV-1a over UTF-16 units: stable across runs and platforms, unlike qHash's seed.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint32 at(const QByteArray &sig, int i)
{
    return qFromLittleEndian<quint32>(sig.constData() + i * 4);
}

} // namespace

namespace {

// Splits into words; key receives the capitalized words and numbers.
void extract(const QString &title, const QString &text, QSet<QString> *all, QSet<QString> *key)
{
    const QString input = title + u' ' + text;
    QString word;
    bool capital = false;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        // Thousands separators and decimals stay one number: "3,000" and "3000" agree.
        const bool number = word.front().isDigit();
        const QString folded = word.toCaseFolded();
        if ((folded.size() >= 3 || number) && !stopWords().contains(folded)) {
            if (all)
                all->insert(folded);
            if (key && (number || capital))
                key->insert(folded);
        }
        word.clear();
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isLetterOrNumber()) {
            if (word.isEmpty())
                capital = c.isUpper();
            word += c;
        } else if ((c == u',' || c == u'.') && !word.isEmpty() && word.front().isDigit() && i + 1 < input.size()
            && input.at(i + 1).isDigit()) {
            continue; // 3,000 → 3000
        } else if (c == u'\'' || c == u'\u2019') {
            // "minister's" → "minister": drop the possessive.
            flush();
            while (i + 1 < input.size() && input.at(i + 1).isLetter())
                ++i;
        } else {
            flush();
        }
    }
    flush();
}

} // namespace

QSet<QString> StoryClusterer::features(const QString &title, const QString &text)
{
    QSet<QString> out;
    extract(title, text, &out, nullptr);
    return out;
}

QSet<QString> StoryClusterer::keyFeatures(const QString &title, const QString &text)
{
    QSet<QString> all;
    QSet<QString> key;
    extract(title, text, &all, &key);
    return key.size() >= 3 ? key : all;
}

QByteArray StoryClusterer::signature(const QSet<QString> &features)
{
    if (features.isEmpty())
        return {};
    quint32 mins[SignatureSize];
    std::fill(std::begin(mins), std::end(mins), std::numeric_limits<quint32>::max());
    for (const QString &f : features) {
        const quint64 base = wordHash(f);
        for (int i = 0; i < SignatureSize; ++i) {
            const auto v = quint32(mix(base ^ (0x51ed270b2f6a3c1dULL * quint64(i + 1))) >> 32);
            mins[i] = std::min(mins[i], v);
        }
    }
    QByteArray sig(SignatureSize * 4, Qt::Uninitialized);
    for (int i = 0; i < SignatureSize; ++i)
        qToLittleEndian<quint32>(mins[i], sig.data() + i * 4);
    return sig;
}

QList<qint64> StoryClusterer::bandKeys(const QByteArray &signature)
{
    QList<qint64> keys;
    if (signature.size() != SignatureSize * 4)
        return keys;
    keys.reserve(Bands);
    for (int b = 0; b < Bands; ++b) {
        quint64 h = mix(quint64(b) * 0x9e3779b97f4a7c15ULL);
        for (int r = 0; r < RowsPerBand; ++r)
            h = mix(h ^ at(signature, b * RowsPerBand + r));
        // The top bits carry the band, so equal values in different bands never meet.
        keys << qint64(((quint64(b) << 59) | (h >> 5)) & 0x7fffffffffffffffULL);
    }
    return keys;
}

double StoryClusterer::estimatedSimilarity(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != SignatureSize * 4 || b.size() != SignatureSize * 4)
        return 0;
    int same = 0;
    for (int i = 0; i < SignatureSize; ++i)
        same += at(a, i) == at(b, i);
    return double(same) / SignatureSize;
}

double StoryClusterer::similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    qsizetype common = 0;
    for (const QString &w : small)
        common += large.contains(w);
    const double overlap = double(common) / double(small.size());
    const double jaccard = double(common) / double(a.size() + b.size() - common);
    return (overlap + jaccard) / 2;
}

double StoryClusterer::threshold()
{
    return 0.22;
}

bool StoryClusterer::isSameStory(const QSet<QString> &a, const QSet<QString> &b)
{
    return similarity(a, b) >= threshold();
}

} // namespace Wiredesk
