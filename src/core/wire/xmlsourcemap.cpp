#include "xmlsourcemap.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

XmlSourceMap::XmlSourceMap(const QString &source)
    : m_source(source)
{ }

qsizetype XmlSourceMap::tokenEnd(const QXmlStreamReader &reader) const
{
    // Reading from a QString, QXmlStreamReader counts UTF-16 units, like QString indexes
    // (tested with characters outside the BMP in test_feedparser).
    return std::min<qsizetype>(m_source.size(), qsizetype(reader.characterOffset()));
}

qsizetype XmlSourceMap::startTagBegin(const QXmlStreamReader &reader) const
{
    const qsizetype end = tokenEnd(reader);
    const QString open = u'<' + reader.qualifiedName();
    const qsizetype at = m_source.lastIndexOf(open, end - 1);
    return at < 0 ? end : at;
}

qsizetype XmlSourceMap::endTagBegin(const QXmlStreamReader &reader, qsizetype startTagEnd) const
{
    const qsizetype end = tokenEnd(reader);
    if (end <= startTagEnd)
        return end; // <empty/>
    const qsizetype at = m_source.lastIndexOf(u"</"_s, end - 1);
    return at < startTagEnd ? end : at;
}

QStringView XmlSourceMap::slice(qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, m_source.size());
    to = std::clamp<qsizetype>(to, from, m_source.size());
    return QStringView(m_source).mid(from, to - from);
}

QString XmlSourceMap::readContent(QXmlStreamReader &reader, bool *hadChildElements) const
{
    const qsizetype innerBegin = tokenEnd(reader);
    QString text;
    bool children = false;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            children = true;
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (depth == 1 || !children)
                text.append(reader.text());
            break;
        default:
            break;
        }
    }
    if (hadChildElements)
        *hadChildElements = children;
    if (children && !reader.hasError())
        return slice(innerBegin, endTagBegin(reader, innerBegin)).toString();
    return text;
}

} // namespace Wiredesk
