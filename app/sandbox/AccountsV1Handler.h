#pragma once

#include "SandboxResponse.h"

#include <QString>

struct SandboxPrincipal;
struct SandboxRequest;
class SandboxState;

// accounts.twilio.com v1 Auth Token rotation: create/delete the secondary token, promote it (the old
// primary stops working at once). Acts on the calling credential's own account. Dates are ISO 8601.
class AccountsV1Handler
{
public:
    AccountsV1Handler(SandboxState& state, const QString& baseUrl);
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    static bool owns(const QString& path) { return path.startsWith(QLatin1String("/v1/AuthTokens")); }
    SandboxResponse handle(const SandboxRequest& request, const SandboxPrincipal& principal);

private:
    SandboxState& m_state;
    QString m_baseUrl;
};
