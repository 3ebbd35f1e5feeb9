#include "SignInDialog.h"

#include "ConnectionTest.h"
#include "api/ApiCredentials.h"
#include "api/TwilioHosts.h"
#include "common/InlineMessage.h"
#include "common/ThemeColors.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

OAuthBrowserSignIn::BrowserHook& browserOverride()
{
    static OAuthBrowserSignIn::BrowserHook hook;
    return hook;
}

// The fields a sign-in is bound to: a change of any needs a new one.
bool sameCredential(const Profile& a, const Profile& b)
{
    return a.accountSid == b.accountSid && a.credentialUser == b.credentialUser
        && a.effectiveRegion() == b.effectiveRegion() && a.edge == b.edge && a.baseUrl == b.baseUrl;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

void SignInDialog::setBrowserOverride(OAuthBrowserSignIn::BrowserHook hook)
{
    browserOverride() = std::move(hook);
}

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_newId(Profile::newId())
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in with Twilio"));
    setAccessibleName(tr("Sign in with Twilio"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("KeyDesk opens Twilio's sign-in page in your browser. Use the client id of "
                                "an OAuth app you created in the Twilio Console (a public app whose "
                                "redirect URI is http://127.0.0.1). Only the refresh token is kept, in "
                                "the system keychain; KeyDesk never sees your password."),
                             this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Profile name"));
    m_nameEdit->setMaxLength(Profile::maxNameLength);
    m_nameEdit->setText(tr("Twilio sign-in"));
    form->addRow(buddyLabel(tr("&Name:"), m_nameEdit, this), m_nameEdit);
    m_accountSidEdit = new QLineEdit(this);
    m_accountSidEdit->setObjectName(QStringLiteral("accountSidEdit"));
    m_accountSidEdit->setAccessibleName(tr("Account SID"));
    m_accountSidEdit->setPlaceholderText(QStringLiteral("AC…"));
    m_accountSidEdit->setMaxLength(34);
    form->addRow(buddyLabel(tr("&Account SID:"), m_accountSidEdit, this), m_accountSidEdit);
    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setAccessibleName(tr("OAuth app client id"));
    m_clientIdEdit->setMaxLength(Profile::maxCredentialUserLength);
    form->addRow(buddyLabel(tr("OAuth app &client id:"), m_clientIdEdit, this), m_clientIdEdit);
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setAccessibleName(tr("Region"));
    for (const QString& region : TwilioHosts::knownRegions())
        m_regionCombo->addItem(region, region);
    form->addRow(buddyLabel(tr("&Region:"), m_regionCombo, this), m_regionCombo);
    m_edgeCombo = new QComboBox(this);
    m_edgeCombo->setObjectName(QStringLiteral("edgeCombo"));
    m_edgeCombo->setAccessibleName(tr("Edge"));
    form->addRow(buddyLabel(tr("&Edge:"), m_edgeCombo, this), m_edgeCombo);
    m_baseUrlEdit = new QLineEdit(this);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setAccessibleName(tr("Base URL"));
    m_baseUrlEdit->setPlaceholderText(tr("Optional: a proxy or the sandbox"));
    form->addRow(buddyLabel(tr("&Base URL:"), m_baseUrlEdit, this), m_baseUrlEdit);
    layout->addLayout(form);

    auto* signInRow = new QHBoxLayout;
    m_signInButton = new QPushButton(tr("&Sign in with Twilio…"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in with Twilio"));
    signInRow->addWidget(m_signInButton);
    m_cancelSignInButton = new QPushButton(tr("S&top waiting"), this);
    m_cancelSignInButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelSignInButton->setAccessibleName(tr("Stop waiting for the browser"));
    signInRow->addWidget(m_cancelSignInButton);
    signInRow->addStretch(1);
    layout->addLayout(signInRow);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("signInStateLabel"));
    m_stateLabel->setAccessibleName(tr("Sign-in result"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stateLabel);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Add profile"));
    m_okButton->setAccessibleName(tr("Add profile"));
    m_okButton->setObjectName(QStringLiteral("saveProfileButton"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    m_test = new ConnectionTest(this);
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, bool, const QString& sentence) {
        showResult(ok,
                   ok ? tr("Signed in. %1").arg(sentence)
                      : tr("Signed in, but the account did not answer: %1").arg(sentence));
        Q_EMIT signInFinished(ok);
    });
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancelSignInButton, &QPushButton::clicked, this, &SignInDialog::cancelSignIn);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateEdges);
    for (QLineEdit* edit : { m_accountSidEdit, m_clientIdEdit, m_baseUrlEdit })
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_edgeCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateState);
    updateEdges();
    updateState();
    m_accountSidEdit->setFocus();
    resize(560, sizeHint().height());
}

SignInDialog::~SignInDialog()
{
    if (m_signIn)
        m_signIn->cancel();
}

void SignInDialog::setProfile(const Profile& profile)
{
    m_original = profile;
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    setAccessibleName(tr("Edit profile"));
    m_okButton->setText(tr("Save"));
    m_okButton->setAccessibleName(tr("Save"));
    m_signInButton->setText(tr("&Sign in again…"));
    m_nameEdit->setText(profile.name);
    m_accountSidEdit->setText(profile.accountSid);
    m_clientIdEdit->setText(profile.credentialUser);
    m_regionCombo->setCurrentIndex(m_regionCombo->findData(profile.effectiveRegion()));
    updateEdges();
    const int edge = m_edgeCombo->findData(profile.edge);
    if (edge >= 0)
        m_edgeCombo->setCurrentIndex(edge);
    m_baseUrlEdit->setText(profile.baseUrl.toString());
    updateState();
}

void SignInDialog::setClientId(const QString& clientId)
{
    m_clientIdEdit->setText(clientId);
}

void SignInDialog::setBaseUrl(const QUrl& url)
{
    m_baseUrlEdit->setText(url.toString());
}

void SignInDialog::updateEdges()
{
    const QString current = m_edgeCombo->currentData().toString();
    const QString region = m_regionCombo->currentData().toString();
    const QString defaultEdge = TwilioHosts::defaultEdge(region);
    const QSignalBlocker blocker(m_edgeCombo);
    m_edgeCombo->clear();
    m_edgeCombo->addItem(defaultEdge.isEmpty() ? tr("Default") : tr("Default (%1)").arg(defaultEdge),
                         QString());
    for (const QString& edge : TwilioHosts::knownEdges())
        m_edgeCombo->addItem(edge, edge);
    const int index = m_edgeCombo->findData(current);
    m_edgeCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateState();
}

Profile SignInDialog::profile() const
{
    Profile p;
    p.id = m_original ? m_original->id : m_newId;
    p.name = m_nameEdit->text();
    p.accountSid = m_accountSidEdit->text().trimmed();
    p.kind = Profile::CredentialKind::OAuthSignIn;
    p.credentialUser = m_clientIdEdit->text().trimmed();
    p.region = m_regionCombo->currentData().toString();
    p.edge = m_edgeCombo->currentData().toString();
    const QString url = m_baseUrlEdit->text().trimmed();
    p.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    return p;
}

void SignInDialog::updateState()
{
    // A sign-in is bound to the account, the app and the hosts it was made for.
    if (m_signedInFor && !sameCredential(*m_signedInFor, profile())) {
        if (m_signIn)
            m_signIn->cancel();
        m_refreshToken.clear();
        m_signedInFor.reset();
        m_test->cancel();
        showResult(false, tr("The account, client id or hosts changed: sign in again."));
    }
    const bool busy = m_signIn && m_signIn->isBusy();
    m_signInButton->setEnabled(!busy);
    m_cancelSignInButton->setVisible(busy);
    const bool credentialKept = m_original && sameCredential(*m_original, profile());
    m_okButton->setEnabled(!busy && (isSignedIn() || credentialKept));
}

QStringList SignInDialog::problems(bool forSignIn) const
{
    Profile p = profile();
    if (forSignIn && !Profile::checkName(p.name).isEmpty())
        p.name = QStringLiteral("sign-in"); // the name plays no part in signing in
    QStringList problems = p.validate();
    if (!forSignIn) {
        for (const QString& taken : m_takenNames)
            if (Profile::sameName(taken, p.name)
                && !(m_original && Profile::sameName(m_original->name, p.name)))
                problems << tr("Another profile is already called %1.").arg(p.name);
        if (!isSignedIn() && !(m_original && sameCredential(*m_original, p)))
            problems << tr("Sign in with Twilio first.");
    }
    return problems;
}

void SignInDialog::startSignIn()
{
    if (const QStringList list = problems(true); !list.isEmpty()) {
        m_message->showError(list.join(u'\n'));
        return;
    }
    const Profile p = profile();
    TwilioHosts hosts;
    QString error;
    if (!hosts.setRegion(p.region, p.edge, &error)
        || (!p.baseUrl.isEmpty() && !hosts.setBaseUrlOverride(p.baseUrl, &error))) {
        m_message->showError(error);
        return;
    }
    m_message->hideMessage();
    m_test->cancel();
    m_refreshToken.clear();
    m_signedInFor.reset();
    if (m_signIn)
        m_signIn.release()->deleteLater(); // it may be inside one of its own signals
    m_signIn = std::make_unique<OAuthBrowserSignIn>(hosts, p.credentialUser);
    m_signIn->setBrowser(browserOverride() ? browserOverride()
                                           : OAuthBrowserSignIn::BrowserHook([](const QUrl& url) {
                                                 return QDesktopServices::openUrl(url);
                                             }));
    connect(
        m_signIn.get(), &OAuthBrowserSignIn::signedIn, this,
        [this](const SecretBytes& access, const SecretBytes& refresh, int) { onSignedIn(access, refresh); });
    connect(m_signIn.get(), &OAuthBrowserSignIn::failed, this, &SignInDialog::onFailed);
    m_signedInFor = p;
    m_signIn->signIn();
    if (m_signIn->isBusy()) {
        showResult(true,
                   tr("Waiting for you to sign in in the browser (answers arrive at %1). If no browser "
                      "opened, open this address yourself:\n%2")
                       .arg(m_signIn->redirectUri(), m_signIn->authorizationUrl().toString()));
        m_stateLabel->setPalette(palette());
    }
    updateState();
}

void SignInDialog::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
    m_signedInFor.reset();
    showResult(false, tr("Sign-in stopped; nothing was kept."));
    updateState();
}

void SignInDialog::onSignedIn(const SecretBytes& accessToken, const SecretBytes& refreshToken)
{
    if (refreshToken.isEmpty()) {
        onFailed(tr("Twilio signed you in but gave no refresh token, so KeyDesk could not stay signed in: "
                    "make sure the OAuth app may issue refresh tokens (scope offline_access)."));
        return;
    }
    m_refreshToken = refreshToken.clone();
    m_stateLabel->setPalette(palette());
    m_stateLabel->setText(tr("Signed in; testing the connection…"));
    updateState();
    const Profile p = m_signedInFor ? *m_signedInFor : profile();
    Profile forTest = p;
    if (!Profile::checkName(forTest.name).isEmpty())
        forTest.name = QStringLiteral("sign-in");
    m_test->startWithCredentials(forTest, ApiCredentials::accessToken(p.accountSid, accessToken.clone()));
}

void SignInDialog::onFailed(const QString& sentence)
{
    m_refreshToken.clear();
    m_signedInFor.reset();
    showResult(false, tr("Sign-in failed: %1").arg(sentence));
    updateState();
    Q_EMIT signInFinished(false);
}

void SignInDialog::showResult(bool ok, const QString& sentence)
{
    QPalette palette = this->palette();
    palette.setColor(
        QPalette::WindowText,
        ThemeColors::accent(ok ? ThemeColors::Accent::Success : ThemeColors::Accent::Error, palette));
    m_stateLabel->setPalette(palette);
    m_stateLabel->setText(sentence);
}

void SignInDialog::accept()
{
    if (const QStringList list = problems(false); !list.isEmpty()) {
        m_message->showError(list.join(u'\n'));
        return;
    }
    m_message->hideMessage();
    if (m_signIn)
        m_signIn->cancel();
    m_test->cancel();
    QDialog::accept();
}

void SignInDialog::reject()
{
    if (m_signIn)
        m_signIn->cancel();
    m_test->cancel();
    m_refreshToken.clear();
    QDialog::reject();
}
