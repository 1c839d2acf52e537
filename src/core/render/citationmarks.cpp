#include "citationmarks.h"

#include "htmlescape.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr QStringView SpanOpen = u"<span";
constexpr QStringView SpanClose = u"</span>";
constexpr QStringView SourcesAttribute = u" data-sources=\"";

// "<span" followed by a space or '>' at @p at (not "<spanner").
bool isSpanTag(QStringView html, qsizetype at)
{
    const qsizetype after = at + SpanOpen.size();
    return html.mid(at).startsWith(SpanOpen) && after < html.size() && (html[after] == u' ' || html[after] == u'>');
}

// Where the span opened at @p start ends (just after its "</span>"), or -1. Text is escaped,
// so every '<' starts a tag.
qsizetype spanEnd(QStringView html, qsizetype start)
{
    int depth = 0;
    for (qsizetype at = start; (at = html.indexOf(u'<', at)) >= 0; ++at) {
        if (isSpanTag(html, at))
            ++depth;
        else if (html.mid(at).startsWith(SpanClose) && --depth == 0)
            return at + SpanClose.size();
    }
    return -1;
}

QString marksFor(const QString &ids, const QHash<QString, int> &numbers)
{
    QList<std::pair<int, QString>> cited;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts)) {
        const int number = numbers.value(id);
        if (number > 0 && std::none_of(cited.cbegin(), cited.cend(), [&](const auto &c) { return c.first == number; }))
            cited.append({number, id});
    }
    if (cited.isEmpty())
        return {};
    std::sort(cited.begin(), cited.end());
    QStringList links;
    for (const auto &[number, id] : std::as_const(cited))
        links << u"<a href=\"#source-"_s + HtmlEscape::attribute(id) + u"\">"_s + QString::number(number) + u"</a>"_s;
    return u"<sup class=\"cite-ref\">"_s + links.join(u',') + u"</sup>"_s;
}
} // namespace

QString CitationMarks::insert(const QString &html, const QHash<QString, int> &numbers)
{
    if (numbers.isEmpty() || !html.contains(SourcesAttribute))
        return html;
    QList<std::pair<qsizetype, QString>> inserts;
    qsizetype at = 0;
    while ((at = html.indexOf(SpanOpen, at)) >= 0) {
        const qsizetype tagEnd = html.indexOf(u'>', at);
        if (tagEnd < 0)
            break;
        const QStringView tag = QStringView(html).mid(at, tagEnd - at);
        const qsizetype attribute = tag.indexOf(SourcesAttribute);
        if (attribute >= 0 && isSpanTag(html, at)) {
            const qsizetype valueStart = attribute + SourcesAttribute.size();
            const qsizetype valueEnd = tag.indexOf(u'"', valueStart);
            const qsizetype end = spanEnd(html, at);
            if (valueEnd > valueStart && end > 0) {
                const QString marks = marksFor(tag.mid(valueStart, valueEnd - valueStart).toString(), numbers);
                if (!marks.isEmpty())
                    inserts.append({end, marks});
            }
        }
        at = tagEnd;
    }
    // Nested cited spans end inside their parents: insert at the latest position first.
    std::stable_sort(inserts.begin(), inserts.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString out = html;
    for (auto it = inserts.crbegin(); it != inserts.crend(); ++it)
        out.insert(it->first, it->second);
    return out;
}

} // namespace Wiredesk
