#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

// Restricted-key policies: the catalog of known permission strings, the checks Twilio applies to a
// Policy form field, and which permission each sandbox operation needs.
class PolicyRules
{
    Q_DECLARE_TR_FUNCTIONS(PolicyRules)

public:
    static constexpr int maxPermissions = 100;

    // The permissions a caller needs, per operation (strings from restricted-permissions.txt).
    static QString keysList() { return QStringLiteral("/twilio/iam/api-keys/list"); }
    static QString keysRead() { return QStringLiteral("/twilio/iam/api-keys/read"); }
    static QString keysCreate() { return QStringLiteral("/twilio/iam/api-keys/create"); }
    static QString keysUpdate() { return QStringLiteral("/twilio/iam/api-keys/update"); }
    static QString keysDelete() { return QStringLiteral("/twilio/iam/api-keys/delete"); }
    static QString accountsList() { return QStringLiteral("/twilio/iam/accounts/list"); }
    static QString accountsRead() { return QStringLiteral("/twilio/iam/accounts/read"); }

    // The built-in catalog (a resource copy of shared/twilio/restricted-permissions.txt).
    static const PolicyRules& builtIn();

    explicit PolicyRules(const QStringList& catalog);
    // One permission per line; '#' comments and blank lines skipped.
    static QStringList parseCatalog(QByteArrayView text);

    const QStringList& catalog() const { return m_catalog; }
    // Known: in the catalog, or "<product>/<resource>/*" for a resource the catalog has.
    bool isKnown(const QString& permission) const;

    // Parses the Policy form value ({"allow":[…]}, a JSON string). On failure returns false and a
    // Twilio-style message for error 70002. Duplicates are dropped, order kept.
    bool parsePolicy(const QString& policyJson, QStringList* allow, QString* error) const;

    // Whether a policy grants permission, directly or through "<product>/<resource>/*".
    static bool allows(const QStringList& policy, const QString& permission);

private:
    QStringList m_catalog;
    QSet<QString> m_known;
    QSet<QString> m_resources; // "/twilio/<product>/<resource>/"
};
