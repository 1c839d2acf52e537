#pragma once
// Golden-file comparison shared by the provenance tests: compares JSON as indented text and
// prints the first differing lines; WIREDESK_UPDATE_GOLDEN=1 rewrites the expected file
// (review the diff before committing it).
#include <QFile>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTest>

namespace GoldenFile {

inline QString diff(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    QString out;
    int shown = 0;
    for (qsizetype i = 0; i < qMax(e.size(), a.size()) && shown < 12; ++i) {
        const QString el = e.value(i);
        const QString al = a.value(i);
        if (el != al) {
            out += QStringLiteral("line %1\n  - %2\n  + %3\n").arg(i + 1).arg(el, al);
            ++shown;
        }
    }
    return out;
}

inline bool compare(const QString &path, const QByteArray &actual, QString *message)
{
    if (qEnvironmentVariableIntValue("WIREDESK_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(actual);
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("missing golden file %1 (run with WIREDESK_UPDATE_GOLDEN=1)").arg(path);
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    *message
        = QStringLiteral("%1 differs:\n%2").arg(path, diff(QString::fromUtf8(expected), QString::fromUtf8(actual)));
    return false;
}

} // namespace GoldenFile
