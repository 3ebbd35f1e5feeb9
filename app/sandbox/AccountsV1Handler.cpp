#include "AccountsV1Handler.h"

#include "SandboxFormat.h"
#include "SandboxPrincipal.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "core/OrderedJson.h"

// Response and error texts are wire text in Twilio's words, not user interface: not translated.

AccountsV1Handler::AccountsV1Handler(SandboxState& state, const QString& baseUrl)
    : m_state(state)
    , m_baseUrl(baseUrl)
{ }

SandboxResponse AccountsV1Handler::handle(const SandboxRequest& request, const SandboxPrincipal& principal)
{
    const QString& m = request.method;
    const bool secondary = request.path == QLatin1String("/v1/AuthTokens/Secondary");
    const bool promote = request.path == QLatin1String("/v1/AuthTokens/Promote");
    if (!secondary && !promote)
        return SandboxResponse::error(
            404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
    const bool allowed = m == QLatin1String("POST") || (secondary && m == QLatin1String("DELETE"));
    if (!allowed) {
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"),
                        secondary ? QByteArrayLiteral("POST, DELETE") : QByteArrayLiteral("POST"));
    }
    // Credentials management: the Auth Token, a Main key or a Bearer token; never a Standard or Restricted
    // key.
    if (auto denied = principal.authorize(m_state, QString(), QString()))
        return *denied;
    const QString accountSid = principal.accountSid;
    const QString url = m_baseUrl + request.path;

    if (secondary && m == QLatin1String("DELETE")) {
        if (!m_state.deleteSecondaryAuthToken(accountSid))
            return SandboxResponse::error(404, 20404,
                                          QStringLiteral("The account has no secondary Auth Token"));
        return SandboxResponse::noContent();
    }
    if (secondary) {
        m_state.createSecondaryAuthToken(accountSid);
        const SandboxAccount* a = m_state.account(accountSid);
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("account_sid"), OrderedJson::fromString(accountSid));
        o.insert(QStringLiteral("date_created"),
                 OrderedJson::fromString(SandboxFormat::iso8601(a->secondaryDateCreated)));
        o.insert(QStringLiteral("date_updated"),
                 OrderedJson::fromString(SandboxFormat::iso8601(a->secondaryDateCreated)));
        o.insert(QStringLiteral("secondary_auth_token"), OrderedJson::fromString(a->secondaryAuthToken));
        o.insert(QStringLiteral("url"), OrderedJson::fromString(url));
        return SandboxResponse::json(201, o);
    }
    if (!m_state.promoteSecondaryAuthToken(accountSid))
        return SandboxResponse::error(404, 20404,
                                      QStringLiteral("The account has no secondary Auth Token to promote"));
    const SandboxAccount* a = m_state.account(accountSid);
    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("account_sid"), OrderedJson::fromString(accountSid));
    o.insert(QStringLiteral("auth_token"), OrderedJson::fromString(a->authToken));
    o.insert(QStringLiteral("date_created"), OrderedJson::fromString(SandboxFormat::iso8601(a->dateCreated)));
    o.insert(QStringLiteral("date_updated"),
             OrderedJson::fromString(SandboxFormat::iso8601(a->authTokenDate)));
    o.insert(QStringLiteral("url"), OrderedJson::fromString(url));
    return SandboxResponse::json(200, o);
}
