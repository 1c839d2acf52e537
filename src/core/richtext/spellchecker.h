#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Wiredesk {

/// Spell checking with Hunspell and the system's dictionaries, plus a personal dictionary.
///
/// The article language ("en", "de-CH", "fr") picks a dictionary from the search paths
/// (/usr/share/hunspell by default): an exact match, the language's usual country (en →
/// en_US, de → de_DE, fr → fr_FR …), or any dictionary of that language. Hunspell works in
/// the encoding named by SET in the .aff file (UTF-8 or a legacy ISO-8859-x/KOI8 set);
/// words are converted to and from it, and words the encoding cannot hold are not judged.
/// Words added to the personal dictionary are written to its file (one word a line,
/// UTF-8) at once and apply to every language.
class SpellChecker final
{
public:
    explicit SpellChecker(const QString &personalDictionaryPath = {});
    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    /// Folders searched for <name>.aff/<name>.dic, in order.
    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const { return m_searchPaths; }
    /// Dictionary names found in the search paths ("de_DE", "en_US", "fr" …), sorted.
    QStringList availableDictionaries() const;
    /// The dictionary that serves @p language, empty when none is installed.
    QString dictionaryFor(const QString &language) const;

    /// Loads the dictionary for @p language. False (and not ready) when there is none.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    QString dictionary() const { return m_dictionary; }
    /// The .aff file's character set as Hunspell reports it ("UTF-8", "ISO8859-1" …).
    QString encoding() const { return m_encoding; }
    bool isReady() const { return m_hunspell != nullptr; }

    /// True for correct words and whenever no dictionary is loaded.
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int maximum = 8) const;

    /// Switches to the personal dictionary in @p path without reloading the language's
    /// dictionary (loading one takes tens of milliseconds).
    void setPersonalDictionaryPath(const QString &path);
    QString personalDictionaryPath() const { return m_personalPath; }
    /// Adds @p word to the personal dictionary file and to this checker. False when the
    /// file cannot be written (the word is still accepted for this session).
    bool addToPersonal(const QString &word);
    /// Accepts @p word for this session only.
    void ignore(const QString &word);
    QStringList personalWords() const;
    QString errorString() const { return m_error; }

private:
    bool judge(const QString &word) const;
    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const char *bytes) const;
    void loadPersonal();
    /// Adds @p word to the loaded Hunspell dictionary (or removes it), if it has one.
    void teach(const QString &word, bool accept);

    QStringList m_searchPaths;
    QString m_personalPath;
    QString m_language;
    QString m_dictionary;
    QString m_encoding;
    QString m_error;
    std::unique_ptr<Hunspell> m_hunspell;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_verdicts; // words repeat: a long text costs its vocabulary
};

} // namespace Wiredesk
