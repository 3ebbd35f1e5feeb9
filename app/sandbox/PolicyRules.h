#pragma once

#include <QString>
#include <QStringList>

// The sandbox's side of Restricted-key policies: which permission each operation needs, and Twilio's
// checks on a Policy form field. The catalog is PermissionCatalog::builtIn() and the parsing is
// Policy::parse (models/), the same the client uses; what stays here is the wire wording.
class PolicyRules
{
public:
    // The permissions a caller needs, per operation (strings from the permission catalog).
    static QString keysList() { return QStringLiteral("/twilio/iam/api-keys/list"); }
    static QString keysRead() { return QStringLiteral("/twilio/iam/api-keys/read"); }
    static QString keysCreate() { return QStringLiteral("/twilio/iam/api-keys/create"); }
    static QString keysUpdate() { return QStringLiteral("/twilio/iam/api-keys/update"); }
    static QString keysDelete() { return QStringLiteral("/twilio/iam/api-keys/delete"); }
    static QString accountsList() { return QStringLiteral("/twilio/iam/accounts/list"); }
    static QString accountsRead() { return QStringLiteral("/twilio/iam/accounts/read"); }

    // Main keys are made and managed in the Twilio Console only: the API refuses to delete or change one,
    // whoever asks (403, error 70051, with this message).
    static QString mainKeyRefusal()
    {
        return QStringLiteral(
            "Authorization failed: Main API keys can be changed or deleted only in the Twilio Console");
    }

    // Reads the Policy form value ({"allow":[…]}, a JSON string) as Twilio does: an object with only
    // "allow", every permission known to the catalog, 1 to 100 of them once repeats are dropped (order
    // kept). On failure returns false and the Twilio-style message for error 70002 (wire text, English).
    static bool readPolicyField(const QString& policyJson, QStringList* allow, QString* error);

    // Whether a policy grants permission, directly or through "<product>/<resource>/*".
    static bool allows(const QStringList& policy, const QString& permission);
};
