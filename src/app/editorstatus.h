#pragma once

#include <QLabel>

namespace Wiredesk {

/// Word count, character count and reading time of the article, for the status bar.
class EditorStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit EditorStatus(QWidget *parent = nullptr);

    void setCounts(int words, int characters, int readingMinutes);
    int words() const { return m_words; }
    int characters() const { return m_characters; }
    int readingMinutes() const { return m_minutes; }

private:
    int m_words = -1;
    int m_characters = -1;
    int m_minutes = -1;
};

} // namespace Wiredesk
