#pragma once

#include "SandboxAccount.h"
#include "SandboxKey.h"
#include "SandboxKeyStore.h"
#include "SandboxOAuthClient.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class Clock;

// Everything the sandbox knows: accounts and subaccounts with their Auth Tokens, every account's keys,
// OAuth clients and the access tokens issued to them. Plain API, so tests and the GUI can seed and
// inspect it directly; every change emits changed() (SandboxServer saves the state file on it).
class SandboxState : public QObject
{
    Q_OBJECT

public:
    explicit SandboxState(QObject* parent = nullptr);
    ~SandboxState() override;

    // Not owned; nullptr means the system clock. Dates and token expiry come from it.
    void setClock(const Clock* clock);
    qint64 now() const;

    void clear();
    bool isEmpty() const { return m_accounts.empty(); }

    // --- accounts
    SandboxAccount& createMainAccount(const QString& sid, const QString& authToken,
                                      const QString& friendlyName);
    SandboxAccount& createSubaccount(const QString& friendlyName);
    const SandboxAccount* account(const QString& sid) const;
    SandboxAccount* account(const QString& sid);
    QString mainAccountSid() const;
    const std::vector<SandboxAccount>& accounts() const { return m_accounts; } // creation order
    // principalAccount may act on target: itself, or its subaccounts when it is the main account.
    bool canAccess(const QString& principalAccount, const QString& target) const;
    bool updateAccount(const QString& sid, const std::optional<QString>& friendlyName,
                       const std::optional<QString>& status);

    // --- keys
    struct NewKey
    {
        const SandboxKey* key = nullptr;
        QString secret; // shown once, then forgotten
    };
    NewKey createKey(const QString& accountSid, SandboxKeyType type,
                     const std::optional<QString>& friendlyName, const QStringList& policy = {},
                     qint64 dateCreated = -1);
    // A key with a secret chosen by the caller (documented sandbox defaults, tests). Empty sid: a new one.
    const SandboxKey* addKeyWithSecret(const QString& accountSid, SandboxKeyType type,
                                       const std::optional<QString>& friendlyName, const QStringList& policy,
                                       const QString& secret, const QString& sid = {},
                                       qint64 dateCreated = -1);
    const SandboxKeyStore* keys(const QString& accountSid) const;
    const SandboxKey* findKey(const QString& sid) const;
    bool updateKey(const QString& sid, const std::optional<std::optional<QString>>& friendlyName,
                   const std::optional<QStringList>& policy);
    bool deleteKey(const QString& sid);
    qsizetype keyCount() const { return m_accountOfKey.size(); }
    // Constant-time check of a key secret against the stored SHA-256.
    bool keySecretMatches(const SandboxKey& key, const QByteArray& secret) const;

    // --- auth tokens (accounts v1)
    QString createSecondaryAuthToken(const QString& accountSid);
    bool deleteSecondaryAuthToken(const QString& accountSid);
    bool promoteSecondaryAuthToken(const QString& accountSid);

    // --- OAuth (v2 client_credentials)
    const SandboxOAuthClient& addOAuthClient(const QString& accountSid, const QString& clientId,
                                             const QString& clientSecret, const QString& friendlyName);
    const SandboxOAuthClient* oauthClient(const QString& clientId) const;
    const std::vector<SandboxOAuthClient>& oauthClients() const { return m_oauthClients; }
    bool oauthSecretMatches(const SandboxOAuthClient& client, const QByteArray& secret) const;
    // A signed JWT (HS256, a per-process key); valid until its exp or a restart.
    QString issueAccessToken(const SandboxOAuthClient& client, const QString& accountSid);
    QString accessTokenAccount(const QByteArray& token) const; // empty: unknown or expired
    void setAccessTokenLifetime(int seconds) { m_accessTokenLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessTokenLifetime; }

    // --- OAuth (v2 authorization_code with PKCE, refresh_token). Codes and refresh tokens live in
    // memory only (kept as SHA-256 digests), like access tokens: a restart forgets them.
    struct AuthorizationGrant
    {
        QString clientId;
        QString accountSid;
        QString redirectUri; // authorization codes only
        QString codeChallenge; // base64url(SHA-256(code_verifier)); authorization codes only
        QString scope;
        qint64 expires = 0;
    };
    QString issueAuthorizationCode(const AuthorizationGrant& grant); // sets expires
    // A code works once: returns and forgets it; nullopt when unknown, used or expired.
    std::optional<AuthorizationGrant> takeAuthorizationCode(const QByteArray& code);
    void setAuthorizationCodeLifetime(int seconds) { m_authorizationCodeLifetime = seconds; }
    int authorizationCodeLifetime() const { return m_authorizationCodeLifetime; }
    QString issueRefreshToken(const AuthorizationGrant& grant); // sets expires
    // Refresh tokens rotate: returns and forgets it; nullopt when unknown or expired.
    std::optional<AuthorizationGrant> takeRefreshToken(const QByteArray& token);
    void setRefreshTokenLifetime(int seconds) { m_refreshTokenLifetime = seconds; }

    // --- restore (SandboxStateFile); no changed() signals
    SandboxAccount& restoreAccount(SandboxAccount account);
    void restoreKey(SandboxKey key);
    void restoreOAuthClient(SandboxOAuthClient client);
    quint64 nextSeq() const { return m_nextSeq; }
    void setNextSeq(quint64 seq) { m_nextSeq = seq; }

Q_SIGNALS:
    void changed();

private:
    quint64 takeSeq() { return m_nextSeq++; }

    const Clock* m_clock = nullptr;
    quint64 m_nextSeq = 1;
    std::vector<SandboxAccount> m_accounts;
    QHash<QString, qsizetype> m_accountIndex;
    QHash<QString, SandboxKeyStore> m_keysByAccount;
    QHash<QString, QString> m_accountOfKey;
    std::vector<SandboxOAuthClient> m_oauthClients;

    struct IssuedToken
    {
        QString accountSid;
        qint64 expires = 0;
    };
    QByteArray m_tokenSigningKey;
    QHash<QByteArray, IssuedToken> m_issuedTokens; // by SHA-256 of the token
    int m_accessTokenLifetime = 3600;
    QHash<QByteArray, AuthorizationGrant> m_authorizationCodes; // by SHA-256 of the code
    QHash<QByteArray, AuthorizationGrant> m_refreshTokens; // by SHA-256 of the token
    int m_authorizationCodeLifetime = 60;
    int m_refreshTokenLifetime = 30 * 24 * 3600;
};
