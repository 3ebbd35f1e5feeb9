#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours indented JSON (one member per line, as OrderedJson::toIndented writes it): keys, strings,
// numbers, true/false/null. Colours come from the palette so they read on light and dark themes.
class JsonSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonSyntaxHighlighter(QTextDocument* document);
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_keywordFormat;
};
