#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// What the inbox shows: an optional full-text expression plus filters. Built from the
/// search box by SearchQueryParser; the GUI may also fill it directly (sidebar clicks).
struct InboxQuery {
    /// FTS5 expression, already escaped by SearchQueryParser (never raw user text);
    /// empty means "all items".
    QString ftsExpression;
    QStringList sourceNames; ///< any of these sources (OR)
    QStringList labels;      ///< any of these credibility labels (OR)
    QList<qint64> sourceIds; ///< any of these sources (OR), for sidebar clicks
    QDateTime publishedFrom; ///< inclusive, UTC; invalid = open
    QDateTime publishedTo;   ///< exclusive, UTC; invalid = open
    int urgencyMin = 0;      ///< 1..9; 0 = no bound. Unknown urgency (0) never matches a bound.
    int urgencyMax = 0;
    bool unreadOnly = false;
    bool readOnly = false;
    bool starredOnly = false;
    /// Show a story cluster as one row (its newest member). Meant for browsing; a search
    /// usually wants every matching member, so the parser leaves it off.
    bool collapseClusters = false;
    /// Notes for the user from the parser (for example "treated as a literal phrase").
    QStringList notes;

    bool hasFilters() const
    {
        return !sourceNames.isEmpty() || !labels.isEmpty() || !sourceIds.isEmpty() || publishedFrom.isValid()
            || publishedTo.isValid() || urgencyMin > 0 || urgencyMax > 0 || unreadOnly || readOnly || starredOnly;
    }
};

/// Keyset paging position: the last row of the previous page. Item ids are assigned so
/// that id order is publication-time order (see WireStore), so the id alone orders the
/// inbox; published is kept for display and debugging. A null cursor starts at the top.
struct PageCursor {
    qint64 id = 0;
    QDateTime published;

    bool isNull() const { return id == 0; }
};

} // namespace Wiredesk
