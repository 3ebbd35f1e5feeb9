#include "OAuthTokenSource.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "core/Clock.h"

#include <QJsonObject>

namespace {

// What may go into an Authorization header or a form: 1..8192 printable ASCII characters, no spaces.
bool isUsableToken(const SecretBytes& token)
{
    if (token.isEmpty() || token.size() > 8192)
        return false;
    for (const char c : token.view())
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

} // namespace

OAuthTokenSource::OAuthTokenSource(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(&Clock::system())
{ }

OAuthTokenSource::~OAuthTokenSource()
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& waiter : waiters)
        if (waiter.context)
            waiter.callback(ApiError::cancelled());
}

bool OAuthTokenSource::hasValidToken() const
{
    return !m_token.isEmpty() && m_clock->currentSecsSinceEpoch() < m_expiresAt - m_marginSecs;
}

void OAuthTokenSource::invalidate()
{
    m_token.clear();
    m_expiresAt = 0;
}

void OAuthTokenSource::requestAuthorization(QObject* context,
                                            std::function<void(ApiResult<QByteArray>)> callback)
{
    if (hasValidToken()) {
        QByteArray header = QByteArrayLiteral("Bearer ");
        header.append(m_token.view());
        callback(std::move(header));
        return;
    }
    m_waiters.push_back({ context, std::move(callback) });
    if (m_pending)
        return;
    const ApiCredentials& credentials = m_client->credentials();
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.product = TwilioProduct::OAuth;
    request.path = QStringLiteral("/v2/token");
    request.authenticated = false;
    request.secretFields = { QByteArrayLiteral("access_token"), QByteArrayLiteral("refresh_token") };
    // The secret's only QString is the one in the form (no named copy sharing its storage).
    if (credentials.oauthGrant() == ApiCredentials::OAuthGrant::RefreshToken) {
        // A public app (PKCE at sign-in): no client secret; the refresh token is the credential.
        const SecretBytes& refreshToken = m_refreshToken.isEmpty() ? credentials.secret() : m_refreshToken;
        request.form = { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                         { QStringLiteral("client_id"), credentials.username() },
                         { QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken.view()) } };
    } else {
        request.form
            = { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                { QStringLiteral("client_id"), credentials.username() },
                { QStringLiteral("client_secret"), QString::fromUtf8(credentials.secret().view()) } };
    }
    ++m_tokenRequests;
    m_pending = m_client->send(request, this);
    // ApiCall gave the form values storage of its own (and wipes it when destroyed), so ours is no
    // longer shared and wipeString() really overwrites it.
    for (auto& field : request.form)
        wipeString(field.second);
    connect(m_pending, &ApiCall::finished, this, &OAuthTokenSource::onTokenAnswer);
}

void OAuthTokenSource::onTokenAnswer()
{
    ApiCall* call = m_pending;
    m_pending = nullptr;
    if (!call)
        return;
    call->deleteLater();
    ApiError error = call->error();
    if (call->ok()) {
        const QJsonObject o = call->json().object();
        SecretBytes token = call->takeSecret("access_token");
        SecretBytes refreshToken = call->takeSecret("refresh_token");
        const QJsonValue tokenType = o.value(QStringLiteral("token_type"));
        // expires_in is seconds. Missing or not a number: a short default. Clamp the double before
        // converting (a hostile 1e300 or NaN must not reach qint64()); the spec's example value in
        // milliseconds would be absurd, so cap at a day.
        const QJsonValue expiresValue = o.value(QStringLiteral("expires_in"));
        double expiresIn = expiresValue.isDouble() ? expiresValue.toDouble() : double(defaultExpiresInSecs);
        if (!(expiresIn >= 0)) // negative or NaN
            expiresIn = 0;
        expiresIn = qMin(expiresIn, 86400.0);
        if (token.isEmpty()) {
            error = ApiError::badResponse(call->httpStatus(), tr("the token answer has no access_token"));
        } else if (!isUsableToken(token)) {
            error = ApiError::badResponse(
                call->httpStatus(),
                tr("the access_token in the token answer is not a usable token (too long, or not "
                   "printable ASCII)"));
        } else if (!refreshToken.isEmpty() && !isUsableToken(refreshToken)) {
            error = ApiError::badResponse(
                call->httpStatus(),
                tr("the refresh_token in the token answer is not a usable token (too long, or not "
                   "printable ASCII)"));
        } else if (!tokenType.isUndefined() && !tokenType.isNull()
                   && tokenType.toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
            error = ApiError::badResponse(call->httpStatus(),
                                          tr("the token answer's token_type is not Bearer"));
        } else {
            if (!refreshToken.isEmpty()
                && m_client->credentials().oauthGrant() == ApiCredentials::OAuthGrant::RefreshToken) {
                m_refreshToken = std::move(refreshToken);
                Q_EMIT refreshTokenRotated(m_refreshToken);
            }
            m_token = std::move(token);
            m_expiresAt = m_clock->currentSecsSinceEpoch() + qint64(expiresIn);
            Q_EMIT tokenRenewed();
        }
    }
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& waiter : waiters) {
        if (!waiter.context)
            continue;
        if (error.isError()) {
            waiter.callback(error);
        } else {
            QByteArray header = QByteArrayLiteral("Bearer ");
            header.append(m_token.view());
            waiter.callback(std::move(header));
        }
    }
}
