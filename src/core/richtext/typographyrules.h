#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Wiredesk {

/// Typographic quotes, dashes and ellipses as you type, per article language.
///
/// A pure function of the text before the cursor (in the same paragraph), the character
/// just typed and the language: it says how many characters before the cursor to replace
/// and what to insert instead of the typed character. Straight double quotes become the
/// language's quotation marks (en “…”, de „…“, fr « … » with narrow no-break spaces,
/// ru/es/it «…»), single quotes become the inner marks or the apostrophe ’, "--" an en
/// dash and a third hyphen an em dash, "..." an ellipsis; in French a space before
/// ; : ! ? becomes a narrow no-break space.
class TypographyRules final
{
public:
    struct Replacement {
        int removeBefore = 0; ///< characters before the cursor to delete
        QString insert;       ///< inserted instead of the typed character
        bool operator==(const Replacement &) const = default;
    };

    /// Empty when the typed character is kept as it is.
    static std::optional<Replacement> apply(QStringView before, QChar typed, QStringView language);

    /// The base language of an article language tag ("de-CH" → "de"), lowercase.
    static QString baseLanguage(QStringView language);
};

} // namespace Wiredesk
