#include "storyclusterer.h"

#include <QtEndian>

#include <algorithm>
#include <array>
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

const QSet<quint64> &stopWordHashes()
{
    static const QSet<quint64> hashes = [] {
        QSet<quint64> set;
        for (const QString &w : stopWords())
            set.insert(wordHash(w));
        return set;
    }();
    return hashes;
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

namespace {

QByteArray signatureOf(const quint64 *hashes, size_t count)
{
    if (count == 0)
        return {};
    quint32 mins[StoryClusterer::SignatureSize];
    std::fill(std::begin(mins), std::end(mins), std::numeric_limits<quint32>::max());
    for (size_t k = 0; k < count; ++k) {
        const quint64 base = hashes[k];
        for (int i = 0; i < StoryClusterer::SignatureSize; ++i) {
            const auto v = quint32(mix(base ^ (0x51ed270b2f6a3c1dULL * quint64(i + 1))) >> 32);
            mins[i] = std::min(mins[i], v);
        }
    }
    QByteArray sig(StoryClusterer::SignatureSize * 4, Qt::Uninitialized);
    for (int i = 0; i < StoryClusterer::SignatureSize; ++i)
        qToLittleEndian<quint32>(mins[i], sig.data() + i * 4);
    return sig;
}

void sortDistinct(StoryClusterer::WordHashes &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

namespace {

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (char16_t(c | 0x20) >= u'a' && char16_t(c | 0x20) <= u'z');
}

// A 4,096-bit filter over the stop-word hashes: most words are no stop word, and one bit
// test settles that without a hash-table look-up.
bool isStopWordHash(quint64 h)
{
    static const std::array<quint64, 64> filter = [] {
        std::array<quint64, 64> bits {};
        for (const quint64 w : stopWordHashes())
            bits[(w >> 6) & 63] |= quint64(1) << (w & 63);
        return bits;
    }();
    if (!(filter[(h >> 6) & 63] & (quint64(1) << (h & 63))))
        return false;
    return stopWordHashes().contains(h);
}

constexpr quint64 fnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 fnvPrime = 0x100000001b3ULL;

// Files the word input[begin, end) as extract() folds it. An ASCII word comes with its
// folded hash and length, computed while it was scanned (wordHash() of the lower-cased word,
// without building it); any other word is folded here by QString::toCaseFolded(). Inside
// a word only letters and digits were taken, except the ',' and '.' between digits of a
// number ("3,000" is "3000"), which are left out.
void fileWord(QStringView input, qsizetype begin, qsizetype end, bool ascii, quint64 asciiHash, qsizetype asciiSize,
    StoryClusterer::WordHashes *all, StoryClusterer::WordHashes *key)
{
    const QChar first = input.at(begin);
    const bool number = first.isDigit();
    const bool capital = first.isUpper();
    quint64 h = asciiHash;
    qsizetype size = asciiSize;
    if (!ascii) {
        QString raw;
        raw.reserve(end - begin);
        for (qsizetype k = begin; k < end; ++k) {
            const QChar c = input.at(k);
            if (c != u',' && c != u'.')
                raw += c;
        }
        const QString folded = raw.toCaseFolded();
        h = wordHash(folded);
        size = folded.size();
    }
    if ((size >= 3 || number) && !isStopWordHash(h)) {
        all->push_back(h);
        if (number || capital)
            key->push_back(h);
    }
}

} // namespace

void StoryClusterer::featureHashes(const QString &title, const QString &text, WordHashes *all, WordHashes *key)
{
    // The same word splitting as extract(), hashing each folded word once instead of
    // inserting it into string sets. A word is found as a range of the input; an ASCII word
    // (most are) is hashed while it is scanned, others go through QString::toCaseFolded().
    // Title and text are split separately: extract() joins them with a space, which ends a word.
    all->clear();
    key->clear();
    for (const QStringView input : {QStringView(title), QStringView(text)}) {
        const char16_t *units = input.utf16();
        const qsizetype n = input.size();
        qsizetype begin = -1; // start of the current word, -1 between words
        bool ascii = true;
        quint64 h = fnvOffset;
        qsizetype size = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = units[i];
            if (c < 0x80 ? isAsciiLetterOrDigit(c) : QChar(c).isLetterOrNumber()) {
                if (begin < 0) {
                    begin = i;
                    ascii = true;
                    h = fnvOffset;
                    size = 0;
                }
                if (c >= 0x80) {
                    ascii = false;
                } else {
                    h ^= c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
                    h *= fnvPrime;
                    ++size;
                }
                continue;
            }
            if ((c == u',' || c == u'.') && begin >= 0 && QChar(units[begin]).isDigit() && i + 1 < n
                && QChar(units[i + 1]).isDigit())
                continue; // 3,000 → 3000
            if (begin >= 0) {
                fileWord(input, begin, i, ascii, h, size, all, key);
                begin = -1;
            }
            if (c == u'\'' || c == u'\u2019') {
                // "minister's" → "minister": drop the possessive.
                while (i + 1 < n && QChar(units[i + 1]).isLetter())
                    ++i;
            }
        }
        if (begin >= 0)
            fileWord(input, begin, n, ascii, h, size, all, key);
    }
    sortDistinct(*all);
    sortDistinct(*key);
}

QByteArray StoryClusterer::hashSignature(const WordHashes &features)
{
    return signatureOf(features.data(), features.size());
}

double StoryClusterer::hashSimilarity(const WordHashes &a, const WordHashes &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const double overlap = double(common) / double(std::min(a.size(), b.size()));
    const double jaccard = double(common) / double(a.size() + b.size() - common);
    return (overlap + jaccard) / 2;
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
