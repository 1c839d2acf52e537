#include "backoffpolicy.h"

#include "httpresult.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace std::chrono;

namespace Wiredesk {

BackoffPolicy::BackoffPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

BackoffPolicy &BackoffPolicy::setBase(milliseconds base)
{
    m_base = std::max(base, milliseconds(0));
    return *this;
}

BackoffPolicy &BackoffPolicy::setCap(milliseconds cap)
{
    m_cap = std::max(cap, milliseconds(0));
    return *this;
}

BackoffPolicy &BackoffPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(attempts, 1);
    return *this;
}

BackoffPolicy &BackoffPolicy::setHammerThreshold(int consecutiveFailures)
{
    m_hammerThreshold = std::max(consecutiveFailures, 1);
    return *this;
}

BackoffPolicy &BackoffPolicy::setHammerPause(milliseconds pause)
{
    m_hammerPause = std::max(pause, milliseconds(0));
    return *this;
}

BackoffPolicy &BackoffPolicy::setMaxRetryAfter(milliseconds longest)
{
    m_maxRetryAfter = std::max(longest, milliseconds(0));
    return *this;
}

BackoffPolicy &BackoffPolicy::setRandomSource(RandomSource random)
{
    if (random)
        m_random = std::move(random);
    return *this;
}

bool BackoffPolicy::isRetryable(const HttpResult &result)
{
    switch (result.error) {
    case HttpResult::Error::Timeout:
    case HttpResult::Error::ConnectionRefused:
    case HttpResult::Error::HostNotFound:
    case HttpResult::Error::NetworkError:
        return true;
    case HttpResult::Error::HttpError:
        return result.status == 429 || result.status == 502 || result.status == 503 || result.status == 504;
    default:
        return false;
    }
}

milliseconds BackoffPolicy::window(int retry) const
{
    retry = std::max(retry, 0);
    const qint64 base = m_base.count();
    const qint64 cap = m_cap.count();
    // base·2ⁿ saturates at the cap instead of overflowing for large n.
    if (base == 0)
        return milliseconds(0);
    if (retry >= 62 || base > (cap >> retry))
        return m_cap;
    return milliseconds(std::min(cap, base << retry));
}

milliseconds BackoffPolicy::delay(int retry, std::optional<milliseconds> retryAfter) const
{
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const auto upper = static_cast<double>(window(retry).count());
    auto jitter = milliseconds(static_cast<qint64>(std::floor(unit * upper)));
    jitter = std::min(jitter, window(retry));
    if (!retryAfter)
        return jitter;
    const milliseconds wanted = std::clamp(*retryAfter, milliseconds(0), m_maxRetryAfter);
    return std::max(jitter, wanted);
}

QDateTime BackoffPolicy::nextAttempt(int consecutiveFailures, const QDateTime &now, const QDateTime &retryAfter) const
{
    std::optional<milliseconds> wanted;
    if (retryAfter.isValid())
        wanted = milliseconds(std::max<qint64>(0, now.msecsTo(retryAfter)));
    milliseconds wait = delay(std::max(consecutiveFailures, 1) - 1, wanted);
    if (isHammering(consecutiveFailures))
        wait = std::max(wait, m_hammerPause);
    return now.addMSecs(wait.count());
}

} // namespace Wiredesk
