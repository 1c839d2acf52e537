#pragma once

#include <QLabel>

namespace Wiredesk {

class SpellChecker;

/// The status bar's word on spell checking: the dictionary that checks the article, or, when
/// none is installed for the article's language, that its words are not checked — so a page
/// without squiggles is never taken for a page without typos. The tooltip says where
/// dictionaries are looked for and which Debian package brings the missing one.
class SpellingStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit SpellingStatus(QWidget *parent = nullptr);

    /// Shows what @p checker checks with (call again after its language changed), or that
    /// checking is off when not @p enabled.
    void describe(const SpellChecker &checker, bool enabled = true);
    bool hasDictionary() const { return m_ready; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    bool m_ready = false;
    bool m_enabled = true;
    QString m_language;   ///< the article's language code ("fr", "de-CH")
    QString m_dictionary; ///< the dictionary's name ("fr", "de_DE"), empty without one
    QStringList m_paths;
};

} // namespace Wiredesk
