#pragma once

#include <QColor>
#include <QPalette>

namespace Wiredesk {

/// Colours that carry a meaning — verified and disputed, warnings, muted text, inserted and
/// deleted text, the chosen source's spans — picked for the palette in use, so they stay
/// readable when the platform is in dark mode. Text colours keep a contrast of at least
/// 4.5:1 (WCAG AA) against the palette's Base and AlternateBase; background colours against
/// its Text. Views ask again on every paint (models) or when the palette changes (rendered
/// HTML), so switching the system between light and dark follows at once.
class SemanticColors final
{
public:
    enum class Role {
        Good,                      ///< verified, link works
        Bad,                       ///< disputed, false, unreachable, link broken, flash urgency
        Warning,                   ///< duplicates and the like
        Info,                      ///< status changes in a notes thread
        Muted,                     ///< secondary text (times, quoted spans)
        InsertedBackground,        ///< text added in a comparison
        DeletedBackground,         ///< text removed in a comparison
        StrongHighlightBackground, ///< the spans of the source chosen in the sidebar
        StrongHighlightLine,       ///< their underline
    };

    /// True when @p palette shows light text on a dark base.
    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    /// The same, for the application's palette (models have no palette of their own).
    static QColor color(Role role);
    /// WCAG 2 contrast ratio of two opaque colours, from 1 (none) to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace Wiredesk
