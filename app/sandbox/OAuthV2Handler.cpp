#include "OAuthV2Handler.h"

#include "SandboxRequest.h"
#include "SandboxState.h"
#include "core/OrderedJson.h"

// Response and error texts are wire text, not user interface: not translated.

OAuthV2Handler::OAuthV2Handler(SandboxState& state)
    : m_state(state)
{ }

SandboxResponse OAuthV2Handler::handle(const SandboxRequest& request)
{
    if (request.path != QLatin1String("/v2/token"))
        return SandboxResponse::error(
            404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
    if (request.method != QLatin1String("POST")) {
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    }
    const QString grantType = request.form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return SandboxResponse::error(400, 20001, QStringLiteral("Missing required parameter grant_type"));
    if (grantType != QLatin1String("client_credentials")) {
        return SandboxResponse::error(
            400, 20001,
            QStringLiteral("Unsupported grant_type '%1': the sandbox supports client_credentials")
                .arg(grantType));
    }

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
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return SandboxResponse::error(
            400, 20001, QStringLiteral("Missing required parameter client_id or client_secret"));

    const SandboxOAuthClient* client = m_state.oauthClient(clientId);
    if (!client || !m_state.oauthSecretMatches(*client, clientSecret))
        return SandboxResponse::error(401, 20003,
                                      QStringLiteral("Authenticate: invalid client_id or client_secret"));

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

    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("access_token"),
             OrderedJson::fromString(m_state.issueAccessToken(*client, accountSid)));
    o.insert(QStringLiteral("refresh_token"), OrderedJson());
    o.insert(QStringLiteral("id_token"), OrderedJson());
    o.insert(QStringLiteral("token_type"), OrderedJson::fromString(QStringLiteral("Bearer")));
    o.insert(QStringLiteral("expires_in"), OrderedJson::fromInteger(m_state.accessTokenLifetime()));
    return SandboxResponse::json(200, o).withHeader(QByteArrayLiteral("Cache-Control"),
                                                    QByteArrayLiteral("no-store"));
}
