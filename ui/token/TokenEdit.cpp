#include "TokenEdit.h"

#include "token/JwtSyntaxHighlighter.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QFontDatabase>
#include <QMimeData>
#include <QTextCursor>
#include <QToolTip>

TokenEdit::TokenEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A token has no spaces: wrap anywhere so it fills the width instead of running off to the right.
    setWordWrapMode(QTextOption::WrapAnywhere);
    setTabChangesFocus(true);
    setAcceptDrops(true);
    m_highlighter = new JwtSyntaxHighlighter(document());
    m_highlighter->setPalette(palette());
}

void TokenEdit::showParseResult(const QString& text, const JwtParseResult& result)
{
    m_parse = result;
    m_highlighter->setLayout(JwtSyntaxHighlighter::layoutFor(text, result));
}

void TokenEdit::showErrorSpot()
{
    const int position = m_highlighter->layout().errorPosition;
    if (position < 0 || position >= document()->characterCount())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

QString TokenEdit::toolTipAt(int position) const
{
    const JwtSyntaxHighlighter::Layout& layout = m_highlighter->layout();
    if (position == layout.errorPosition)
        return m_parse.error;
    if (position < layout.tokenStart || position >= layout.tokenEnd) {
        if (layout.tokenStart > 0 && position < layout.tokenStart)
            return tr("Not part of the token; ignored");
        return QString();
    }
    const QString text = toPlainText();
    int dots = 0;
    for (int i = layout.tokenStart; i < position; ++i)
        dots += text.at(i) == u'.' ? 1 : 0;
    if (text.at(position) == u'.')
        return tr("Separator");
    const JwtParts& parts = m_parse.parts;
    auto clip = [](const QByteArray& bytes) {
        const QString s = QString::fromUtf8(bytes);
        return s.size() > 400 ? s.left(400) + QStringLiteral("…") : s;
    };
    switch (dots) {
    case 0:
        return parts.headerJson.isEmpty()
            ? tr("Header (base64url)")
            : tr("Header (base64url) — decodes to:\n%1").arg(clip(parts.headerJson));
    case 1:
        return parts.payloadJson.isEmpty()
            ? tr("Payload (base64url)")
            : tr("Payload (base64url) — decodes to:\n%1").arg(clip(parts.payloadJson));
    case 2:
        return parts.signature.isEmpty() ? tr("Signature (base64url)")
                                         : tr("Signature (base64url): %n byte(s), HMAC over header.payload",
                                              nullptr, int(parts.signature.size()));
    default:
        return tr("After a third dot: a JWT has exactly three segments");
    }
}

bool TokenEdit::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void TokenEdit::replaceText(const QString& text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

QString TokenEdit::textFromMime(const QMimeData* mime)
{
    if (!mime)
        return QString();
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (!url.isLocalFile())
                continue;
            QFile file(url.toLocalFile());
            if (file.size() > Jwt::MaxTokenBytes || !file.open(QIODevice::ReadOnly))
                return QString();
            return QString::fromUtf8(file.readAll());
        }
    }
    if (mime->hasText())
        return mime->text();
    return QString();
}

void TokenEdit::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isReadOnly() && (event->mimeData()->hasText() || event->mimeData()->hasUrls()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TokenEdit::dragMoveEvent(QDragMoveEvent* event)
{
    if (!isReadOnly() && (event->mimeData()->hasText() || event->mimeData()->hasUrls()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TokenEdit::dropEvent(QDropEvent* event)
{
    const QString text = isReadOnly() ? QString() : textFromMime(event->mimeData());
    if (text.isEmpty()) {
        event->ignore();
        return;
    }
    replaceText(text);
    event->acceptProposedAction();
    setFocus(Qt::OtherFocusReason);
}

void TokenEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}
