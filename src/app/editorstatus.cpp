#include "editorstatus.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

EditorStatus::EditorStatus(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Article statistics"));
    setContentsMargins(8, 0, 8, 0);
    setCounts(0, 0, 0);
}

void EditorStatus::setCounts(int words, int characters, int readingMinutes)
{
    if (words == m_words && characters == m_characters && readingMinutes == m_minutes)
        return;
    m_words = words;
    m_characters = characters;
    m_minutes = readingMinutes;
    // %Ln: numbers with the locale's digit grouping.
    setText(tr("%Ln word(s)", nullptr, words) + u"  ·  "_s + tr("%Ln character(s)", nullptr, characters) + u"  ·  "_s
        + tr("%Ln min read", nullptr, readingMinutes));
    setToolTip(tr("Words and characters in headline, dek and body; reading time at about 230 words a minute"));
}

} // namespace Wiredesk
