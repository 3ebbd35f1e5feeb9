#pragma once

#include "core/SecretBytes.h"

#include <QLineEdit>

class QAction;

// A masked line edit for secrets (API key secret, Auth Token): a show/hide toggle (Ctrl+Shift+H while
// focused), no undo history or drag-out, and wipe() that overwrites the text it held.
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

    // The secret's bytes in the given encoding; false (with a sentence) if base64 is malformed.
    bool secretBytes(Encoding encoding, SecretBytes* out, QString* error) const;

public slots:
    // Clears the field and overwrites the copy of the text this widget handed out.
    void wipe();

private:
    QAction* m_revealAction = nullptr;
};
