#pragma once

#include "api/ApiCredentials.h"
#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ApiTask;
class Session;

// "Test connection": opens a temporary Session for a profile and its secret, fetches the account, then
// lists the keys, and says in one plain sentence what the credential can do (an Auth Token or Main key can
// manage keys; a Standard key is refused on the key endpoints; a Restricted key as its permissions allow)
// or why it failed (ApiError::sentence()). Nothing is stored. finished() is emitted once per start(),
// always through the event loop; a later start() or cancel() silences the earlier one.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const Profile& profile, SecretBytes secret);
    // The same test with credentials made elsewhere (a browser sign-in's access token).
    void startWithCredentials(const Profile& profile, ApiCredentials credentials);
    void cancel();
    bool isRunning() const { return m_session != nullptr; }
    // Per request; the default keeps an unreachable host from blocking the dialog for long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // ok: the credential works (canManageKeys tells whether it may manage keys); sentence for people.
    void finished(bool ok, bool canManageKeys, const QString& sentence);
    // A "Sign in with Twilio" profile's refresh token was used and Twilio gave a new one in its place
    // (the old one no longer works): store it for the profile.
    void refreshTokenRotated(const Profile& profile, const SecretBytes& refreshToken);

private:
    void begin(const Profile& profile, std::unique_ptr<Session> session, const QString& error);
    void accountFetched(quint64 run, bool ok, const QString& accountName, const QString& error, bool refused);
    void finish(quint64 run, bool ok, bool canManageKeys, const QString& sentence);
    QString accountText() const;

    std::unique_ptr<Session> m_session;
    QPointer<ApiTask> m_task;
    Profile m_profile;
    QString m_accountName;
    bool m_accountRefused = false;
    QString m_accountError;
    quint64 m_run = 0;
    int m_timeoutMs = 15000;
};
