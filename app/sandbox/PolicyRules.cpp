#include "PolicyRules.h"

#include "api/Policy.h"
#include "keys/PermissionCatalog.h"

// Wire text (like Twilio's own messages), not translated.
namespace {

QString wireMessage(const Policy::ParseError& error)
{
    switch (error.code) {
    case Policy::SyntaxError::None:
        break;
    case Policy::SyntaxError::TooLarge:
        return QStringLiteral("Policy is too large");
    case Policy::SyntaxError::NotJson:
        return QStringLiteral("Policy is not valid JSON (offset %1): %2").arg(error.offset).arg(error.detail);
    case Policy::SyntaxError::NotAnObject:
        break;
    case Policy::SyntaxError::UnsupportedMember:
        return QStringLiteral("Policy has an unsupported member '%1'; only \"allow\" is accepted")
            .arg(error.detail);
    case Policy::SyntaxError::NoAllowList:
        return QStringLiteral("Policy must contain an \"allow\" array of permission strings");
    case Policy::SyntaxError::NotAString:
        return QStringLiteral("Policy \"allow\" entries must be strings");
    }
    return QStringLiteral("Policy must be a JSON object of the form {\"allow\":[\"<permission>\", ...]}");
}

} // namespace

bool PolicyRules::readPolicyField(const QString& policyJson, QStringList* allow, QString* error)
{
    Policy::ParseError parseError;
    std::optional<Policy> policy
        = Policy::parse(policyJson.toUtf8(), Policy::Syntax::ObjectOnly, &parseError);
    if (!policy) {
        *error = wireMessage(parseError);
        return false;
    }
    const PermissionCatalog& catalog = PermissionCatalog::builtIn();
    for (const QString& permission : policy->allow()) {
        if (!catalog.isKnown(permission)) {
            *error = QStringLiteral("assertion '%1' is invalid").arg(permission);
            return false;
        }
    }
    policy->removeDuplicates();
    if (policy->isEmpty()) {
        *error = QStringLiteral("Policy must allow at least one permission");
        return false;
    }
    if (policy->size() > Policy::maxPermissions) {
        *error = QStringLiteral("Policy has %1 permissions; a key may have at most %2")
                     .arg(policy->size())
                     .arg(Policy::maxPermissions);
        return false;
    }
    *allow = policy->allow();
    return true;
}

bool PolicyRules::allows(const QStringList& policy, const QString& permission)
{
    return PermissionCatalog::allows(policy, permission);
}
