#pragma once

#include "SandboxResponse.h"

#include <QString>
#include <QStringList>
#include <optional>

struct SandboxRequest;
class SandboxState;

// Who is calling, from the Authorization header: an account with its Auth Token (primary or
// secondary), an API key (Main, Standard or Restricted) with its secret, or an OAuth Bearer token.
struct SandboxPrincipal
{
    enum class Kind { Anonymous, Invalid, AuthToken, MainKey, StandardKey, RestrictedKey, Bearer };

    Kind kind = Kind::Anonymous;
    QString accountSid; // the account the credential belongs to
    QString keySid;
    QStringList policy; // RestrictedKey only

    static SandboxPrincipal authenticate(const SandboxRequest& request, const SandboxState& state);

    // Twilio's rules for the key-management endpoints: the Auth Token, a Main key or a Bearer token may
    // do everything; a Standard key gets 401/20003; a Restricted key needs `permission` in its policy
    // (an empty permission: the operation is never open to Restricted keys) else 403/70051. When
    // targetAccount is set, the credential must belong to it or to its parent account (else 401/20003).
    // Returns the error to send, or nothing when the call may proceed.
    std::optional<SandboxResponse> authorize(const SandboxState& state, const QString& permission,
                                             const QString& targetAccount, bool xml = false) const;

    bool isKey() const
    {
        return kind == Kind::MainKey || kind == Kind::StandardKey || kind == Kind::RestrictedKey;
    }
};
