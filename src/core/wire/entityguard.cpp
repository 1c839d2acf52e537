#include "entityguard.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// Generated table: HTML 4 named entities (Latin-1, symbols, Greek) plus common typographic ones.
// Sorted by name for binary search.
struct NamedEntity {
    const char16_t *name;
    char32_t codePoint;
};
constexpr NamedEntity namedEntities[] = {
    {u"AElig", 198},
    {u"Aacute", 193},
    {u"Acirc", 194},
    {u"Agrave", 192},
    {u"Alpha", 913},
    {u"And", 8743},
    {u"Aring", 197},
    {u"Atilde", 195},
    {u"Auml", 196},
    {u"Beta", 914},
    {u"Ccedil", 199},
    {u"Chi", 935},
    {u"Dagger", 8225},
    {u"Delta", 916},
    {u"ETH", 208},
    {u"Eacute", 201},
    {u"Ecirc", 202},
    {u"Egrave", 200},
    {u"Epsilon", 917},
    {u"Eta", 919},
    {u"Euml", 203},
    {u"Gamma", 915},
    {u"Iacute", 205},
    {u"Icirc", 206},
    {u"Igrave", 204},
    {u"Iota", 921},
    {u"Iuml", 207},
    {u"Kappa", 922},
    {u"Lambda", 923},
    {u"Mu", 924},
    {u"NoBreak", 8288},
    {u"Ntilde", 209},
    {u"Nu", 925},
    {u"OElig", 338},
    {u"Oacute", 211},
    {u"Ocirc", 212},
    {u"Ograve", 210},
    {u"Omega", 937},
    {u"Omicron", 927},
    {u"Or", 8744},
    {u"Oslash", 216},
    {u"Otilde", 213},
    {u"Ouml", 214},
    {u"Phi", 934},
    {u"Pi", 928},
    {u"Prime", 8243},
    {u"Psi", 936},
    {u"Rho", 929},
    {u"Scaron", 352},
    {u"Sigma", 931},
    {u"THORN", 222},
    {u"Tau", 932},
    {u"Theta", 920},
    {u"Uacute", 218},
    {u"Ucirc", 219},
    {u"Ugrave", 217},
    {u"Upsilon", 933},
    {u"Uuml", 220},
    {u"Xi", 926},
    {u"Yacute", 221},
    {u"Yuml", 376},
    {u"Zeta", 918},
    {u"aacute", 225},
    {u"acirc", 226},
    {u"acute", 180},
    {u"aelig", 230},
    {u"agrave", 224},
    {u"alefsym", 8501},
    {u"alpha", 945},
    {u"ang", 8736},
    {u"aring", 229},
    {u"asymp", 8776},
    {u"atilde", 227},
    {u"auml", 228},
    {u"bdquo", 8222},
    {u"beta", 946},
    {u"brvbar", 166},
    {u"bull", 8226},
    {u"cap", 8745},
    {u"ccedil", 231},
    {u"cedil", 184},
    {u"cent", 162},
    {u"chi", 967},
    {u"circ", 710},
    {u"clubs", 9827},
    {u"cong", 8773},
    {u"copy", 169},
    {u"crarr", 8629},
    {u"cup", 8746},
    {u"curren", 164},
    {u"dArr", 8659},
    {u"dagger", 8224},
    {u"darr", 8595},
    {u"deg", 176},
    {u"delta", 948},
    {u"diams", 9830},
    {u"divide", 247},
    {u"eacute", 233},
    {u"ecirc", 234},
    {u"egrave", 232},
    {u"empty", 8709},
    {u"emsp", 8195},
    {u"ensp", 8194},
    {u"epsilon", 949},
    {u"equiv", 8801},
    {u"eta", 951},
    {u"eth", 240},
    {u"euml", 235},
    {u"euro", 8364},
    {u"exist", 8707},
    {u"fnof", 402},
    {u"forall", 8704},
    {u"frac12", 189},
    {u"frac14", 188},
    {u"frac34", 190},
    {u"frasl", 8260},
    {u"gamma", 947},
    {u"ge", 8805},
    {u"hArr", 8660},
    {u"hairsp", 8202},
    {u"harr", 8596},
    {u"hearts", 9829},
    {u"hellip", 8230},
    {u"horbar", 8213},
    {u"hyphen", 8208},
    {u"iacute", 237},
    {u"icirc", 238},
    {u"iexcl", 161},
    {u"igrave", 236},
    {u"image", 8465},
    {u"infin", 8734},
    {u"int", 8747},
    {u"iota", 953},
    {u"iquest", 191},
    {u"isin", 8712},
    {u"iuml", 239},
    {u"kappa", 954},
    {u"lArr", 8656},
    {u"lambda", 955},
    {u"lang", 9001},
    {u"laquo", 171},
    {u"larr", 8592},
    {u"lceil", 8968},
    {u"ldquo", 8220},
    {u"le", 8804},
    {u"lfloor", 8970},
    {u"lowast", 8727},
    {u"loz", 9674},
    {u"lrm", 8206},
    {u"lsaquo", 8249},
    {u"lsquo", 8216},
    {u"macr", 175},
    {u"mdash", 8212},
    {u"micro", 181},
    {u"middot", 183},
    {u"minus", 8722},
    {u"mu", 956},
    {u"nabla", 8711},
    {u"nbhy", 8209},
    {u"nbsp", 160},
    {u"ndash", 8211},
    {u"ne", 8800},
    {u"ni", 8715},
    {u"not", 172},
    {u"notin", 8713},
    {u"nsub", 8836},
    {u"ntilde", 241},
    {u"nu", 957},
    {u"numsp", 8199},
    {u"oacute", 243},
    {u"ocirc", 244},
    {u"oelig", 339},
    {u"ograve", 242},
    {u"oline", 8254},
    {u"omega", 969},
    {u"omicron", 959},
    {u"oplus", 8853},
    {u"ordf", 170},
    {u"ordm", 186},
    {u"oslash", 248},
    {u"otilde", 245},
    {u"otimes", 8855},
    {u"ouml", 246},
    {u"para", 182},
    {u"part", 8706},
    {u"permil", 8240},
    {u"perp", 8869},
    {u"phi", 966},
    {u"pi", 960},
    {u"piv", 982},
    {u"plusmn", 177},
    {u"pound", 163},
    {u"prime", 8242},
    {u"prod", 8719},
    {u"prop", 8733},
    {u"psi", 968},
    {u"puncsp", 8200},
    {u"rArr", 8658},
    {u"radic", 8730},
    {u"rang", 9002},
    {u"raquo", 187},
    {u"rarr", 8594},
    {u"rceil", 8969},
    {u"rdquo", 8221},
    {u"real", 8476},
    {u"reg", 174},
    {u"rfloor", 8971},
    {u"rho", 961},
    {u"rlm", 8207},
    {u"rsaquo", 8250},
    {u"rsquo", 8217},
    {u"sbquo", 8218},
    {u"scaron", 353},
    {u"sdot", 8901},
    {u"sect", 167},
    {u"shy", 173},
    {u"sigma", 963},
    {u"sigmaf", 962},
    {u"sim", 8764},
    {u"spades", 9824},
    {u"sub", 8834},
    {u"sube", 8838},
    {u"sum", 8721},
    {u"sup", 8835},
    {u"sup1", 185},
    {u"sup2", 178},
    {u"sup3", 179},
    {u"supe", 8839},
    {u"szlig", 223},
    {u"tau", 964},
    {u"there4", 8756},
    {u"theta", 952},
    {u"thetasym", 977},
    {u"thinsp", 8201},
    {u"thorn", 254},
    {u"tilde", 732},
    {u"times", 215},
    {u"trade", 8482},
    {u"uArr", 8657},
    {u"uacute", 250},
    {u"uarr", 8593},
    {u"ucirc", 251},
    {u"ugrave", 249},
    {u"uml", 168},
    {u"upsih", 978},
    {u"upsilon", 965},
    {u"uuml", 252},
    {u"weierp", 8472},
    {u"xi", 958},
    {u"yacute", 253},
    {u"yen", 165},
    {u"yuml", 255},
    {u"zeta", 950},
    {u"zwj", 8205},
    {u"zwnj", 8204},
};

// What windows-1252 puts at 0x80..0x9F; feeds written on Windows use these numbers in &#NNN;.
constexpr char16_t windows1252Controls[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

constexpr qint64 saturation = qint64(1) << 60;

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return std::min(saturation, a + b);
}

qint64 saturatingMultiply(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    if (a > saturation / b)
        return saturation;
    return std::min(saturation, a * b);
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':' || c == u'-' || c == u'.';
}

bool isXmlChar(char32_t cp)
{
    if (cp < 0x20)
        return cp == 0x9 || cp == 0xA || cp == 0xD;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    if (cp == 0xFFFE || cp == 0xFFFF)
        return false;
    return cp <= 0x10FFFF;
}

struct EntityDeclaration {
    QString value;
    bool external = false;
    qint64 expandedSize = -1; // -1 not computed, -2 being computed (cycle detection)
};

struct Doctype {
    qsizetype begin = -1;
    qsizetype end = -1; // index after the closing '>'
    QStringView subset;
};

qsizetype skipPast(QStringView s, qsizetype from, QStringView terminator)
{
    const qsizetype at = s.indexOf(terminator, from);
    return at < 0 ? s.size() : at + terminator.size();
}

Doctype findDoctype(QStringView s)
{
    Doctype d;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
        } else if (s.mid(i).startsWith(u"<?")) {
            i = skipPast(s, i, u"?>");
        } else if (s.mid(i).startsWith(u"<!--")) {
            i = skipPast(s, i, u"-->");
        } else {
            break;
        }
    }
    if (!s.mid(i).startsWith(u"<!DOCTYPE", Qt::CaseInsensitive))
        return d;
    d.begin = i;
    QChar quote;
    qsizetype subsetBegin = -1;
    for (qsizetype j = i + 9; j < s.size(); ++j) {
        const QChar c = s.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (subsetBegin >= 0 && s.mid(j).startsWith(u"<!--")) {
            j = skipPast(s, j, u"-->") - 1;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[' && subsetBegin < 0) {
            subsetBegin = j + 1;
        } else if (c == u']' && subsetBegin >= 0) {
            d.subset = s.mid(subsetBegin, j - subsetBegin);
            subsetBegin = -2; // closed; wait for '>'
        } else if (c == u'>' && subsetBegin < 0) {
            d.end = j + 1;
            return d;
        }
    }
    d.begin = -1; // unterminated: let the XML reader report it
    return d;
}

// Reads the <!ENTITY ...> declarations of an internal subset.
void readEntityDeclarations(QStringView subset, QHash<QString, EntityDeclaration> *general, bool *hasParameterEntities)
{
    qsizetype i = 0;
    // Both searches are cached until passed: searching afresh for each of 100,000
    // declarations would be quadratic.
    qsizetype comment = -2;
    qsizetype decl = -2;
    while (i < subset.size()) {
        if (comment != -1 && comment < i)
            comment = subset.indexOf(u"<!--", i);
        if (decl != -1 && decl < i)
            decl = subset.indexOf(u"<!ENTITY", i);
        if (decl < 0)
            return;
        if (comment >= 0 && comment < decl) {
            i = skipPast(subset, comment, u"-->");
            continue;
        }
        qsizetype j = decl + 8;
        while (j < subset.size() && subset.at(j).isSpace())
            ++j;
        bool parameter = false;
        if (j < subset.size() && subset.at(j) == u'%') {
            parameter = true;
            ++j;
            while (j < subset.size() && subset.at(j).isSpace())
                ++j;
        }
        const qsizetype nameBegin = j;
        while (j < subset.size() && isNameChar(subset.at(j)))
            ++j;
        const QString name = subset.mid(nameBegin, j - nameBegin).toString();
        while (j < subset.size() && subset.at(j).isSpace())
            ++j;
        EntityDeclaration declaration;
        if (j < subset.size() && (subset.at(j) == u'"' || subset.at(j) == u'\'')) {
            const QChar quote = subset.at(j);
            const qsizetype close = subset.indexOf(quote, j + 1);
            const qsizetype valueEnd = close < 0 ? subset.size() : close;
            declaration.value = subset.mid(j + 1, valueEnd - j - 1).toString();
            j = valueEnd + 1;
        } else {
            declaration.external = true;
        }
        // Skip to the end of the declaration, minding quoted system/public ids.
        QChar quote;
        while (j < subset.size()) {
            const QChar c = subset.at(j++);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        i = j;
        if (parameter) {
            *hasParameterEntities = true;
        } else if (!name.isEmpty() && !general->contains(name)) { // the first declaration binds
            general->insert(name, declaration);
        }
    }
}

constexpr int MaxEntityNesting = 64;

// How many characters an entity expands to, following references inside its value.
// Returns -1 for a reference cycle or references nested deeper than MaxEntityNesting (a
// chain of 100,000 entities would otherwise exhaust the stack here).
qint64 expandedSize(const QString &name, QHash<QString, EntityDeclaration> &declarations, int depth = 0)
{
    if (depth > MaxEntityNesting)
        return -1;
    auto it = declarations.find(name);
    if (it == declarations.end() || it->external)
        return 0;
    if (it->expandedSize == -2)
        return -1;
    if (it->expandedSize >= 0)
        return it->expandedSize;
    it->expandedSize = -2;
    const QString value = it->value;
    qint64 size = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'&') {
            ++size;
            continue;
        }
        // Names are short; a bounded look-ahead keeps a value full of '&' linear.
        const qsizetype found = QStringView(value).mid(i, 66).indexOf(u';');
        const qsizetype semicolon = found < 0 ? -1 : i + found;
        if (semicolon < 0 || value.at(i + 1) == u'#') {
            ++size;
            continue;
        }
        const QString ref = value.mid(i + 1, semicolon - i - 1);
        if (!declarations.contains(ref)) {
            size = saturatingAdd(size, semicolon - i + 1);
        } else {
            const qint64 inner = expandedSize(ref, declarations, depth + 1);
            if (inner < 0)
                return -1;
            size = saturatingAdd(size, inner);
        }
        i = semicolon;
    }
    declarations[name].expandedSize = size;
    return size;
}

} // namespace

EntityGuard::EntityGuard(qint64 expansionLimit)
    : m_expansionLimit(expansionLimit)
{ }

char32_t EntityGuard::htmlEntity(QStringView name)
{
    const auto end = std::end(namedEntities);
    const auto it = std::lower_bound(std::begin(namedEntities), end, name,
        [](const NamedEntity &e, QStringView n) { return QStringView(e.name).compare(n) < 0; });
    if (it != end && QStringView(it->name) == name)
        return it->codePoint;
    return 0;
}

GuardedXml EntityGuard::guard(const QString &xml) const
{
    GuardedXml result;
    const QStringView s(xml);
    const Doctype doctype = findDoctype(s);

    QHash<QString, EntityDeclaration> declarations;
    bool hasParameterEntities = false;
    qsizetype bodyStart = 0;
    // The output is only built when something must change; until then [copyFrom, i) is text
    // kept verbatim, so a clean document (escaped HTML with &lt; &gt; &amp; is clean) comes
    // back as the same implicitly shared string instead of a copy.
    QString out;
    bool rewritten = false;
    qsizetype copyFrom = 0;
    if (doctype.begin >= 0) {
        readEntityDeclarations(doctype.subset, &declarations, &hasParameterEntities);
        if (hasParameterEntities) {
            // Feeds never need parameter entities; dropping the DTD is safer than evaluating it.
            declarations.clear();
            out.reserve(xml.size());
            out.append(s.left(doctype.begin));
            rewritten = true;
            copyFrom = doctype.end;
            result.warnings << tr("Ignored the document's DOCTYPE: it declares parameter entities.");
        }
        bodyStart = doctype.end;
    } else if (!xml.contains(u'&')) {
        result.text = xml; // the common case: nothing to guard or repair
        return result;
    }
    // Starts a repair at @p at: everything kept verbatim so far goes to the output first.
    const auto flushTo = [&](qsizetype at) {
        if (!rewritten) {
            out.reserve(xml.size() + xml.size() / 16);
            rewritten = true;
        }
        out.append(s.mid(copyFrom, at - copyFrom));
    };

    QHash<QString, qint64> uses;
    qsizetype htmlEntities = 0;
    qsizetype unknownEntities = 0;
    qsizetype bareAmpersands = 0;
    qsizetype illegalReferences = 0;
    qsizetype externalReferences = 0;

    const qsizetype n = s.size();
    const char16_t *const units = s.utf16();
    qsizetype i = bodyStart;
    while (i < n) {
        // Skip plain text: only '<' (sections to skip) and '&' matter. Blocks of 16 units
        // are screened without branches (the compiler vectorizes that); Qt 6.4's
        // QStringView::indexOf(QChar) reads one unit at a time.
        constexpr qsizetype block = 16;
        while (i + block <= n) {
            unsigned hit = 0;
            for (qsizetype k = 0; k < block; ++k)
                hit |= unsigned(units[i + k] == u'<') | unsigned(units[i + k] == u'&');
            if (hit)
                break;
            i += block;
        }
        while (i < n && units[i] != u'<' && units[i] != u'&')
            ++i;
        if (i >= n)
            break;
        if (units[i] == u'<') {
            if (s.mid(i, 9) == u"<![CDATA[")
                i = skipPast(s, i + 9, u"]]>");
            else if (s.mid(i, 4) == u"<!--")
                i = skipPast(s, i + 4, u"-->");
            else if (s.mid(i, 2) == u"<?")
                i = skipPast(s, i + 2, u"?>");
            else
                ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && s.at(j) == u'#') {
            ++j;
            const bool hex = j < n && (s.at(j) == u'x' || s.at(j) == u'X');
            if (hex)
                ++j;
            const qsizetype digitsBegin = j;
            while (j < n && j - digitsBegin < 10
                && (s.at(j).isDigit() || (hex && QStringView(u"abcdefABCDEF").contains(s.at(j)))))
                ++j;
            if (j == digitsBegin || j >= n || s.at(j) != u';') {
                flushTo(i);
                out.append(u"&amp;");
                ++bareAmpersands;
                copyFrom = i = i + 1;
                continue;
            }
            bool ok = false;
            char32_t cp = char32_t(s.mid(digitsBegin, j - digitsBegin).toUInt(&ok, hex ? 16 : 10));
            if (!ok)
                cp = 0x110000;
            if (cp >= 0x80 && cp <= 0x9F && windows1252Controls[cp - 0x80] != 0) {
                flushTo(i);
                out.append(u"&#"_s + QString::number(windows1252Controls[cp - 0x80]) + u';');
                copyFrom = j + 1;
            } else if (!isXmlChar(cp)) {
                flushTo(i);
                ++illegalReferences;
                copyFrom = j + 1;
            }
            i = j + 1;
            continue;
        }
        if (j < n && isNameStart(s.at(j))) {
            while (j < n && j - i < 64 && isNameChar(s.at(j)))
                ++j;
        }
        if (j == i + 1 || j >= n || s.at(j) != u';') {
            flushTo(i);
            out.append(u"&amp;");
            ++bareAmpersands;
            copyFrom = i = i + 1;
            continue;
        }
        const QStringView name = s.mid(i + 1, j - i - 1);
        if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos") {
            // kept verbatim
        } else if (auto it = declarations.constFind(name.toString()); it != declarations.cend()) {
            if (it->external) {
                flushTo(i);
                out.append(u"&amp;"_s + name + u';');
                copyFrom = j + 1;
                ++externalReferences;
            } else {
                ++uses[name.toString()];
            }
        } else if (const char32_t cp = htmlEntity(name)) {
            flushTo(i);
            out.append(u"&#"_s + QString::number(cp) + u';');
            copyFrom = j + 1;
            ++htmlEntities;
        } else {
            flushTo(i);
            out.append(u"&amp;"_s + name + u';');
            copyFrom = j + 1;
            ++unknownEntities;
        }
        i = j + 1;
    }
    if (rewritten)
        out.append(s.mid(copyFrom));

    qint64 total = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const qint64 size = expandedSize(it.key(), declarations);
        if (size < 0) {
            result.error = tr("Refused to parse the feed: its DTD declares entities that refer to themselves "
                              "or nest more than 64 levels deep.");
            return result;
        }
        total = saturatingAdd(total, saturatingMultiply(size, it.value()));
    }
    if (total > m_expansionLimit) {
        const QString amount = total >= saturation ? tr("more than 10^18") : QString::number(total);
        result.error = tr("Refused to parse the feed: the entities its DTD declares would expand to %1 characters "
                          "(the limit is %2); this is how entity-expansion attacks (billion laughs, quadratic "
                          "blow-up) work.")
                           .arg(amount, QString::number(m_expansionLimit));
        return result;
    }

    if (htmlEntities > 0)
        result.warnings << tr("Replaced %n HTML entity reference(s) that XML does not define (such as &nbsp;).",
            nullptr, int(htmlEntities));
    if (unknownEntities > 0)
        result.warnings << tr("Kept %n unknown entity reference(s) as literal text.", nullptr, int(unknownEntities));
    if (bareAmpersands > 0)
        result.warnings << tr("Escaped %n bare '&' character(s).", nullptr, int(bareAmpersands));
    if (illegalReferences > 0)
        result.warnings << tr(
            "Dropped %n character reference(s) to characters XML does not allow.", nullptr, int(illegalReferences));
    if (externalReferences > 0)
        result.warnings << tr("Kept %n reference(s) to external entities as text; they are never loaded.", nullptr,
            int(externalReferences));
    result.text = rewritten ? std::move(out) : xml;
    return result;
}

} // namespace Wiredesk
