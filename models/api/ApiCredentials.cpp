#include "ApiCredentials.h"

#include <QRegularExpression>

namespace {

bool matchesSid(const QString& text, QLatin1String prefix)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return text.size() == 34 && text.startsWith(prefix) && hex.match(QStringView(text).mid(2)).hasMatch();
}

QString shortSid(const QString& sid)
{
    return sid.size() > 10 ? sid.left(6) + QChar(0x2026) + sid.right(4) : sid;
}

} // namespace

ApiCredentials ApiCredentials::authToken(const QString& accountSid, SecretBytes token)
{
    ApiCredentials c;
    c.m_kind = Kind::AuthToken;
    c.m_accountSid = accountSid;
    c.m_username = accountSid;
    c.m_secret = std::move(token);
    return c;
}

ApiCredentials ApiCredentials::apiKey(const QString& accountSid, const QString& keySid, SecretBytes secret)
{
    ApiCredentials c;
    c.m_kind = Kind::ApiKey;
    c.m_accountSid = accountSid;
    c.m_username = keySid;
    c.m_secret = std::move(secret);
    return c;
}

ApiCredentials ApiCredentials::accessToken(const QString& accountSid, SecretBytes token)
{
    ApiCredentials c;
    c.m_kind = Kind::AccessToken;
    c.m_accountSid = accountSid;
    c.m_secret = std::move(token);
    return c;
}

ApiCredentials ApiCredentials::oauthClient(const QString& accountSid, const QString& clientId,
                                           SecretBytes clientSecret)
{
    ApiCredentials c;
    c.m_kind = Kind::OAuthClient;
    c.m_accountSid = accountSid;
    c.m_username = clientId;
    c.m_secret = std::move(clientSecret);
    return c;
}

ApiCredentials ApiCredentials::oauthRefreshToken(const QString& accountSid, const QString& clientId,
                                                 SecretBytes refreshToken)
{
    ApiCredentials c = oauthClient(accountSid, clientId, std::move(refreshToken));
    c.m_grant = OAuthGrant::RefreshToken;
    return c;
}

ApiCredentials ApiCredentials::clone() const
{
    ApiCredentials c;
    c.m_kind = m_kind;
    c.m_grant = m_grant;
    c.m_accountSid = m_accountSid;
    c.m_username = m_username;
    c.m_secret = m_secret.clone();
    return c;
}

bool ApiCredentials::isAccountSid(const QString& text)
{
    return matchesSid(text, QLatin1String("AC"));
}

bool ApiCredentials::isKeySid(const QString& text)
{
    return matchesSid(text, QLatin1String("SK"));
}

bool ApiCredentials::validate(QString* error) const
{
    if (m_kind == Kind::None) {
        *error = tr("no credentials were given");
        return false;
    }
    if (!isAccountSid(m_accountSid)) {
        // The value is not echoed: a secret pasted into the wrong field would be printed.
        *error = tr("the Account SID is not valid: it must be AC followed by 32 hexadecimal digits (the "
                    "value is not shown in case it is a secret)");
        return false;
    }
    if (m_kind == Kind::ApiKey && !isKeySid(m_username)) {
        *error = tr("the API key SID is not valid: it must be SK followed by 32 hexadecimal digits (the "
                    "value is not shown in case it is a secret)");
        return false;
    }
    if (m_kind == Kind::OAuthClient && m_username.isEmpty()) {
        *error = tr("the OAuth client id is empty");
        return false;
    }
    if (m_secret.isEmpty()) {
        *error = m_kind == Kind::AuthToken ? tr("the Auth Token is empty") : tr("the secret is empty");
        return false;
    }
    return true;
}

QByteArray ApiCredentials::authorizationHeader() const
{
    switch (m_kind) {
    case Kind::AuthToken:
    case Kind::ApiKey: {
        QByteArray plain;
        plain.reserve(m_username.size() + 1 + qsizetype(m_secret.size()));
        plain.append(m_username.toLatin1()).append(':').append(m_secret.view());
        QByteArray header = QByteArrayLiteral("Basic ") + plain.toBase64();
        wipeBytes(plain);
        return header;
    }
    case Kind::AccessToken: {
        QByteArray header = QByteArrayLiteral("Bearer ");
        header.append(m_secret.view());
        return header;
    }
    case Kind::OAuthClient:
    case Kind::None:
        break;
    }
    return {};
}

QString ApiCredentials::describe() const
{
    switch (m_kind) {
    case Kind::AuthToken:
        return tr("Account SID %1 and its Auth Token").arg(shortSid(m_accountSid));
    case Kind::ApiKey:
        return tr("API key %1 and its secret (for account %2)")
            .arg(shortSid(m_username), shortSid(m_accountSid));
    case Kind::AccessToken:
        return tr("OAuth access token (it may have expired)");
    case Kind::OAuthClient:
        return m_grant == OAuthGrant::RefreshToken
            ? tr("Twilio sign-in through OAuth app %1 (sign in again if it was revoked)").arg(m_username)
            : tr("OAuth client %1 and its secret").arg(m_username);
    case Kind::None:
        break;
    }
    return tr("credentials");
}
