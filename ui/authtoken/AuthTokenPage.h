#pragma once

#include "api/ApiError.h"
#include "core/SecretBytes.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class ApiClient;
class ApiTask;
class AuthTokenService;
class ClipboardService;
class InlineMessage;
class QAction;
class QLabel;
class QMenu;
class QPushButton;

// Rotates the Auth Token of the account the client signs in to: create the secondary token (shown
// once), promote it to primary after a confirmation (the old primary stops working at once), or delete
// it. Progress and errors show inline; nothing here blocks the window, and a request once sent is not
// offered for cancelling (Twilio may already have carried it out).
//
// Twilio cannot be asked whether a secondary token exists, so Promote and Delete stay enabled and the
// server's answer is shown when there is none. The page keeps no token on disk: the new one is shown in
// the secret-once dialog, and kept in memory only while the profile in use holds this account's Auth
// Token, so that after the promotion the profile can be switched to it (setConnectedProfile); the promoted
// one in the answer is blanked by AuthTokenService.
class AuthTokenPage : public QWidget
{
    Q_OBJECT

public:
    AuthTokenPage(ApiClient* client, ClipboardService* clipboard, QWidget* parent = nullptr);
    ~AuthTokenPage() override;

    enum class Action { CreateSecondary, PromoteSecondary, DeleteSecondary };
    QAction* action(Action which) const;
    QList<QAction*> actions() const;
    // The Auth Token menu for the menu bar (the same actions as the buttons).
    QMenu* authTokenMenu() const { return m_menu; }
    InlineMessage* message() const { return m_message; }
    // True while a request runs.
    bool isBusy() const { return !m_task.isNull(); }

public Q_SLOTS:
    void createSecondary();
    void promoteSecondary();
    void deleteSecondary();
    // Reads the client's account and credential again (after the owner changed them).
    void refresh();

public:
    // The profile the client was connected with, and where it is stored: after a promotion, when the
    // profile holds this account's Auth Token, the page offers to store the new primary in it (it is
    // the secondary this page created; kept in memory only for that, wiped on delete, on a change of
    // account and when the page goes). Without a store, or for another kind, the page only says so.
    void setProfileStore(ProfileStore* store) { m_store = store; }
    void setConnectedProfile(const std::optional<Profile>& profile);

Q_SIGNALS:
    // The secondary token became the primary: the Auth Token a profile holds for this account no longer
    // works. The owner offers to update the stored profile.
    void primaryTokenChanged();
    // The stored profile now holds the promoted token: reconnect with it (ProfileStore::readSecret).
    void profileTokenUpdated(const Profile& profile);
    void statusMessage(const QString& text);

private:
    // What this session has seen of the secondary token; Twilio offers no way to ask.
    enum class SecondaryState { Unknown, Present, Absent };

    void buildUi();
    void updateActions();
    void updateAccountText();
    void updateSecondaryText();
    void setBusy(ApiTask* task, const QString& progressText);
    void showSecret(const QString& accountSid, const QDateTime& created, SecretBytes token);
    // ApiError::sentence(), with what this page knows about why the request failed.
    QString explain(const ApiError& error, Action action) const;
    // The request of `action` has ended: the page is usable again, and a failure is shown. True on success.
    bool requestEnded(const ApiError& error, Action action);
    bool hasCredentials() const;

    ApiClient* m_client;
    ClipboardService* m_clipboard;
    AuthTokenService* m_service;

    QAction* m_createAction = nullptr;
    QAction* m_promoteAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QMenu* m_menu = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_promoteButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_accountSidLabel = nullptr;
    QLabel* m_credentialLabel = nullptr;
    QLabel* m_secondaryLabel = nullptr;
    InlineMessage* m_message = nullptr;

    QPointer<ApiTask> m_task;
    SecondaryState m_secondary = SecondaryState::Unknown;
    QDateTime m_secondaryCreated;
    QDateTime m_promotedAt;
    QPointer<ProfileStore> m_store;
    std::optional<Profile> m_profile;
    // The secondary this page created, for the profile's update after a promotion; for this account only.
    SecretBytes m_createdSecondary;
    QString m_createdFor;

    void offerProfileUpdate();
};
