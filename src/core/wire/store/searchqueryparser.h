#pragma once

#include "inboxquery.h"

#include <QDateTime>
#include <QString>

namespace Wiredesk {

/// Turns the text of the inbox search box into an InboxQuery.
///
/// Understands the FTS5 query language the desk needs — words, "phrases", prefix*,
/// AND / OR / NOT (upper case), -word, parentheses, title:word and author:word — plus the
/// filters source:NAME, label:LABEL, after:YYYY-MM-DD, before:YYYY-MM-DD, since:30m|2h|3d|1w,
/// is:unread|read|starred and urgency:<=3 (also <, >, >=, =). Values with spaces may be
/// quoted: source:"Gov Press Office".
///
/// The text is untrusted, so nothing of it reaches FTS5 unquoted: every word becomes a
/// quoted string and the operators are re-emitted from a parsed tree. Input that does not
/// parse (unbalanced parentheses, dangling operators) becomes a literal phrase of its
/// words, with a note for the user. The result can never be an SQL or FTS5 syntax error.
class SearchQueryParser final
{
public:
    static InboxQuery parse(const QString &text, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    /// The words of @p text as one quoted FTS5 phrase ("" when it has no words).
    static QString literalPhrase(const QString &text);
    /// @p term as an FTS5 string: wrapped in double quotes, inner quotes doubled.
    static QString quoted(const QString &term);
};

} // namespace Wiredesk
