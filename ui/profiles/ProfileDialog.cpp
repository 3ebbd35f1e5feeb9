#include "ProfileDialog.h"

#include "ConnectionTest.h"
#include "api/TwilioHosts.h"
#include "common/InlineMessage.h"
#include "common/SecretLineEdit.h"
#include "common/ThemeColors.h"
#include "profiles/ProfileStore.h"
#include "ui_ProfileDialog.h"

#include <QPushButton>

ProfileDialog::ProfileDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_newId(Profile::newId())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileDialog"));

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), m_message);

    m_ui->kindCombo->addItem(Profile::kindLabel(Profile::CredentialKind::AuthToken),
                             int(Profile::CredentialKind::AuthToken));
    m_ui->kindCombo->addItem(Profile::kindLabel(Profile::CredentialKind::ApiKey),
                             int(Profile::CredentialKind::ApiKey));
    m_ui->kindCombo->addItem(Profile::kindLabel(Profile::CredentialKind::OAuthClient),
                             int(Profile::CredentialKind::OAuthClient));
    for (const QString& region : TwilioHosts::knownRegions())
        m_ui->regionCombo->addItem(region, region);

    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add profile"));
    ok->setObjectName(QStringLiteral("saveProfileButton"));
    ok->setAccessibleName(tr("Add profile"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    m_test = new ConnectionTest(this);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_test, &ConnectionTest::finished, this,
            [this](bool ok, bool, const QString& sentence) { showTestResult(ok, sentence); });

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateKind);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEdges);
    updateKind();
    updateEdges();
    m_ui->nameEdit->setFocus();
}

ProfileDialog::~ProfileDialog()
{
    m_ui->secretEdit->wipe();
}

void ProfileDialog::setProfileStore(ProfileStore* store)
{
    m_store = store;
}

void ProfileDialog::setProfile(const Profile& profile)
{
    m_original = profile;
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    setAccessibleName(tr("Edit profile"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save"));
    ok->setAccessibleName(tr("Save"));
    m_ui->nameEdit->setText(profile.name);
    m_ui->accountSidEdit->setText(profile.accountSid);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(profile.kind)));
    m_ui->credentialUserEdit->setText(profile.credentialUser);
    m_ui->secretEdit->wipe();
    m_ui->secretHintLabel->setVisible(true);
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(profile.effectiveRegion()));
    updateEdges();
    const int edge = m_ui->edgeCombo->findData(profile.edge);
    if (edge >= 0)
        m_ui->edgeCombo->setCurrentIndex(edge);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    updateKind();
}

void ProfileDialog::updateKind()
{
    const auto kind = Profile::CredentialKind(m_ui->kindCombo->currentData().toInt());
    const bool hasUser = kind != Profile::CredentialKind::AuthToken;
    m_ui->credentialUserLabel->setVisible(hasUser);
    m_ui->credentialUserEdit->setVisible(hasUser);
    switch (kind) {
    case Profile::CredentialKind::AuthToken:
        m_ui->secretLabel->setText(tr("Auth &Token:"));
        m_ui->secretEdit->setAccessibleName(tr("Auth Token"));
        break;
    case Profile::CredentialKind::ApiKey:
        m_ui->credentialUserLabel->setText(tr("API &key SID:"));
        m_ui->credentialUserEdit->setAccessibleName(tr("API key SID"));
        m_ui->credentialUserEdit->setPlaceholderText(QStringLiteral("SK…"));
        m_ui->secretLabel->setText(tr("API key &secret:"));
        m_ui->secretEdit->setAccessibleName(tr("API key secret"));
        break;
    case Profile::CredentialKind::OAuthClient:
    case Profile::CredentialKind::OAuthSignIn: // edited in SignInDialog; never offered here
        m_ui->credentialUserLabel->setText(tr("Client &id:"));
        m_ui->credentialUserEdit->setAccessibleName(tr("OAuth client id"));
        m_ui->credentialUserEdit->setPlaceholderText(QString());
        m_ui->secretLabel->setText(tr("Client &secret:"));
        m_ui->secretEdit->setAccessibleName(tr("OAuth client secret"));
        break;
    }
}

void ProfileDialog::updateEdges()
{
    const QString current = m_ui->edgeCombo->currentData().toString();
    const QString region = m_ui->regionCombo->currentData().toString();
    const QString defaultEdge = TwilioHosts::defaultEdge(region);
    m_ui->edgeCombo->clear();
    m_ui->edgeCombo->addItem(defaultEdge.isEmpty() ? tr("Default") : tr("Default (%1)").arg(defaultEdge),
                             QString());
    for (const QString& edge : TwilioHosts::knownEdges())
        m_ui->edgeCombo->addItem(edge, edge);
    const int index = m_ui->edgeCombo->findData(current);
    m_ui->edgeCombo->setCurrentIndex(index >= 0 ? index : 0);
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.id = m_original ? m_original->id : m_newId;
    p.name = m_ui->nameEdit->text();
    p.accountSid = m_ui->accountSidEdit->text().trimmed();
    p.kind = Profile::CredentialKind(m_ui->kindCombo->currentData().toInt());
    if (p.kind != Profile::CredentialKind::AuthToken)
        p.credentialUser = m_ui->credentialUserEdit->text().trimmed();
    p.region = m_ui->regionCombo->currentData().toString();
    p.edge = m_ui->edgeCombo->currentData().toString();
    const QString url = m_ui->baseUrlEdit->text().trimmed();
    p.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    return p;
}

bool ProfileDialog::hasNewSecret() const
{
    return !m_ui->secretEdit->text().isEmpty();
}

SecretBytes ProfileDialog::takeSecret()
{
    SecretBytes secret;
    QString ignored;
    if (hasNewSecret())
        m_ui->secretEdit->secretBytes(SecretLineEdit::Encoding::Utf8, &secret, &ignored);
    m_ui->secretEdit->wipe();
    return secret;
}

QStringList ProfileDialog::problems() const
{
    const Profile p = profile();
    QStringList problems = p.validate();
    for (const QString& taken : m_takenNames)
        if (Profile::sameName(taken, p.name) && !(m_original && Profile::sameName(m_original->name, p.name)))
            problems << tr("Another profile is already called %1.").arg(p.name);
    if (!hasNewSecret()) {
        const bool newCredential = !m_original || m_original->kind != p.kind
            || m_original->accountSid != p.accountSid || m_original->credentialUser != p.credentialUser;
        if (newCredential)
            problems << (m_original ? tr("A changed credential needs its secret: enter it again.")
                                    : tr("Enter the secret (%1).").arg(m_ui->secretEdit->accessibleName()));
    }
    return problems;
}

void ProfileDialog::accept()
{
    if (const QStringList list = problems(); !list.isEmpty()) {
        m_message->showError(list.join(u'\n'));
        return;
    }
    m_message->hideMessage();
    m_test->cancel();
    QDialog::accept();
}

void ProfileDialog::reject()
{
    m_test->cancel();
    m_ui->secretEdit->wipe();
    QDialog::reject();
}

void ProfileDialog::testConnection()
{
    Profile p = profile();
    // The name plays no part in a test; a placeholder keeps validate() to what matters.
    if (!Profile::checkName(p.name).isEmpty())
        p.name = QStringLiteral("test");
    if (const QStringList list = p.validate(); !list.isEmpty()) {
        showTestResult(false, list.join(QLatin1Char(' ')));
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setPalette(palette());
    m_ui->testResultLabel->setText(tr("Testing the connection…"));
    if (hasNewSecret()) {
        SecretBytes secret;
        QString ignored;
        m_ui->secretEdit->secretBytes(SecretLineEdit::Encoding::Utf8, &secret, &ignored);
        m_test->start(p, std::move(secret));
        return;
    }
    const bool sameCredential = m_original && m_original->kind == p.kind
        && m_original->accountSid == p.accountSid && m_original->credentialUser == p.credentialUser;
    if (!sameCredential || !m_store) {
        showTestResult(false, tr("Enter the secret to test the connection."));
        return;
    }
    m_store->readSecret(m_original->id, this, [this, p](SecretBytes secret, const QString& sentence) {
        if (secret.isEmpty()) {
            showTestResult(false, sentence.isEmpty() ? tr("The stored secret could not be read.") : sentence);
            return;
        }
        m_test->start(p, std::move(secret));
    });
}

void ProfileDialog::showTestResult(bool ok, const QString& sentence)
{
    m_ui->testConnectionButton->setEnabled(true);
    QPalette palette = this->palette();
    palette.setColor(
        QPalette::WindowText,
        ThemeColors::accent(ok ? ThemeColors::Accent::Success : ThemeColors::Accent::Error, palette));
    m_ui->testResultLabel->setPalette(palette);
    m_ui->testResultLabel->setText(sentence);
}
