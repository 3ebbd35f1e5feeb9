#pragma once

#include <QColor>
#include <QPalette>

// Colours derived from the current palette so that text stays readable on light and dark themes.
// Each accent keeps its hue and picks a lightness that contrasts with the palette's base colour.
class ThemeColors
{
public:
    enum class Accent {
        TokenHeader,
        TokenPayload,
        TokenSignature,
        TokenDot,
        Noise,
        JsonKey,
        JsonString,
        JsonNumber,
        JsonKeyword,
        Success,
        Warning,
        Error,
    };

    static bool isDark(const QPalette& palette);
    static QColor accent(Accent accent, const QPalette& palette);
    // A faint background that marks an error spot behind normal text.
    static QColor errorBackground(const QPalette& palette);
    // WCAG 2 contrast ratio (1…21) between two colours.
    static double contrastRatio(const QColor& a, const QColor& b);
};
