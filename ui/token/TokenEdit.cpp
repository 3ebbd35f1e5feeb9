#include "TokenEdit.h"

#include "token/JwtSyntaxHighlighter.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QFontDatabase>
#include <QMimeData>
#include <QTextCursor>

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
    m_highlighter->setLayout(JwtSyntaxHighlighter::layoutFor(text, result));
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
