#pragma once

#include <QStringView>

namespace Wiredesk {

/// Recognizes the absolute http(s) URLs QUrl gives back unchanged, so the sanitizer can keep
/// them without a QUrl parse (one per link was a tenth of sanitizing a wire body).
///
/// Plain means: a lower-case "http://" or "https://", a lower-case DNS host name (labels of
/// a-z, 0-9 and '-', no punycode, not an IP address, no port, no user info), and, after a
/// '/', a path, query and fragment made only of characters QUrl's FullyEncoded form leaves
/// alone, with no dot segments and no percent escapes. For such a URL,
/// QUrl(url).toString(QUrl::FullyEncoded) == url and the URL is valid with a host
/// (test_plainweburl checks this against QUrl). Everything else returns false and goes
/// through QUrl as before.
class PlainWebUrl final
{
public:
    PlainWebUrl() = delete;

    static bool isPlain(QStringView url);
};

} // namespace Wiredesk
