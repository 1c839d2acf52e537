#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Wiredesk {

/// SHA-256 through OpenSSL's libcrypto. Content hashes are computed for every ingested item
/// and must stay collision-resistant (hostile wires must not be able to make a story look
/// like a duplicate of another), so a weaker fast hash is no option; QCryptographicHash in
/// Qt 6.4 runs a portable C implementation at ~50 instructions per byte, while libcrypto
/// uses the CPU's SHA extensions (or AVX2) for the same digest at a fraction of that.
/// Falls back to QCryptographicHash if libcrypto cannot provide SHA-256, so the result is
/// always the same digest. Thread-safe: each thread keeps its own digest context.
class Sha256 final
{
public:
    static constexpr int DigestSize = 32;

    /// The 32-byte digest of @p data.
    static QByteArray digest(QByteArrayView data);
    /// The digest as 64 lower-case hex digits.
    static QByteArray hexDigest(QByteArrayView data);
};

} // namespace Wiredesk
