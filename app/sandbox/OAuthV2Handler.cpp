#include "OAuthV2Handler.h"

#include "SandboxRequest.h"
#include "SandboxState.h"
#include "core/OrderedJson.h"
#include "token/Base64Url.h"
#include "token/Hmac.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

// Response and error texts are wire text, not user interface: not translated.

namespace {

SandboxResponse invalidGrant(const QString& why)
{
    // The same shape as every other /v2/token error ({code, message, more_info, status}); the OAuth
    // error name leads the message.
    return SandboxResponse::error(400, 20001, QStringLiteral("invalid_grant: %1").arg(why));
}

bool isLoopbackRedirectUri(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0 || url.hasFragment()
        || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost");
}

bool isBase64UrlChallenge(const QString& challenge)
{
    if (challenge.size() != 43)
        return false;
    QByteArray decoded;
    return Base64Url::decode(challenge.toLatin1(), &decoded) && decoded.size() == 32;
}

} // namespace

OAuthV2Handler::OAuthV2Handler(SandboxState& state)
    : m_state(state)
{ }

QString OAuthV2Handler::s256Challenge(const QByteArray& verifier)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
}

bool OAuthV2Handler::isValidCodeVerifier(const QByteArray& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

SandboxResponse OAuthV2Handler::handle(const SandboxRequest& request)
{
    if (request.path == QLatin1String("/v2/authorize"))
        return authorize(request);
    if (request.path == QLatin1String("/v2/token"))
        return token(request);
    return SandboxResponse::error(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
}

// ---------------------------------------------------------------- authorize

SandboxResponse OAuthV2Handler::authorize(const SandboxRequest& request)
{
    if (request.method != QLatin1String("GET")) {
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
    }
    const auto param = [&](const char* name) {
        return request.query.value(QString::fromLatin1(name));
    };
    // Nothing here redirects before the client and its redirect URI are known to be good (RFC 6749
    // §4.1.2.1): every refusal is an error answer to the browser.
    const QString clientId = param("client_id");
    if (clientId.isEmpty())
        return SandboxResponse::error(400, 20001, QStringLiteral("Missing required parameter client_id"));
    const SandboxOAuthClient* client = m_state.oauthClient(clientId);
    if (!client)
        return SandboxResponse::error(400, 20001,
                                      QStringLiteral("invalid_client: unknown client_id '%1'").arg(clientId));
    const QString redirectUri = param("redirect_uri");
    if (!isLoopbackRedirectUri(redirectUri)) {
        return SandboxResponse::error(
            400, 20001,
            QStringLiteral("invalid_request: redirect_uri must be http://127.0.0.1:PORT/… or "
                           "http://localhost:PORT/… for the sandbox"));
    }
    if (param("response_type") != QLatin1String("code"))
        return SandboxResponse::error(
            400, 20001, QStringLiteral("unsupported_response_type: response_type must be 'code'"));
    const QString challenge = param("code_challenge");
    if (param("code_challenge_method") != QLatin1String("S256") || !isBase64UrlChallenge(challenge)) {
        return SandboxResponse::error(
            400, 20001,
            QStringLiteral("invalid_request: PKCE is required: code_challenge "
                           "(43 base64url characters) with code_challenge_method=S256"));
    }
    const SandboxAccount* account = m_state.account(client->accountSid);
    if (!account || account->status != QLatin1String("active"))
        return SandboxResponse::error(401, 20003, QStringLiteral("Authenticate: the account is not active"));

    SandboxState::AuthorizationGrant grant;
    grant.clientId = client->clientId;
    grant.accountSid = client->accountSid;
    grant.redirectUri = redirectUri;
    grant.codeChallenge = challenge;
    grant.scope = param("scope");
    const QString code = m_state.issueAuthorizationCode(grant);

    QUrl target(redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), code);
    if (request.query.contains(QStringLiteral("state")))
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(param("state"))));
    target.setQuery(query);
    const QString location = target.toString(QUrl::FullyEncoded);

    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("redirect_to"), OrderedJson::fromString(location));
    return SandboxResponse::json(302, o)
        .withHeader(QByteArrayLiteral("Location"), location.toUtf8())
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

// ---------------------------------------------------------------- token

SandboxResponse OAuthV2Handler::token(const SandboxRequest& request)
{
    if (request.method != QLatin1String("POST")) {
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    }
    const QString grantType = request.form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return SandboxResponse::error(400, 20001, QStringLiteral("Missing required parameter grant_type"));
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(request);
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCode(request);
    if (grantType == QLatin1String("refresh_token"))
        return refreshToken(request);
    return SandboxResponse::error(400, 20001,
                                  QStringLiteral("Unsupported grant_type '%1': the sandbox supports "
                                                 "client_credentials, authorization_code and refresh_token")
                                      .arg(grantType));
}

const SandboxOAuthClient* OAuthV2Handler::authenticateClient(const SandboxRequest& request,
                                                             bool secretRequired,
                                                             SandboxResponse* error) const
{
    QString clientId = request.form.value(QStringLiteral("client_id"));
    QByteArray clientSecret = request.form.value(QStringLiteral("client_secret")).toUtf8();
    // client_secret_basic: the same pair in an Authorization: Basic header.
    const QByteArray authorization = request.authorization.trimmed();
    if (clientId.isEmpty() && authorization.toLower().startsWith("basic ")) {
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.contains(':')) {
            clientId = QString::fromUtf8(decoded.decoded.left(decoded.decoded.indexOf(':')));
            clientSecret = decoded.decoded.mid(decoded.decoded.indexOf(':') + 1);
        }
    }
    if (clientId.isEmpty() || (secretRequired && clientSecret.isEmpty())) {
        *error = SandboxResponse::error(
            400, 20001,
            secretRequired ? QStringLiteral("Missing required parameter client_id or client_secret")
                           : QStringLiteral("Missing required parameter client_id"));
        return nullptr;
    }
    const SandboxOAuthClient* client = m_state.oauthClient(clientId);
    if (!client || (!clientSecret.isEmpty() && !m_state.oauthSecretMatches(*client, clientSecret))) {
        *error = SandboxResponse::error(401, 20003,
                                        QStringLiteral("Authenticate: invalid client_id or client_secret"));
        return nullptr;
    }
    return client;
}

SandboxResponse OAuthV2Handler::tokenAnswer(const QString& accessToken, const QString& refreshToken) const
{
    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("access_token"), OrderedJson::fromString(accessToken));
    o.insert(QStringLiteral("refresh_token"),
             refreshToken.isEmpty() ? OrderedJson() : OrderedJson::fromString(refreshToken));
    o.insert(QStringLiteral("id_token"), OrderedJson());
    o.insert(QStringLiteral("token_type"), OrderedJson::fromString(QStringLiteral("Bearer")));
    o.insert(QStringLiteral("expires_in"), OrderedJson::fromInteger(m_state.accessTokenLifetime()));
    return SandboxResponse::json(200, o).withHeader(QByteArrayLiteral("Cache-Control"),
                                                    QByteArrayLiteral("no-store"));
}

SandboxResponse OAuthV2Handler::clientCredentials(const SandboxRequest& request)
{
    SandboxResponse error;
    const SandboxOAuthClient* client = authenticateClient(request, true, &error);
    if (!client)
        return error;

    QString accountSid = client->accountSid;
    const QString onBehalfOf = request.query.value(QStringLiteral("account_sid"));
    if (!onBehalfOf.isEmpty()) {
        if (!m_state.canAccess(client->accountSid, onBehalfOf))
            return SandboxResponse::error(400, 20001,
                                          QStringLiteral("Invalid account_sid '%1'").arg(onBehalfOf));
        accountSid = onBehalfOf;
    }
    const SandboxAccount* account = m_state.account(accountSid);
    if (!account || account->status != QLatin1String("active"))
        return SandboxResponse::error(401, 20003, QStringLiteral("Authenticate: the account is not active"));
    return tokenAnswer(m_state.issueAccessToken(*client, accountSid), QString());
}

SandboxResponse OAuthV2Handler::authorizationCode(const SandboxRequest& request)
{
    SandboxResponse error;
    const SandboxOAuthClient* client = authenticateClient(request, false, &error);
    if (!client)
        return error;
    const QByteArray code = request.form.value(QStringLiteral("code")).toUtf8();
    if (code.isEmpty())
        return SandboxResponse::error(400, 20001, QStringLiteral("Missing required parameter code"));
    // Taken (forgotten) before any other check: a code is presented once, whatever the outcome.
    const std::optional<SandboxState::AuthorizationGrant> grant = m_state.takeAuthorizationCode(code);
    if (!grant)
        return invalidGrant(QStringLiteral("the authorization code is unknown, expired or already used"));
    if (grant->clientId != client->clientId)
        return invalidGrant(QStringLiteral("the authorization code was issued to another client"));
    if (request.form.value(QStringLiteral("redirect_uri")) != grant->redirectUri)
        return invalidGrant(QStringLiteral("redirect_uri does not match the authorization request"));
    const QByteArray verifier = request.form.value(QStringLiteral("code_verifier")).toLatin1();
    if (!isValidCodeVerifier(verifier)
        || !Hmac::constantTimeEquals(s256Challenge(verifier).toLatin1(), grant->codeChallenge.toLatin1()))
        return invalidGrant(QStringLiteral("code_verifier does not match the code_challenge"));
    const SandboxAccount* account = m_state.account(grant->accountSid);
    if (!account || account->status != QLatin1String("active"))
        return SandboxResponse::error(401, 20003, QStringLiteral("Authenticate: the account is not active"));
    return tokenAnswer(m_state.issueAccessToken(*client, grant->accountSid),
                       m_state.issueRefreshToken(*grant));
}

SandboxResponse OAuthV2Handler::refreshToken(const SandboxRequest& request)
{
    SandboxResponse error;
    const SandboxOAuthClient* client = authenticateClient(request, false, &error);
    if (!client)
        return error;
    const QByteArray token = request.form.value(QStringLiteral("refresh_token")).toUtf8();
    if (token.isEmpty())
        return SandboxResponse::error(400, 20001, QStringLiteral("Missing required parameter refresh_token"));
    const std::optional<SandboxState::AuthorizationGrant> grant = m_state.takeRefreshToken(token);
    if (!grant)
        return invalidGrant(QStringLiteral("the refresh token is unknown, expired or already used"));
    if (grant->clientId != client->clientId)
        return invalidGrant(QStringLiteral("the refresh token was issued to another client"));
    const SandboxAccount* account = m_state.account(grant->accountSid);
    if (!account || account->status != QLatin1String("active"))
        return SandboxResponse::error(401, 20003, QStringLiteral("Authenticate: the account is not active"));
    return tokenAnswer(m_state.issueAccessToken(*client, grant->accountSid),
                       m_state.issueRefreshToken(*grant));
}
