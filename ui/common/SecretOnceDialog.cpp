#include "SecretOnceDialog.h"

#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "ui_SecretOnceDialog.h"

#include <QFontDatabase>
#include <QIcon>
#include <QPushButton>

SecretOnceDialog::SecretOnceDialog(ClipboardService* clipboard, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretOnceDialog>())
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);

    // Monospaced, with room for a 34-character SID and a 32-character secret.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int width = QFontMetrics(fixed).horizontalAdvance(QLatin1Char('0')) * 36;
    m_ui->sidEdit->setFont(fixed);
    m_ui->sidEdit->setMinimumWidth(width);
    m_ui->secretEdit->setFont(fixed);
    m_ui->secretEdit->setMinimumWidth(width);
    const QIcon copyIcon = QIcon::fromTheme(QStringLiteral("edit-copy"));
    m_ui->copySidButton->setIcon(copyIcon);
    m_ui->copySecretButton->setIcon(copyIcon);
    m_ui->secretEdit->setClipboardService(clipboard);
    m_ui->introLabel->hide();
    m_ui->formLayout->setRowVisible(m_ui->sidLabel, false);
    m_ui->clipboardStatusLabel->hide();

    connect(m_ui->copySidButton, &QPushButton::clicked, this, &SecretOnceDialog::copySid);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &SecretOnceDialog::copySecret);
    connect(m_ui->storedCheckBox, &QCheckBox::toggled, this, &SecretOnceDialog::updateButtons);
    connect(m_ui->finishButton, &QPushButton::clicked, this, &SecretOnceDialog::accept);
    if (clipboard) {
        // The countdown would otherwise show only in the main window's status bar, behind this dialog.
        connect(clipboard, &ClipboardService::statusMessage, m_ui->clipboardStatusLabel,
                [label = m_ui->clipboardStatusLabel](const QString& text) {
                    label->setText(text);
                    label->setVisible(!text.isEmpty());
                });
    }

    setKeychainAvailable(true);
    updateButtons();
    m_ui->copySecretButton->setFocus();
}

SecretOnceDialog::~SecretOnceDialog()
{
    // Wipe before the children are torn down, whatever path led here.
    m_ui->secretEdit->wipe();
    m_secret.clear();
}

void SecretOnceDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
    m_ui->introLabel->setVisible(!text.isEmpty());
}

void SecretOnceDialog::setSid(const QString& sid)
{
    m_ui->sidEdit->setText(sid);
    m_ui->sidEdit->setCursorPosition(0);
    m_ui->formLayout->setRowVisible(m_ui->sidLabel, !sid.isEmpty());
    updateButtons();
}

void SecretOnceDialog::setSecret(SecretBytes secret)
{
    m_secret = std::move(secret);
    QString text = QString::fromUtf8(m_secret.view());
    m_ui->secretEdit->setText(text);
    m_ui->secretEdit->setCursorPosition(0);
    m_ui->secretEdit->setRevealed(false);
    wipeString(text);
    updateButtons();
}

void SecretOnceDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    QCheckBox* box = m_ui->keepInKeychainCheckBox;
    box->setEnabled(available);
    box->setChecked(available);
    const QString why = available
        ? QString()
        : tr("No keychain answered, so KeyDesk cannot keep this secret for you. Store it yourself "
             "before you close this window.");
    box->setToolTip(why);
    box->setAccessibleDescription(why); // a disabled box shows no tooltip to keyboard users
}

void SecretOnceDialog::setKeepInKeychainVisible(bool visible)
{
    m_ui->keepInKeychainCheckBox->setVisible(visible);
}

bool SecretOnceDialog::keepInKeychain() const
{
    return m_keychainAvailable && !m_ui->keepInKeychainCheckBox->isHidden()
        && m_ui->keepInKeychainCheckBox->isChecked();
}

SecretBytes SecretOnceDialog::takeSecretForKeychain()
{
    SecretBytes secret = std::move(m_secret); // leaves m_secret empty
    m_ui->secretEdit->wipe();
    updateButtons();
    return secret;
}

void SecretOnceDialog::done(int result)
{
    // The field is wiped however the dialog ends; the secret itself outlives it only after Finish,
    // for the caller to take into the keychain.
    m_ui->secretEdit->wipe();
    if (result != QDialog::Accepted || !keepInKeychain())
        m_secret.clear();
    updateButtons();
    QDialog::done(result);
}

void SecretOnceDialog::reject()
{
    // QDialog::closeEvent() calls reject() and keeps the window open if it is still visible after.
    if (!m_secret.isEmpty() && !m_ui->storedCheckBox->isChecked() && !confirmCloseWithoutStoring())
        return;
    QDialog::reject();
}

void SecretOnceDialog::copySid()
{
    if (m_clipboard)
        m_clipboard->copyText(m_ui->sidEdit->text());
}

void SecretOnceDialog::copySecret()
{
    if (!m_clipboard || m_secret.isEmpty())
        return;
    QString text = QString::fromUtf8(m_secret.view());
    m_clipboard->copySecret(text);
    wipeString(text);
}

bool SecretOnceDialog::confirmCloseWithoutStoring()
{
    Confirmation::Question question;
    question.title = tr("Secret Not Stored");
    question.text = tr("Close without storing the secret?");
    question.informativeText = tr("The secret cannot be shown again.");
    question.confirmText = tr("&Close Without Storing");
    question.cancelText = tr("&Go Back");
    question.destructive = true;
    question.icon = QMessageBox::Warning;
    question.objectName = QStringLiteral("closeWithoutStoringDialog");
    return Confirmation::ask(this, question);
}

void SecretOnceDialog::updateButtons()
{
    m_ui->finishButton->setEnabled(m_ui->storedCheckBox->isChecked());
    m_ui->copySidButton->setEnabled(m_clipboard && !m_ui->sidEdit->text().isEmpty());
    m_ui->copySecretButton->setEnabled(m_clipboard && !m_secret.isEmpty());
}
