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

void StoryClusterer::featureHashes(const QString &title, const QString &text, WordHashes *all, WordHashes *key)
{
    // The same word splitting as extract(), hashing each folded word once instead of
    // inserting it into string sets. Words are gathered in a fixed buffer; ASCII words (most
    // of them) are folded in place, others go through QString::toCaseFolded() as before.
    all->clear();
    key->clear();
    char16_t word[128];
    qsizetype length = 0;
    bool capital = false;
    bool ascii = true;
    bool overflow = false;
    QString longWord;
    auto flush = [&] {
        if (length == 0 && !overflow)
            return;
        QString folded;
        quint64 h = 0;
        qsizetype size = 0;
        bool number = false;
        if (!overflow && ascii) {
            number = word[0] >= u'0' && word[0] <= u'9';
            h = 0xcbf29ce484222325ULL; // wordHash() of the folded word, without building it
            for (qsizetype k = 0; k < length; ++k) {
                char16_t c = word[k];
                if (c >= u'A' && c <= u'Z')
                    c = char16_t(c + 32);
                h ^= c;
                h *= 0x100000001b3ULL;
            }
            size = length;
        } else {
            const QString raw = overflow ? longWord : QString(reinterpret_cast<const QChar *>(word), length);
            number = raw.front().isDigit();
            folded = raw.toCaseFolded();
            h = wordHash(folded);
            size = folded.size();
        }
        if ((size >= 3 || number) && !stopWordHashes().contains(h)) {
            all->push_back(h);
            if (number || capital)
                key->push_back(h);
        }
        length = 0;
        ascii = true;
        overflow = false;
        longWord.clear();
    };
    auto append = [&](QChar c) {
        if (overflow) {
            longWord += c;
        } else if (length == qsizetype(std::size(word))) {
            overflow = true;
            longWord = QString(reinterpret_cast<const QChar *>(word), length) + c;
        } else {
            word[length++] = c.unicode();
        }
        ascii = ascii && c.unicode() < 128;
    };
    auto startsWithDigit = [&] { return overflow ? longWord.front().isDigit() : QChar(word[0]).isDigit(); };
    const QStringView parts[] = {title, u" ", text};
    for (const QStringView input : parts) {
        for (qsizetype i = 0; i < input.size(); ++i) {
            const QChar c = input.at(i);
            const bool empty = length == 0 && !overflow;
            if (c.isLetterOrNumber()) {
                if (empty)
                    capital = c.isUpper();
                append(c);
            } else if ((c == u',' || c == u'.') && !empty && startsWithDigit() && i + 1 < input.size()
                && input.at(i + 1).isDigit()) {
                continue;
            } else if (c == u'\'' || c == u'\u2019') {
                flush();
                while (i + 1 < input.size() && input.at(i + 1).isLetter())
                    ++i;
            } else {
                flush();
            }
        }
    }
    flush();
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
