#include "searchqueryparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchQueryParser", text);
}

bool hasWordCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

struct Token {
    enum Kind { Term, Open, Close, And, Or, Not } kind = Term;
    QString text;        // for Term
    QString column;      // "title" / "authors" for column filters
    bool phrase = false; // came in quotes
    bool prefix = false; // ended in *
};

struct Node {
    enum Kind { Leaf, All, Any } kind = Leaf;
    Token term;
    std::vector<std::unique_ptr<Node>> children; // All/Any
    std::vector<bool> negated;                   // per child, All only
};

class TreeParser
{
public:
    explicit TreeParser(const QList<Token> &tokens)
        : m_tokens(tokens)
    { }

    // Returns null on a syntax error.
    std::unique_ptr<Node> parse()
    {
        auto node = parseAny();
        if (!node || m_pos != m_tokens.size())
            return nullptr;
        return node;
    }

private:
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    Token::Kind peek() const { return m_tokens.at(m_pos).kind; }

    std::unique_ptr<Node> parseAny()
    {
        auto first = parseAll();
        if (!first)
            return nullptr;
        if (atEnd() || peek() != Token::Or)
            return first;
        auto any = std::make_unique<Node>();
        any->kind = Node::Any;
        any->children.push_back(std::move(first));
        while (!atEnd() && peek() == Token::Or) {
            ++m_pos;
            auto next = parseAll();
            if (!next)
                return nullptr;
            any->children.push_back(std::move(next));
        }
        return any;
    }

    std::unique_ptr<Node> parseAll()
    {
        auto all = std::make_unique<Node>();
        all->kind = Node::All;
        while (!atEnd() && peek() != Token::Or && peek() != Token::Close) {
            if (peek() == Token::And) {
                if (all->children.empty())
                    return nullptr; // AND with nothing on its left
                ++m_pos;
                if (atEnd() || peek() == Token::Or || peek() == Token::Close || peek() == Token::And)
                    return nullptr;
            }
            bool negate = false;
            if (peek() == Token::Not) {
                negate = true;
                ++m_pos;
                if (atEnd())
                    return nullptr;
            }
            auto primary = parsePrimary();
            if (!primary)
                return nullptr;
            all->children.push_back(std::move(primary));
            all->negated.push_back(negate);
        }
        if (all->children.empty())
            return nullptr;
        return all;
    }

    std::unique_ptr<Node> parsePrimary()
    {
        if (atEnd())
            return nullptr;
        const Token &token = m_tokens.at(m_pos);
        if (token.kind == Token::Term) {
            ++m_pos;
            auto leaf = std::make_unique<Node>();
            leaf->term = token;
            return leaf;
        }
        if (token.kind == Token::Open) {
            ++m_pos;
            auto inner = parseAny();
            if (!inner || atEnd() || peek() != Token::Close)
                return nullptr;
            ++m_pos;
            return inner;
        }
        return nullptr;
    }

    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
};

// Emits FTS5 syntax. Returns an empty string when a group has only exclusions, which FTS5
// cannot express (its NOT needs a left operand).
QString emit(const Node &node, bool *onlyExclusions)
{
    if (node.kind == Node::Leaf) {
        QString s = SearchQueryParser::quoted(node.term.text);
        if (node.term.prefix)
            s += u'*';
        if (!node.term.column.isEmpty())
            s = node.term.column + u" : "_s + s;
        return s;
    }
    if (node.kind == Node::Any) {
        QStringList parts;
        for (const auto &child : node.children) {
            const QString part = emit(*child, onlyExclusions);
            if (part.isEmpty())
                return {};
            parts << part;
        }
        return u'(' + parts.join(u" OR "_s) + u')';
    }
    QStringList positive;
    QStringList negative;
    for (size_t i = 0; i < node.children.size(); ++i) {
        const QString part = emit(*node.children[i], onlyExclusions);
        if (part.isEmpty())
            return {};
        (node.negated[i] ? negative : positive) << part;
    }
    if (positive.isEmpty()) {
        *onlyExclusions = true;
        return {};
    }
    QString s = positive.size() == 1 ? positive.first() : u'(' + positive.join(u" AND "_s) + u')';
    if (!negative.isEmpty())
        s = u'(' + s + u" NOT " + (negative.size() == 1 ? negative.first() : u'(' + negative.join(u" OR "_s) + u')')
            + u')';
    return s;
}

// Reads a quoted stretch starting after the opening quote; returns the text and moves pos
// past the closing quote (or to the end when unterminated).
QString readQuoted(const QString &text, qsizetype &pos, bool *unterminated)
{
    QString out;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (c == u'"') {
            if (pos < text.size() && text.at(pos) == u'"') { // "" inside quotes is a quote
                out += u'"';
                ++pos;
                continue;
            }
            return out;
        }
        out += c;
    }
    *unterminated = true;
    return out;
}

bool parseDay(const QString &value, QDateTime *out)
{
    QDate day = QDate::fromString(value, Qt::ISODate);
    if (day.isValid()) {
        *out = QDateTime(day, QTime(0, 0), QTimeZone::utc());
        return true;
    }
    QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
    if (dt.isValid()) {
        *out = dt.toUTC();
        return true;
    }
    return false;
}

bool parseSince(const QString &value, const QDateTime &now, QDateTime *out)
{
    static const QRegularExpression re(u"^(\\d{1,6})([mhdw])$"_s);
    const auto m = re.match(value.toLower());
    if (!m.hasMatch())
        return false;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 seconds = unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 7 * 86400;
    *out = now.addSecs(-n * seconds);
    return true;
}

bool parseUrgency(const QString &value, InboxQuery *query)
{
    static const QRegularExpression re(u"^(<=|>=|<|>|=)?([1-9])$"_s);
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    const QString op = m.captured(1);
    const int n = m.captured(2).toInt();
    if (op == u"<=")
        query->urgencyMax = n;
    else if (op == u"<")
        query->urgencyMax = n - 1;
    else if (op == u">=")
        query->urgencyMin = n;
    else if (op == u">")
        query->urgencyMin = n + 1;
    else
        query->urgencyMin = query->urgencyMax = n;
    if (query->urgencyMax == 0 && (op == u"<"))
        query->urgencyMax = -1; // "< 1" matches nothing
    return true;
}

} // namespace

QString SearchQueryParser::quoted(const QString &term)
{
    QString s = term;
    s.replace(u'"', u"\"\""_s);
    return u'"' + s + u'"';
}

QString SearchQueryParser::literalPhrase(const QString &text)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
    // Operator words of an expression that failed to parse are not what the user looks for.
    words.removeIf([](const QString &w) { return w == u"AND" || w == u"OR" || w == u"NOT" || w == u"NEAR"; });
    return words.isEmpty() ? QString() : quoted(words.join(u' '));
}

InboxQuery SearchQueryParser::parse(const QString &rawText, const QDateTime &nowUtc)
{
    InboxQuery query;
    // Control characters mean nothing in a search, and a NUL would end the FTS5 string
    // early ("unterminated string"): they become spaces.
    QString text = rawText;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QList<Token> tokens;
    QString literalWords; // every searchable word, for the fallback
    bool unterminated = false;
    bool negateNext = false;

    auto pushTerm = [&](Token term) {
        if (!hasWordCharacter(term.text)) {
            if (negateNext)
                negateNext = false;
            return; // "*", "-", "!!!": nothing FTS5 could match
        }
        literalWords += u' ' + term.text;
        if (negateNext) {
            tokens << Token {Token::Not, {}, {}, false, false};
            negateNext = false;
        }
        tokens << term;
    };

    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        if (c == u'(' || c == u')') {
            tokens << Token {c == u'(' ? Token::Open : Token::Close, {}, {}, false, false};
            ++pos;
            continue;
        }
        if (c == u'-' && pos + 1 < text.size() && !text.at(pos + 1).isSpace() && text.at(pos + 1) != u'-') {
            negateNext = true;
            ++pos;
            continue;
        }
        if (c == u'"') {
            ++pos;
            Token term {Token::Term, readQuoted(text, pos, &unterminated), {}, true, false};
            if (pos < text.size() && text.at(pos) == u'*' && !unterminated) {
                term.prefix = true;
                ++pos;
            }
            pushTerm(term);
            continue;
        }
        // A bare word runs to whitespace, a parenthesis or a quote.
        const qsizetype start = pos;
        while (pos < text.size() && !text.at(pos).isSpace() && text.at(pos) != u'(' && text.at(pos) != u')'
            && text.at(pos) != u'"')
            ++pos;
        QString word = text.mid(start, pos - start);
        if (word == u"AND" || word == u"OR" || word == u"NOT") {
            tokens << Token {word == u"AND" ? Token::And
                    : word == u"OR"         ? Token::Or
                                            : Token::Not,
                {}, {}, false, false};
            continue;
        }
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QString key = word.left(colon).toLower();
            QString value = word.mid(colon + 1);
            static const QStringList filterKeys {u"source"_s, u"label"_s, u"after"_s, u"before"_s, u"since"_s, u"is"_s,
                u"urgency"_s, u"title"_s, u"author"_s};
            if (filterKeys.contains(key)) {
                if (value.isEmpty() && pos < text.size() && text.at(pos) == u'"') {
                    ++pos;
                    value = readQuoted(text, pos, &unterminated);
                }
                bool ok = !value.trimmed().isEmpty();
                if (ok) {
                    if (key == u"source") {
                        query.sourceNames << value;
                    } else if (key == u"label") {
                        query.labels << value;
                    } else if (key == u"after") {
                        ok = parseDay(value, &query.publishedFrom);
                    } else if (key == u"before") {
                        ok = parseDay(value, &query.publishedTo);
                    } else if (key == u"since") {
                        ok = parseSince(value, nowUtc, &query.publishedFrom);
                    } else if (key == u"is") {
                        const QString v = value.toLower();
                        if (v == u"unread")
                            query.unreadOnly = true;
                        else if (v == u"read")
                            query.readOnly = true;
                        else if (v == u"starred")
                            query.starredOnly = true;
                        else
                            ok = false;
                    } else if (key == u"urgency") {
                        ok = parseUrgency(value, &query);
                    } else { // title:, author: restrict a word to one column
                        QString termText = value;
                        bool prefix = false;
                        if (termText.endsWith(u'*')) {
                            prefix = true;
                            termText.chop(1);
                        }
                        pushTerm(
                            Token {Token::Term, termText, key == u"title" ? u"title"_s : u"authors"_s, false, prefix});
                        continue;
                    }
                }
                if (!ok)
                    query.notes << tr("Ignored “%1”: not a filter value this search understands.").arg(word);
                negateNext = false;
                continue;
            }
        }
        Token term {Token::Term, word, {}, false, false};
        while (term.text.endsWith(u'*')) {
            term.prefix = true;
            term.text.chop(1);
        }
        if (term.text.contains(u'*')) // "a*b" is not FTS5: search the pieces as a phrase
            term.prefix = false;
        pushTerm(term);
    }

    if (unterminated)
        query.notes << tr("A quotation mark was not closed; the rest of the text was searched as a phrase.");

    if (tokens.isEmpty())
        return query;
    bool onlyExclusions = false;
    TreeParser parser(tokens);
    const std::unique_ptr<Node> tree = parser.parse();
    if (tree)
        query.ftsExpression = emit(*tree, &onlyExclusions);
    if (query.ftsExpression.isEmpty()) {
        if (onlyExclusions) {
            query.notes << tr("A search cannot only exclude words; the exclusions were ignored.");
            // Search for what remains positive, if anything: drop NOT tokens and negated terms.
            QList<Token> kept;
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                if (tokens.at(i).kind == Token::Not) {
                    ++i;
                    continue;
                }
                if (tokens.at(i).kind == Token::Term)
                    kept << tokens.at(i);
            }
            QStringList parts;
            for (const Token &t : kept)
                parts << quoted(t.text) + (t.prefix ? u"*"_s : QString());
            query.ftsExpression = parts.join(u" AND "_s);
        } else {
            query.notes << tr("The search could not be read as an expression; it was treated as a literal phrase.");
            query.ftsExpression = literalPhrase(literalWords);
        }
    }
    return query;
}

} // namespace Wiredesk
