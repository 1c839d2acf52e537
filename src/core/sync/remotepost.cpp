#include "remotepost.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString RemotePost::hashOf(const QString &title, const QString &excerpt, const QString &slug, const QString &bodyHtml,
    const QStringList &categories, const QStringList &tags)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed so that moving text from one field to the next changes the hash.
    const auto add = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    add(title);
    add(excerpt);
    add(slug);
    add(bodyHtml.trimmed());
    add(categories.join(u'\x1f'));
    add(tags.join(u'\x1f'));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Wiredesk
