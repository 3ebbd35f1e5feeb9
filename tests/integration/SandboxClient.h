#pragma once

#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"

#include <memory>

// An ApiClient on a running SandboxProcess with its main account's Auth Token, fast retries (Retry-After
// is still honoured) and a per-attempt timeout: what the integration and GUI tests talk through.
// Header-only, for tests that link keydesk_models.
inline std::unique_ptr<ApiClient> sandboxClient(const SandboxProcess& sandbox, int timeoutMs = 10000)
{
    auto client = std::make_unique<ApiClient>();
    TwilioHosts hosts;
    hosts.setBaseUrlOverride(sandbox.baseUrl());
    client->setHosts(hosts);
    client->setCredentials(
        ApiCredentials::authToken(sandbox.accountSid(), SecretBytes::fromUtf8(sandbox.authToken())));
    RetryPolicy retry;
    retry.baseDelayMs = 5;
    retry.maxDelayMs = 50;
    client->setRetryPolicy(retry);
    client->setTimeoutMs(timeoutMs);
    return client;
}
