#pragma once

#include <QString>

// A menu or label text without its keyboard mnemonic ("&Voice grant" -> "Voice grant", "R&&D" -> "R&D"),
// for accessible names and tooltips: screen readers read the '&' aloud otherwise.
inline QString withoutMnemonic(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                out += u'&', ++i;
            continue;
        }
        out += text.at(i);
    }
    return out;
}
