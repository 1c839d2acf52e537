#include "typographyrules.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr QChar NarrowNoBreakSpace(0x202F);

struct QuoteStyle {
    QStringView language;
    QChar doubleOpen;
    QChar doubleClose;
    QChar singleOpen;
    QChar singleClose;
    bool spaced; ///< French: a narrow no-break space inside the guillemets
};

// Inner (single) quotes follow each language's usual second level.
constexpr QuoteStyle Styles[] = {
    {u"en", QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019), false},
    {u"de", QChar(0x201E), QChar(0x201C), QChar(0x201A), QChar(0x2018), false},
    {u"fr", QChar(0x00AB), QChar(0x00BB), QChar(0x201C), QChar(0x201D), true},
    {u"ru", QChar(0x00AB), QChar(0x00BB), QChar(0x201E), QChar(0x201C), false},
    {u"es", QChar(0x00AB), QChar(0x00BB), QChar(0x201C), QChar(0x201D), false},
    {u"it", QChar(0x00AB), QChar(0x00BB), QChar(0x201C), QChar(0x201D), false},
};

const QuoteStyle &styleFor(QStringView language)
{
    const QString base = TypographyRules::baseLanguage(language);
    for (const QuoteStyle &style : Styles) {
        if (style.language == base)
            return style;
    }
    return Styles[0];
}

bool isOpeningContext(QStringView before)
{
    if (before.isEmpty())
        return true;
    const QChar last = before.back();
    if (last.isSpace() || last == QChar(QChar::LineSeparator))
        return true;
    static constexpr char16_t openers[] = u"([{\u2013\u2014/\u201C\u201E\u2018\u201A\u00AB";
    for (const char16_t c : openers) {
        if (c != 0 && last == QChar(c))
            return true;
    }
    return false;
}

} // namespace

QString TypographyRules::baseLanguage(QStringView language)
{
    qsizetype end = 0;
    while (end < language.size() && language.at(end).isLetter())
        ++end;
    return language.first(end).toString().toLower();
}

std::optional<TypographyRules::Replacement> TypographyRules::apply(
    QStringView before, QChar typed, QStringView language)
{
    const QuoteStyle &style = styleFor(language);
    const QChar last = before.isEmpty() ? QChar() : before.back();

    switch (typed.unicode()) {
    case '"': {
        // Inside an open quotation the mark closes it; otherwise the context decides.
        const bool quoteOpen = before.lastIndexOf(style.doubleOpen) > before.lastIndexOf(style.doubleClose);
        if (!quoteOpen && isOpeningContext(before)) {
            if (style.spaced)
                return Replacement {0, QString(style.doubleOpen) + NarrowNoBreakSpace};
            return Replacement {0, QString(style.doubleOpen)};
        }
        if (style.spaced)
            return Replacement {last == u' ' ? 1 : 0, QString(NarrowNoBreakSpace) + style.doubleClose};
        return Replacement {0, QString(style.doubleClose)};
    }
    case '\'': {
        // After a letter it is an apostrophe, unless an inner quotation is still open.
        const qsizetype opened = before.lastIndexOf(style.singleOpen);
        const qsizetype closed = before.lastIndexOf(style.singleClose);
        const bool innerOpen = opened >= 0 && opened > closed && style.singleOpen != style.singleClose;
        if (!innerOpen && isOpeningContext(before))
            return Replacement {0, QString(style.singleOpen)};
        if (last.isLetterOrNumber() && !innerOpen)
            return Replacement {0, QString(QChar(0x2019))};
        return Replacement {0, QString(style.singleClose)};
    }
    case '-':
        if (last == u'-')
            return Replacement {1, QString(QChar(0x2013))}; // -- → en dash
        if (last == QChar(0x2013))
            return Replacement {1, QString(QChar(0x2014))}; // --- → em dash
        return std::nullopt;
    case '.':
        if (before.endsWith(u".."))
            return Replacement {2, QString(QChar(0x2026))};
        return std::nullopt;
    case ';':
    case ':':
    case '!':
    case '?':
        if (style.spaced && last == u' ')
            return Replacement {1, QString(NarrowNoBreakSpace) + typed};
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace Wiredesk
