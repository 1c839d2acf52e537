#include "opmldocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr int MaxDepth = 64;        // nesting deeper than this is not a real reading list
constexpr int MaxOutlines = 100000; // nor is an import of more sources than this

QString labelFromCategory(const QString &category)
{
    // "agency", "/agency", "/Wires/agency", "agency,official": the first entry's last step.
    const QString first = category.section(u',', 0, 0).trimmed();
    return first.section(u'/', -1, -1, QString::SectionSkipEmpty).trimmed();
}

bool isUrlSource(const WireSource &s)
{
    return s.location.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || s.location.startsWith(u"https://"_s, Qt::CaseInsensitive);
}
} // namespace

QList<WireSource> OpmlDocument::read(const QByteArray &opml, QString *error, QStringList *warnings)
{
    QList<WireSource> sources;
    QStringList ignored;
    if (!warnings)
        warnings = &ignored;
    QXmlStreamReader xml(opml);
    // OPML never needs entities beyond the XML ones; refuse DTD tricks outright.
    bool sawOpml = false;
    int depth = 0;
    int outlines = 0;
    QSet<QString> urls;
    QSet<QString> names;
    const QString ns = QString::fromLatin1(WiredeskNamespace);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = QCoreApplication::translate("OpmlDocument", "The OPML file declares a DTD; it was not imported.");
            return {};
        }
        if (token == QXmlStreamReader::EndElement && xml.name() == u"outline") {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawOpml) {
            if (xml.name() != u"opml") {
                *error = QCoreApplication::translate(
                    "OpmlDocument", "This is not an OPML file (its root element is <%1>).")
                             .arg(xml.name().toString());
                return {};
            }
            sawOpml = true;
            continue;
        }
        if (xml.name() != u"outline")
            continue;
        if (++depth > MaxDepth) {
            *error
                = QCoreApplication::translate("OpmlDocument", "The OPML outlines are nested more than %1 levels deep.")
                      .arg(MaxDepth);
            return {};
        }
        if (++outlines > MaxOutlines) {
            *error = QCoreApplication::translate("OpmlDocument", "The OPML file has more than %1 outlines.")
                         .arg(MaxOutlines);
            return {};
        }
        const QXmlStreamAttributes a = xml.attributes();
        // Attribute names are case-sensitive in XML but some exporters write xmlURL.
        QString xmlUrl = a.value(u"xmlUrl"_s).toString().trimmed();
        if (xmlUrl.isEmpty())
            xmlUrl = a.value(u"xmlURL"_s).toString().trimmed();
        if (xmlUrl.isEmpty()) {
            if (a.value(u"url"_s).isEmpty())
                continue; // a folder: its children are read as the loop goes on
            xmlUrl = a.value(u"url"_s).toString().trimmed();
        }
        const QUrl url(xmlUrl);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            warnings->append(
                QCoreApplication::translate("OpmlDocument", "Skipped an outline with an unusable feed address: %1")
                    .arg(xmlUrl));
            continue;
        }
        if (urls.contains(url.toString())) {
            warnings->append(
                QCoreApplication::translate("OpmlDocument", "Skipped a second outline for %1").arg(xmlUrl));
            continue;
        }
        urls.insert(url.toString());

        WireSource s;
        s.location = url.toString();
        QString name = a.value(u"title"_s).toString().trimmed();
        if (name.isEmpty())
            name = a.value(u"text"_s).toString().trimmed();
        if (name.isEmpty())
            name = url.host();
        QString unique = name;
        for (int n = 2; names.contains(unique.toCaseFolded()); ++n)
            unique = u"%1 (%2)"_s.arg(name).arg(n);
        s.name = unique;
        names.insert(unique.toCaseFolded());

        s.label = a.value(ns, u"label"_s).toString().trimmed();
        if (s.label.isEmpty())
            s.label = labelFromCategory(a.value(u"category"_s).toString());
        const QString type = a.value(ns, u"type"_s).toString();
        if (type == u"ninjs" || type == u"telegram" || type == u"feed")
            s.type = type;
        else if (url.host() == u"t.me" && url.path().startsWith(u"/s/"_s))
            s.type = u"telegram"_s;
        else
            s.type = u"feed"_s;
        bool ok = false;
        const int poll = a.value(ns, u"poll"_s).toInt(&ok);
        if (ok && poll >= 10)
            s.pollSeconds = poll;
        if (a.value(ns, u"enabled"_s) == u"false")
            s.enabled = false;
        sources << s;
    }
    if (xml.hasError() && !(xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !sources.isEmpty())) {
        *error = QCoreApplication::translate("OpmlDocument", "The OPML file is not well-formed XML (line %1: %2).")
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return {};
    }
    if (xml.hasError())
        warnings->append(QCoreApplication::translate(
            "OpmlDocument", "The OPML file ends early; the outlines before the end were imported."));
    if (!sawOpml) {
        *error = QCoreApplication::translate("OpmlDocument", "This is not an OPML file.");
        return {};
    }
    error->clear();
    return sources;
}

QByteArray OpmlDocument::write(const QList<WireSource> &sources, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    const QString ns = QString::fromLatin1(WiredeskNamespace);
    xml.writeStartDocument();
    xml.writeNamespace(ns, u"wiredesk"_s);
    xml.writeStartElement(u"opml"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeTextElement(u"title"_s, title);
    xml.writeTextElement(
        u"dateCreated"_s, QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s));
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (const WireSource &s : sources) {
        if (!isUrlSource(s))
            continue;
        xml.writeEmptyElement(u"outline"_s);
        xml.writeAttribute(u"type"_s, u"rss"_s);
        xml.writeAttribute(u"text"_s, s.name);
        xml.writeAttribute(u"title"_s, s.name);
        xml.writeAttribute(u"xmlUrl"_s, s.location);
        if (!s.label.isEmpty()) {
            xml.writeAttribute(u"category"_s, u'/' + s.label);
            xml.writeAttribute(ns, u"label"_s, s.label);
        }
        xml.writeAttribute(ns, u"type"_s, s.type);
        xml.writeAttribute(ns, u"poll"_s, QString::number(s.pollSeconds));
        if (!s.enabled)
            xml.writeAttribute(ns, u"enabled"_s, u"false"_s);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Wiredesk
