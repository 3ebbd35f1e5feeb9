#pragma once

#include "profiles/EnvironmentProfile.h"
#include "profiles/Profile.h"
#include "profiles/ProfileDialog.h"
#include "profiles/SignInDialog.h"
#include "profiles/TwilioCliImportDialog.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class ConnectionTest;
class InlineMessage;
class ProfileListModel;
class ProfileStore;
class QAction;
class QTableView;
class QToolBar;
class TwilioCliConfig;

// The Profiles page: the stored profiles (the active one marked) and, read-only, the environment profile
// "[env]"; Add and Edit (ProfileDialog; SignInDialog for "Sign in with Twilio" profiles), Remove (after a
// confirmation; the keychain entry goes too), Set active, Import from twilio-cli (when its config.json
// exists) and Test. Errors and results are inline. The page changes only the store; whoever owns the
// ApiClient reconnects on activeProfileChanged().
class ProfilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPage(ProfileStore* store, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    // Where the environment profile comes from (default: the process environment).
    void setEnvironment(const QProcessEnvironment& environment);
    // twilio-cli's config.json (default: TwilioCliConfig::defaultPath()).
    void setTwilioCliConfigPath(const QString& path);
    QString twilioCliConfigPath() const { return m_cliConfigPath; }
    bool hasTwilioCliConfig() const;

    ProfileListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    InlineMessage* message() const { return m_message; }
    QToolBar* toolBar() const { return m_toolBar; }
    // The open add/edit or import dialog, if any (tests, screenshots).
    ProfileDialog* profileDialog() const { return m_dialog; }
    TwilioCliImportDialog* importDialog() const { return m_importDialog; }
    SignInDialog* signInDialog() const { return m_signInDialog; }

    void selectProfile(const QString& id);
    // The selected row's profile id (EnvironmentProfile::profileId() for "[env]"); empty when none.
    QString selectedId() const;

public Q_SLOTS:
    void addProfile();
    void signInWithTwilio();
    void editProfile();
    void removeProfile();
    void setActiveProfile();
    void importFromTwilioCli();
    void testProfile();

Q_SIGNALS:
    // The store's active profile was set, or the active profile was edited: reconnect to it (its secret
    // is in the store: ProfileStore::readSecret(profile.id, …)).
    void activeProfileChanged(const Profile& profile);
    void statusMessage(const QString& text);

private:
    QAction* makeAction(const QString& text, const QString& objectName, void (ProfilesPage::*slot)());
    void updateActions();
    void finishImport();
    // The names of the stored profiles but exceptId's (a dialog refuses them).
    QStringList takenNames(const QString& exceptId = QString()) const;
    void storeNewProfile(const Profile& profile, SecretBytes secret);
    void storeEditedProfile(const Profile& profile, std::optional<SecretBytes> secret);

    ProfileStore* m_store;
    ProfileListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    InlineMessage* m_message = nullptr;
    ConnectionTest* m_test = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_activeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_testAction = nullptr;
    EnvironmentProfile m_environment;
    QString m_cliConfigPath;
    QPointer<ProfileDialog> m_dialog;
    QPointer<TwilioCliImportDialog> m_importDialog;
    QPointer<SignInDialog> m_signInDialog;
    std::unique_ptr<TwilioCliConfig> m_importConfig;
    // A running import: how many adds are outstanding, what they gave.
    int m_importPending = 0;
    bool m_importStrip = false;
    QStringList m_imported;
    QStringList m_importFailures;
    QStringList m_importNotes;
};
