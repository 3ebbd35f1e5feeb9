#include "JsonSyntaxHighlighter.h"

#include "common/ThemeColors.h"

#include <QGuiApplication>

JsonSyntaxHighlighter::JsonSyntaxHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonSyntaxHighlighter::setPalette(const QPalette& palette)
{
    using A = ThemeColors::Accent;
    m_keyFormat = QTextCharFormat();
    m_keyFormat.setForeground(ThemeColors::accent(A::JsonKey, palette));
    m_stringFormat = QTextCharFormat();
    m_stringFormat.setForeground(ThemeColors::accent(A::JsonString, palette));
    m_numberFormat = QTextCharFormat();
    m_numberFormat.setForeground(ThemeColors::accent(A::JsonNumber, palette));
    m_keywordFormat = QTextCharFormat();
    m_keywordFormat.setForeground(ThemeColors::accent(A::JsonKeyword, palette));
    m_keywordFormat.setFontWeight(QFont::Bold);
    if (document())
        rehighlight();
}

void JsonSyntaxHighlighter::highlightBlock(const QString& text)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            int j = i + 1;
            while (j < n && text.at(j) != u'"') {
                if (text.at(j) == u'\\')
                    ++j;
                ++j;
            }
            const int end = qMin(n, j + 1);
            int k = end;
            while (k < n && text.at(k) == u' ')
                ++k;
            const bool isKey = k < n && text.at(k) == u':';
            setFormat(i, end - i, isKey ? m_keyFormat : m_stringFormat);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            int j = i + 1;
            while (j < n
                   && (text.at(j).isDigit() || text.at(j) == u'.' || text.at(j) == u'e' || text.at(j) == u'E'
                       || text.at(j) == u'+' || text.at(j) == u'-'))
                ++j;
            setFormat(i, j - i, m_numberFormat);
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && text.at(j).isLetter())
                ++j;
            setFormat(i, j - i, m_keywordFormat);
            i = j;
        } else {
            ++i;
        }
    }
}
