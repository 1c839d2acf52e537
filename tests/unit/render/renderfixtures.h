#pragma once

// Shared by the render tests: loading a test case folder (article.json + options.json),
// a readable line diff for golden files, and a tag-balance check for rendered HTML.

#include "article.h"
#include "renderoptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace RenderFixtures {

using namespace Qt::StringLiterals;

inline QString caseFolder(const QString &name)
{
    return QStringLiteral(WIREDESK_TEST_DATA) + u"/render/"_s + name;
}

inline QStringList caseNames()
{
    // Folders with an article.json are golden cases; others hold data for single tests.
    QStringList names;
    const QDir root(QStringLiteral(WIREDESK_TEST_DATA) + u"/render"_s);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(root.filePath(name + u"/article.json"_s)))
            names << name;
    }
    return names;
}

inline QByteArray readFile(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

/// Reads <case>/article.json and the optional <case>/options.json. Returns an error text.
inline QString loadCase(const QString &name, Wiredesk::Article *article, Wiredesk::RenderOptions *options)
{
    const QString folder = caseFolder(name);
    bool ok = false;
    const QJsonDocument articleJson = QJsonDocument::fromJson(readFile(folder + u"/article.json"_s, &ok));
    if (!ok || !articleJson.isObject())
        return u"cannot read "_s + folder + u"/article.json"_s;
    QString error;
    if (!Wiredesk::Article::fromJson(articleJson.object(), article, &error))
        return error;

    const QJsonObject o = QJsonDocument::fromJson(readFile(folder + u"/options.json"_s)).object();
    if (o.value(u"preview"_s).toBool())
        *options = Wiredesk::RenderOptions::forPreview(o.value(u"previewAssetRoot"_s).toString());
    else
        *options = Wiredesk::RenderOptions();
    // Unscheduled articles render "as if published now": pin now so the output is stable.
    options->referenceTime = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    if (o.contains(u"referenceTime"_s))
        options->referenceTime = QDateTime::fromString(o.value(u"referenceTime"_s).toString(), Qt::ISODate);
    if (o.contains(u"publicationName"_s))
        options->publicationName = o.value(u"publicationName"_s).toString();
    if (o.contains(u"publicationTimeZone"_s))
        options->publicationTimeZone = o.value(u"publicationTimeZone"_s).toString();
    if (o.contains(u"footerText"_s))
        options->footerText = o.value(u"footerText"_s).toString();
    if (o.contains(u"allowRemoteImages"_s))
        options->allowRemoteImages = o.value(u"allowRemoteImages"_s).toBool();
    if (o.contains(u"founded"_s))
        options->founded = QDate::fromString(o.value(u"founded"_s).toString(), Qt::ISODate);
    if (o.contains(u"issueNumber"_s))
        options->issueNumber = o.value(u"issueNumber"_s).toInt();
    if (o.contains(u"worldClockZones"_s)) {
        options->worldClockZones.clear();
        const QJsonArray zones = o.value(u"worldClockZones"_s).toArray();
        for (const QJsonValue &zone : zones)
            options->worldClockZones << zone.toString();
    }
    if (o.contains(u"templateOverride"_s))
        options->templateSearchPaths << folder + u'/' + o.value(u"templateOverride"_s).toString();
    return {};
}

/// A line diff (longest common subsequence) with two lines of context, for golden files.
inline QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    struct Line {
        QChar mark;
        QString text;
        qsizetype line;
    };
    QList<Line> lines;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.append({u' ', a[i], i + 1});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            lines.append({u'+', b[j], j + 1});
            ++j;
        } else {
            lines.append({u'-', a[i], i + 1});
            ++i;
        }
    }
    QString out;
    int printed = 0;
    for (qsizetype k = 0; k < lines.size() && printed < 120; ++k) {
        bool near = false;
        for (qsizetype d = std::max<qsizetype>(0, k - 2); d <= std::min(lines.size() - 1, k + 2); ++d)
            near = near || lines[d].mark != u' ';
        if (!near)
            continue;
        out += lines[k].mark + u"%1 "_s.arg(lines[k].line, 4) + lines[k].text.left(300) + u'\n';
        ++printed;
    }
    return out;
}

/// Checks that every non-void element is closed in order. Returns an error, empty when fine.
inline QString checkBalanced(const QString &html)
{
    static const QStringList voids {u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s, u"img"_s, u"input"_s,
        u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s, u"wbr"_s};
    QStringList stack;
    qsizetype i = 0;
    while ((i = html.indexOf(u'<', i)) >= 0) {
        if (html.mid(i, 4) == u"<!--") {
            i = html.indexOf(u"-->"_s, i);
            if (i < 0)
                return u"unclosed comment"_s;
            continue;
        }
        if (html.mid(i, 2) == u"<!") {
            i = html.indexOf(u'>', i);
            continue;
        }
        const bool closing = html.mid(i, 2) == u"</";
        qsizetype p = i + (closing ? 2 : 1);
        QString name;
        while (p < html.size() && (html[p].isLetterOrNumber() || html[p] == u'-'))
            name += html[p++].toLower();
        if (name.isEmpty())
            return u"stray '<' at offset %1"_s.arg(i);
        // Find the end of the tag, respecting quoted attribute values.
        QChar quote;
        while (p < html.size() && (!quote.isNull() || html[p] != u'>')) {
            if (quote.isNull() && (html[p] == u'"' || html[p] == u'\''))
                quote = html[p];
            else if (html[p] == quote)
                quote = QChar();
            ++p;
        }
        if (p >= html.size())
            return u"unterminated tag <%1"_s.arg(name);
        i = p + 1;
        if (closing) {
            if (stack.isEmpty() || stack.last() != name)
                return u"</%1> closes <%2>"_s.arg(name, stack.isEmpty() ? u"nothing"_s : stack.last());
            stack.removeLast();
        } else if (name == u"style" || name == u"script") {
            const qsizetype end = html.indexOf(u"</"_s + name, i, Qt::CaseInsensitive);
            if (end < 0)
                return u"<%1> never closed"_s.arg(name);
            i = end;
            stack.append(name);
        } else if (!voids.contains(name)) {
            stack.append(name);
        }
    }
    return stack.isEmpty() ? QString() : u"unclosed: "_s + stack.join(u' ');
}

} // namespace RenderFixtures
