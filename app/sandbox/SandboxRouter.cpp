#include "SandboxRouter.h"

#include "SandboxPrincipal.h"
#include "SandboxRequest.h"

SandboxRouter::SandboxRouter(SandboxState& state)
    : m_state(state)
    , m_api(state)
    , m_iam(state, QString())
    , m_accounts(state, QString())
    , m_oauth(state)
{ }

void SandboxRouter::setBaseUrl(const QString& baseUrl)
{
    m_iam.setBaseUrl(baseUrl);
    m_accounts.setBaseUrl(baseUrl);
}

SandboxResponse SandboxRouter::handle(const SandboxRequest& request)
{
    if (OAuthV2Handler::owns(request.path))
        return m_oauth.handle(request);
    const SandboxPrincipal principal = SandboxPrincipal::authenticate(request, m_state);
    if (ApiV2010Handler::owns(request.path))
        return m_api.handle(request, principal);
    if (IamV1Handler::owns(request.path))
        return m_iam.handle(request, principal);
    if (AccountsV1Handler::owns(request.path))
        return m_accounts.handle(request, principal);
    // Wire text, not translated.
    return SandboxResponse::error(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
}
