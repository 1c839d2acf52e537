#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// The lead image of an article (a local file path or an http(s) URL).
struct LeadImage {
    QString source;
    QString caption;
    QString credit;
    QString alt;

    bool isEmpty() const { return source.isEmpty(); }
    bool operator==(const LeadImage &) const = default;
};

/// One source the article draws on. The provenance module adds checks and annotations.
struct ArticleSource {
    QString id; ///< stable id within the article
    QString url;
    QString title;
    QString publisher;   ///< outlet, agency or account
    QString platform;    ///< wire, telegram, x, mastodon, youtube, wikipedia, official, document, other
    QString kind;        ///< primary, secondary, tertiary
    QDateTime posted;    ///< UTC, invalid when unknown
    QDateTime retrieved; ///< UTC
    QString status
        = QStringLiteral("unchecked"); ///< unchecked, verified, partly-verified, disputed, false, unreachable
    qint64 wireItemId = 0;             ///< the wire item it came from, 0 when added by hand

    bool operator==(const ArticleSource &) const = default;
};

/// An article as stored and exchanged: metadata plus a body of sanitized HTML in the
/// editor's schema whose top-level blocks carry stable ids (data-block="...").
/// The JSON form is versioned and documented in docs/article-format.md.
struct Article {
    static constexpr int FormatVersion = 1;

    QString id; ///< UUID without braces
    QString headline;
    QString dek;
    QStringList bylines;
    QString section;
    QStringList tags;
    QString dateline;    ///< place, e.g. "GENEVA"
    QDateTime published; ///< UTC, invalid until scheduled
    QString timeZone;    ///< IANA zone of the publication, e.g. "Europe/Zurich"
    QString slug;
    QString language = QStringLiteral("en");
    LeadImage leadImage;
    QString bodyHtml;
    QList<ArticleSource> sources;
    QDateTime created;  ///< UTC
    QDateTime modified; ///< UTC

    QJsonObject toJson() const;
    /// Reads the JSON form. Returns false with @p error set for a document that is not an
    /// article or was written by a newer format version.
    static bool fromJson(const QJsonObject &json, Article *article, QString *error);

    bool operator==(const Article &) const = default;
};

} // namespace Wiredesk
