#pragma once

// Golden-file comparison for the article tests: on a mismatch the test fails with a
// line diff; with WIREDESK_UPDATE_GOLDEN=1 in the environment the file is rewritten.

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Wiredesk::Golden {

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// Returns an empty string when equal, otherwise a readable line diff (- expected, + actual).
inline QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    // Longest common subsequence over lines, so an inserted line shows as one "+".
    const qsizetype n = a.size(), m = b.size();
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QString out;
    qsizetype i = 0, j = 0;
    bool differs = false;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out += QStringLiteral("  ") + a.at(i) + u'\n';
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            out += QStringLiteral("- ") + a.at(i++) + u'\n';
            differs = true;
        } else {
            out += QStringLiteral("+ ") + b.at(j++) + u'\n';
            differs = true;
        }
    }
    return differs ? out : QString();
}

/// QVERIFY-style check of @p actual against the file at @p path.
inline bool matches(const QString &path, const QString &actual)
{
    if (qEnvironmentVariableIntValue("WIREDESK_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(actual.toUtf8());
        qWarning("updated golden file %s", qPrintable(path));
        return true;
    }
    if (!QFile::exists(path)) {
        qWarning("golden file %s is missing (run with WIREDESK_UPDATE_GOLDEN=1 to create it)", qPrintable(path));
        return false;
    }
    const QString diff = lineDiff(readFile(path), actual);
    if (diff.isEmpty())
        return true;
    qWarning("output differs from %s:\n%s", qPrintable(path), qPrintable(diff));
    return false;
}

} // namespace Wiredesk::Golden
