#include "ThemeColors.h"

#include <cmath>

namespace {

double relativeLuminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct HueSat
{
    int hue;
    int saturation;
};

HueSat hueFor(ThemeColors::Accent accent)
{
    using A = ThemeColors::Accent;
    switch (accent) {
    case A::TokenHeader:
        return { 345, 200 }; // jwt.io's header red
    case A::TokenPayload:
        return { 285, 170 }; // purple
    case A::TokenSignature:
        return { 195, 220 }; // cyan
    case A::TokenDot:
        return { 0, 0 };
    case A::Noise:
        return { 0, 0 };
    case A::JsonKey:
        return { 215, 170 };
    case A::JsonString:
        return { 130, 150 };
    case A::JsonNumber:
        return { 25, 200 };
    case A::JsonKeyword:
        return { 285, 150 };
    case A::Success:
        return { 125, 170 };
    case A::Warning:
        return { 38, 230 };
    case A::Error:
        return { 0, 200 };
    }
    return { 0, 0 };
}

} // namespace

bool ThemeColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ThemeColors::accent(Accent accent, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (accent == Accent::TokenDot)
        return text;
    if (accent == Accent::Noise) {
        // Mostly text, a little base: visibly dimmed, still readable.
        auto mix = [](int t, int b) {
            return (t * 3 + b * 2) / 5;
        };
        return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                      mix(text.blue(), base.blue()));
    }
    const HueSat hs = hueFor(accent);
    const bool dark = isDark(palette);
    // Start from a lightness that usually works and move away from the base until the contrast is enough.
    int lightness = dark ? 170 : 90;
    QColor colour = QColor::fromHsl(hs.hue, hs.saturation, lightness);
    for (int i = 0; i < 12 && contrastRatio(colour, base) < 4.5; ++i) {
        lightness = dark ? qMin(245, lightness + 8) : qMax(10, lightness - 8);
        colour = QColor::fromHsl(hs.hue, hs.saturation, lightness);
    }
    return colour;
}

QColor ThemeColors::errorBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor::fromHsl(0, 160, 70) : QColor::fromHsl(0, 200, 225);
}

double ThemeColors::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
