#pragma once

#include "SandboxResponse.h"

#include <QString>

struct SandboxRequest;
class SandboxState;

// oauth.twilio.com v2 token endpoint, client_credentials grant only: client_id + client_secret in the
// form body (or HTTP Basic) give a Bearer access token (a JWT) that the other endpoints accept.
class OAuthV2Handler
{
public:
    explicit OAuthV2Handler(SandboxState& state);

    static bool owns(const QString& path) { return path.startsWith(QLatin1String("/v2/")); }
    SandboxResponse handle(const SandboxRequest& request);

private:
    SandboxState& m_state;
};
