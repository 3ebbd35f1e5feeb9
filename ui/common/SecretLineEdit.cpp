#include "SecretLineEdit.h"

#include <QAction>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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
    wipeString(text);
    setRevealed(false);
}
