#pragma once

#include "api/ApiResult.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class ApiCall;
class ApiClient;
class Clock;

// Exchanges OAuth client credentials for an access token at oauth.twilio.com/v2/token
// (grant_type=client_credentials) and caches it until shortly before it expires. For a "Sign in with
// Twilio" credential (ApiCredentials::OAuthGrant::RefreshToken) the exchange is grant_type=refresh_token;
// Twilio may answer with a new refresh token (the sandbox always does: each is good once), which this
// source uses from then on and hands out through refreshTokenRotated() so the owner can store it.
// Every answer is checked before use: an access or refresh token that is empty, too long or not
// printable ASCII, or a token_type other than Bearer, is a bad answer with a sentence.
//
// Why not QtNetworkAuth: Qt 6.4's QOAuth2AuthorizationCodeFlow implements the authorization-code
// grant (browser + redirect), and Qt has no client-credentials flow class; the grant is one form POST,
// so it goes through the same ApiCall path (timeouts, error parsing, no TLS shortcuts) as every other
// request instead.
class OAuthTokenSource : public QObject
{
    Q_OBJECT

public:
    // Uses the client's credentials (OAuthClient kind) and hosts; the clock decides expiry.
    // Used when the token answer has no numeric expires_in.
    static constexpr int defaultExpiresInSecs = 300;

    explicit OAuthTokenSource(ApiClient* client, QObject* parent = nullptr);
    // Callers still waiting for a token get a Cancelled error (credentials replaced mid-request).
    ~OAuthTokenSource() override;
    void setClock(const Clock* clock) { m_clock = clock; }
    // Renew this many seconds before expires_in runs out.
    void setRenewMarginSecs(int secs) { m_marginSecs = secs; }

    // Calls back with "Bearer <token>" — at once when a cached token is still good, otherwise after
    // one token request shared by every caller waiting. A context that is destroyed drops its callback.
    void requestAuthorization(QObject* context, std::function<void(ApiResult<QByteArray>)> callback);
    // Forgets the cached token (after a 401).
    void invalidate();

    bool hasValidToken() const;
    qint64 expiresAt() const { return m_expiresAt; }
    int tokenRequests() const { return m_tokenRequests; }

Q_SIGNALS:
    void tokenRenewed();
    // The server replaced the refresh token; the old one will not work again. For the keychain.
    void refreshTokenRotated(const SecretBytes& refreshToken);

private:
    void onTokenAnswer();

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(ApiResult<QByteArray>)> callback;
    };

    ApiClient* m_client;
    const Clock* m_clock;
    SecretBytes m_token;
    SecretBytes m_refreshToken; // the newest one, once the server has rotated it
    qint64 m_expiresAt = 0;
    int m_marginSecs = 60;
    int m_tokenRequests = 0;
    QPointer<ApiCall> m_pending;
    std::vector<Waiter> m_waiters;
};
