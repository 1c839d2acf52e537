#pragma once

#include <QByteArray>
#include <QString>

namespace Wiredesk {

/// The token for Ghost's Admin API: a JWT (HS256) built from an Admin API key "id:secret".
///
/// Header {"alg":"HS256","kid":id,"typ":"JWT"}, payload {"exp":iat+300,"iat":iat,"aud":"/admin/"}
/// (Ghost refuses exp more than five minutes ahead), signed with the hex-decoded secret; sent
/// as "Authorization: Ghost <token>". The JSON is written with a fixed key order so a token is
/// reproducible for a given time (the test checks a vector computed with openssl).
class GhostJwt final
{
public:
    /// Empty with @p error set when the key is not "id:hexsecret".
    static QByteArray token(const QString &adminKey, qint64 issuedAtSeconds, QString *error = nullptr);
    static QByteArray base64Url(const QByteArray &data);
};

} // namespace Wiredesk
