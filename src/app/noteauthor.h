#pragma once

#include <QString>

namespace Wiredesk {

/// Who is writing fact-check notes and submit overrides: the name in the settings
/// ("provenance/author" in the app's settings file), else the account's user name, so no note
/// is ever anonymous.
class NoteAuthor final
{
public:
    static QString name();
    static void setName(const QString &name);
};

} // namespace Wiredesk
