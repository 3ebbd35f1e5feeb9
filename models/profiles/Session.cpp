#include "Session.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/AuthTokenService.h"
#include "api/KeyService.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileStore.h"

Session::Session(const Profile& profile)
    : m_profile(profile)
{ }

Session::~Session() = default;

namespace {

std::optional<TwilioHosts> hostsFor(const Profile& profile, QString* error)
{
    if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
        *error = problems.join(u' ');
        return std::nullopt;
    }
    TwilioHosts hosts;
    if (!hosts.setRegion(profile.region, profile.edge, error))
        return std::nullopt;
    if (!profile.baseUrl.isEmpty() && !hosts.setBaseUrlOverride(profile.baseUrl, error))
        return std::nullopt;
    return hosts;
}

} // namespace

bool Session::configure(ApiClient* client, const Profile& profile, SecretBytes secret, QString* error)
{
    const std::optional<TwilioHosts> hosts = hostsFor(profile, error);
    if (!hosts)
        return false;
    if (secret.isEmpty()) {
        *error = profile.kind == Profile::CredentialKind::AuthToken ? tr("The Auth Token is empty.")
                                                                    : tr("The secret is empty.");
        return false;
    }

    ApiCredentials credentials;
    switch (profile.kind) {
    case Profile::CredentialKind::AuthToken:
        credentials = ApiCredentials::authToken(profile.accountSid, std::move(secret));
        break;
    case Profile::CredentialKind::ApiKey:
        credentials = ApiCredentials::apiKey(profile.accountSid, profile.credentialUser, std::move(secret));
        break;
    case Profile::CredentialKind::OAuthClient:
        credentials
            = ApiCredentials::oauthClient(profile.accountSid, profile.credentialUser, std::move(secret));
        break;
    case Profile::CredentialKind::OAuthSignIn:
        credentials = ApiCredentials::oauthRefreshToken(profile.accountSid, profile.credentialUser,
                                                        std::move(secret));
        break;
    }
    if (!credentials.validate(error))
        return false;

    client->setHosts(*hosts);
    client->setCredentials(std::move(credentials));
    return true;
}

std::unique_ptr<Session> Session::open(const Profile& profile, SecretBytes secret, QString* error)
{
    auto client = std::make_unique<ApiClient>();
    if (!configure(client.get(), profile, std::move(secret), error))
        return nullptr;
    return build(profile, std::move(client));
}

void Session::openStored(ProfileStore* store, const QString& profileId, QObject* context, Opened done)
{
    const std::optional<Profile> profile = store->find(profileId);
    if (!profile || profile->id != profileId) {
        QMetaObject::invokeMethod(
            context ? context : store, [done] { done(nullptr, tr("The profile was removed meanwhile.")); },
            Qt::QueuedConnection);
        return;
    }
    store->readSecret(profileId, context, [p = *profile, done](SecretBytes secret, const QString& sentence) {
        if (secret.isEmpty()) {
            done(nullptr,
                 sentence.isEmpty() ? tr("The secret of profile %1 could not be read.").arg(p.name)
                                    : sentence);
            return;
        }
        QString error;
        std::shared_ptr<Session> session = Session::open(p, std::move(secret), &error);
        done(std::move(session), error);
    });
}

std::unique_ptr<Session> Session::openWithCredentials(const Profile& profile, ApiCredentials credentials,
                                                      QString* error)
{
    const std::optional<TwilioHosts> hosts = hostsFor(profile, error);
    if (!hosts || !credentials.validate(error))
        return nullptr;
    if (credentials.accountSid() != profile.accountSid) {
        *error = tr("The credential belongs to another account than the profile.");
        return nullptr;
    }
    auto client = std::make_unique<ApiClient>();
    client->setHosts(*hosts);
    client->setCredentials(std::move(credentials));
    return build(profile, std::move(client));
}

std::unique_ptr<Session> Session::build(const Profile& profile, std::unique_ptr<ApiClient> client)
{
    std::unique_ptr<Session> session(new Session(profile));
    session->m_client = std::move(client);
    session->m_keys = std::make_unique<KeyService>(session->m_client.get());
    session->m_accounts = std::make_unique<AccountService>(session->m_client.get());
    session->m_authTokens = std::make_unique<AuthTokenService>(session->m_client.get());
    return session;
}

bool Session::setTargetAccountSid(const QString& accountSid, QString* error)
{
    if (!accountSid.isEmpty() && !ApiCredentials::isAccountSid(accountSid)) {
        if (error)
            *error = tr("The target account is not an Account SID: it must be AC followed by 32 hexadecimal "
                        "digits.");
        return false;
    }
    const QString before = targetAccountSid();
    // The profile's own account is "no target" (one spelling for the default).
    m_keys->setTargetAccountSid(accountSid == m_profile.accountSid ? QString() : accountSid);
    if (targetAccountSid() != before)
        Q_EMIT targetAccountChanged(targetAccountSid());
    return true;
}

QString Session::targetAccountSid() const
{
    return m_keys->targetAccountSid();
}

std::optional<Profile> Session::resolve(const QString& explicitProfileName,
                                        const EnvironmentProfile& environment, const ProfileStore& store,
                                        QString* error)
{
    if (!explicitProfileName.isEmpty()) {
        if (Profile::sameName(explicitProfileName, Profile::environmentName())) {
            if (environment.profile())
                return environment.profile();
            *error = environment.isPresent()
                ? environment.error()
                : tr("Profile %1 is made from TWILIO_* environment variables, and none is set.")
                      .arg(Profile::environmentName());
            return std::nullopt;
        }
        if (std::optional<Profile> profile = store.find(explicitProfileName))
            return profile;
        *error = tr("No profile is named %1.").arg(explicitProfileName.left(Profile::maxNameLength));
        return std::nullopt;
    }
    if (environment.isPresent()) {
        if (environment.profile())
            return environment.profile();
        *error = environment.error();
        return std::nullopt;
    }
    if (std::optional<Profile> active = store.active())
        return active;
    *error = store.list().isEmpty()
        ? tr("There is no profile: add one, or set TWILIO_ACCOUNT_SID with TWILIO_API_KEY and "
             "TWILIO_API_SECRET "
             "(or TWILIO_AUTH_TOKEN).")
        : tr("No profile is active: name one with --profile, or make one active.");
    return std::nullopt;
}
