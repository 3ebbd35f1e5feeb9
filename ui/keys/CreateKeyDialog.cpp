#include "CreateKeyDialog.h"

#include "common/InlineMessage.h"
#include "common/ThemeColors.h"
#include "keys/PermissionCatalog.h"
#include "keys/PermissionEditor.h"
#include "keys/PolicyDiffDialog.h"
#include "ui_CreateKeyDialog.h"

#include <QCloseEvent>
#include <QPushButton>

CreateKeyDialog::CreateKeyDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateKeyDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createKeyDialog"));
    m_ui->keyNameCounter->setTextFormat(Qt::PlainText);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("createKeyMessage"));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), m_message);

    m_editor = new PermissionEditor(m_ui->permissionEditorHost);
    m_editor->setObjectName(QStringLiteral("permissionEditor"));
    m_ui->permissionEditorLayout->addWidget(m_editor);

    QPushButton* create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("Create key"));
    create->setObjectName(QStringLiteral("createButton"));
    create->setAccessibleName(tr("Create key"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);

    connect(m_ui->keyNameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::updateCounter);
    connect(m_ui->restrictedRadio, &QRadioButton::toggled, this, &CreateKeyDialog::updateType);
    setAccounts({});
    updateCounter();
    updateType();
    m_ui->keyNameEdit->setFocus();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::setSource(const ApiKey& source)
{
    m_source = source;
    setWindowTitle(tr("Duplicate key"));
    setAccessibleName(tr("Duplicate key"));
    const QString name = source.friendlyName.isEmpty() ? source.sid : source.friendlyName;
    // Keep the suggestion within Twilio's limit.
    QString suggestion = tr("Copy of %1").arg(name);
    const QList<uint> ucs4 = suggestion.toUcs4();
    if (ucs4.size() > KeyService::maxFriendlyNameLength)
        suggestion = QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()),
                                       KeyService::maxFriendlyNameLength);
    m_ui->keyNameEdit->setText(suggestion);
    m_ui->keyNameEdit->selectAll();
    const bool restricted = source.type == ApiKey::Type::Restricted || source.policy.has_value();
    m_ui->restrictedRadio->setChecked(restricted);
    m_ui->standardRadio->setChecked(!restricted);
    // A copy keeps its source's type.
    m_ui->standardRadio->setEnabled(false);
    m_ui->restrictedRadio->setEnabled(false);
    if (restricted && source.policy)
        m_editor->setPolicy(*source.policy);
    m_ui->sourceLabel->setText(
        restricted ? tr("The new key starts with the %n permission(s) of “%1” (%2); adjust them below. The "
                        "source key is not changed.",
                        nullptr, source.policy ? source.policy->size() : 0)
                         .arg(name, source.sid)
                   : tr("The new key is a Standard key like “%1” (%2).").arg(name, source.sid));
    m_ui->sourceLabel->setVisible(true);
    m_ui->introLabel->setVisible(false);
    updateType();
}

void CreateKeyDialog::setAccounts(const QList<Account>& accounts)
{
    m_ui->targetAccountCombo->clear();
    for (const Account& account : accounts) {
        m_ui->targetAccountCombo->addItem(account.label, account.sid);
        m_ui->targetAccountCombo->setItemData(m_ui->targetAccountCombo->count() - 1, account.profileId,
                                              Qt::UserRole + 1);
    }
    const bool choice = accounts.size() > 1;
    m_ui->targetAccountCombo->setVisible(choice);
    m_ui->accountLabel->setVisible(choice);
}

QString CreateKeyDialog::targetAccountSid() const
{
    return m_ui->targetAccountCombo->currentData().toString();
}

QString CreateKeyDialog::targetProfileId() const
{
    return m_ui->targetAccountCombo->currentData(Qt::UserRole + 1).toString();
}

KeyCreateRequest CreateKeyDialog::request() const
{
    KeyCreateRequest request;
    request.friendlyName = m_ui->keyNameEdit->text().trimmed();
    request.restricted = m_ui->restrictedRadio->isChecked();
    request.api = KeyApi::Iam;
    if (request.restricted)
        request.policy = m_editor->policy();
    return request;
}

Policy CreateKeyDialog::basePolicy() const
{
    // Expanded as the editor shows it, so an untouched "…/<resource>/*" is no change.
    return m_source && m_source->policy
        ? Policy(PermissionCatalog::builtIn().expand(m_source->policy->allow()))
        : Policy();
}

void CreateKeyDialog::updateCounter()
{
    const qsizetype length = m_ui->keyNameEdit->text().trimmed().toUcs4().size();
    m_ui->keyNameCounter->setText(tr("%1 / %2").arg(length).arg(KeyService::maxFriendlyNameLength));
    QPalette palette = m_ui->keyNameCounter->palette();
    palette.setColor(QPalette::WindowText,
                     length > KeyService::maxFriendlyNameLength
                         ? ThemeColors::accent(ThemeColors::Accent::Error, palette)
                         : this->palette().color(QPalette::WindowText));
    m_ui->keyNameCounter->setPalette(palette);
    m_ui->keyNameCounter->setAccessibleDescription(
        tr("%1 of at most %2 characters").arg(length).arg(KeyService::maxFriendlyNameLength));
}

void CreateKeyDialog::updateType()
{
    const bool restricted = m_ui->restrictedRadio->isChecked();
    m_ui->permissionEditorHost->setVisible(restricted);
    m_ui->bottomSpacer->changeSize(0, restricted ? 0 : 20, QSizePolicy::Minimum,
                                   restricted ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_ui->mainLayout->invalidate();
}

QString CreateKeyDialog::validate() const
{
    const KeyCreateRequest r = request();
    if (r.friendlyName.isEmpty())
        return tr("Give the key a name, so that it can be told apart from the others later.");
    if (const QString problem = KeyService::checkFriendlyName(r.friendlyName); !problem.isEmpty())
        return problem;
    if (r.restricted) {
        const QStringList problems = m_editor->problems();
        if (!problems.isEmpty())
            return tr("The permissions cannot be sent: %1").arg(problems.join(QStringLiteral("; ")));
    }
    return KeyService::checkCreate(r);
}

void CreateKeyDialog::accept()
{
    if (m_busy)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    const KeyCreateRequest r = request();
    if (r.restricted) {
        const QString note = m_source ? tr("The new key gets the permissions as they are after this change; "
                                           "the source key keeps its own.")
                                      : tr("The new key gets exactly these permissions.");
        if (!PolicyDiffDialog::confirm(this, basePolicy(), r.policy, tr("Create key"), note))
            return;
    }
    m_message->hideMessage();
    Q_EMIT submitted();
}

void CreateKeyDialog::reject()
{
    if (m_busy)
        return; // the create is on its way; its answer decides what happens
    QDialog::reject();
}

void CreateKeyDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void CreateKeyDialog::setBusy(const QString& text)
{
    m_busy = true;
    m_ui->keyNameEdit->setEnabled(false);
    m_ui->targetAccountCombo->setEnabled(false);
    m_editor->setEnabled(false);
    m_ui->buttonBox->setEnabled(false);
    m_message->showProgress(text, false);
}

void CreateKeyDialog::showFailure(const QString& sentence)
{
    m_busy = false;
    m_ui->keyNameEdit->setEnabled(true);
    m_ui->targetAccountCombo->setEnabled(true);
    m_editor->setEnabled(true);
    m_ui->buttonBox->setEnabled(true);
    m_message->showError(sentence);
}

void CreateKeyDialog::finishSubmitted()
{
    m_busy = false;
    QDialog::accept();
}
