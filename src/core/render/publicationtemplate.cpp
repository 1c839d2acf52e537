#include "publicationtemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr qint64 MaxTemplateFileSize = 4 * 1024 * 1024;

bool readText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PublicationTemplate", "Cannot read the template file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxTemplateFileSize) {
        *error = QCoreApplication::translate("PublicationTemplate", "The template file %1 is larger than 4 MB.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

bool isValidName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QStringList PublicationTemplate::fileNames()
{
    return {u"page.html"_s, u"style.css"_s, u"print.css"_s};
}

QString PublicationTemplate::builtInFolder()
{
    return u":/templates/publication"_s;
}

PublicationTemplate::PublicationTemplate()
{
    load({});
}

bool PublicationTemplate::load(const QStringList &searchFolders)
{
    m_files.clear();
    m_origins.clear();
    m_page.clear();
    QStringList errors;
    for (const QString &name : fileNames()) {
        bool found = false;
        for (const QString &folder : searchFolders) {
            const QString path = QDir(folder).filePath(name);
            if (folder.isEmpty() || !QFile::exists(path))
                continue;
            QString text;
            QString error;
            if (!readText(path, &text, &error)) {
                errors << error;
                break;
            }
            if (name == u"page.html") {
                QList<Node> nodes;
                if (!parse(text, &nodes, &error)) {
                    errors << QCoreApplication::translate("PublicationTemplate", "%1: %2")
                                  .arg(QDir::toNativeSeparators(path), error);
                    break;
                }
                m_page = nodes;
            }
            m_files.insert(name, text);
            m_origins.insert(name, path);
            found = true;
            break;
        }
        if (found)
            continue;
        const QString path = builtInFolder() + u'/' + name;
        QString text;
        QString error;
        if (!readText(path, &text, &error)) {
            // The built-in files are compiled in; missing ones mean Wiredesk::Resources is not linked.
            errors << error;
            continue;
        }
        if (name == u"page.html" && !parse(text, &m_page, &error))
            errors << error;
        m_files.insert(name, text);
        m_origins.insert(name, path);
    }
    m_error = errors.join(u'\n');
    return errors.isEmpty();
}

QString PublicationTemplate::render(const QHash<QString, QString> &values) const
{
    QString out;
    out.reserve(16 * 1024 + values.value(u"article"_s).size());
    renderNodes(m_page, values, &out);
    return out;
}

QString PublicationTemplate::expand(const QString &text, const QHash<QString, QString> &values, QString *error)
{
    QList<Node> nodes;
    QString parseError;
    if (!parse(text, &nodes, &parseError)) {
        if (error)
            *error = parseError;
        return {};
    }
    QString out;
    renderNodes(nodes, values, &out);
    return out;
}

bool PublicationTemplate::parse(const QString &text, QList<Node> *nodes, QString *error)
{
    // A stack of open sections; the bottom entry collects the top-level nodes.
    QList<Node> stack {Node {}};
    qsizetype position = 0;
    auto lineAt = [&text](qsizetype offset) { return text.left(offset).count(u'\n') + 1; };
    while (position < text.size()) {
        const qsizetype open = text.indexOf(u"{{"_s, position);
        if (open < 0) {
            stack.last().children.append(Node {Node::Kind::Text, text.mid(position), {}});
            break;
        }
        if (open > position)
            stack.last().children.append(Node {Node::Kind::Text, text.mid(position, open - position), {}});
        const bool triple = text.mid(open, 3) == u"{{{";
        const QString closing = triple ? u"}}}"_s : u"}}"_s;
        const qsizetype close = text.indexOf(closing, open + closing.size());
        if (close < 0) {
            *error
                = QCoreApplication::translate("PublicationTemplate", "line %1: '{{' is never closed").arg(lineAt(open));
            return false;
        }
        const QString tag = text.mid(open + closing.size(), close - open - closing.size()).trimmed();
        position = close + closing.size();
        if (triple) {
            if (!isValidName(tag)) {
                *error = QCoreApplication::translate("PublicationTemplate", "line %1: bad name '%2'")
                             .arg(lineAt(open))
                             .arg(tag);
                return false;
            }
            stack.last().children.append(Node {Node::Kind::Raw, tag, {}});
            continue;
        }
        const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
        // A comment or section tag alone on its line takes the line break with it, so
        // templates can be laid out readably without blank lines in the page.
        const bool standaloneKind = sigil == u'!' || sigil == u'#' || sigil == u'^' || sigil == u'/';
        if (standaloneKind && (open == 0 || text.at(open - 1) == u'\n') && position < text.size()
            && text.at(position) == u'\n')
            ++position;
        if (sigil == u'!')
            continue;
        const QString name = (sigil == u'#' || sigil == u'^' || sigil == u'/') ? tag.mid(1).trimmed() : tag;
        if (!isValidName(name)) {
            *error = QCoreApplication::translate("PublicationTemplate", "line %1: bad name '%2'")
                         .arg(lineAt(open))
                         .arg(tag);
            return false;
        }
        if (sigil == u'#' || sigil == u'^') {
            stack.append(Node {sigil == u'#' ? Node::Kind::Section : Node::Kind::Inverted, name, {}});
        } else if (sigil == u'/') {
            if (stack.size() < 2 || stack.last().text != name) {
                *error = QCoreApplication::translate("PublicationTemplate", "line %1: '{{/%2}}' closes no open section")
                             .arg(lineAt(open))
                             .arg(name);
                return false;
            }
            Node section = stack.takeLast();
            stack.last().children.append(section);
        } else {
            stack.last().children.append(Node {Node::Kind::Escaped, name, {}});
        }
    }
    if (stack.size() > 1) {
        *error
            = QCoreApplication::translate("PublicationTemplate", "section '%1' is never closed").arg(stack.last().text);
        return false;
    }
    *nodes = stack.first().children;
    return true;
}

void PublicationTemplate::renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values, QString *out)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            *out += node.text;
            break;
        case Node::Kind::Escaped:
            *out += escapeHtml(values.value(node.text));
            break;
        case Node::Kind::Raw:
            *out += values.value(node.text);
            break;
        case Node::Kind::Section:
            if (!values.value(node.text).isEmpty())
                renderNodes(node.children, values, out);
            break;
        case Node::Kind::Inverted:
            if (values.value(node.text).isEmpty())
                renderNodes(node.children, values, out);
            break;
        }
    }
}

} // namespace Wiredesk
