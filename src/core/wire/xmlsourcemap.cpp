#include "xmlsourcemap.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

XmlSourceMap::XmlSourceMap(const QString &source)
    : m_source(source)
{
    qint64 codePoint = 0;
    for (qsizetype i = 0; i < source.size(); ++i, ++codePoint) {
        if (source.at(i).isHighSurrogate() && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            m_astralCodePoints.append(codePoint);
            ++i;
        }
    }
}

qsizetype XmlSourceMap::tokenEnd(const QXmlStreamReader &reader) const
{
    const qint64 offset = reader.characterOffset();
    // Every astral character before the offset takes two UTF-16 units.
    const auto before = std::lower_bound(m_astralCodePoints.cbegin(), m_astralCodePoints.cend(), offset);
    return std::min<qsizetype>(m_source.size(), qsizetype(offset + (before - m_astralCodePoints.cbegin())));
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
