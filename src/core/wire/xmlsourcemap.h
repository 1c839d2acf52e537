#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace Wiredesk {

/// Finds where the element QXmlStreamReader is on lies in the source text, so parsers can
/// keep an item's raw XML and take XHTML content verbatim. The reader only reports where a
/// token ends; the map finds where its tag began.
class XmlSourceMap final
{
public:
    explicit XmlSourceMap(const QString &source);

    /// UTF-16 index of the current token's end (QXmlStreamReader::characterOffset()).
    qsizetype tokenEnd(const QXmlStreamReader &reader) const;
    /// At a StartElement: the index of its '<'.
    qsizetype startTagBegin(const QXmlStreamReader &reader) const;
    /// At an EndElement: the index of its "</" (equal to tokenEnd for an empty element).
    qsizetype endTagBegin(const QXmlStreamReader &reader, qsizetype startTagEnd) const;

    QStringView slice(qsizetype from, qsizetype to) const;

    /// At a StartElement: reads to its end and returns its content. Text (and CDATA) as text;
    /// when the element has child elements (XHTML, or HTML someone forgot to escape), the
    /// inner markup verbatim. @p hadChildElements tells which.
    QString readContent(QXmlStreamReader &reader, bool *hadChildElements = nullptr) const;

private:
    const QString &m_source;
};

} // namespace Wiredesk
