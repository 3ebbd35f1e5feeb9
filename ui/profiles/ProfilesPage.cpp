#include "ProfilesPage.h"

#include "ConnectionTest.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "SignInDialog.h"
#include "TwilioCliImportDialog.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/Mnemonic.h"
#include "profiles/ProfileStore.h"
#include "profiles/TwilioCliConfig.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

ProfilesPage::ProfilesPage(ProfileStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_cliConfigPath(TwilioCliConfig::defaultPath())
{
    setObjectName(QStringLiteral("profilesPage"));
    setAccessibleName(tr("Profiles"));

    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Each profile connects KeyDesk to one Twilio account. Secrets are kept in the "
                        "system keychain; the active profile is used when no TWILIO_* variables are set."),
                     this);
    intro->setObjectName(QStringLiteral("profilesIntroLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_toolBar = new QToolBar(tr("Profile actions"), this);
    m_toolBar->setObjectName(QStringLiteral("profilesToolBar"));
    m_toolBar->setAccessibleName(tr("Profile actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addAction = makeAction(tr("&Add…"), QStringLiteral("addProfileAction"), &ProfilesPage::addProfile);
    m_signInAction = makeAction(tr("&Sign in with Twilio…"), QStringLiteral("signInAction"),
                                &ProfilesPage::signInWithTwilio);
    m_editAction = makeAction(tr("&Edit…"), QStringLiteral("editProfileAction"), &ProfilesPage::editProfile);
    m_removeAction
        = makeAction(tr("&Remove…"), QStringLiteral("removeProfileAction"), &ProfilesPage::removeProfile);
    m_activeAction = makeAction(tr("Set a&ctive"), QStringLiteral("setActiveProfileAction"),
                                &ProfilesPage::setActiveProfile);
    m_testAction = makeAction(tr("&Test"), QStringLiteral("testProfileAction"), &ProfilesPage::testProfile);
    m_toolBar->addSeparator();
    m_importAction = makeAction(tr("&Import from twilio-cli…"), QStringLiteral("importProfilesAction"),
                                &ProfilesPage::importFromTwilioCli);
    layout->addWidget(m_toolBar);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("profilesMessage"));
    layout->addWidget(m_message);

    m_model = new ProfileListModel(store, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("profileList"));
    m_view->setAccessibleName(tr("Profiles"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::NameColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::AccountSidColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::KindColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProfileListModel::RegionColumn,
                                                     QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.data(ProfileListModel::EnvironmentRole).toBool())
            editProfile();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfilesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesPage::updateActions);

    m_test = new ConnectionTest(this);
    // Testing a sign-in profile spends its refresh token: keep the one Twilio gave in its place.
    connect(m_test, &ConnectionTest::refreshTokenRotated, this,
            [this](const Profile& profile, const SecretBytes& token) {
                m_store->storeRenewedSecret(
                    profile, token.clone(), this, [this, profile](bool ok, const QString& sentence) {
                        if (!ok)
                            m_message->showError(
                                tr("The new sign-in of profile %1 could not be stored; sign in again: %2")
                                    .arg(profile.name, sentence));
                    });
            });
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok, bool, const QString& sentence) {
        if (ok)
            m_message->showSuccess(sentence);
        else
            m_message->showError(sentence);
    });

    setEnvironment(QProcessEnvironment::systemEnvironment());
    if (!store->problems().isEmpty())
        m_message->showWarning(
            tr("Some stored profiles could not be read: %1").arg(store->problems().join(QLatin1Char(' '))));
}

ProfilesPage::~ProfilesPage() = default;

QAction* ProfilesPage::makeAction(const QString& text, const QString& objectName,
                                  void (ProfilesPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    m_toolBar->addAction(action);
    if (QWidget* button = m_toolBar->widgetForAction(action)) {
        button->setObjectName(objectName + QStringLiteral("Button"));
        button->setAccessibleName(withoutMnemonic(text).remove(QStringLiteral("…")));
    }
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void ProfilesPage::setEnvironment(const QProcessEnvironment& environment)
{
    m_environment = EnvironmentProfile(environment);
    m_model->setEnvironmentProfile(m_environment.isPresent() ? m_environment.profile() : std::nullopt,
                                   m_environment.isPresent() ? m_environment.error() : QString());
    updateActions();
}

void ProfilesPage::setTwilioCliConfigPath(const QString& path)
{
    m_cliConfigPath = path;
    updateActions();
}

bool ProfilesPage::hasTwilioCliConfig() const
{
    return !m_cliConfigPath.isEmpty() && QFileInfo::exists(m_cliConfigPath);
}

void ProfilesPage::selectProfile(const QString& id)
{
    const QModelIndex index = m_model->indexFromKey(id);
    if (index.isValid())
        m_view->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

QString ProfilesPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyFromIndex(rows.first());
}

void ProfilesPage::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool stored = selected && !rows.first().data(ProfileListModel::EnvironmentRole).toBool();
    const bool environmentUsable = selected && !stored && m_environment.profile().has_value();
    m_editAction->setEnabled(stored);
    m_removeAction->setEnabled(stored);
    m_activeAction->setEnabled(stored && !rows.first().data(ProfileListModel::ActiveRole).toBool());
    m_testAction->setEnabled(stored || environmentUsable);
    m_importAction->setVisible(hasTwilioCliConfig());
}

void ProfilesPage::addProfile()
{
    if (m_dialog)
        return;
    auto* dialog = new ProfileDialog(this);
    m_dialog = dialog;
    dialog->setTakenNames(takenNames());
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_dialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        storeNewProfile(dialog->profile(), dialog->takeSecret());
    });
    dialog->open();
}

QStringList ProfilesPage::takenNames(const QString& exceptId) const
{
    QStringList names;
    for (const Profile& p : m_store->list())
        if (p.id != exceptId)
            names << p.name;
    return names;
}

void ProfilesPage::signInWithTwilio()
{
    if (m_dialog || m_signInDialog)
        return;
    auto* dialog = new SignInDialog(this);
    m_signInDialog = dialog;
    dialog->setTakenNames(takenNames());
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_signInDialog = nullptr;
        if (result == QDialog::Accepted)
            storeNewProfile(dialog->profile(), dialog->takeRefreshToken());
    });
    dialog->open();
}

void ProfilesPage::storeNewProfile(const Profile& profile, SecretBytes secret)
{
    m_message->showProgress(tr("Adding profile %1…").arg(profile.name), false);
    m_store->add(profile, std::move(secret), this, [this, profile](bool ok, const QString& sentence) {
        if (!ok) {
            m_message->showError(tr("Profile %1 was not added: %2").arg(profile.name, sentence));
            return;
        }
        selectProfile(profile.id);
        const QString text = tr("Profile %1 was added.").arg(profile.name);
        m_message->showSuccess(sentence.isEmpty() ? text : text + u' ' + sentence);
        // The first profile is the one to use: make it active, so the window connects to it.
        if (m_store->activeId().isEmpty() && m_store->setActive(profile.id)) {
            selectProfile(profile.id); // the list was read again
            Q_EMIT activeProfileChanged(profile);
        }
    });
}

void ProfilesPage::storeEditedProfile(const Profile& profile, std::optional<SecretBytes> secret)
{
    m_message->showProgress(tr("Saving profile %1…").arg(profile.name), false);
    m_store->update(profile, std::move(secret), this, [this, profile](bool ok, const QString& sentence) {
        if (!ok) {
            m_message->showError(tr("Profile %1 was not saved: %2").arg(profile.name, sentence));
            return;
        }
        selectProfile(profile.id);
        const QString text = tr("Profile %1 was saved.").arg(profile.name);
        m_message->showSuccess(sentence.isEmpty() ? text : text + u' ' + sentence);
        if (m_store->activeId() == profile.id)
            Q_EMIT activeProfileChanged(profile);
    });
}

void ProfilesPage::editProfile()
{
    const std::optional<Profile> original = m_store->find(selectedId());
    if (!original || m_dialog || m_signInDialog)
        return;
    const QStringList otherNames = takenNames(original->id);
    if (original->kind == Profile::CredentialKind::OAuthSignIn) {
        // A sign-in profile has no secret to type: its dialog signs in again to replace the token.
        auto* dialog = new SignInDialog(this);
        m_signInDialog = dialog;
        dialog->setTakenNames(otherNames);
        dialog->setProfile(*original);
        connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
            dialog->deleteLater();
            m_signInDialog = nullptr;
            if (result != QDialog::Accepted)
                return;
            std::optional<SecretBytes> token;
            if (dialog->isSignedIn())
                token = dialog->takeRefreshToken();
            storeEditedProfile(dialog->profile(), std::move(token));
        });
        dialog->open();
        return;
    }
    auto* dialog = new ProfileDialog(this);
    m_dialog = dialog;
    dialog->setTakenNames(otherNames);
    dialog->setProfileStore(m_store);
    dialog->setProfile(*original);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_dialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        std::optional<SecretBytes> secret;
        if (dialog->hasNewSecret())
            secret = dialog->takeSecret();
        storeEditedProfile(dialog->profile(), std::move(secret));
    });
    dialog->open();
}

void ProfilesPage::removeProfile()
{
    const std::optional<Profile> profile = m_store->find(selectedId());
    if (!profile)
        return;
    Confirmation::Question question;
    question.title = tr("Remove profile");
    question.text = tr("Remove the profile %1 (%2)?").arg(profile->name, profile->accountSid);
    question.informativeText = tr("Its secret is removed from the keychain too. The credential itself keeps "
                                  "working at Twilio; revoke it in the Twilio Console if nothing needs it.");
    question.confirmText = tr("Remove profile");
    question.destructive = true;
    question.icon = QMessageBox::Warning;
    if (!Confirmation::ask(this, question))
        return;
    m_message->showProgress(tr("Removing profile %1…").arg(profile->name), false);
    m_store->remove(profile->id, this, [this, name = profile->name](bool ok, const QString& sentence) {
        if (!ok)
            m_message->showError(tr("Profile %1 was not removed: %2").arg(name, sentence));
        else
            m_message->showSuccess(tr("Profile %1 and its keychain entry were removed.").arg(name));
    });
}

void ProfilesPage::setActiveProfile()
{
    const std::optional<Profile> profile = m_store->find(selectedId());
    if (!profile)
        return;
    QString error;
    if (!m_store->setActive(profile->id, &error)) {
        m_message->showError(error);
        return;
    }
    selectProfile(profile->id);
    if (m_environment.isPresent())
        m_message->showInfo(tr("Profile %1 is now active. While TWILIO_* variables are set, the command line "
                               "uses them first.")
                                .arg(profile->name));
    else
        m_message->showSuccess(tr("Profile %1 is now active.").arg(profile->name));
    Q_EMIT activeProfileChanged(*profile);
}

void ProfilesPage::testProfile()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (id == EnvironmentProfile::profileId()) {
        if (!m_environment.profile())
            return;
        m_message->showProgress(tr("Testing the environment profile…"), false);
        m_test->start(*m_environment.profile(), m_environment.secret().clone());
        return;
    }
    const std::optional<Profile> profile = m_store->find(id);
    if (!profile)
        return;
    m_message->showProgress(tr("Testing profile %1…").arg(profile->name), false);
    m_store->readSecret(profile->id, this, [this, p = *profile](SecretBytes secret, const QString& sentence) {
        if (secret.isEmpty()) {
            m_message->showError(sentence.isEmpty()
                                     ? tr("The secret of profile %1 could not be read.").arg(p.name)
                                     : sentence);
            return;
        }
        m_test->start(p, std::move(secret));
    });
}

void ProfilesPage::importFromTwilioCli()
{
    if (m_importDialog || m_importPending > 0)
        return;
    auto config = std::make_unique<TwilioCliConfig>(m_cliConfigPath);
    QString error;
    if (!config->load(&error)) {
        m_message->showError(tr("twilio-cli's profiles could not be read: %1").arg(error));
        return;
    }
    if (config->profiles().empty()) {
        m_message->showInfo(tr("twilio-cli's %1 lists no profiles.").arg(config->path()));
        return;
    }
    m_importConfig = std::move(config);
    QStringList names;
    for (const Profile& p : m_store->list())
        names << p.name;
    auto* dialog = new TwilioCliImportDialog(*m_importConfig, names, this);
    m_importDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        m_importDialog = nullptr;
        if (result != QDialog::Accepted) {
            m_importConfig.reset();
            return;
        }
        const QStringList ids = dialog->selectedIds();
        m_importStrip = dialog->stripSecretsRequested();
        m_imported.clear();
        m_importFailures.clear();
        m_importNotes.clear();
        m_message->showProgress(tr("Importing %n profile(s) from twilio-cli…", nullptr, int(ids.size())),
                                false);
        for (const TwilioCliConfig::Entry& entry : m_importConfig->profiles()) {
            if (!ids.contains(entry.id) || !entry.importable())
                continue;
            ++m_importPending;
            m_store->add(entry.toProfile(), entry.apiSecret.clone(), this,
                         [this, id = entry.id](bool ok, const QString& sentence) {
                             if (ok) {
                                 m_imported << id;
                                 if (!sentence.isEmpty() && !m_importNotes.contains(sentence))
                                     m_importNotes << sentence;
                             } else {
                                 m_importFailures << tr("%1: %2").arg(id, sentence);
                             }
                             if (--m_importPending == 0)
                                 finishImport();
                         });
        }
        if (m_importPending == 0)
            finishImport();
    });
    dialog->open();
}

void ProfilesPage::finishImport()
{
    QStringList sentences;
    if (!m_imported.isEmpty())
        sentences << tr("Imported %n profile(s) from twilio-cli: %1.", nullptr, int(m_imported.size()))
                         .arg(m_imported.join(QStringLiteral(", ")));
    sentences << m_importNotes;
    if (!m_importFailures.isEmpty())
        sentences << tr("Not imported: %1.").arg(m_importFailures.join(QStringLiteral("; ")));
    bool stripFailed = false;
    if (m_importStrip && !m_imported.isEmpty() && m_importConfig) {
        QString error;
        if (m_importConfig->stripSecrets(&error, m_imported)) {
            if (!m_importConfig->backupPath().isEmpty())
                sentences << tr("The plain-text secrets were removed from %1; the old file is kept as %2, "
                                "readable only by you.")
                                 .arg(m_importConfig->path(), m_importConfig->backupPath());
        } else {
            stripFailed = true;
            sentences << tr("The secrets were not removed from %1: %2").arg(m_importConfig->path(), error);
        }
    }
    m_importConfig.reset();
    const QString text = sentences.join(u' ');
    if (m_imported.isEmpty())
        m_message->showError(text);
    else if (!m_importFailures.isEmpty() || stripFailed)
        m_message->showWarning(text);
    else
        m_message->showSuccess(text);
}
