#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Wiredesk {

struct HttpResult;

/// Why a call to a publishing target did not succeed, in the terms the outbox acts on.
///
/// Each CMS answers in its own words (WordPress: {"code","message","data":{"status"}}; Ghost:
/// {"errors":[{"type","message"}]}); adapters map them to a Kind so the outbox decides the
/// same way for every target: Retry waits and tries again, NeedsSignIn waits for the user,
/// Conflict goes to the merge, the rest fail with the server's message shown.
struct SyncError {
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::SyncError)

public:
    enum class Kind {
        None,
        Retry,         ///< network trouble, 429, 5xx, timeouts: try again later
        NeedsSignIn,   ///< 401/403, no credentials, no keychain
        RemoteDeleted, ///< 404: the post is gone on the server
        TooLarge,      ///< 413
        Conflict,      ///< the remote changed since our base (Ghost: 409 UPDATE_COLLISION)
        Refused,       ///< the user must confirm something first (credentials over plain http)
        Invalid,       ///< 400 and other answers that will not change by retrying
    };

    Kind kind = Kind::None;
    QString message;      ///< for the user; the server's own message when it gave one
    QString code;         ///< the server's error code (rest_post_invalid_id, UPDATE_COLLISION, ...)
    int httpStatus = 0;   ///< 0 when no response arrived
    QDateTime retryAfter; ///< the server's Retry-After, invalid when none

    bool ok() const { return kind == Kind::None; }
    static SyncError make(Kind kind, const QString &message) { return {kind, message, {}, 0, {}}; }
    /// WordPress's mapping of an HTTP result: success → None; otherwise by status and, for
    /// JSON error bodies, with WordPress's code and message.
    static SyncError fromWordPress(const HttpResult &result);
    /// A stable lower-case name ("retry", "needs-sign-in", ...) for logs and JSON.
    static QString kindName(Kind kind);
};

} // namespace Wiredesk
