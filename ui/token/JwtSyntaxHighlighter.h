#pragma once

#include "token/Jwt.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a pasted token by segment (header, payload, signature; dots apart), dims what the parser
// ignores around it (`Bearer `, quotes) and marks the spot a parse error points at.
//
// The token's place in the document comes from layoutFor(), which follows Jwt::parse's clean-up rules,
// so a token split over several lines is still coloured correctly (the dot count is carried from block
// to block in the block state).
class JwtSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Layout
    {
        int tokenStart = 0; // document position of the token's first character
        int tokenEnd = 0; // one past its last character (whitespace inside included)
        int errorPosition = -1; // document position of the character an error points at
        int errorSegment = -1; // 0 header, 1 payload, 2 signature: the segment an error is about

        friend bool operator==(const Layout& a, const Layout& b)
        {
            return a.tokenStart == b.tokenStart && a.tokenEnd == b.tokenEnd
                && a.errorPosition == b.errorPosition && a.errorSegment == b.errorSegment;
        }
        friend bool operator!=(const Layout& a, const Layout& b) { return !(a == b); }
    };

    explicit JwtSyntaxHighlighter(QTextDocument* document);

    // Where the token, its segments and its error are in `text` (the document's plain text).
    static Layout layoutFor(const QString& text, const JwtParseResult& result);
    // Document position of the k-th non-whitespace character at or after `start`.
    static int positionOfTokenOffset(const QString& text, int start, qsizetype offset);

    // Rehighlights only when the layout changed.
    void setLayout(const Layout& layout);
    const Layout& layout() const { return m_layout; }

    // Recomputes the colours for a palette (light or dark).
    void setPalette(const QPalette& palette);
    QColor segmentColor(int segment) const;
    QTextCharFormat errorFormat() const { return m_errorFormat; }

protected:
    void highlightBlock(const QString& text) override;

private:
    Layout m_layout;
    QTextCharFormat m_segmentFormats[3];
    QTextCharFormat m_dotFormat;
    QTextCharFormat m_noiseFormat;
    QTextCharFormat m_extraFormat; // characters after a third dot
    QTextCharFormat m_errorFormat;
};
