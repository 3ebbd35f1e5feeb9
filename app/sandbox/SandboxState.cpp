#include "SandboxState.h"

#include "SandboxFormat.h"
#include "core/Clock.h"
#include "core/OrderedJson.h"
#include "token/Base64Url.h"
#include "token/Hmac.h"

SandboxState::SandboxState(QObject* parent)
    : QObject(parent)
    , m_tokenSigningKey(SandboxFormat::randomHex(64).toLatin1())
{ }

SandboxState::~SandboxState() = default;

void SandboxState::setClock(const Clock* clock)
{
    m_clock = clock;
}

qint64 SandboxState::now() const
{
    return (m_clock ? *m_clock : Clock::system()).currentSecsSinceEpoch();
}

void SandboxState::clear()
{
    m_nextSeq = 1;
    m_accounts.clear();
    m_accountIndex.clear();
    m_keysByAccount.clear();
    m_accountOfKey.clear();
    m_oauthClients.clear();
    m_issuedTokens.clear();
    m_authorizationCodes.clear();
    m_refreshTokens.clear();
    Q_EMIT changed();
}

// ---------------------------------------------------------------- accounts

SandboxAccount& SandboxState::createMainAccount(const QString& sid, const QString& authToken,
                                                const QString& friendlyName)
{
    SandboxAccount account;
    account.sid = sid;
    account.ownerAccountSid = sid;
    account.friendlyName = friendlyName;
    account.dateCreated = account.dateUpdated = account.authTokenDate = now();
    account.authToken = authToken;
    SandboxAccount& stored = restoreAccount(std::move(account));
    Q_EMIT changed();
    return stored;
}

SandboxAccount& SandboxState::createSubaccount(const QString& friendlyName)
{
    SandboxAccount account;
    account.sid = SandboxFormat::newSid(QLatin1String("AC"));
    account.ownerAccountSid = mainAccountSid();
    account.friendlyName = friendlyName;
    account.dateCreated = account.dateUpdated = account.authTokenDate = now();
    account.authToken = SandboxFormat::randomHex(32);
    if (const SandboxAccount* main = this->account(account.ownerAccountSid))
        account.type = main->type;
    SandboxAccount& stored = restoreAccount(std::move(account));
    Q_EMIT changed();
    return stored;
}

SandboxAccount& SandboxState::restoreAccount(SandboxAccount account)
{
    if (account.seq == 0)
        account.seq = takeSeq();
    else if (account.seq >= m_nextSeq)
        m_nextSeq = account.seq + 1;
    m_accountIndex.insert(account.sid, qsizetype(m_accounts.size()));
    m_keysByAccount.insert(account.sid, SandboxKeyStore());
    m_accounts.push_back(std::move(account));
    return m_accounts.back();
}

const SandboxAccount* SandboxState::account(const QString& sid) const
{
    const auto it = m_accountIndex.constFind(sid);
    return it == m_accountIndex.constEnd() ? nullptr : &m_accounts[std::size_t(*it)];
}

SandboxAccount* SandboxState::account(const QString& sid)
{
    const auto it = m_accountIndex.constFind(sid);
    return it == m_accountIndex.constEnd() ? nullptr : &m_accounts[std::size_t(*it)];
}

QString SandboxState::mainAccountSid() const
{
    return m_accounts.empty() ? QString() : m_accounts.front().sid;
}

bool SandboxState::canAccess(const QString& principalAccount, const QString& target) const
{
    if (principalAccount == target)
        return account(target) != nullptr;
    const SandboxAccount* t = account(target);
    return t && t->ownerAccountSid == principalAccount && principalAccount == mainAccountSid();
}

bool SandboxState::updateAccount(const QString& sid, const std::optional<QString>& friendlyName,
                                 const std::optional<QString>& status)
{
    SandboxAccount* a = account(sid);
    if (!a)
        return false;
    if (friendlyName)
        a->friendlyName = *friendlyName;
    if (status)
        a->status = *status;
    a->dateUpdated = now();
    Q_EMIT changed();
    return true;
}

// ---------------------------------------------------------------- keys

SandboxState::NewKey SandboxState::createKey(const QString& accountSid, SandboxKeyType type,
                                             const std::optional<QString>& friendlyName,
                                             const QStringList& policy, qint64 dateCreated)
{
    NewKey out;
    out.secret = SandboxFormat::randomAlphanumeric(32);
    out.key = addKeyWithSecret(accountSid, type, friendlyName, policy, out.secret, QString(), dateCreated);
    if (!out.key)
        out.secret.clear();
    return out;
}

const SandboxKey* SandboxState::addKeyWithSecret(const QString& accountSid, SandboxKeyType type,
                                                 const std::optional<QString>& friendlyName,
                                                 const QStringList& policy, const QString& secret,
                                                 const QString& sid, qint64 dateCreated)
{
    auto store = m_keysByAccount.find(accountSid);
    if (store == m_keysByAccount.end())
        return nullptr;
    SandboxKey key;
    do {
        key.sid = sid.isEmpty() ? SandboxFormat::newSid(QLatin1String("SK")) : sid;
    } while (sid.isEmpty() && m_accountOfKey.contains(key.sid));
    if (m_accountOfKey.contains(key.sid))
        return nullptr;
    key.seq = takeSeq();
    key.accountSid = accountSid;
    key.friendlyName = friendlyName;
    key.dateCreated = key.dateUpdated = dateCreated >= 0 ? dateCreated : now();
    key.type = type;
    if (type == SandboxKeyType::Restricted)
        key.policy = policy;
    key.secretSha256 = SandboxFormat::sha256(secret.toUtf8());
    m_accountOfKey.insert(key.sid, accountSid);
    const SandboxKey& stored = store->append(std::move(key));
    Q_EMIT changed();
    return &stored;
}

void SandboxState::restoreKey(SandboxKey key)
{
    auto store = m_keysByAccount.find(key.accountSid);
    if (store == m_keysByAccount.end() || m_accountOfKey.contains(key.sid))
        return;
    if (key.seq >= m_nextSeq)
        m_nextSeq = key.seq + 1;
    m_accountOfKey.insert(key.sid, key.accountSid);
    store->append(std::move(key));
}

const SandboxKeyStore* SandboxState::keys(const QString& accountSid) const
{
    const auto it = m_keysByAccount.constFind(accountSid);
    return it == m_keysByAccount.constEnd() ? nullptr : &*it;
}

const SandboxKey* SandboxState::findKey(const QString& sid) const
{
    const auto owner = m_accountOfKey.constFind(sid);
    if (owner == m_accountOfKey.constEnd())
        return nullptr;
    const SandboxKeyStore* store = keys(*owner);
    return store ? store->find(sid) : nullptr;
}

bool SandboxState::updateKey(const QString& sid, const std::optional<std::optional<QString>>& friendlyName,
                             const std::optional<QStringList>& policy)
{
    const auto owner = m_accountOfKey.constFind(sid);
    if (owner == m_accountOfKey.constEnd())
        return false;
    SandboxKey* key = m_keysByAccount[*owner].find(sid);
    if (!key)
        return false;
    if (friendlyName)
        key->friendlyName = *friendlyName;
    if (policy && key->type == SandboxKeyType::Restricted)
        key->policy = *policy;
    key->dateUpdated = now();
    Q_EMIT changed();
    return true;
}

bool SandboxState::deleteKey(const QString& sid)
{
    const auto owner = m_accountOfKey.constFind(sid);
    if (owner == m_accountOfKey.constEnd())
        return false;
    const QString accountSid = *owner;
    m_accountOfKey.remove(sid);
    m_keysByAccount[accountSid].remove(sid);
    Q_EMIT changed();
    return true;
}

bool SandboxState::keySecretMatches(const SandboxKey& key, const QByteArray& secret) const
{
    return Hmac::constantTimeEquals(SandboxFormat::sha256(secret), key.secretSha256);
}

// ---------------------------------------------------------------- auth tokens

QString SandboxState::createSecondaryAuthToken(const QString& accountSid)
{
    SandboxAccount* a = account(accountSid);
    if (!a)
        return {};
    a->secondaryAuthToken = SandboxFormat::randomHex(32);
    a->secondaryDateCreated = now();
    Q_EMIT changed();
    return a->secondaryAuthToken;
}

bool SandboxState::deleteSecondaryAuthToken(const QString& accountSid)
{
    SandboxAccount* a = account(accountSid);
    if (!a || a->secondaryAuthToken.isEmpty())
        return false;
    a->secondaryAuthToken.clear();
    a->secondaryDateCreated = 0;
    Q_EMIT changed();
    return true;
}

bool SandboxState::promoteSecondaryAuthToken(const QString& accountSid)
{
    SandboxAccount* a = account(accountSid);
    if (!a || a->secondaryAuthToken.isEmpty())
        return false;
    // The old primary stops working at once, as on Twilio.
    a->authToken = a->secondaryAuthToken;
    a->authTokenDate = now();
    a->secondaryAuthToken.clear();
    a->secondaryDateCreated = 0;
    Q_EMIT changed();
    return true;
}

// ---------------------------------------------------------------- OAuth

const SandboxOAuthClient& SandboxState::addOAuthClient(const QString& accountSid, const QString& clientId,
                                                       const QString& clientSecret,
                                                       const QString& friendlyName)
{
    SandboxOAuthClient client;
    client.clientId = clientId;
    client.accountSid = accountSid;
    client.friendlyName = friendlyName;
    client.secretSha256 = SandboxFormat::sha256(clientSecret.toUtf8());
    restoreOAuthClient(std::move(client));
    Q_EMIT changed();
    return m_oauthClients.back();
}

void SandboxState::restoreOAuthClient(SandboxOAuthClient client)
{
    for (auto& existing : m_oauthClients) {
        if (existing.clientId == client.clientId) {
            existing = std::move(client);
            return;
        }
    }
    m_oauthClients.push_back(std::move(client));
}

const SandboxOAuthClient* SandboxState::oauthClient(const QString& clientId) const
{
    for (const auto& client : m_oauthClients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

bool SandboxState::oauthSecretMatches(const SandboxOAuthClient& client, const QByteArray& secret) const
{
    return Hmac::constantTimeEquals(SandboxFormat::sha256(secret), client.secretSha256);
}

QString SandboxState::issueAccessToken(const SandboxOAuthClient& client, const QString& accountSid)
{
    const qint64 issued = now();
    const qint64 expires = issued + m_accessTokenLifetime;
    OrderedJson header = OrderedJson::makeObject();
    header.insert(QStringLiteral("alg"), OrderedJson::fromString(QStringLiteral("HS256")));
    header.insert(QStringLiteral("typ"), OrderedJson::fromString(QStringLiteral("JWT")));
    OrderedJson payload = OrderedJson::makeObject();
    payload.insert(QStringLiteral("jti"), OrderedJson::fromString(SandboxFormat::randomHex(32)));
    payload.insert(QStringLiteral("iss"), OrderedJson::fromString(client.clientId));
    payload.insert(QStringLiteral("sub"), OrderedJson::fromString(accountSid));
    payload.insert(QStringLiteral("aud"), OrderedJson::fromString(QStringLiteral("keydesk-sandbox")));
    payload.insert(QStringLiteral("iat"), OrderedJson::fromInteger(issued));
    payload.insert(QStringLiteral("exp"), OrderedJson::fromInteger(expires));
    const QByteArray signingInput
        = Base64Url::encode(header.toCompact()) + '.' + Base64Url::encode(payload.toCompact());
    const QByteArray token = signingInput + '.'
        + Base64Url::encode(Hmac::compute(HmacAlgorithm::Sha256, m_tokenSigningKey, signingInput));
    for (auto it = m_issuedTokens.begin(); it != m_issuedTokens.end();)
        it = it->expires <= issued ? m_issuedTokens.erase(it) : std::next(it); // forget expired tokens
    m_issuedTokens.insert(SandboxFormat::sha256(token), IssuedToken { accountSid, expires });
    return QString::fromLatin1(token);
}

QString SandboxState::accessTokenAccount(const QByteArray& token) const
{
    const auto it = m_issuedTokens.constFind(SandboxFormat::sha256(token));
    if (it == m_issuedTokens.constEnd() || it->expires <= now())
        return {};
    return it->accountSid;
}

namespace {
std::optional<SandboxState::AuthorizationGrant>
takeGrant(QHash<QByteArray, SandboxState::AuthorizationGrant>& grants, const QByteArray& secret, qint64 now)
{
    if (secret.isEmpty())
        return std::nullopt;
    const auto it = grants.find(SandboxFormat::sha256(secret));
    if (it == grants.end())
        return std::nullopt;
    SandboxState::AuthorizationGrant grant = *it;
    grants.erase(it);
    if (grant.expires <= now)
        return std::nullopt;
    return grant;
}

void forgetExpired(QHash<QByteArray, SandboxState::AuthorizationGrant>& grants, qint64 now)
{
    for (auto it = grants.begin(); it != grants.end();)
        it = it->expires <= now ? grants.erase(it) : std::next(it);
}
} // namespace

QString SandboxState::issueAuthorizationCode(const AuthorizationGrant& grant)
{
    const qint64 issued = now();
    forgetExpired(m_authorizationCodes, issued);
    const QString code = SandboxFormat::randomAlphanumeric(48);
    AuthorizationGrant stored = grant;
    stored.expires = issued + m_authorizationCodeLifetime;
    m_authorizationCodes.insert(SandboxFormat::sha256(code.toLatin1()), stored);
    return code;
}

std::optional<SandboxState::AuthorizationGrant> SandboxState::takeAuthorizationCode(const QByteArray& code)
{
    return takeGrant(m_authorizationCodes, code, now());
}

QString SandboxState::issueRefreshToken(const AuthorizationGrant& grant)
{
    const qint64 issued = now();
    forgetExpired(m_refreshTokens, issued);
    const QString token = QStringLiteral("RT") + SandboxFormat::randomAlphanumeric(62);
    AuthorizationGrant stored = grant;
    stored.redirectUri.clear();
    stored.codeChallenge.clear();
    stored.expires = issued + m_refreshTokenLifetime;
    m_refreshTokens.insert(SandboxFormat::sha256(token.toLatin1()), stored);
    return token;
}

std::optional<SandboxState::AuthorizationGrant> SandboxState::takeRefreshToken(const QByteArray& token)
{
    return takeGrant(m_refreshTokens, token, now());
}
