#include "JwtSyntaxHighlighter.h"

#include "common/ThemeColors.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace {

// The same character classes as Jwt::parse, so the colours agree with what the parser decodes.
bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_';
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v'
        || u == QChar::ParagraphSeparator || u == QChar::LineSeparator;
}

bool isTokenChar(QChar c)
{
    return isBase64UrlChar(c) || c == u'.' || c == u'=' || isSpace(c);
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

} // namespace

JwtSyntaxHighlighter::JwtSyntaxHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

int JwtSyntaxHighlighter::positionOfTokenOffset(const QString& text, int start, qsizetype offset)
{
    qsizetype seen = 0;
    for (int i = start; i < text.size(); ++i) {
        if (isSpace(text.at(i)))
            continue;
        if (seen == offset)
            return i;
        ++seen;
    }
    return text.isEmpty() ? -1 : int(text.size()) - 1;
}

JwtSyntaxHighlighter::Layout JwtSyntaxHighlighter::layoutFor(const QString& text,
                                                             const JwtParseResult& result)
{
    Layout layout;
    const int n = int(text.size());
    int start = -1;
    for (int i = 0; i + 2 < n; ++i) {
        if (text.at(i) == u'e' && text.at(i + 1) == u'y' && text.at(i + 2) == u'J'
            && (i == 0 || !isBase64UrlChar(text.at(i - 1)))) {
            start = i;
            break;
        }
    }
    if (start < 0) {
        start = 0;
        while (start < n && (isSpace(text.at(start)) || isQuote(text.at(start))))
            ++start;
    }
    int end = start;
    while (end < n && isTokenChar(text.at(end)))
        ++end;
    // Trailing whitespace is not part of the token's colouring.
    while (end > start && isSpace(text.at(end - 1)))
        --end;
    layout.tokenStart = start;
    layout.tokenEnd = end;

    if (result.ok)
        return layout;
    using Part = JwtParseResult::Part;
    switch (result.errorPart) {
    case Part::Header:
        layout.errorSegment = 0;
        break;
    case Part::Payload:
        layout.errorSegment = 1;
        break;
    case Part::Signature:
        layout.errorSegment = 2;
        break;
    default:
        break;
    }
    // A JSON error is about the whole decoded segment; the offset then only names the segment's start.
    const bool jsonError = (result.errorPart == Part::Header && !result.parts.headerJson.isEmpty())
        || (result.errorPart == Part::Payload && !result.parts.payloadJson.isEmpty());
    if (result.errorOffset >= 0 && !jsonError)
        layout.errorPosition = positionOfTokenOffset(text, start, result.errorOffset);
    return layout;
}

void JwtSyntaxHighlighter::setLayout(const Layout& layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    rehighlight();
}

void JwtSyntaxHighlighter::setPalette(const QPalette& palette)
{
    using A = ThemeColors::Accent;
    const A accents[3] = { A::TokenHeader, A::TokenPayload, A::TokenSignature };
    for (int i = 0; i < 3; ++i) {
        m_segmentFormats[i] = QTextCharFormat();
        m_segmentFormats[i].setForeground(ThemeColors::accent(accents[i], palette));
    }
    m_dotFormat = QTextCharFormat();
    m_dotFormat.setForeground(ThemeColors::accent(A::TokenDot, palette));
    m_dotFormat.setFontWeight(QFont::Bold);
    m_noiseFormat = QTextCharFormat();
    m_noiseFormat.setForeground(ThemeColors::accent(A::Noise, palette));
    m_noiseFormat.setFontItalic(true);
    m_extraFormat = QTextCharFormat();
    m_extraFormat.setForeground(ThemeColors::accent(A::Error, palette));
    m_errorFormat = QTextCharFormat();
    m_errorFormat.setForeground(ThemeColors::accent(A::Error, palette));
    m_errorFormat.setBackground(ThemeColors::errorBackground(palette));
    m_errorFormat.setFontUnderline(true);
    m_errorFormat.setUnderlineColor(ThemeColors::accent(A::Error, palette));
    m_errorFormat.setFontWeight(QFont::Bold);
    if (document())
        rehighlight();
}

QColor JwtSyntaxHighlighter::segmentColor(int segment) const
{
    return m_segmentFormats[qBound(0, segment, 2)].foreground().color();
}

void JwtSyntaxHighlighter::highlightBlock(const QString& text)
{
    const int blockStart = currentBlock().position();
    int dots = qMax(0, previousBlockState());
    const int n = int(text.size());
    const QColor errorColour = m_errorFormat.foreground().color();

    // Runs of one format are applied together: a token is one long line and setFormat per character
    // would be wasteful.
    int runStart = 0;
    const QTextCharFormat* runFormat = nullptr;
    auto flush = [&](int upTo) {
        if (runFormat && upTo > runStart)
            setFormat(runStart, upTo - runStart, *runFormat);
    };
    for (int i = 0; i < n; ++i) {
        const int pos = blockStart + i;
        const QTextCharFormat* format = nullptr;
        if (pos < m_layout.tokenStart || pos >= m_layout.tokenEnd) {
            format = &m_noiseFormat;
        } else if (text.at(i) == u'.') {
            ++dots;
            format = dots > 2 ? &m_extraFormat : &m_dotFormat;
        } else if (!isSpace(text.at(i))) {
            format = dots > 2 ? &m_extraFormat : &m_segmentFormats[dots];
        }
        if (format != runFormat) {
            flush(i);
            runStart = i;
            runFormat = format;
        }
    }
    flush(n);

    // The segment an error is about gets a wavy underline; the exact character gets the error format.
    if (m_layout.errorSegment >= 0) {
        int segmentDots = qMax(0, previousBlockState());
        for (int i = 0; i < n; ++i) {
            const int pos = blockStart + i;
            if (pos < m_layout.tokenStart || pos >= m_layout.tokenEnd)
                continue;
            if (text.at(i) == u'.') {
                ++segmentDots;
                continue;
            }
            if (segmentDots == m_layout.errorSegment && !isSpace(text.at(i))) {
                QTextCharFormat f = format(i);
                f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                f.setUnderlineColor(errorColour);
                setFormat(i, 1, f);
            }
        }
    }
    if (m_layout.errorPosition >= blockStart && m_layout.errorPosition < blockStart + n)
        setFormat(m_layout.errorPosition - blockStart, 1, m_errorFormat);
    setCurrentBlockState(dots);
}
