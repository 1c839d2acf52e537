#include "ghostjwt.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QByteArray GhostJwt::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray GhostJwt::token(const QString &adminKey, qint64 issuedAtSeconds, QString *error)
{
    static const QRegularExpression shape(u"^([0-9a-fA-F]{1,64}):((?:[0-9a-fA-F]{2}){8,128})$"_s);
    const QRegularExpressionMatch match = shape.match(adminKey.trimmed());
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate(
                "Wiredesk::GhostJwt", "A Ghost Admin API key looks like \"id:secret\" in hexadecimal.");
        return {};
    }
    const QByteArray id = match.captured(1).toLatin1();
    const QByteArray secret = QByteArray::fromHex(match.captured(2).toLatin1());
    const QByteArray header = R"({"alg":"HS256","kid":")"_ba + id + R"(","typ":"JWT"})"_ba;
    const QByteArray payload = R"({"exp":)"_ba + QByteArray::number(issuedAtSeconds + 300) + R"(,"iat":)"_ba
        + QByteArray::number(issuedAtSeconds) + R"(,"aud":"/admin/"})"_ba;
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(signature);
}

} // namespace Wiredesk
