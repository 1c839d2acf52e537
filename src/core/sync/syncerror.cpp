#include "syncerror.h"

#include "httpresult.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SyncError SyncError::fromWordPress(const HttpResult &result)
{
    SyncError error;
    if (result.isSuccess())
        return error;
    error.httpStatus = result.status;
    error.retryAfter = result.retryAfter();
    const QJsonObject json = QJsonDocument::fromJson(result.body).object();
    error.code = json.value(u"code"_s).toString();
    const QString serverMessage = json.value(u"message"_s).toString();
    if (result.error != HttpResult::Error::HttpError) {
        // No (complete) answer: the network, a timeout, a reset. TLS errors are not retried.
        error.kind = result.error == HttpResult::Error::TlsError ? Kind::Invalid : Kind::Retry;
        error.message = result.errorString.isEmpty() ? HttpResult::describe(result.error) : result.errorString;
        return error;
    }
    int status = result.status;
    // A wrong or revoked Application Password makes WordPress treat the request as anonymous,
    // and an edit-context parameter then fails validation with 400 whose details carry 401.
    if (status == 400) {
        const QJsonObject details = json.value(u"data"_s).toObject().value(u"details"_s).toObject();
        for (const QJsonValue &detail : details) {
            const int inner = detail.toObject().value(u"data"_s).toObject().value(u"status"_s).toInt();
            if (inner == 401 || inner == 403)
                status = inner;
        }
    }
    if (status == 401 || status == 403) {
        error.kind = Kind::NeedsSignIn;
        error.message = serverMessage.isEmpty()
            ? tr("WordPress refused the sign-in; sign in again.")
            : tr("WordPress refused the request: %1 Sign in again.").arg(serverMessage);
    } else if (status == 404) {
        error.kind = Kind::RemoteDeleted;
        error.message = serverMessage.isEmpty() ? tr("The post no longer exists on the site.") : serverMessage;
    } else if (status == 413) {
        error.kind = Kind::TooLarge;
        error.message = tr("The site refused the upload as too large.");
    } else if (status == 409) {
        error.kind = Kind::Conflict;
        error.message = serverMessage.isEmpty() ? tr("The post changed on the site.") : serverMessage;
    } else if (status == 408 || status == 429 || status >= 500) {
        error.kind = Kind::Retry;
        error.message = serverMessage.isEmpty()
            ? tr("The site answered %1; trying again later.").arg(status)
            : tr("The site answered %1 (%2); trying again later.").arg(status).arg(serverMessage);
    } else {
        error.kind = Kind::Invalid;
        error.message = serverMessage.isEmpty() ? tr("The site answered %1.").arg(status) : serverMessage;
    }
    if (!error.code.isEmpty())
        error.message += u" ["_s + error.code + u']';
    return error;
}

QString SyncError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Retry:
        return u"retry"_s;
    case Kind::NeedsSignIn:
        return u"needs-sign-in"_s;
    case Kind::RemoteDeleted:
        return u"remote-deleted"_s;
    case Kind::TooLarge:
        return u"too-large"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::Invalid:
        return u"invalid"_s;
    }
    return {};
}

} // namespace Wiredesk
