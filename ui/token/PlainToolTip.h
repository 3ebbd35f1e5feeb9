#pragma once

#include <QString>
#include <QTextDocument>

// A tooltip that shows `text` exactly as it is. Qt renders a tooltip as HTML whenever it looks like
// HTML (Qt::mightBeRichText), and tooltips have no text-format switch: text taken from a token, or
// typed or pasted by the user, that looks like HTML is escaped into a paragraph that keeps every
// character, space and line break (and wraps long values, as rich tooltips do).
inline QString plainToolTip(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}
