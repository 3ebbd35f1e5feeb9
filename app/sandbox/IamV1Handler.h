#pragma once

#include "SandboxResponse.h"

#include <QString>

struct SandboxPrincipal;
struct SandboxRequest;
class SandboxState;

// iam.twilio.com v1 Keys: the only API that creates Restricted keys (KeyType=restricted + Policy).
class IamV1Handler
{
public:
    IamV1Handler(SandboxState& state, const QString& baseUrl);
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    static bool owns(const QString& path)
    {
        return path == QLatin1String("/v1/Keys") || path.startsWith(QLatin1String("/v1/Keys/"));
    }
    SandboxResponse handle(const SandboxRequest& request, const SandboxPrincipal& principal);

private:
    SandboxResponse list(const SandboxRequest& request, const SandboxPrincipal& principal);
    SandboxResponse create(const SandboxRequest& request, const SandboxPrincipal& principal);
    SandboxResponse instance(const SandboxRequest& request, const SandboxPrincipal& principal,
                             const QString& sid);

    SandboxState& m_state;
    QString m_baseUrl; // "http://127.0.0.1:N", for the absolute *_url links
};
