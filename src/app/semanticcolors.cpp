#include "semanticcolors.h"

#include <QGuiApplication>

#include <cmath>

namespace Wiredesk {

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

/// @p text at @p share (0..1) over @p base: a secondary text colour that follows the palette.
QColor blend(const QColor &text, const QColor &base, double share)
{
    return QColor::fromRgbF(float(text.redF() * share + base.redF() * (1 - share)),
        float(text.greenF() * share + base.greenF() * (1 - share)),
        float(text.blueF() * share + base.blueF() * (1 - share)));
}

} // namespace

bool SemanticColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor SemanticColors::color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Material colour shades: 800 on light bases, 200–300 on dark ones.
    switch (role) {
    case Role::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Role::Bad:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Role::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4e, 0x00);
    case Role::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    case Role::Muted:
        return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.72);
    case Role::InsertedBackground:
        return dark ? QColor(0x1e, 0x46, 0x20) : QColor(0xc8, 0xf0, 0xc8);
    case Role::DeletedBackground:
        return dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xf5, 0xc6, 0xc6);
    case Role::StrongHighlightBackground:
        return dark ? QColor(0x6d, 0x46, 0x00) : QColor(0xff, 0xcc, 0x80);
    case Role::StrongHighlightLine:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor SemanticColors::color(Role role)
{
    return color(role, QGuiApplication::palette());
}

double SemanticColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Wiredesk
