#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace Wiredesk {

/// Near-duplicate detection for story clusters: decides whether two wire items tell the
/// same story.
///
/// Rewrites of one story by different agencies share its names, places and numbers but
/// few word sequences, so the features are single words, not shingles. Two sets are used:
///  - key features: capitalized words and numbers (names, places, figures), the part a
///    rewrite keeps. On the test corpus their Jaccard similarity is 0.23–0.9 (median 0.62)
///    for rewrites and at most 0.15 for different stories. A MinHash signature of 16 values
///    over them is indexed value by value (16 LSH bands of one row); items sharing at least
///    2 values become candidates: ≥ 91% recall at Jaccard 0.23, ≥ 99.7% at 0.4.
///  - all content words (stop words removed) for the exact decision on candidates:
///    similarity() ≥ threshold(). On the corpus rewrites score ≥ 0.267 and different stories
///    on the same topic (two earthquakes, two central banks, two strikes) ≤ 0.184.
///
/// SimHash over 3-word shingles was the first idea: its Hamming distance tracks similarity
/// well near copies, but rewrites share almost no 3-word shingles and sit where 64 bits
/// cannot separate them from same-topic stories; MinHash on words plus an exact check can.
class StoryClusterer final
{
public:
    static constexpr int SignatureSize = 16;
    static constexpr int Bands = 16;
    /// Band matches that make an item a candidate.
    static constexpr int MinMatchingBands = 2;
    static constexpr int RowsPerBand = SignatureSize / Bands;

    /// Distinct content words of @p title and @p text, lower-cased.
    static QSet<QString> features(const QString &title, const QString &text);
    /// Capitalized words and numbers, lower-cased; all content words when there are fewer
    /// than 3 (lower-case text such as chat posts).
    static QSet<QString> keyFeatures(const QString &title, const QString &text);
    /// MinHash signature (SignatureSize little-endian 32-bit values); empty without features.
    static QByteArray signature(const QSet<QString> &features);
    /// One LSH key per band; keys of different bands never collide.
    static QList<qint64> bandKeys(const QByteArray &signature);
    /// Estimated Jaccard similarity of two signatures.
    static double estimatedSimilarity(const QByteArray &a, const QByteArray &b);
    /// The similarity the decision uses: |A∩B| / min(|A|,|B|) blended with Jaccard, so a
    /// short flash and the full story it announces still match.
    static double similarity(const QSet<QString> &a, const QSet<QString> &b);
    /// True when @p a and @p b are the same story (tuned on tests/data/wirestore/stories).
    static bool isSameStory(const QSet<QString> &a, const QSet<QString> &b);
    /// The decision threshold on similarity().
    static double threshold();
};

} // namespace Wiredesk
