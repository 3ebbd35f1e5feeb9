#include "SecretOnceDialog.h"

#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "ui_SecretOnceDialog.h"

#include <QFontDatabase>
#include <QIcon>
#include <QLabel>
#include <QPointer>
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
    m_storeErrorLabel = new QLabel(this);
    m_storeErrorLabel->setObjectName(QStringLiteral("keychainErrorLabel"));
    m_storeErrorLabel->setTextFormat(Qt::PlainText); // the keychain's own message
    m_storeErrorLabel->setWordWrap(true);
    m_storeErrorLabel->hide();
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->count() - 1, m_storeErrorLabel);
    // Extra height goes below the content, not between the sentences.
    m_ui->verticalLayout->insertStretch(m_ui->verticalLayout->count() - 1, 1);
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

void SecretOnceDialog::setKeychainStore(KeychainStore store)
{
    m_store = std::move(store);
}

void SecretOnceDialog::accept()
{
    if (m_storing)
        return;
    if (!m_store || !keepInKeychain() || m_secret.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_storing = true;
    m_storeErrorLabel->hide();
    m_ui->finishButton->setEnabled(false);
    m_ui->keepInKeychainCheckBox->setEnabled(false);
    QPointer<SecretOnceDialog> self(this);
    m_store(m_secret.clone(), [self](bool ok, const QString& error) {
        if (!self)
            return;
        self->m_storing = false;
        self->m_ui->keepInKeychainCheckBox->setEnabled(self->m_keychainAvailable);
        if (ok) {
            self->m_storedInKeychain = true;
            self->m_secret.clear(); // it is in the keychain now; nothing for the caller to take
            self->QDialog::accept();
            return;
        }
        // Nothing is lost: the secret stays here to be copied by hand.
        self->m_ui->keepInKeychainCheckBox->setChecked(false);
        self->m_storeErrorLabel->setText(
            tr("The secret could not be kept in the keychain: %1 Copy it now; it "
               "is still shown here.")
                .arg(error));
        self->m_storeErrorLabel->show();
        self->updateButtons();
    });
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
    if (m_storing)
        return; // the keychain answers first
    // "I have stored it" and "keep it in my keychain" both ticked: closing is finishing.
    if (m_store && m_ui->storedCheckBox->isChecked() && keepInKeychain() && !m_secret.isEmpty()) {
        accept();
        return;
    }
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
    m_ui->finishButton->setEnabled(m_ui->storedCheckBox->isChecked() && !m_storing);
    m_ui->copySidButton->setEnabled(m_clipboard && !m_ui->sidEdit->text().isEmpty());
    m_ui->copySecretButton->setEnabled(m_clipboard && !m_secret.isEmpty());
}
