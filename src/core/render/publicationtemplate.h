#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// The page around an article: page.html, style.css and print.css, each looked up in the
/// profile's override folders first and in the built-in ":/templates/publication" last, so
/// a profile can replace only its stylesheet. page.html uses a deliberately tiny syntax:
///   {{name}}        the value, HTML-escaped
///   {{{name}}}      the value as is (only for fragments the renderer built itself)
///   {{#name}}…{{/name}}  the block when the value is not empty; {{^name}}…{{/name}} when it is
///   {{! comment }}
/// A broken override (unclosed section, bad name) is reported and the built-in page used.
class PublicationTemplate final
{
public:
    /// The template files a folder may provide.
    static QStringList fileNames();
    static QString builtInFolder();

    /// Loads the built-in template.
    PublicationTemplate();

    /// Looks each file up in @p searchFolders, then in the built-in folder. Returns false
    /// with errorString() set when an override could not be read or parsed; the built-in
    /// file is used in its place, so the template is always usable.
    bool load(const QStringList &searchFolders);
    QString errorString() const { return m_error; }

    /// The text of a template file ("style.css") and the path it came from.
    QString file(const QString &name) const { return m_files.value(name); }
    QString origin(const QString &name) const { return m_origins.value(name); }

    /// Fills page.html with @p values; names with no value expand to nothing.
    QString render(const QHash<QString, QString> &values) const;

    /// Expands @p text once, without caching; @p error is set on a syntax error.
    static QString expand(const QString &text, const QHash<QString, QString> &values, QString *error);

    struct Node {
        enum class Kind { Text, Escaped, Raw, Section, Inverted };
        Kind kind = Kind::Text;
        QString text; ///< literal text, or the value's name
        QList<Node> children;
    };

private:
    static bool parse(const QString &text, QList<Node> *nodes, QString *error);
    static void renderNodes(const QList<Node> &nodes, const QHash<QString, QString> &values, QString *out);

    QHash<QString, QString> m_files;
    QHash<QString, QString> m_origins;
    QList<Node> m_page;
    QString m_error;
};

} // namespace Wiredesk
