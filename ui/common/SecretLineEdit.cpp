#include "SecretLineEdit.h"

#include "common/ClipboardService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolTip>

namespace {

// An eye (or a crossed-out eye) drawn in the text colour, for desktops without an icon theme.
QIcon eyeIcon(const QColor& colour, bool crossed)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPen pen(colour, qMax<qreal>(1.0, s / 14));
        p.setPen(pen);
        QPainterPath outline;
        outline.moveTo(s * 0.08, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.05, s * 0.92, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.95, s * 0.08, s * 0.5);
        p.drawPath(outline);
        p.setBrush(colour);
        p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
        if (crossed)
            p.drawLine(QPointF(s * 0.15, s * 0.85), QPointF(s * 0.85, s * 0.15));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// QLineEdit's context menu entries; Qt names them "edit-undo"/"edit-redo" only from 6.5 on, so know them
// by their text too, translated in the context Qt uses (before the tab and shortcut).
bool isUndoOrRedoAction(const QAction* action)
{
    if (action->objectName() == u"edit-undo" || action->objectName() == u"edit-redo")
        return true;
    const QString shown = action->text().section(u'\t', 0, 0);
    return !shown.isEmpty()
        && (shown == QCoreApplication::translate("QLineEdit", "&Undo")
            || shown == QCoreApplication::translate("QLineEdit", "&Redo"));
}

} // namespace

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setDragEnabled(false);
    setClearButtonEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                        | Qt::ImhSensitiveData);

    m_revealAction = addAction(
        QIcon::fromTheme(QStringLiteral("view-visible"), eyeIcon(palette().color(QPalette::Text), false)),
        QLineEdit::TrailingPosition);
    m_revealAction->setObjectName(QStringLiteral("revealSecretAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    m_revealAction->setText(tr("Show secret"));
    m_revealAction->setToolTip(tr("Show or hide the secret (Ctrl+Shift+H)"));
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    // After every change, typed or programmatic (clear(), insert(), a drop, the context menu).
    connect(this, &QLineEdit::textChanged, this, &SecretLineEdit::dropUndoHistory);
}

SecretLineEdit::~SecretLineEdit()
{
    // Owners may already be half destroyed: wipe without telling them.
    const QSignalBlocker blocker(this);
    wipe();
}

void SecretLineEdit::setClipboardService(ClipboardService* clipboard)
{
    m_clipboard = clipboard;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    // A selection made while masked must not become copyable (or reach PRIMARY) once shown.
    if (revealed && !isRevealed())
        deselect();
    // Masked, QLineEdit's Undo only clears; revealed, it restores. Changes made while textChanged was
    // blocked left history behind: drop it before it becomes usable.
    if (revealed)
        dropUndoHistory();
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    // QLineEdit drops these for Normal echo; a revealed secret is still no input-method vocabulary.
    setInputMethodHints(inputMethodHints() | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                        | Qt::ImhSensitiveData);
    if (m_revealAction->isChecked() != revealed)
        m_revealAction->setChecked(revealed);
    m_revealAction->setText(revealed ? tr("Hide secret") : tr("Show secret"));
    m_revealAction->setIcon(revealed ? QIcon::fromTheme(QStringLiteral("view-hidden"),
                                                        eyeIcon(palette().color(QPalette::Text), true))
                                     : QIcon::fromTheme(QStringLiteral("view-visible"),
                                                        eyeIcon(palette().color(QPalette::Text), false)));
}

bool SecretLineEdit::secretBytes(Encoding encoding, SecretBytes* out, QString* error) const
{
    QString text = this->text();
    bool ok = true;
    if (encoding == Encoding::Utf8) {
        *out = SecretBytes::fromUtf8(text);
    } else {
        QByteArray latin = text.trimmed().toLatin1();
        ok = SecretBytes::fromBase64(latin, out, error);
        wipeBytes(latin);
    }
    wipeString(text);
    return ok;
}

void SecretLineEdit::wipe()
{
    // Take a reference first: once the field lets go of its text, ours is the last one and can be
    // overwritten.
    QString text = this->text();
    clear();
    dropUndoHistory(); // also when the caller blocked textChanged
    wipeString(text);
    setRevealed(false);
}

void SecretLineEdit::dropUndoHistory()
{
    if (m_droppingHistory)
        return;
    m_droppingHistory = true;
    const int cursor = cursorPosition();
    const int start = selectionStart();
    const int length = selectionLength();
    const bool modified = isModified();
    // setText() drops the whole history; with the same text it emits no textChanged and copies nothing.
    setText(text());
    if (length > 0) {
        const int anchor = cursor == start ? start + length : start; // the cursor stays at its end
        setSelection(anchor, cursor - anchor);
    } else {
        setCursorPosition(cursor);
    }
    setModified(modified);
    m_droppingHistory = false;
}

void SecretLineEdit::copySelection(bool cut)
{
    // Masked, QLineEdit copies nothing either; there is nothing visible to copy.
    if (!isRevealed() || !hasSelectedText())
        return;
    if (!m_clipboard) {
        const QString reason = tr("Copying a secret is turned off here: it would stay on the clipboard.");
        QToolTip::showText(mapToGlobal(cursorRect().bottomLeft()), reason, this);
        emit copyRefused(reason);
        return;
    }
    QString selected = selectedText();
    m_clipboard->copySecret(selected);
    wipeString(selected);
    if (cut && !isReadOnly())
        del();
}

void SecretLineEdit::withdrawPrimarySelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!isRevealed() || !clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    QString primary = clipboard->text(QClipboard::Selection);
    QString selected = selectedText();
    // Taken back before the event loop runs again, so no other client could have read it.
    if (!primary.isEmpty() && primary == selected)
        clipboard->clear(QClipboard::Selection);
    wipeString(primary);
    wipeString(selected);
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event)
{
    // There is no history to go back to (see dropUndoHistory); masked, QLineEdit's Undo would clear.
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->accept();
        return;
    }
    if (isRevealed()) {
        if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
            copySelection(event->matches(QKeySequence::Cut));
            event->accept();
            return;
        }
        // QLineEdit copies what these delete (X11's Ctrl+K, Ctrl+U): delete without copying.
        const bool toEnd = event->matches(QKeySequence::DeleteEndOfLine);
        if (toEnd || event->matches(QKeySequence::DeleteCompleteLine)) {
            if (!isReadOnly()) {
                if (toEnd)
                    setSelection(cursorPosition(), int(text().size()) - cursorPosition());
                else
                    selectAll();
                del();
            }
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
    withdrawPrimarySelection();
}

void SecretLineEdit::mouseReleaseEvent(QMouseEvent* event)
{
    QLineEdit::mouseReleaseEvent(event);
    withdrawPrimarySelection();
}

void SecretLineEdit::mouseDoubleClickEvent(QMouseEvent* event)
{
    QLineEdit::mouseDoubleClickEvent(event);
    withdrawPrimarySelection();
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // No Undo or Redo: the field keeps no history (see dropUndoHistory).
    for (QAction* action : menu->actions()) {
        if (isUndoOrRedoAction(action)) {
            menu->removeAction(action);
            delete action;
        }
    }
    while (!menu->actions().isEmpty() && menu->actions().constFirst()->isSeparator()) {
        QAction* separator = menu->actions().constFirst();
        menu->removeAction(separator);
        delete separator;
    }
    ClipboardService::routeCopyActions(menu, this, [this](bool cut) { copySelection(cut); });
    menu->popup(event->globalPos());
}
