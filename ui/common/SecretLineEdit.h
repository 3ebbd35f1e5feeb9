#pragma once

#include "common/ClipboardService.h"
#include "core/SecretBytes.h"

#include <QLineEdit>
#include <QPointer>
class QAction;

// A masked line edit for secrets (API key secret, Auth Token): a show/hide toggle (Ctrl+Shift+H while
// focused), no undo history or drag-out, and wipe() that overwrites the text it held.
//
// QLineEdit records every character typed, deleted or replaced in an undo history that only setText()
// drops; revealed, Undo would bring back a secret that was cleared or replaced. This field drops that
// history after every change (and on wipe and reveal), swallows the Undo and Redo keys and leaves
// Undo and Redo out of its context menu, so no secret can come back once it is gone.
//
// While revealed, Copy and Cut (keys and context menu) go through the clipboard service as a secret
// (password-manager hints, timed clear); without a service they are refused with a hint. Revealing
// drops the selection, and X11's PRIMARY selection never keeps the secret.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    enum class Encoding { Utf8, Base64 };

    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction* revealAction() const { return m_revealAction; }

    void setClipboardService(ClipboardService* clipboard);
    ClipboardService* clipboardService() const { return m_clipboard; }

    // The secret's bytes in the given encoding; false (with a sentence) if base64 is malformed.
    bool secretBytes(Encoding encoding, SecretBytes* out, QString* error) const;

public slots:
    // Clears the field and overwrites the copy of the text this widget handed out.
    void wipe();

signals:
    // Copy or Cut of the revealed secret was refused (no clipboard service); a sentence to show.
    void copyRefused(const QString& reason);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // Copy (or cut) the selection through the clipboard service as a secret.
    void copySelection(bool cut);
    // QLineEdit publishes every selection it makes to PRIMARY; take it back if it is our secret.
    void withdrawPrimarySelection();
    // Empties QLineEdit's undo history (it holds removed text), keeping the text, cursor and selection.
    void dropUndoHistory();

    QAction* m_revealAction = nullptr;
    QPointer<ClipboardService> m_clipboard;
    bool m_droppingHistory = false;
};
