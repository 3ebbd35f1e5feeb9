#pragma once

#include "SandboxResponse.h"

#include <QString>

struct SandboxPrincipal;
struct SandboxRequest;
class SandboxState;

// api.twilio.com 2010-04-01: Accounts (list, create subaccount, fetch, update) and each account's Keys and
// SigningKeys (list, create, fetch, update, delete). Paths must end in ".json"; without it Twilio answers
// in XML, and so does the sandbox (a <TwilioResponse><RestException>, as it only serves JSON resources).
class ApiV2010Handler
{
public:
    explicit ApiV2010Handler(SandboxState& state);

    static bool owns(const QString& path) { return path.startsWith(QLatin1String("/2010-04-01/")); }
    SandboxResponse handle(const SandboxRequest& request, const SandboxPrincipal& principal);

private:
    struct Route;
    SandboxResponse listAccounts(const SandboxRequest& request, const SandboxPrincipal& principal,
                                 const Route& route);
    SandboxResponse createAccount(const SandboxRequest& request, const SandboxPrincipal& principal,
                                  const Route& route);
    SandboxResponse account(const SandboxRequest& request, const SandboxPrincipal& principal,
                            const Route& route);
    SandboxResponse keys(const SandboxRequest& request, const SandboxPrincipal& principal,
                         const Route& route);
    SandboxResponse key(const SandboxRequest& request, const SandboxPrincipal& principal, const Route& route);

    SandboxState& m_state;
};
