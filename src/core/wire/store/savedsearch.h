#pragma once

#include <QString>

namespace Wiredesk {

/// A search the desk keeps in the sidebar. With alert on, new items matching it are
/// highlighted and raise a desktop notification.
struct SavedSearch {
    qint64 id = 0;
    QString name;
    QString query; ///< the search box text, parsed with SearchQueryParser when used
    bool alert = false;
};

} // namespace Wiredesk
