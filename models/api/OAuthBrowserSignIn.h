#pragma once

#include "api/TwilioHosts.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QAbstractOAuthReplyHandler;

// "Sign in with Twilio in the browser": OAuth 2 authorization code grant with PKCE against
// oauth.twilio.com/v2/authorize and /v2/token (from TwilioHosts, so a base-URL override such as the
// sandbox applies), through QtNetworkAuth's QOAuth2AuthorizationCodeFlow and a
// QOAuthHttpServerReplyHandler listening on 127.0.0.1 (a free port) for the redirect.
//
//  - state: a random 32-byte value; an answer whose state differs fails the sign-in with a sentence.
//  - PKCE (Qt 6.4 has none): code_verifier = base64url(32 random bytes from RAND_bytes), 43 characters;
//    code_challenge = base64url(SHA-256(verifier)) with method S256, added to the authorization URL and
//    the verifier to the token request through setModifyParametersFunction. Wiped when the attempt ends.
//  - The browser is opened through a hook the owner sets (the GUI: QDesktopServices::openUrl; models/ links
//    no Qt GUI module; tests script one). Without one, signIn() fails with a sentence.
//
// Results come as signals, queued (a receiver may delete this object in its slot). The access token is
// for memory only; the refresh token is for the keychain (the caller stores it). Both arrive as
// SecretBytes that the caller owns the copy of; this object keeps nothing once an attempt ends.
// One attempt at a time: signIn() or refresh() while busy cancels the attempt before.
class OAuthBrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // Returns false when no browser could be opened.
    using BrowserHook = std::function<bool(const QUrl& url)>;

    static constexpr int defaultTimeoutMs = 5 * 60 * 1000;
    static constexpr int defaultExpiresInSecs = 300; // when the answer has no expires_in

    OAuthBrowserSignIn(const TwilioHosts& hosts, const QString& clientId, QObject* parent = nullptr);
    ~OAuthBrowserSignIn() override;

    // A confidential OAuth app's secret (sent as client_secret); public apps rely on PKCE alone.
    void setClientSecret(SecretBytes secret) { m_clientSecret = std::move(secret); }
    // Default "offline_access" (a refresh token).
    void setScope(const QString& scope) { m_scope = scope; }
    void setBrowser(BrowserHook hook);
    // The whole attempt (browser included) fails after this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QUrl authorizationUrl() const;
    QUrl tokenUrl() const;
    bool isBusy() const { return m_flow != nullptr; }
    // While a sign-in waits for the browser: the loopback redirect URI (http://127.0.0.1:PORT/).
    QString redirectUri() const;

    // Listens on a loopback port and opens the browser on the authorization URL; ends in signedIn() or
    // failed().
    void signIn();
    // grant_type=refresh_token; ends in refreshed() or failed(). Twilio may rotate the refresh token:
    // when refreshed() carries one, it replaces the stored one (an empty one means keep the old).
    void refresh(const SecretBytes& refreshToken);
    // Stops listening; no signal.
    void cancel();

Q_SIGNALS:
    void signedIn(const SecretBytes& accessToken, const SecretBytes& refreshToken, int expiresIn);
    void refreshed(const SecretBytes& accessToken, const SecretBytes& refreshToken, int expiresIn);
    void failed(const QString& sentence);

private:
    enum class Mode { SignIn, Refresh };

    void start(Mode mode, QAbstractOAuthReplyHandler* handler);
    void onCallback(const QVariantMap& values);
    void onTokenReply(QNetworkReply* reply);
    void onTokens(const QVariantMap& values);
    void fail(const QString& sentence);
    void finishAttempt(); // wipes secrets, stops listening, drops the flow

    TwilioHosts m_hosts;
    QString m_clientId;
    QString m_scope = QStringLiteral("offline_access");
    SecretBytes m_clientSecret;
    BrowserHook m_browser;
    int m_timeoutMs = defaultTimeoutMs;

    Mode m_mode = Mode::SignIn;
    QNetworkAccessManager* m_network = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr; // children; deleted only by finishAttempt()
    QAbstractOAuthReplyHandler* m_handler = nullptr;
    SecretBytes m_codeVerifier; // wiped in finishAttempt()
    QTimer m_timer;
    quint64 m_attempt = 0; // an answer for an attempt that has ended is ignored
};
