#include "TokenEdit.h"

#include "common/ClipboardService.h"
#include "token/JwtSyntaxHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>
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

QString TokenEdit::sizeProblem(const QString& text)
{
    // A UTF-16 code unit is at most three UTF-8 bytes: short text needs no conversion to measure.
    if (text.size() * 3 <= Jwt::MaxTokenBytes)
        return QString();
    const qsizetype bytes = text.toUtf8().size();
    if (bytes <= Jwt::MaxTokenBytes)
        return QString();
    return tr("That is %1 of text; a token is at most %2. Nothing was inserted.")
        .arg(QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(Jwt::MaxTokenBytes, 0));
}

bool TokenEdit::readTokenFile(const QString& path, QString* text, QString* error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // A FIFO would block open(), a device such as /dev/zero never ends: only regular files.
    if (!info.isFile()) {
        *error = tr("\"%1\" is not a regular file; drop a file that holds the token.").arg(name);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open \"%1\": %2").arg(name, file.errorString());
        return false;
    }
    // The size on disk can lie (/proc files report 0): read at most one byte past the limit.
    const QByteArray bytes = file.read(Jwt::MaxTokenBytes + 1);
    if (bytes.size() > Jwt::MaxTokenBytes) {
        const QString limit = QLocale().formattedDataSize(Jwt::MaxTokenBytes, 0);
        if (file.size() > Jwt::MaxTokenBytes)
            *error = tr("\"%1\" is %2; a token is at most %3. Nothing was inserted.")
                         .arg(name, QLocale().formattedDataSize(file.size()), limit);
        else
            *error = tr("\"%1\" holds more than %2, the most a token can be. Nothing was inserted.")
                         .arg(name, limit);
        return false;
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

QString TokenEdit::textFromMime(const QMimeData* mime, QString* error)
{
    if (!mime)
        return QString();
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (!url.isLocalFile())
                continue;
            QString text;
            if (!readTokenFile(url.toLocalFile(), &text, error))
                return QString();
            return text;
        }
    }
    if (mime->hasText()) {
        const QString text = mime->text();
        *error = sizeProblem(text);
        return error->isEmpty() ? text : QString();
    }
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
    QString error;
    const QString text = isReadOnly() ? QString() : textFromMime(event->mimeData(), &error);
    if (text.isEmpty()) {
        event->ignore();
        if (!error.isEmpty())
            emit inputRejected(error);
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

void TokenEdit::setClipboardService(ClipboardService* clipboard)
{
    m_clipboard = clipboard;
}

void TokenEdit::insertFromMimeData(const QMimeData* source)
{
    // Ctrl+V and the context menu's Paste: a multi-megabyte paste is refused before it is highlighted.
    if (source && source->hasText()) {
        const QString problem = sizeProblem(source->text());
        if (!problem.isEmpty()) {
            emit inputRejected(problem);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

QMimeData* TokenEdit::createMimeDataFromSelection() const
{
    // What leaves the field this way (a drag, Ctrl+C without a service) is marked for clipboard managers.
    QMimeData* mime = QPlainTextEdit::createMimeDataFromSelection();
    if (mime)
        ClipboardService::markSecret(mime);
    return mime;
}

void TokenEdit::copySelection(bool cut)
{
    QTextCursor cursor = textCursor();
    if (!m_clipboard || !cursor.hasSelection())
        return;
    m_clipboard->copySecret(cursor.selection().toPlainText());
    if (cut && !isReadOnly())
        cursor.removeSelectedText();
}

void TokenEdit::withdrawPrimarySelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!m_clipboard || !clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    // Published by the text control on selection (not always through createMimeDataFromSelection):
    // taken back before the event loop runs again, so no other client could have read it.
    const QTextCursor cursor = textCursor();
    const QString primary = clipboard->text(QClipboard::Selection);
    if (!primary.isEmpty() && cursor.hasSelection() && primary == cursor.selection().toPlainText())
        clipboard->clear(QClipboard::Selection);
}

void TokenEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_clipboard && (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut))) {
        copySelection(event->matches(QKeySequence::Cut));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    withdrawPrimarySelection();
}

void TokenEdit::mouseReleaseEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    withdrawPrimarySelection();
}

void TokenEdit::mouseDoubleClickEvent(QMouseEvent* event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event);
    withdrawPrimarySelection();
}

void TokenEdit::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_clipboard) {
        QPlainTextEdit::contextMenuEvent(event);
        return;
    }
    QMenu* menu = createStandardContextMenu(event->pos());
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    ClipboardService::routeCopyActions(menu, this, [this](bool cut) { copySelection(cut); });
    menu->popup(event->globalPos());
}
