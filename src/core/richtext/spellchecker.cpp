#include "spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>
#include <iconv.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// Usual country of a language when several dictionaries exist.
QString preferredRegion(const QString &base)
{
    static const QHash<QString, QString> regions = {
        {u"en"_s, u"en_US"_s},
        {u"de"_s, u"de_DE"_s},
        {u"fr"_s, u"fr_FR"_s},
        {u"es"_s, u"es_ES"_s},
        {u"it"_s, u"it_IT"_s},
        {u"ru"_s, u"ru_RU"_s},
        {u"pt"_s, u"pt_PT"_s},
        {u"nl"_s, u"nl_NL"_s},
        {u"pl"_s, u"pl_PL"_s},
        {u"sv"_s, u"sv_SE"_s},
        {u"da"_s, u"da_DK"_s},
        {u"uk"_s, u"uk_UA"_s},
    };
    return regions.value(base);
}

// Converts between UTF-8 and a legacy charset with iconv (Qt 6.4 has no general codecs).
QByteArray convert(const QByteArray &input, const QByteArray &from, const QByteArray &to, bool *ok)
{
    *ok = false;
    iconv_t handle = iconv_open(to.constData(), from.constData());
    if (handle == iconv_t(-1))
        return {};
    QByteArray output(input.size() * 4 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(input.constData());
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    const size_t result = iconv(handle, &in, &inLeft, &out, &outLeft);
    iconv_close(handle);
    if (result == size_t(-1) || inLeft != 0)
        return {};
    output.truncate(output.size() - qsizetype(outLeft));
    *ok = true;
    return output;
}

bool isUtf8(const QString &encoding)
{
    return encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0
        || encoding.compare(u"UTF8"_s, Qt::CaseInsensitive) == 0;
}

// Hunspell names sets like "ISO8859-1"; iconv wants "ISO-8859-1".
QByteArray iconvName(const QString &encoding)
{
    QString name = encoding.toUpper();
    if (name.startsWith(u"ISO8859"_s))
        name.insert(3, u'-');
    if (name == u"MICROSOFT-CP1251"_s)
        name = u"CP1251"_s;
    return name.toLatin1();
}

} // namespace

SpellChecker::SpellChecker(const QString &personalDictionaryPath)
    : m_searchPaths {u"/usr/share/hunspell"_s, u"/usr/share/myspell/dicts"_s}
    , m_personalPath(personalDictionaryPath)
{
    loadPersonal();
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::setSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
}

QStringList SpellChecker::availableDictionaries() const
{
    QStringList names;
    for (const QString &path : m_searchPaths) {
        const QDir dir(path);
        for (const QFileInfo &aff : dir.entryInfoList({u"*.aff"_s}, QDir::Files)) {
            const QString name = aff.completeBaseName();
            if (dir.exists(name + u".dic"_s) && !names.contains(name))
                names << name;
        }
    }
    names.sort();
    return names;
}

QString SpellChecker::dictionaryFor(const QString &language) const
{
    const QStringList available = availableDictionaries();
    QString wanted = language;
    wanted.replace(u'-', u'_');
    // de_ch → de_CH
    const qsizetype underscore = wanted.indexOf(u'_');
    const QString base = (underscore < 0 ? wanted : wanted.left(underscore)).toLower();
    if (underscore >= 0)
        wanted = base + u'_' + wanted.mid(underscore + 1).toUpper();
    if (available.contains(wanted))
        return wanted;
    const QString preferred = preferredRegion(base);
    if (!preferred.isEmpty() && available.contains(preferred))
        return preferred;
    if (available.contains(base))
        return base;
    for (const QString &name : available) {
        if (name.startsWith(base + u'_'))
            return name;
    }
    return {};
}

bool SpellChecker::setLanguage(const QString &language)
{
    const QString name = dictionaryFor(language);
    if (!m_language.isEmpty() && name == m_dictionary && m_hunspell) {
        m_language = language;
        return true;
    }
    m_hunspell.reset();
    m_verdicts.clear();
    m_language = language;
    m_dictionary.clear();
    m_encoding.clear();
    if (name.isEmpty()) {
        m_error = QStringLiteral("No spelling dictionary for \"%1\" is installed.").arg(language);
        return false;
    }
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QString aff = path + u'/' + name + u".aff"_s;
        const QString dic = path + u'/' + name + u".dic"_s;
        if (!QFile::exists(aff) || !QFile::exists(dic))
            continue;
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        m_dictionary = name;
        m_encoding = QString::fromLatin1(m_hunspell->get_dic_encoding());
        for (const QString &word : std::as_const(m_personal))
            teach(word, true);
        return true;
    }
    return false;
}

QByteArray SpellChecker::encode(const QString &word, bool *ok) const
{
    if (isUtf8(m_encoding)) {
        *ok = true;
        return word.toUtf8();
    }
    return convert(word.toUtf8(), "UTF-8", iconvName(m_encoding), ok);
}

QString SpellChecker::decode(const char *bytes) const
{
    const QByteArray raw(bytes);
    if (isUtf8(m_encoding))
        return QString::fromUtf8(raw);
    bool ok = false;
    const QByteArray utf8 = convert(raw, iconvName(m_encoding), "UTF-8", &ok);
    return ok ? QString::fromUtf8(utf8) : QString();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    if (m_personal.contains(word) || m_ignored.contains(word))
        return true;
    const auto known = m_verdicts.constFind(word);
    if (known != m_verdicts.constEnd())
        return *known;
    if (m_verdicts.size() > 200000)
        m_verdicts.clear();
    const bool correct = judge(word);
    m_verdicts.insert(word, correct);
    return correct;
}

bool SpellChecker::judge(const QString &word) const
{
    bool ok = false;
    const QByteArray encoded = encode(word, &ok);
    if (!ok)
        return true; // a word the dictionary's charset cannot hold is not ours to judge
    // Hunspell does not know typographic apostrophes in most dictionaries.
    if (m_hunspell->spell(encoded.toStdString()))
        return true;
    if (word.contains(QChar(0x2019))) {
        QString straight = word;
        straight.replace(QChar(0x2019), u'\'');
        const QByteArray plain = encode(straight, &ok);
        return ok && m_hunspell->spell(plain.toStdString());
    }
    return false;
}

QStringList SpellChecker::suggestions(const QString &word, int maximum) const
{
    QStringList result;
    if (!m_hunspell || word.isEmpty())
        return result;
    bool ok = false;
    const QByteArray encoded = encode(word, &ok);
    if (!ok)
        return result;
    for (const std::string &suggestion : m_hunspell->suggest(encoded.toStdString())) {
        const QString decoded = decode(suggestion.c_str());
        if (!decoded.isEmpty() && !result.contains(decoded))
            result << decoded;
        if (result.size() >= maximum)
            break;
    }
    return result;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
}

void SpellChecker::setPersonalDictionaryPath(const QString &path)
{
    if (path == m_personalPath)
        return;
    // The loaded dictionary stays: only the personal words change, in Hunspell too.
    for (const QString &word : std::as_const(m_personal))
        teach(word, false);
    m_personal.clear();
    m_verdicts.clear();
    m_personalPath = path;
    loadPersonal();
    for (const QString &word : std::as_const(m_personal))
        teach(word, true);
}

void SpellChecker::teach(const QString &word, bool accept)
{
    if (!m_hunspell)
        return;
    bool ok = false;
    const QByteArray encoded = encode(word, &ok);
    if (!ok)
        return; // the dictionary's encoding cannot hold it: such words are not judged anyway
    if (accept)
        m_hunspell->add(encoded.toStdString());
    else
        m_hunspell->remove(encoded.toStdString());
}

QStringList SpellChecker::personalWords() const
{
    QStringList words(m_personal.begin(), m_personal.end());
    words.sort();
    return words;
}

void SpellChecker::loadPersonal()
{
    if (m_personalPath.isEmpty())
        return;
    QFile file(m_personalPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            m_personal.insert(word);
    }
}

bool SpellChecker::addToPersonal(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n'))
        return false;
    m_personal.insert(trimmed);
    teach(trimmed, true);
    if (m_personalPath.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    // Rewritten whole through QSaveFile: a full disk leaves the old file intact.
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    const QString content = personalWords().join(u'\n') + u'\n';
    file.write(content.toUtf8());
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Wiredesk
