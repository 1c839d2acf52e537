#include "htmltextextractor.h"

#include "htmlsanitizer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QString HtmlTextExtractor::text(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.toString().simplified();
    // The sanitizer's plain-text writer already handles hostile markup (nesting limits, the
    // stack-safe gumbo tree); one implementation keeps titles and bodies consistent.
    QString text = HtmlSanitizer::plainText(html);
    text.replace(QChar(0xA0), u' ');
    QStringList lines;
    for (const QStringView part : QStringView(text).split(u'\n')) {
        const QString line = part.toString().simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QString HtmlTextExtractor::line(QStringView html)
{
    QString t = text(html);
    t.replace(u'\n', u' ');
    return t;
}

QString HtmlTextExtractor::firstWords(QStringView text, int count)
{
    const QString folded = text.toString().simplified();
    const QList<QStringView> words = QStringView(folded).split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (QStringView word : words) {
        if (kept.size() == count)
            break;
        kept.append(word.toString());
    }
    QString result = kept.join(u' ');
    if (words.size() > count)
        result += u"…"_s;
    return result;
}

} // namespace Wiredesk
