#include "AuthTokenPage.h"

#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/AuthTokenService.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/Mnemonic.h"
#include "common/SecretOnceDialog.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString localTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AuthTokenPage::AuthTokenPage(ApiClient* client, ClipboardService* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_clipboard(clipboard)
    , m_service(new AuthTokenService(client, this))
{
    setObjectName(QStringLiteral("authTokenPage"));
    setAccessibleName(tr("Auth Token"));
    buildUi();
    refresh();
}

AuthTokenPage::~AuthTokenPage()
{
    // A request still running is dropped with the service, before the widgets its callback would touch.
    delete m_service;
    m_service = nullptr;
}

void AuthTokenPage::buildUi()
{
    auto makeAction = [this](const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_createAction = makeAction(tr("&Create secondary token"), QStringLiteral("createSecondaryAction"),
                                tr("Create a secondary Auth Token; Twilio shows it once"));
    m_promoteAction = makeAction(
        tr("&Promote secondary token…"), QStringLiteral("promoteSecondaryAction"),
        tr("Make the secondary Auth Token the primary one; the current primary stops working at once"));
    m_deleteAction = makeAction(tr("&Delete secondary token…"), QStringLiteral("deleteSecondaryAction"),
                                tr("Delete the secondary Auth Token; the primary keeps working"));
    connect(m_createAction, &QAction::triggered, this, &AuthTokenPage::createSecondary);
    connect(m_promoteAction, &QAction::triggered, this, &AuthTokenPage::promoteSecondary);
    connect(m_deleteAction, &QAction::triggered, this, &AuthTokenPage::deleteSecondary);

    m_menu = new QMenu(tr("&Auth Token"), this);
    m_menu->setObjectName(QStringLiteral("authTokenMenu"));
    m_menu->addAction(m_createAction);
    m_menu->addAction(m_promoteAction);
    m_menu->addSeparator();
    m_menu->addAction(m_deleteAction);

    // A button that mirrors its action: text, tooltip and enabled state follow it.
    auto makeButton = [this](QAction* action, const QString& name) {
        auto* button = new QPushButton(action->text(), this);
        button->setObjectName(name);
        button->setAccessibleName(withoutMnemonic(action->text()).remove(u'…'));
        button->setToolTip(action->toolTip());
        button->setAccessibleDescription(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
                [button, action] { button->setEnabled(action->isEnabled()); });
        return button;
    };
    m_createButton = makeButton(m_createAction, QStringLiteral("createSecondaryButton"));
    m_promoteButton = makeButton(m_promoteAction, QStringLiteral("promoteSecondaryButton"));
    m_deleteButton = makeButton(m_deleteAction, QStringLiteral("deleteSecondaryButton"));

    // One column of reading width on the left; a wide window gives the rest to empty space.
    auto* outer = new QHBoxLayout(this);
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("authTokenContent"));
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    auto* title = plainLabel(tr("Auth Token rotation"), content);
    title->setObjectName(QStringLiteral("authTokenTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto* accountForm = new QGridLayout;
    accountForm->setHorizontalSpacing(12);
    auto* accountCaption = plainLabel(tr("Account:"), content);
    m_accountSidLabel = plainLabel(QString(), content);
    m_accountSidLabel->setObjectName(QStringLiteral("accountSidLabel"));
    m_accountSidLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_accountSidLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    accountCaption->setBuddy(m_accountSidLabel);
    auto* credentialCaption = plainLabel(tr("Signed in with:"), content);
    m_credentialLabel = plainLabel(QString(), content);
    m_credentialLabel->setObjectName(QStringLiteral("credentialLabel"));
    credentialCaption->setBuddy(m_credentialLabel);
    accountForm->addWidget(accountCaption, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    accountForm->addWidget(m_accountSidLabel, 0, 1);
    accountForm->addWidget(credentialCaption, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    accountForm->addWidget(m_credentialLabel, 1, 1);
    accountForm->setColumnStretch(1, 1);
    layout->addLayout(accountForm);

    m_message = new InlineMessage(content);
    m_message->setObjectName(QStringLiteral("authTokenMessage"));
    layout->addWidget(m_message);

    auto* steps = new QGroupBox(tr("How the rotation works"), content);
    steps->setObjectName(QStringLiteral("rotationSteps"));
    auto* grid = new QGridLayout(steps);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(14);
    auto addStep = [&](int row, const QString& number, const QString& text, QPushButton* button) {
        auto* numberLabel = plainLabel(number, steps);
        numberLabel->setWordWrap(false);
        QFont bold = numberLabel->font();
        bold.setBold(true);
        numberLabel->setFont(bold);
        auto* textLabel = plainLabel(text, steps);
        textLabel->setObjectName(QStringLiteral("rotationStep%1Label").arg(row + 1));
        grid->addWidget(numberLabel, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(textLabel, row, 1, Qt::AlignTop);
        if (button) {
            button->setParent(steps);
            grid->addWidget(button, row, 2, Qt::AlignTop);
        }
    };
    addStep(0, tr("1."),
            tr("Create a secondary Auth Token. Twilio shows it once, so store it right away. From then on "
               "both the primary and the secondary token work."),
            m_createButton);
    addStep(1, tr("2."),
            tr("Update your apps, servers and scripts to the secondary token, and the webhook signature "
               "checks (X-Twilio-Signature) that validate Twilio's requests with the Auth Token."),
            nullptr);
    addStep(2, tr("3."),
            tr("Promote the secondary token: it becomes the primary Auth Token, and the old primary stops "
               "working at once. Everything still using the old token is refused, and webhook signature "
               "checks keyed with it fail until they get the new one."),
            m_promoteButton);
    addStep(3, tr("Or:"),
            tr("Delete the secondary token to keep the current primary, for instance when the secondary "
               "token leaked or the rotation is called off."),
            m_deleteButton);
    grid->setColumnStretch(1, 1);
    layout->addWidget(steps);

    m_secondaryLabel = plainLabel(QString(), content);
    m_secondaryLabel->setObjectName(QStringLiteral("secondaryStateLabel"));
    layout->addWidget(m_secondaryLabel);
    layout->addStretch(1);

    outer->addWidget(content, 1);
    outer->addStretch(0);

    setTabOrder(m_createButton, m_promoteButton);
    setTabOrder(m_promoteButton, m_deleteButton);
}

QAction* AuthTokenPage::action(Action which) const
{
    switch (which) {
    case Action::CreateSecondary:
        return m_createAction;
    case Action::PromoteSecondary:
        return m_promoteAction;
    case Action::DeleteSecondary:
        return m_deleteAction;
    }
    return nullptr;
}

QList<QAction*> AuthTokenPage::actions() const
{
    return { m_createAction, m_promoteAction, m_deleteAction };
}

bool AuthTokenPage::hasCredentials() const
{
    return m_client->credentials().kind() != ApiCredentials::Kind::None;
}

void AuthTokenPage::setConnectedProfile(const std::optional<Profile>& profile)
{
    m_profile = profile;
}

void AuthTokenPage::refresh()
{
    if (m_createdFor != m_client->accountSid()) {
        m_createdSecondary.clear();
        m_createdFor.clear();
    }
    updateAccountText();
    updateSecondaryText();
    updateActions();
    if (!hasCredentials()) {
        m_message->showInfo(
            tr("No Twilio account is connected, so there is no Auth Token to rotate. Add a profile in the "
               "Profiles page, or start KeyDesk with --sandbox to try it on a built-in sandbox account."));
    } else if (!isBusy() && m_message->isVisible() && m_message->kind() == InlineMessage::Kind::Info
               && m_message->text().startsWith(tr("No Twilio account is connected"))) {
        m_message->hideMessage();
    }
}

void AuthTokenPage::updateAccountText()
{
    const ApiCredentials& credentials = m_client->credentials();
    m_accountSidLabel->setText(hasCredentials() ? m_client->accountSid() : tr("No account connected"));
    m_accountSidLabel->setAccessibleName(tr("Account SID"));
    QString how;
    switch (credentials.kind()) {
    case ApiCredentials::Kind::None:
        how = tr("Nothing (no profile)");
        break;
    case ApiCredentials::Kind::AuthToken:
        how = tr("The account's Auth Token. After a promotion it no longer works: update the profile.");
        break;
    case ApiCredentials::Kind::ApiKey:
        how = tr("API key %1. Only a Main key can rotate the Auth Token; a Standard or Restricted key is "
                 "refused.")
                  .arg(credentials.username());
        break;
    case ApiCredentials::Kind::AccessToken:
    case ApiCredentials::Kind::OAuthClient:
        how = tr("OAuth (%1)").arg(credentials.describe());
        break;
    }
    m_credentialLabel->setText(how);
}

void AuthTokenPage::updateSecondaryText()
{
    QString text;
    if (!hasCredentials())
        text.clear();
    else if (m_secondary == SecondaryState::Present)
        text
            = tr("A secondary Auth Token was created on %1. Both tokens work until you promote or delete it.")
                  .arg(localTime(m_secondaryCreated));
    else if (m_secondary == SecondaryState::Absent && m_promotedAt.isValid())
        text = tr("The secondary token became the primary on %1. There is no secondary token now.")
                   .arg(localTime(m_promotedAt));
    else if (m_secondary == SecondaryState::Absent)
        text = tr("There is no secondary Auth Token now.");
    else
        text = tr("Twilio does not tell whether a secondary Auth Token exists; Promote and Delete say so "
                  "when there is none.");
    m_secondaryLabel->setText(text);
    m_secondaryLabel->setVisible(!text.isEmpty());
}

void AuthTokenPage::updateActions()
{
    // Twilio cannot be asked whether a secondary token exists, so Promote and Delete stay available and
    // the server's answer says when there is none.
    const bool enabled = hasCredentials() && !isBusy();
    m_createAction->setEnabled(enabled);
    m_promoteAction->setEnabled(enabled);
    m_deleteAction->setEnabled(enabled);
}

void AuthTokenPage::setBusy(ApiTask* task, const QString& progressText)
{
    m_task = task;
    if (task) {
        // Not cancellable: once the POST or DELETE is sent, Twilio may already have carried it out.
        m_message->showProgress(progressText, false);
    }
    updateActions();
}

void AuthTokenPage::createSecondary()
{
    if (!hasCredentials() || isBusy())
        return;
    ApiTask* task = m_service->createSecondary([this](ApiResult<SecondaryAuthToken> result) {
        if (!requestEnded(result.error(), Action::CreateSecondary))
            return;
        SecondaryAuthToken secondary = result.take();
        m_secondary = SecondaryState::Present;
        m_secondaryCreated
            = secondary.dateCreated.isValid() ? secondary.dateCreated : QDateTime::currentDateTimeUtc();
        m_promotedAt = QDateTime();
        updateSecondaryText();
        m_message->showSuccess(
            tr("A secondary Auth Token was created. Store it, update your apps and webhook signature "
               "checks, then promote it."));
        Q_EMIT statusMessage(tr("Secondary Auth Token created."));
        // The answer's SID is shown only when it is one; the token was made for the client's account.
        const QString sid = ApiCredentials::isAccountSid(secondary.accountSid) ? secondary.accountSid
                                                                               : m_client->accountSid();
        // Kept (in memory) only when the profile in use holds this account's Auth Token: it is what the
        // profile will need once the secondary is promoted.
        m_createdSecondary.clear();
        m_createdFor.clear();
        if (m_store && m_profile && m_profile->kind == Profile::CredentialKind::AuthToken
            && m_profile->accountSid == m_client->accountSid()) {
            m_createdSecondary = secondary.token.clone();
            m_createdFor = m_client->accountSid();
        }
        showSecret(sid, m_secondaryCreated, std::move(secondary.token));
    });
    setBusy(task, tr("Creating a secondary Auth Token for %1…").arg(m_client->accountSid()));
}

void AuthTokenPage::showSecret(const QString& accountSid, const QDateTime& created, SecretBytes token)
{
    auto* dialog = new SecretOnceDialog(m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("secretOnceDialog"));
    dialog->setWindowTitle(tr("Secondary Auth Token"));
    dialog->setIntro(tr("A secondary Auth Token for account %1 was created on %2. It works alongside "
                        "the primary token until you promote or delete it. KeyDesk does not keep it.")
                         .arg(accountSid, localTime(created)));
    dialog->setSid(accountSid);
    // KeyDesk never keeps an Auth Token of its own accord; the profile is updated after a promotion.
    dialog->setKeepInKeychainVisible(false);
    dialog->setSecret(std::move(token)); // the dialog wipes it when it closes
    dialog->open();
}

void AuthTokenPage::promoteSecondary()
{
    if (!hasCredentials() || isBusy())
        return;
    const QString sid = m_client->accountSid();
    Confirmation::Question question;
    question.title = tr("Promote Secondary Auth Token");
    question.text = tr("Make the secondary Auth Token the primary Auth Token of account %1?").arg(sid);
    question.informativeText
        = tr("The current primary Auth Token stops working at once: every app, server and script that "
             "still uses it is refused. Webhook signature checks (X-Twilio-Signature) keyed with the old "
             "token fail until they get the new one. Promote only after you have stored the secondary "
             "token and updated what uses the Auth Token. This cannot be undone.");
    question.confirmText = tr("&Promote Secondary Token");
    question.cancelText = tr("&Keep Current Token");
    question.destructive = true;
    question.icon = QMessageBox::Warning;
    question.objectName = QStringLiteral("promoteConfirmationDialog");
    if (!Confirmation::ask(this, question))
        return; // cancelled: nothing sent, nothing said

    ApiTask* task = m_service->promote([this](ApiResult<QDateTime> result) {
        if (!requestEnded(result.error(), Action::PromoteSecondary))
            return;
        m_secondary = SecondaryState::Absent;
        m_promotedAt = result.value();
        updateSecondaryText();
        QString text = tr("The secondary Auth Token is now the primary; the old primary stopped working.");
        if (m_client->credentials().kind() == ApiCredentials::Kind::AuthToken)
            text += u' '
                + tr("This profile still holds the old token, so KeyDesk's own requests are refused until "
                     "it is updated.");
        if (m_createdSecondary.isEmpty())
            text += u' ' + tr("Update the profile's Auth Token in Profiles.");
        m_message->showSuccess(text);
        Q_EMIT statusMessage(tr("Secondary Auth Token promoted to primary."));
        Q_EMIT primaryTokenChanged();
        offerProfileUpdate();
    });
    setBusy(task, tr("Promoting the secondary Auth Token of %1…").arg(sid));
}

bool AuthTokenPage::requestEnded(const ApiError& error, Action action)
{
    m_task = nullptr;
    updateActions();
    if (!error.isError())
        return true;
    // Promote or delete answered 404: there is no secondary token (any more).
    if (action != Action::CreateSecondary && error.httpStatus() == 404) {
        m_secondary = SecondaryState::Absent;
        m_promotedAt = QDateTime();
        updateSecondaryText();
    }
    m_message->showError(explain(error, action));
    return false;
}

void AuthTokenPage::deleteSecondary()
{
    if (!hasCredentials() || isBusy())
        return;
    const QString sid = m_client->accountSid();
    Confirmation::Question question;
    question.title = tr("Delete Secondary Auth Token");
    question.text = tr("Delete the secondary Auth Token of account %1?").arg(sid);
    question.informativeText
        = tr("Everything that already uses the secondary token is refused from then on. The primary Auth "
             "Token keeps working. To rotate later, create a new secondary token.");
    question.confirmText = tr("&Delete Secondary Token");
    question.cancelText = tr("&Keep It");
    question.destructive = true;
    question.icon = QMessageBox::Warning;
    question.objectName = QStringLiteral("deleteConfirmationDialog");
    if (!Confirmation::ask(this, question))
        return;

    ApiTask* task = m_service->deleteSecondary([this](ApiResult<bool> result) {
        if (!requestEnded(result.error(), Action::DeleteSecondary))
            return;
        m_secondary = SecondaryState::Absent;
        m_promotedAt = QDateTime();
        m_createdSecondary.clear();
        m_createdFor.clear();
        updateSecondaryText();
        m_message->showSuccess(tr("The secondary Auth Token was deleted; the primary keeps working."));
        Q_EMIT statusMessage(tr("Secondary Auth Token deleted."));
    });
    setBusy(task, tr("Deleting the secondary Auth Token of %1…").arg(sid));
}

QString AuthTokenPage::explain(const ApiError& error, Action action) const
{
    const ApiCredentials& credentials = m_client->credentials();
    const int status = error.httpStatus();
    const QString said
        = error.message().isEmpty() ? QString() : u' ' + tr("Twilio said: “%1”.").arg(error.message());

    if (error.kind() == ApiError::Kind::Api && status == 404 && action != Action::CreateSecondary) {
        return (action == Action::PromoteSecondary
                    ? tr("There is no secondary Auth Token to promote (HTTP 404).")
                    : tr("There is no secondary Auth Token to delete (HTTP 404)."))
            + said + u' ' + tr("Create one first.");
    }

    QString text = error.sentence();
    if (error.kind() == ApiError::Kind::Api && (status == 401 || status == 403)) {
        switch (credentials.kind()) {
        case ApiCredentials::Kind::ApiKey:
            text += u' '
                + tr("Only the account's Auth Token or a Main API key can rotate the Auth Token; this "
                     "profile signs in with API key %1, which Twilio refused for this. Use a profile with "
                     "the Auth Token or a Main key of %2.")
                      .arg(credentials.username(), m_client->accountSid());
            break;
        case ApiCredentials::Kind::AuthToken:
            if (status == 401)
                text += u' '
                    + tr("If the Auth Token was promoted or changed since this profile was saved, the token "
                         "it holds no longer works: update it in Profiles.");
            break;
        case ApiCredentials::Kind::AccessToken:
        case ApiCredentials::Kind::OAuthClient:
            text += u' '
                + tr("This profile signs in with OAuth, which Twilio refused for this; rotating the Auth "
                     "Token needs the account's Auth Token or a Main API key.");
            break;
        case ApiCredentials::Kind::None:
            break;
        }
    }
    if (action == Action::PromoteSecondary && error.isAmbiguous())
        text += u' '
            + tr("The promotion may or may not have happened: if Twilio now refuses the old Auth Token, the "
                 "secondary token is the primary one.");
    return text;
}

void AuthTokenPage::offerProfileUpdate()
{
    SecretBytes token = std::move(m_createdSecondary);
    m_createdFor.clear();
    if (token.isEmpty() || !m_store || !m_profile)
        return;
    const Profile profile = *m_profile;
    if (profile.origin == Profile::Origin::Environment) {
        m_message->showWarning(tr("The promoted token is the primary now; KeyDesk was started with "
                                  "TWILIO_AUTH_TOKEN, so set that variable to the new token."));
        return;
    }
    Confirmation::Question question;
    question.title = tr("Update Profile");
    question.text = tr("Store the new primary Auth Token in profile %1?").arg(profile.name);
    question.informativeText = tr("The profile still holds the old token, which Twilio now refuses. KeyDesk "
                                  "stores the new one (the secondary you created here) in the keychain and "
                                  "keeps working with it.");
    question.confirmText = tr("&Update Profile");
    question.cancelText = tr("&Not Now");
    question.icon = QMessageBox::Question;
    question.objectName = QStringLiteral("updateProfileConfirmationDialog");
    if (!Confirmation::ask(this, question)) {
        m_message->showWarning(
            tr("The profile still holds the old token: update its Auth Token in Profiles."));
        return;
    }
    m_message->showProgress(tr("Storing the new Auth Token in profile %1…").arg(profile.name), false);
    m_store->update(profile, std::move(token), this, [this, profile](bool ok, const QString& sentence) {
        if (!ok) {
            m_message->showError(tr("The new Auth Token could not be stored in profile %1: %2 Update it in "
                                    "Profiles.")
                                     .arg(profile.name, sentence));
            return;
        }
        m_message->showSuccess(tr("Profile %1 now holds the new primary Auth Token.").arg(profile.name));
        Q_EMIT profileTokenUpdated(profile);
    });
}
