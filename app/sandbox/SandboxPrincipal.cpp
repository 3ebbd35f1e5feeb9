#include "SandboxPrincipal.h"

#include "PolicyRules.h"
#include "SandboxFormat.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "token/Hmac.h"

namespace {

SandboxResponse authError(bool xml, const QString& message)
{
    return xml ? SandboxResponse::xmlError(401, 20003, message) : SandboxResponse::error(401, 20003, message);
}

} // namespace

SandboxPrincipal SandboxPrincipal::authenticate(const SandboxRequest& request, const SandboxState& state)
{
    SandboxPrincipal p;
    const QByteArray header = request.authorization.trimmed();
    if (header.isEmpty())
        return p;
    p.kind = Kind::Invalid;

    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return p;
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray value = header.mid(space + 1).trimmed();

    if (scheme == "bearer") {
        const QString account = state.accessTokenAccount(value);
        if (!account.isEmpty()) {
            p.kind = Kind::Bearer;
            p.accountSid = account;
        }
        return p;
    }
    if (scheme != "basic")
        return p;

    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return p;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return p;
    const QString user = QString::fromUtf8(decoded.decoded.left(colon));
    const QByteArray password = decoded.decoded.mid(colon + 1);

    if (SandboxFormat::isSid(user, QLatin1String("AC"))) {
        const SandboxAccount* account = state.account(user);
        if (!account)
            return p;
        const bool primary = Hmac::constantTimeEquals(password, account->authToken.toUtf8());
        const bool secondary = !account->secondaryAuthToken.isEmpty()
            && Hmac::constantTimeEquals(password, account->secondaryAuthToken.toUtf8());
        if (primary || secondary) {
            p.kind = Kind::AuthToken;
            p.accountSid = account->sid;
        }
        return p;
    }
    if (SandboxFormat::isSid(user, QLatin1String("SK"))) {
        const SandboxKey* key = state.findKey(user);
        if (!key || !state.keySecretMatches(*key, password))
            return p;
        p.accountSid = key->accountSid;
        p.keySid = key->sid;
        switch (key->type) {
        case SandboxKeyType::Main:
            p.kind = Kind::MainKey;
            break;
        case SandboxKeyType::Standard:
            p.kind = Kind::StandardKey;
            break;
        case SandboxKeyType::Restricted:
            p.kind = Kind::RestrictedKey;
            p.policy = key->policy;
            break;
        }
    }
    return p;
}

std::optional<SandboxResponse> SandboxPrincipal::authorize(const SandboxState& state,
                                                           const QString& permission,
                                                           const QString& targetAccount, bool xml) const
{
    // Wire text (Twilio's wording where known), not translated.
    if (kind == Kind::Anonymous)
        return authError(xml, QStringLiteral("Authenticate"));
    if (kind == Kind::Invalid)
        return authError(xml, QStringLiteral("Authenticate: the credentials are not valid"));
    const SandboxAccount* own = state.account(accountSid);
    if (!own || own->status != QLatin1String("active"))
        return authError(xml,
                         QStringLiteral("Authenticate: the account is %1")
                             .arg(own ? own->status : QStringLiteral("unknown")));
    if (kind == Kind::StandardKey) {
        return authError(
            xml,
            QStringLiteral(
                "Authenticate: a Standard API key cannot manage keys, accounts or credentials; use the "
                "Auth Token or a Main key"));
    }
    if (!targetAccount.isEmpty() && !state.canAccess(accountSid, targetAccount))
        return authError(
            xml,
            QStringLiteral("Authenticate: these credentials cannot access account %1").arg(targetAccount));
    if (kind == Kind::RestrictedKey && (permission.isEmpty() || !PolicyRules::allows(policy, permission))) {
        const QString message = permission.isEmpty()
            ? QStringLiteral("Authorization failed: Restricted API keys cannot call this endpoint")
            : QStringLiteral("Authorization failed: the key's policy does not allow %1").arg(permission);
        return xml ? SandboxResponse::xmlError(403, 70051, message)
                   : SandboxResponse::error(403, 70051, message);
    }
    return std::nullopt;
}
