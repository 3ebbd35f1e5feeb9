#include "PolicyRules.h"

#include "core/OrderedJson.h"

#include <QFile>

namespace {

QString resourceOf(const QString& permission)
{
    const qsizetype slash = permission.lastIndexOf(u'/');
    return slash < 0 ? QString() : permission.left(slash + 1);
}

} // namespace

const PolicyRules& PolicyRules::builtIn()
{
    static const PolicyRules rules([] {
        QFile file(QStringLiteral(":/sandbox/restricted-permissions.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringList();
        return parseCatalog(file.readAll());
    }());
    return rules;
}

PolicyRules::PolicyRules(const QStringList& catalog)
    : m_catalog(catalog)
{
    for (const QString& permission : catalog) {
        m_known.insert(permission);
        m_resources.insert(resourceOf(permission));
    }
}

QStringList PolicyRules::parseCatalog(QByteArrayView text)
{
    QStringList out;
    for (const QByteArray& rawLine : text.toByteArray().split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        out.append(QString::fromUtf8(line));
    }
    return out;
}

bool PolicyRules::isKnown(const QString& permission) const
{
    if (m_known.contains(permission))
        return true;
    return permission.endsWith(QLatin1String("/*")) && m_resources.contains(resourceOf(permission));
}

bool PolicyRules::parsePolicy(const QString& policyJson, QStringList* allow, QString* error) const
{
    // Wire text (like Twilio's own messages), not translated.
    OrderedJson::ParseError parseError;
    const std::optional<OrderedJson> doc = OrderedJson::parse(policyJson.toUtf8(), &parseError, 16);
    if (!doc) {
        *error = QStringLiteral("Policy is not valid JSON (offset %1): %2")
                     .arg(parseError.offset)
                     .arg(parseError.message);
        return false;
    }
    if (!doc->isObject()) {
        *error
            = QStringLiteral("Policy must be a JSON object of the form {\"allow\":[\"<permission>\", ...]}");
        return false;
    }
    for (const auto& member : doc->members()) {
        if (member.key != QLatin1String("allow")) {
            *error = QStringLiteral("Policy has an unsupported member '%1'; only \"allow\" is accepted")
                         .arg(member.key);
            return false;
        }
    }
    const OrderedJson* list = doc->find(u"allow");
    if (!list || !list->isArray()) {
        *error = QStringLiteral("Policy must contain an \"allow\" array of permission strings");
        return false;
    }
    QStringList out;
    for (const OrderedJson& item : list->items()) {
        if (!item.isString()) {
            *error = QStringLiteral("Policy \"allow\" entries must be strings");
            return false;
        }
        const QString& permission = item.toString();
        if (!isKnown(permission)) {
            *error = QStringLiteral("assertion '%1' is invalid").arg(permission);
            return false;
        }
        if (!out.contains(permission))
            out.append(permission);
    }
    if (out.isEmpty()) {
        *error = QStringLiteral("Policy must allow at least one permission");
        return false;
    }
    if (out.size() > maxPermissions) {
        *error = QStringLiteral("Policy has %1 permissions; a key may have at most %2")
                     .arg(out.size())
                     .arg(maxPermissions);
        return false;
    }
    *allow = out;
    return true;
}

bool PolicyRules::allows(const QStringList& policy, const QString& permission)
{
    if (policy.contains(permission))
        return true;
    return policy.contains(resourceOf(permission) + u'*');
}
