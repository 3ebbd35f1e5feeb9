#include "Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

bool fail(Policy::ParseError* error, Policy::SyntaxError code, const QString& detail = QString(),
          qsizetype offset = -1)
{
    if (error)
        *error = Policy::ParseError { code, detail, offset };
    return false;
}

} // namespace

std::optional<Policy> Policy::parseValue(const QJsonValue& value, Syntax syntax, ParseError* error)
{
    QJsonArray items;
    if (value.isArray() && syntax == Syntax::ObjectOrList) {
        items = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"allow") {
                fail(error, SyntaxError::UnsupportedMember, it.key());
                return std::nullopt;
            }
        }
        const QJsonValue allow = o.value(QStringLiteral("allow"));
        if (!allow.isArray()) {
            fail(error, SyntaxError::NoAllowList);
            return std::nullopt;
        }
        items = allow.toArray();
    } else {
        fail(error, SyntaxError::NotAnObject);
        return std::nullopt;
    }
    QStringList allow;
    allow.reserve(items.size());
    for (const QJsonValue& item : items) {
        if (!item.isString()) {
            fail(error, SyntaxError::NotAString);
            return std::nullopt;
        }
        allow << item.toString();
    }
    if (error)
        *error = ParseError();
    return Policy(std::move(allow));
}

std::optional<Policy> Policy::parse(const QByteArray& json, Syntax syntax, ParseError* error)
{
    if (json.size() > 1 << 20) {
        fail(error, SyntaxError::TooLarge);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, SyntaxError::NotJson, parseError.errorString(), parseError.offset);
        return std::nullopt;
    }
    return parseValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), syntax, error);
}

QString Policy::describe(const ParseError& error)
{
    switch (error.code) {
    case SyntaxError::None:
        break;
    case SyntaxError::TooLarge:
        return tr("the policy is larger than 1 MiB");
    case SyntaxError::NotJson:
        return tr("the policy is not valid JSON: %1 at byte %2").arg(error.detail).arg(error.offset);
    case SyntaxError::NotAnObject:
        return tr("a policy is a JSON object like {\"allow\": [\"/twilio/…\"]}");
    case SyntaxError::UnsupportedMember:
        return tr("the policy has a member \"%1\"; only \"allow\" is supported").arg(error.detail);
    case SyntaxError::NoAllowList:
        return tr("the policy needs an \"allow\" list of permission strings");
    case SyntaxError::NotAString:
        return tr("every permission in \"allow\" must be a string");
    }
    return QString();
}

std::optional<Policy> Policy::fromJsonValue(const QJsonValue& value, QString* error)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    ParseError parseError;
    auto policy = parseValue(value, Syntax::ObjectOrList, &parseError);
    if (!policy && error)
        *error = describe(parseError);
    return policy;
}

std::optional<Policy> Policy::fromJson(const QByteArray& json, QString* error)
{
    ParseError parseError;
    auto policy = parse(json, Syntax::ObjectOrList, &parseError);
    if (!policy && error)
        *error = describe(parseError);
    return policy;
}

QJsonValue Policy::toJsonValue() const
{
    return QJsonObject { { QStringLiteral("allow"), QJsonArray::fromStringList(m_allow) } };
}

QByteArray Policy::toJson() const
{
    return QJsonDocument(toJsonValue().toObject()).toJson(QJsonDocument::Compact);
}

bool Policy::add(const QString& permission)
{
    if (m_allow.contains(permission))
        return false;
    m_allow << permission;
    return true;
}

bool Policy::remove(const QString& permission)
{
    return m_allow.removeAll(permission) > 0;
}

int Policy::removeDuplicates()
{
    return int(m_allow.removeDuplicates());
}

QStringList Policy::knownActions()
{
    return { QStringLiteral("read"),   QStringLiteral("list"),   QStringLiteral("create"),
             QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("*") };
}

bool Policy::isWellFormedPermission(const QString& permission)
{
    static const QRegularExpression shape(QStringLiteral(
        "^/twilio/[a-z0-9_-]+/[a-z0-9_-]+(\\.[a-z0-9_-]+)*/(read|list|create|update|delete|\\*)$"));
    return shape.match(permission).hasMatch();
}

QString Policy::shapeProblem(const QString& permission)
{
    if (isWellFormedPermission(permission))
        return QString();
    return tr("\"%1\" is not a permission: they look like /twilio/<product>/<resource>/<action>, "
              "with action "
              "read, list, create, update, delete or *")
        .arg(permission);
}

QStringList Policy::problems() const
{
    QStringList out;
    if (m_allow.isEmpty())
        out << tr("a Restricted key needs at least one permission");
    if (m_allow.size() > maxPermissions)
        out << tr("%1 permissions; Twilio allows at most %2 per key").arg(m_allow.size()).arg(maxPermissions);
    QSet<QString> seen;
    for (const QString& p : m_allow) {
        if (seen.contains(p)) {
            out << tr("\"%1\" is listed twice").arg(p);
            continue;
        }
        seen.insert(p);
        if (!isWellFormedPermission(p))
            out << shapeProblem(p);
    }
    return out;
}

bool Policy::isValid(QString* error) const
{
    const QStringList p = problems();
    if (!p.isEmpty() && error)
        *error = p.first()
            + (p.size() > 1 ? tr(" (and %n more problem(s))", nullptr, int(p.size() - 1)) : QString());
    return p.isEmpty();
}

QStringList Policy::addedIn(const Policy& other) const
{
    QStringList out;
    for (const QString& p : other.m_allow)
        if (!m_allow.contains(p))
            out << p;
    return out;
}

QStringList Policy::removedIn(const Policy& other) const
{
    return other.addedIn(*this);
}
