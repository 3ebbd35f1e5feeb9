#pragma once

#include <QByteArray>
#include <QString>

// An OAuth app that may use the client_credentials grant on /v2/token for its account.
struct SandboxOAuthClient
{
    QString clientId; // OQ + 32 hex
    QString accountSid;
    QString friendlyName;
    QByteArray secretSha256; // raw 32 bytes; the secret is not kept
};
