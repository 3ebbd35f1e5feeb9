#pragma once

#include "AccountsV1Handler.h"
#include "ApiV2010Handler.h"
#include "IamV1Handler.h"
#include "OAuthV2Handler.h"
#include "SandboxResponse.h"

struct SandboxRequest;
class SandboxState;

// One base URL for every product; the path prefix picks the handler (/2010-04-01 api, /v1/Keys iam,
// /v1/AuthTokens accounts, /v2/token oauth). Anything else is 404/20404.
class SandboxRouter
{
public:
    explicit SandboxRouter(SandboxState& state);
    void setBaseUrl(const QString& baseUrl);

    SandboxResponse handle(const SandboxRequest& request);

private:
    SandboxState& m_state;
    ApiV2010Handler m_api;
    IamV1Handler m_iam;
    AccountsV1Handler m_accounts;
    OAuthV2Handler m_oauth;
};
