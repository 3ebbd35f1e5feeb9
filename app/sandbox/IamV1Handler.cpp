#include "IamV1Handler.h"

#include "PolicyRules.h"
#include "SandboxFormat.h"
#include "SandboxPaging.h"
#include "SandboxPrincipal.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "core/OrderedJson.h"

// Response and error texts are wire text in Twilio's words, not user interface: not translated.

namespace {

constexpr int maxFriendlyName = 64;

OrderedJson str(const QString& text)
{
    return OrderedJson::fromString(text);
}

OrderedJson keyBase(const SandboxKey& key)
{
    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("sid"), str(key.sid));
    o.insert(QStringLiteral("friendly_name"), key.friendlyName ? str(*key.friendlyName) : OrderedJson());
    o.insert(QStringLiteral("date_created"), str(SandboxFormat::rfc2822(key.dateCreated)));
    o.insert(QStringLiteral("date_updated"), str(SandboxFormat::rfc2822(key.dateUpdated)));
    return o;
}

OrderedJson policyJson(const SandboxKey& key)
{
    if (key.type != SandboxKeyType::Restricted)
        return OrderedJson();
    OrderedJson allow = OrderedJson::makeArray();
    for (const QString& permission : key.policy)
        allow.append(str(permission));
    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("allow"), allow);
    return o;
}

// List items carry flags and no policy (fetch carries policy and no flags). Restricted keys cannot sign
// Access Tokens, so they lack "signing".
OrderedJson listItem(const SandboxKey& key)
{
    OrderedJson o = keyBase(key);
    OrderedJson flags = OrderedJson::makeArray();
    flags.append(str(QStringLiteral("rest_api")));
    if (key.type != SandboxKeyType::Restricted)
        flags.append(str(QStringLiteral("signing")));
    o.insert(QStringLiteral("flags"), flags);
    return o;
}

OrderedJson instanceJson(const SandboxKey& key)
{
    OrderedJson o = keyBase(key);
    o.insert(QStringLiteral("policy"), policyJson(key));
    return o;
}

bool nameTooLong(const QString& name)
{
    return name.toUcs4().size() > maxFriendlyName;
}

SandboxResponse notFound(const SandboxRequest& request)
{
    return SandboxResponse::error(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
}

// A Restricted key may only hand out permissions it holds itself (Twilio error 70152).
bool withinOwnPolicy(const SandboxPrincipal& principal, const QStringList& wanted)
{
    if (principal.kind != SandboxPrincipal::Kind::RestrictedKey)
        return true;
    for (const QString& permission : wanted) {
        if (permission.endsWith(QLatin1String("/*")) ? !principal.policy.contains(permission)
                                                     : !PolicyRules::allows(principal.policy, permission))
            return false;
    }
    return true;
}

SandboxResponse escalation()
{
    return SandboxResponse::error(
        400, 70152,
        QStringLiteral(
            "Request contains invalid flags: a key cannot create or grant more permissions than it has"));
}

} // namespace

IamV1Handler::IamV1Handler(SandboxState& state, const QString& baseUrl)
    : m_state(state)
    , m_baseUrl(baseUrl)
{ }

SandboxResponse IamV1Handler::handle(const SandboxRequest& request, const SandboxPrincipal& principal)
{
    const QString& m = request.method;
    if (request.path == QLatin1String("/v1/Keys")) {
        if (m == QLatin1String("GET"))
            return list(request, principal);
        if (m == QLatin1String("POST"))
            return create(request, principal);
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST"));
    }
    const QString sid = request.path.mid(int(qstrlen("/v1/Keys/")));
    if (sid.isEmpty() || sid.contains(u'/'))
        return notFound(request);
    if (m != QLatin1String("GET") && m != QLatin1String("POST") && m != QLatin1String("DELETE")) {
        return SandboxResponse::error(405, 20004, QStringLiteral("Method not allowed"))
            .withHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, DELETE"));
    }
    return instance(request, principal, sid);
}

SandboxResponse IamV1Handler::list(const SandboxRequest& request, const SandboxPrincipal& principal)
{
    if (auto denied = principal.authorize(m_state, PolicyRules::keysList(), QString()))
        return *denied;
    const QString accountSid = request.query.value(QStringLiteral("AccountSid"));
    if (accountSid.isEmpty())
        return SandboxResponse::error(400, 20001,
                                      QStringLiteral("Missing required parameter AccountSid in the query"));
    if (!SandboxFormat::isSid(accountSid, QLatin1String("AC")))
        return SandboxResponse::error(400, 20001, QStringLiteral("Invalid AccountSid '%1'").arg(accountSid));
    if (!m_state.account(accountSid))
        return SandboxResponse::error(
            404, 20404, QStringLiteral("The requested resource /Accounts/%1 was not found").arg(accountSid));
    if (auto denied = principal.authorize(m_state, PolicyRules::keysList(), accountSid))
        return *denied;
    SandboxPaging::Request paging;
    if (auto bad = SandboxPaging::parse(request, &paging))
        return *bad;

    const SandboxKeyStore* store = m_state.keys(accountSid);
    SandboxPaging::Window window;
    if (auto bad = SandboxPaging::window(
            paging, store->size(), [store](qsizetype i) { return store->at(i).seq; },
            [store](quint64 seq) { return store->lowerBound(seq); }, &window))
        return *bad;
    OrderedJson items = OrderedJson::makeArray();
    for (qsizetype i = window.begin; i < window.end; ++i)
        items.append(listItem(store->at(i)));
    return SandboxResponse::json(
        200,
        SandboxPaging::v1Envelope(QStringLiteral("keys"), items, m_baseUrl + QStringLiteral("/v1/Keys"),
                                  QStringLiteral("AccountSid=") + accountSid, paging, window));
}

SandboxResponse IamV1Handler::create(const SandboxRequest& request, const SandboxPrincipal& principal)
{
    if (auto denied = principal.authorize(m_state, PolicyRules::keysCreate(), QString()))
        return *denied;
    const QString accountSid = request.form.value(QStringLiteral("AccountSid"));
    if (accountSid.isEmpty())
        return SandboxResponse::error(
            400, 20001, QStringLiteral("Missing required parameter AccountSid in the post body"));
    if (!SandboxFormat::isSid(accountSid, QLatin1String("AC")))
        return SandboxResponse::error(400, 20001, QStringLiteral("Invalid AccountSid '%1'").arg(accountSid));
    if (!m_state.account(accountSid))
        return SandboxResponse::error(
            404, 20404, QStringLiteral("The requested resource /Accounts/%1 was not found").arg(accountSid));
    if (auto denied = principal.authorize(m_state, PolicyRules::keysCreate(), accountSid))
        return *denied;

    std::optional<QString> name;
    if (request.form.contains(QStringLiteral("FriendlyName"))) {
        name = request.form.value(QStringLiteral("FriendlyName"));
        if (nameTooLong(*name))
            return SandboxResponse::error(400, 70001,
                                          QStringLiteral("The request has constraint violations"));
    }
    const QString keyType = request.form.value(QStringLiteral("KeyType"));
    if (!keyType.isEmpty() && keyType != QLatin1String("restricted")) {
        return SandboxResponse::error(
            400, 20001,
            QStringLiteral("Invalid KeyType '%1': the only accepted value is 'restricted'").arg(keyType));
    }
    const bool restricted = keyType == QLatin1String("restricted");
    const bool hasPolicy = request.form.contains(QStringLiteral("Policy"));
    QStringList allow;
    if (restricted) {
        if (!hasPolicy || request.form.value(QStringLiteral("Policy")).trimmed().isEmpty())
            return SandboxResponse::error(400, 20001,
                                          QStringLiteral("Policy is required when KeyType is 'restricted'"));
        QString problem;
        if (!PolicyRules::readPolicyField(request.form.value(QStringLiteral("Policy")), &allow, &problem))
            return SandboxResponse::error(400, 70002, problem);
    } else if (hasPolicy) {
        return SandboxResponse::error(400, 20001,
                                      QStringLiteral("Policy is only accepted with KeyType=restricted"));
    }
    // A Restricted key may not mint a Standard key or one with permissions it lacks.
    if (principal.kind == SandboxPrincipal::Kind::RestrictedKey
        && (!restricted || !withinOwnPolicy(principal, allow)))
        return escalation();

    const SandboxState::NewKey created = m_state.createKey(
        accountSid, restricted ? SandboxKeyType::Restricted : SandboxKeyType::Standard, name, allow);
    OrderedJson body = keyBase(*created.key);
    body.insert(QStringLiteral("secret"), str(created.secret));
    body.insert(QStringLiteral("policy"), policyJson(*created.key));
    return SandboxResponse::json(201, body);
}

SandboxResponse IamV1Handler::instance(const SandboxRequest& request, const SandboxPrincipal& principal,
                                       const QString& sid)
{
    const QString& m = request.method;
    const QString permission = m == QLatin1String("GET") ? PolicyRules::keysRead()
        : m == QLatin1String("POST")                     ? PolicyRules::keysUpdate()
                                                         : PolicyRules::keysDelete();
    if (auto denied = principal.authorize(m_state, permission, QString()))
        return *denied;
    const SandboxKey* key = SandboxFormat::isSid(sid, QLatin1String("SK")) ? m_state.findKey(sid) : nullptr;
    if (!key || !m_state.canAccess(principal.accountSid, key->accountSid))
        return notFound(request);
    if (m != QLatin1String("GET") && key->type == SandboxKeyType::Main)
        return SandboxResponse::error(403, 70051, PolicyRules::mainKeyRefusal());

    if (m == QLatin1String("DELETE")) {
        m_state.deleteKey(sid);
        return SandboxResponse::noContent();
    }
    if (m == QLatin1String("POST")) {
        std::optional<std::optional<QString>> name;
        std::optional<QStringList> policy;
        if (request.form.contains(QStringLiteral("FriendlyName"))) {
            const QString value = request.form.value(QStringLiteral("FriendlyName"));
            if (nameTooLong(value))
                return SandboxResponse::error(400, 70001,
                                              QStringLiteral("The request has constraint violations"));
            name = std::optional<QString>(value);
        }
        if (request.form.contains(QStringLiteral("Policy"))) {
            if (key->type != SandboxKeyType::Restricted) {
                return SandboxResponse::error(
                    400, 20001,
                    QStringLiteral(
                        "Only Restricted keys have a Policy; Standard and Main keys can change only "
                        "their FriendlyName"));
            }
            QStringList allow;
            QString problem;
            if (!PolicyRules::readPolicyField(request.form.value(QStringLiteral("Policy")), &allow, &problem))
                return SandboxResponse::error(400, 70002, problem);
            if (!withinOwnPolicy(principal, allow))
                return escalation();
            policy = allow;
        }
        m_state.updateKey(sid, name, policy);
        key = m_state.findKey(sid);
    }
    return SandboxResponse::json(200, instanceJson(*key));
}
