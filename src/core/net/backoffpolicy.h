#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace Wiredesk {

struct HttpResult;

/// When to try again after a failure: full-jitter exponential backoff, Retry-After and a
/// "stop hammering" pause for sources that keep failing.
///
/// The delay before retry number n (0-based) is random(0, min(cap, base·2ⁿ)) — the "full
/// jitter" scheme, which spreads many clients' retries instead of synchronising them. A
/// server's Retry-After is a floor: the delay is max(retryAfter, backoff), clamped to
/// maxRetryAfter so a hostile header cannot silence a source for years. After
/// hammerThreshold consecutive failures the next try waits at least hammerPause. The random
/// source is injectable so tests can pin the jitter.
class BackoffPolicy final
{
public:
    /// Returns a uniformly distributed number in [0, 1).
    using RandomSource = std::function<double()>;

    BackoffPolicy();

    BackoffPolicy &setBase(std::chrono::milliseconds base);
    BackoffPolicy &setCap(std::chrono::milliseconds cap);
    /// Total attempts (first try included) before giving up; 1 means no retry.
    BackoffPolicy &setMaxAttempts(int attempts);
    BackoffPolicy &setHammerThreshold(int consecutiveFailures);
    BackoffPolicy &setHammerPause(std::chrono::milliseconds pause);
    BackoffPolicy &setMaxRetryAfter(std::chrono::milliseconds longest);
    BackoffPolicy &setRandomSource(RandomSource random);

    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }
    int maxAttempts() const { return m_maxAttempts; }
    int hammerThreshold() const { return m_hammerThreshold; }
    std::chrono::milliseconds hammerPause() const { return m_hammerPause; }
    std::chrono::milliseconds maxRetryAfter() const { return m_maxRetryAfter; }

    /// Whether a failure like @p result is worth retrying: 429, 502, 503, 504, timeouts and
    /// connection-level errors. Not 4xx, TLS, size or redirect-policy errors, not cancels.
    static bool isRetryable(const HttpResult &result);

    /// The upper bound of the jitter window for retry @p retry (0-based): min(cap, base·2ⁿ).
    std::chrono::milliseconds window(int retry) const;
    /// The delay before retry @p retry: max(retryAfter, random(0, window(retry))).
    std::chrono::milliseconds delay(int retry, std::optional<std::chrono::milliseconds> retryAfter = {}) const;
    /// Whether another attempt is allowed after @p attemptsMade attempts.
    bool mayRetry(int attemptsMade) const { return attemptsMade < m_maxAttempts; }

    /// When a source that has now failed @p consecutiveFailures times in a row (>= 1) may be
    /// tried again. @p retryAfter is the server's wish (invalid if none).
    QDateTime nextAttempt(int consecutiveFailures, const QDateTime &now, const QDateTime &retryAfter = {}) const;
    /// Whether a source with this many consecutive failures is in the "stop hammering" state.
    bool isHammering(int consecutiveFailures) const { return consecutiveFailures >= m_hammerThreshold; }

private:
    std::chrono::milliseconds m_base {2'000};
    std::chrono::milliseconds m_cap {15 * 60'000};
    int m_maxAttempts = 4;
    int m_hammerThreshold = 5;
    std::chrono::milliseconds m_hammerPause {60 * 60'000};
    std::chrono::milliseconds m_maxRetryAfter {24 * 60 * 60'000};
    RandomSource m_random;
};

} // namespace Wiredesk
