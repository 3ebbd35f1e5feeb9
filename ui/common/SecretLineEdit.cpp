#include "SecretLineEdit.h"

#include <QAction>
#include <QIcon>
#include <QStyle>

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setDragEnabled(false);
    setClearButtonEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                        | Qt::ImhSensitiveData);

    m_revealAction
        = addAction(style()->standardIcon(QStyle::SP_TitleBarContextHelpButton), QLineEdit::TrailingPosition);
    m_revealAction->setObjectName(QStringLiteral("revealSecretAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_revealAction->setShortcutContext(Qt::WidgetShortcut);
    m_revealAction->setText(tr("Show secret"));
    m_revealAction->setToolTip(tr("Show or hide the secret (Ctrl+Shift+H)"));
    addAction(m_revealAction); // so the widget-context shortcut fires while the field has focus
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);
}

SecretLineEdit::~SecretLineEdit()
{
    // Owners may already be half destroyed: wipe without telling them.
    const QSignalBlocker blocker(this);
    wipe();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_revealAction->isChecked() != revealed)
        m_revealAction->setChecked(revealed);
    m_revealAction->setText(revealed ? tr("Hide secret") : tr("Show secret"));
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
    wipeString(text);
    setRevealed(false);
}
