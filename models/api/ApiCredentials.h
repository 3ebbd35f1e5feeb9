#pragma once

#include "core/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Who KeyDesk is when it calls Twilio. Holds the secret in SecretBytes; move-only.
//  - AuthToken: Basic AC… : Auth Token
//  - ApiKey: Basic SK… : key secret (the Account SID names the account the key belongs to)
//  - AccessToken: Bearer <OAuth access token> already obtained
//  - OAuthClient: client id + secret, exchanged for an access token by OAuthTokenSource; or (grant
//    RefreshToken, "Sign in with Twilio") the OAuth app's client id + a refresh token from the browser
//    sign-in, exchanged the same way with grant_type=refresh_token
class ApiCredentials
{
    Q_DECLARE_TR_FUNCTIONS(ApiCredentials)

public:
    enum class Kind { None, AuthToken, ApiKey, AccessToken, OAuthClient };
    // How an OAuthClient credential gets its access tokens.
    enum class OAuthGrant { ClientCredentials, RefreshToken };

    ApiCredentials() = default;
    ApiCredentials(ApiCredentials&&) noexcept = default;
    ApiCredentials& operator=(ApiCredentials&&) noexcept = default;

    static ApiCredentials authToken(const QString& accountSid, SecretBytes token);
    static ApiCredentials apiKey(const QString& accountSid, const QString& keySid, SecretBytes secret);
    static ApiCredentials accessToken(const QString& accountSid, SecretBytes token);
    static ApiCredentials oauthClient(const QString& accountSid, const QString& clientId,
                                      SecretBytes clientSecret);
    // Kind OAuthClient with grant RefreshToken: the secret is the refresh token.
    static ApiCredentials oauthRefreshToken(const QString& accountSid, const QString& clientId,
                                            SecretBytes refreshToken);

    // Checks SID shapes (AC/SK + 32 hex) and that a secret is present.
    bool validate(QString* error) const;

    Kind kind() const { return m_kind; }
    OAuthGrant oauthGrant() const { return m_grant; }
    QString accountSid() const { return m_accountSid; }
    // The Basic user name (AC… or SK…) or the OAuth client id.
    QString username() const { return m_username; }
    const SecretBytes& secret() const { return m_secret; }
    ApiCredentials clone() const;

    // The Authorization header value for Basic or Bearer kinds (empty for OAuthClient). The caller
    // should wipeBytes() it once the request is built.
    QByteArray authorizationHeader() const;

    // "API key SK12…ab" / "Auth Token of AC…" — names the credential for error sentences; never the secret.
    QString describe() const;

    static bool isAccountSid(const QString& text);
    static bool isKeySid(const QString& text);

private:
    Kind m_kind = Kind::None;
    QString m_accountSid;
    QString m_username;
    SecretBytes m_secret;
    OAuthGrant m_grant = OAuthGrant::ClientCredentials;
};
