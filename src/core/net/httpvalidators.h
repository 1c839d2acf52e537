#pragma once

#include <QByteArray>

namespace Wiredesk {

/// The cache validators of a fetched resource, kept byte for byte as the server sent them.
///
/// Servers compare If-None-Match / If-Modified-Since textually, and many (and many CDNs)
/// answer 200 instead of 304 when the value was re-quoted, re-formatted or re-parsed as a
/// date. So both are opaque bytes: store them as received, send them back unchanged.
struct HttpValidators {
    QByteArray etag;         ///< the ETag header, including quotes and any W/ prefix
    QByteArray lastModified; ///< the Last-Modified header, unparsed

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
    friend bool operator==(const HttpValidators &, const HttpValidators &) = default;
};

} // namespace Wiredesk
