#pragma once

#include "token/Jwt.h"

#include <QPlainTextEdit>

class JwtSyntaxHighlighter;

// The token field: a plain-text editor whose highlighter colours the header, payload and signature of
// whatever is pasted, and marks where a parse error points. Dropping text or a small file replaces the
// contents (a token field holds one token).
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

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    static QString textFromMime(const QMimeData* mime);

    JwtSyntaxHighlighter* m_highlighter = nullptr;
    JwtParseResult m_parse; // the last result shown (shared data, cheap to keep)
};
