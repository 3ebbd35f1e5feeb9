// libFuzzer target for policy documents: the client's reader (Policy::parse, both syntaxes, and the
// policy member of an API answer) and the sandbox's Policy form field (PolicyRules::readPolicyField).
// Whatever reads writes back to a document that reads the same.
#include "FuzzSupport.h"
#include "PolicyRules.h"
#include "api/Policy.h"
#include "keys/PermissionCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstdint>

namespace {

bool hasRepeats(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend()).size() != list.size();
}

void checkClient(const QByteArray& json)
{
    Policy::ParseError objectError;
    const std::optional<Policy> object = Policy::parse(json, Policy::Syntax::ObjectOnly, &objectError);
    Policy::ParseError listError;
    const std::optional<Policy> any = Policy::parse(json, Policy::Syntax::ObjectOrList, &listError);
    Fuzz::check(!object || (any && *any == *object), "an object policy reads the same in both syntaxes");
    Fuzz::check(object || objectError.code != Policy::SyntaxError::None, "a refusal has a reason");
    if (!object)
        Fuzz::check(!Policy::describe(objectError).isEmpty(), "a refusal has a sentence");

    QString error;
    const std::optional<Policy> viaFromJson = Policy::fromJson(json, &error);
    Fuzz::check(bool(viaFromJson) == bool(any), "fromJson is parse(ObjectOrList)");
    Fuzz::check(viaFromJson || !error.isEmpty(), "fromJson says why");
    if (!any)
        return;

    Policy policy = *any;
    const std::optional<Policy> again = Policy::parse(policy.toJson(), Policy::Syntax::ObjectOnly, nullptr);
    Fuzz::check(again && *again == policy, "toJson reads back the same policy");
    Fuzz::check(policy.problems().isEmpty() == policy.isValid(), "problems() and isValid() agree");
    for (const QString& permission : policy.allow())
        Fuzz::check(Policy::isWellFormedPermission(permission) == Policy::shapeProblem(permission).isEmpty(),
                    "shape check and shape sentence agree");
    const int before = policy.size();
    const int dropped = policy.removeDuplicates();
    Fuzz::check(policy.size() == before - dropped && !hasRepeats(policy.allow()), "removeDuplicates");
    Fuzz::check(any->addedIn(policy).isEmpty(), "deduplicating adds nothing");

    // The same document as the policy member of an API answer.
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isNull()) {
        const QJsonValue value
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        Policy::ParseError valueError;
        (void)Policy::parseValue(value, Policy::Syntax::ObjectOnly, &valueError);
        QString fromValueError;
        (void)Policy::fromJsonValue(value, &fromValueError);
    }
}

void checkSandbox(const QString& field)
{
    QStringList allow;
    QString error;
    if (!PolicyRules::readPolicyField(field, &allow, &error)) {
        Fuzz::check(!error.isEmpty(), "the sandbox says why a policy is refused");
        return;
    }
    Fuzz::check(!allow.isEmpty() && allow.size() <= Policy::maxPermissions, "1..100 permissions");
    Fuzz::check(!hasRepeats(allow), "repeats are dropped");
    const PermissionCatalog& catalog = PermissionCatalog::builtIn();
    for (const QString& permission : allow) {
        Fuzz::check(catalog.isKnown(permission), "only known permissions");
        Fuzz::check(PolicyRules::allows(allow, permission), "a policy allows what it lists");
    }
    QStringList again;
    Fuzz::check(PolicyRules::readPolicyField(QString::fromUtf8(Policy(allow).toJson()), &again, &error)
                    && again == allow,
                "what the sandbox stores it reads back");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr(), the permission catalog's resource
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    checkClient(json);
    checkSandbox(QString::fromUtf8(json));
    return 0;
}
