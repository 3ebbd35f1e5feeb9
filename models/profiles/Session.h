#pragma once

#include "api/ApiCredentials.h"
#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class AccountService;
class ApiClient;
class AuthTokenService;
class EnvironmentProfile;
class KeyService;
class ProfileStore;

// One profile connected: its ApiClient (hosts from region, edge and base URL; credentials from the profile's
// kind and secret) and the services over it. The GUI's main and the CLI build one and hand its services to
// the pages and commands. The target account (a subaccount the credential may manage) is the KeyService's.
class Session : public QObject
{
    Q_OBJECT

public:
    // Checks the profile, then builds the client; the secret moves into the client's credentials. nullptr
    // with *error when the profile or the secret cannot be used.
    static std::unique_ptr<Session> open(const Profile& profile, SecretBytes secret, QString* error);
    // A stored profile, its secret read from the store's keychain: `done` gets the session, or nullptr and
    // a sentence. For work in another profile's account (duplicating a key into it).
    using Opened = std::function<void(std::shared_ptr<Session> session, const QString& error)>;
    static void openStored(ProfileStore* store, const QString& profileId, QObject* context, Opened done);
    // The same checks, applied to an existing client (hosts and credentials replaced): for an owner that
    // keeps one client across profile switches. False with *error, the client unchanged.
    static bool configure(ApiClient* client, const Profile& profile, SecretBytes secret, QString* error);
    // The profile's hosts with credentials made elsewhere (the access token a browser sign-in just gave,
    // for its connection test). The credentials must be for the profile's account.
    static std::unique_ptr<Session> openWithCredentials(const Profile& profile, ApiCredentials credentials,
                                                        QString* error);
    ~Session() override;

    // Which profile to use, as twilio-cli decides: the explicit name (--profile; "[env]" names the
    // environment profile), else the environment when any credential variable is set (a wrong one is an
    // error, not a silent fall-back), else the store's active profile. nullopt with *error when none fits.
    // The secret then comes from environment.secret() (origin Environment) or store.readSecret().
    static std::optional<Profile> resolve(const QString& explicitProfileName,
                                          const EnvironmentProfile& environment, const ProfileStore& store,
                                          QString* error);

    const Profile& profile() const { return m_profile; }
    ApiClient* client() const { return m_client.get(); }
    KeyService* keys() const { return m_keys.get(); }
    AccountService* accounts() const { return m_accounts.get(); }
    AuthTokenService* authTokens() const { return m_authTokens.get(); }

    // The account whose keys the Keys page and commands manage; empty means the profile's own account.
    // False (with *error) unless empty or an Account SID.
    bool setTargetAccountSid(const QString& accountSid, QString* error = nullptr);
    // The target account, or the profile's own account when none is set.
    QString targetAccountSid() const;

Q_SIGNALS:
    void targetAccountChanged(const QString& accountSid);

private:
    explicit Session(const Profile& profile);
    static std::unique_ptr<Session> build(const Profile& profile, std::unique_ptr<ApiClient> client);

    Profile m_profile;
    // Declared before the services so it is destroyed after them.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuthTokenService> m_authTokens;
};
