#pragma once

#include "common/ClipboardService.h"
#include "token/Jwt.h"

#include <QPlainTextEdit>
#include <QPointer>
class JwtSyntaxHighlighter;

// The token field: a plain-text editor whose highlighter colours the header, payload and signature of
// whatever is pasted, and marks where a parse error points. Dropping text or a small file replaces the
// contents (a token field holds one token). Input over Jwt::MaxTokenBytes is refused with a sentence
// (inputRejected). A token is a credential: with a clipboard service, Copy and Cut (keys and context
// menu) go through its secret copy, and X11's PRIMARY selection does not keep the token.
class TokenEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TokenEdit(QWidget* parent = nullptr);

    JwtSyntaxHighlighter* highlighter() const { return m_highlighter; }
    // Updates colours and the error mark for `text` (the current contents) parsed as `result`.
    void showParseResult(const QString& text, const JwtParseResult& result);
    // Replaces everything as one undoable edit.
    void replaceText(const QString& text);
    // Puts the cursor on the character the parse error points at (no-op without one).
    void showErrorSpot();

    // The tooltip for a document position: which segment it is in and what that segment decodes to.
    QString toolTipAt(int position) const;

    void setClipboardService(ClipboardService* clipboard);
    ClipboardService* clipboardService() const { return m_clipboard; }

    // What a dropped local file holds: false (with a sentence) unless it is a regular file of at most
    // Jwt::MaxTokenBytes. Never blocks on a FIFO or reads without end from a device.
    static bool readTokenFile(const QString& path, QString* text, QString* error);

signals:
    // A drop or paste was refused (too big, not a regular file); a sentence to show the user.
    void inputRejected(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    QMimeData* createMimeDataFromSelection() const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    // The text a drop carries; empty with `error` set when it is refused.
    static QString textFromMime(const QMimeData* mime, QString* error);
    // The sentence for text over the limit, or empty when `text` fits.
    static QString sizeProblem(const QString& text);
    void copySelection(bool cut);
    void withdrawPrimarySelection();

    QPointer<ClipboardService> m_clipboard;

    JwtSyntaxHighlighter* m_highlighter = nullptr;
    JwtParseResult m_parse; // the last result shown (shared data, cheap to keep)
};
