#pragma once

#include <QCoreApplication>
#include <QString>

class SandboxState;

// Fills a SandboxState: the main account with the documented sandbox credentials and OAuth client, then
// either demo content (a Main key, Standard and Restricted keys, two subaccounts) or nothing, then any
// number of generated keys. The defaults are made-up sandbox credentials, safe to print and document.
class SandboxSeeder
{
    Q_DECLARE_TR_FUNCTIONS(SandboxSeeder)

public:
    enum class Content { Demo, Empty };

    struct Options
    {
        Content content = Content::Demo;
        int generatedKeys
            = 0; // added to the main account after the content (a mix of Standard and Restricted)
        QString accountSid = defaultAccountSid();
        QString authToken = defaultAuthToken();
    };

    static QString defaultAccountSid() { return QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00"); }
    static QString defaultAuthToken() { return QStringLiteral("5a4db0c5a4db0c5a4db0c5a4db0c5a4d"); }
    static QString defaultOAuthClientId() { return QStringLiteral("OQc0ffeec0ffeec0ffeec0ffeec0ffee00"); }
    static QString defaultOAuthClientSecret()
    {
        return QStringLiteral("sandbox-oauth-secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ");
    }
    // The demo Main key (Main keys cannot be created through the API, so the demo seed brings one).
    static QString defaultMainKeySid() { return QStringLiteral("SKc0ffeec0ffeec0ffeec0ffeec0ffee01"); }
    static QString defaultMainKeySecret() { return QStringLiteral("sandboxMainKeySecret000000000001"); }

    // Replaces everything in state. Emits one changed() at the end.
    static void seed(SandboxState& state, const Options& options);
    // Appends count keys to an account: every third Restricted (1-5 catalog permissions), the rest Standard,
    // named like real fleets of keys, created a minute apart ending now.
    static void addGeneratedKeys(SandboxState& state, const QString& accountSid, int count);
};
