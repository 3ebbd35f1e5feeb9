#include "ApiV2010Handler.h"

#include "PolicyRules.h"
#include "SandboxFormat.h"
#include "SandboxPaging.h"
#include "SandboxPrincipal.h"
#include "SandboxRequest.h"
#include "SandboxState.h"
#include "core/OrderedJson.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

// Response and error texts are wire text in Twilio's words, not user interface: not translated.

struct ApiV2010Handler::Route
{
    enum class Kind { NotFound, Accounts, Account, Keys, Key };
    Kind kind = Kind::NotFound;
    bool json = false;
    QString accountSid;
    QString keySid;
    QString listKey; // "keys" or "signing_keys"
    QString collection; // "Keys" or "SigningKeys"

    SandboxResponse error(int status, int code, const QString& message) const
    {
        return json ? SandboxResponse::error(status, code, message)
                    : SandboxResponse::xmlError(status, code, message);
    }
};

namespace {

constexpr int maxFriendlyName = 64;

OrderedJson str(const QString& text)
{
    return OrderedJson::fromString(text);
}

OrderedJson nullableName(const std::optional<QString>& name)
{
    return name ? OrderedJson::fromString(*name) : OrderedJson();
}

bool nameTooLong(const QString& name)
{
    return name.toUcs4().size() > maxFriendlyName;
}

QString accountUri(const QString& sid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + sid + QStringLiteral(".json");
}

// Only the account's own credential (Basic with the Account SID and Auth Token) sees Auth Tokens: never
// an API key, whatever its policy, nor an OAuth Bearer token (auth_token is nullable in the spec).
OrderedJson accountJson(const SandboxAccount& a, const SandboxPrincipal& principal)
{
    OrderedJson subresources = OrderedJson::makeObject();
    const QString base = QStringLiteral("/2010-04-01/Accounts/") + a.sid;
    subresources.insert(QStringLiteral("keys"), str(base + QStringLiteral("/Keys.json")));
    subresources.insert(QStringLiteral("signing_keys"), str(base + QStringLiteral("/SigningKeys.json")));

    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("auth_token"),
             principal.kind == SandboxPrincipal::Kind::AuthToken ? str(a.authToken) : OrderedJson());
    o.insert(QStringLiteral("date_created"), str(SandboxFormat::rfc2822(a.dateCreated)));
    o.insert(QStringLiteral("date_updated"), str(SandboxFormat::rfc2822(a.dateUpdated)));
    o.insert(QStringLiteral("friendly_name"), str(a.friendlyName));
    o.insert(QStringLiteral("owner_account_sid"), str(a.ownerAccountSid));
    o.insert(QStringLiteral("sid"), str(a.sid));
    o.insert(QStringLiteral("status"), str(a.status));
    o.insert(QStringLiteral("subresource_uris"), subresources);
    o.insert(QStringLiteral("type"), str(a.type));
    o.insert(QStringLiteral("uri"), str(accountUri(a.sid)));
    return o;
}

OrderedJson keyJson(const SandboxKey& key)
{
    OrderedJson o = OrderedJson::makeObject();
    o.insert(QStringLiteral("sid"), str(key.sid));
    o.insert(QStringLiteral("friendly_name"), nullableName(key.friendlyName));
    o.insert(QStringLiteral("date_created"), str(SandboxFormat::rfc2822(key.dateCreated)));
    o.insert(QStringLiteral("date_updated"), str(SandboxFormat::rfc2822(key.dateUpdated)));
    return o;
}

QString queryPart(const QString& name, const QString& value)
{
    return name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ApiV2010Handler::ApiV2010Handler(SandboxState& state)
    : m_state(state)
{ }

SandboxResponse ApiV2010Handler::handle(const SandboxRequest& request, const SandboxPrincipal& principal)
{
    Route route;
    QString rest = request.path.mid(int(qstrlen("/2010-04-01/")));
    if (rest.endsWith(QLatin1String(".json"))) {
        route.json = true;
        rest.chop(5);
    }
    const QStringList segments = rest.split(u'/');
    if (!segments.isEmpty() && segments.first() == QLatin1String("Accounts")) {
        if (segments.size() == 1) {
            route.kind = Route::Kind::Accounts;
        } else if (segments.size() == 2 && !segments[1].isEmpty()) {
            route.kind = Route::Kind::Account;
            route.accountSid = segments[1];
        } else if ((segments.size() == 3 || segments.size() == 4)
                   && (segments[2] == QLatin1String("Keys") || segments[2] == QLatin1String("SigningKeys"))
                   && !segments[1].isEmpty()) {
            route.kind = segments.size() == 3 ? Route::Kind::Keys : Route::Kind::Key;
            route.accountSid = segments[1];
            route.collection = segments[2];
            route.listKey = segments[2] == QLatin1String("Keys") ? QStringLiteral("keys")
                                                                 : QStringLiteral("signing_keys");
            if (segments.size() == 4)
                route.keySid = segments[3];
            if (route.kind == Route::Kind::Key && route.keySid.isEmpty())
                route.kind = Route::Kind::NotFound;
        }
    }
    if (route.kind == Route::Kind::NotFound) {
        return route.error(404, 20404,
                           QStringLiteral("The requested resource %1 was not found").arg(request.path));
    }

    // Method first: a wrong method is a 405 whoever asks.
    const QString& m = request.method;
    const bool deleteAllowed = route.kind == Route::Kind::Key;
    const bool allowed = m == QLatin1String("GET") || m == QLatin1String("POST")
        || (deleteAllowed && m == QLatin1String("DELETE"));
    if (!allowed) {
        SandboxResponse r = route.error(405, 20004, QStringLiteral("Method not allowed"));
        r.withHeader(QByteArrayLiteral("Allow"),
                     deleteAllowed ? QByteArrayLiteral("GET, POST, DELETE") : QByteArrayLiteral("GET, POST"));
        return r;
    }

    if (!route.json) {
        // Twilio answers XML without ".json"; check credentials as it would, then say what to do.
        if (auto denied = principal.authorize(m_state, QString(), QString(), true);
            denied && denied->status == 401)
            return *denied;
        return route.error(
            404, 20404,
            QStringLiteral(
                "The requested resource %1 was not found: the sandbox serves the JSON representation only "
                "(add .json to the path)")
                .arg(request.path));
    }

    switch (route.kind) {
    case Route::Kind::Accounts:
        return m == QLatin1String("GET") ? listAccounts(request, principal, route)
                                         : createAccount(request, principal, route);
    case Route::Kind::Account:
        return account(request, principal, route);
    case Route::Kind::Keys:
        return keys(request, principal, route);
    case Route::Kind::Key:
        return key(request, principal, route);
    case Route::Kind::NotFound:
        break;
    }
    return route.error(404, 20404,
                       QStringLiteral("The requested resource %1 was not found").arg(request.path));
}

SandboxResponse ApiV2010Handler::listAccounts(const SandboxRequest& request,
                                              const SandboxPrincipal& principal, const Route& route)
{
    if (auto denied = principal.authorize(m_state, PolicyRules::accountsList(), QString()))
        return *denied;
    SandboxPaging::Request paging;
    if (auto bad = SandboxPaging::parse(request, &paging))
        return *bad;

    const QString nameFilter = request.query.value(QStringLiteral("FriendlyName"));
    const QString statusFilter = request.query.value(QStringLiteral("Status"));
    if (!statusFilter.isEmpty() && statusFilter != QLatin1String("active")
        && statusFilter != QLatin1String("suspended") && statusFilter != QLatin1String("closed"))
        return route.error(400, 20001, QStringLiteral("Invalid Status '%1'").arg(statusFilter));

    std::vector<const SandboxAccount*> visible;
    for (const SandboxAccount& a : m_state.accounts()) {
        if (!m_state.canAccess(principal.accountSid, a.sid))
            continue;
        if (request.query.contains(QStringLiteral("FriendlyName")) && a.friendlyName != nameFilter)
            continue;
        if (!statusFilter.isEmpty() && a.status != statusFilter)
            continue;
        visible.push_back(&a);
    }
    SandboxPaging::Window window;
    const auto seqAt = [&](qsizetype i) {
        return visible[std::size_t(i)]->seq;
    };
    const auto lowerBound = [&](quint64 seq) {
        const auto it
            = std::lower_bound(visible.begin(), visible.end(), seq,
                               [](const SandboxAccount* a, quint64 value) { return a->seq < value; });
        return qsizetype(it - visible.begin());
    };
    if (auto bad = SandboxPaging::window(paging, qsizetype(visible.size()), seqAt, lowerBound, &window))
        return *bad;

    OrderedJson items = OrderedJson::makeArray();
    for (qsizetype i = window.begin; i < window.end; ++i)
        items.append(accountJson(*visible[std::size_t(i)], principal));
    QStringList filters;
    if (request.query.contains(QStringLiteral("FriendlyName")))
        filters.append(queryPart(QStringLiteral("FriendlyName"), nameFilter));
    if (!statusFilter.isEmpty())
        filters.append(queryPart(QStringLiteral("Status"), statusFilter));
    return SandboxResponse::json(200,
                                 SandboxPaging::v2010Envelope(QStringLiteral("accounts"), items,
                                                              QStringLiteral("/2010-04-01/Accounts.json"),
                                                              filters.join(u'&'), paging, window));
}

SandboxResponse ApiV2010Handler::createAccount(const SandboxRequest& request,
                                               const SandboxPrincipal& principal, const Route& route)
{
    if (auto denied = principal.authorize(m_state, QString(), QString()))
        return *denied;
    if (principal.accountSid != m_state.mainAccountSid())
        return route.error(400, 21101, QStringLiteral("Subaccounts cannot contain subaccounts"));
    QString name = request.form.value(QStringLiteral("FriendlyName"));
    if (!request.form.contains(QStringLiteral("FriendlyName"))) {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(m_state.now(), Qt::UTC);
        name = QStringLiteral("SubAccount Created at ")
            + QLocale::c().toString(now, QStringLiteral("yyyy-MM-dd hh:mm ap"));
    }
    if (nameTooLong(name))
        return route.error(400, 70001, QStringLiteral("The request has constraint violations"));
    const SandboxAccount& created = m_state.createSubaccount(name);
    return SandboxResponse::json(201, accountJson(created, principal));
}

SandboxResponse ApiV2010Handler::account(const SandboxRequest& request, const SandboxPrincipal& principal,
                                         const Route& route)
{
    const bool update = request.method == QLatin1String("POST");
    if (auto denied
        = principal.authorize(m_state, update ? QString() : PolicyRules::accountsRead(), QString()))
        return *denied;
    if (!SandboxFormat::isSid(route.accountSid, QLatin1String("AC")) || !m_state.account(route.accountSid))
        return route.error(404, 20404,
                           QStringLiteral("The requested resource %1 was not found").arg(request.path));
    if (auto denied
        = principal.authorize(m_state, update ? QString() : PolicyRules::accountsRead(), route.accountSid))
        return *denied;

    if (update) {
        std::optional<QString> name;
        std::optional<QString> status;
        if (request.form.contains(QStringLiteral("FriendlyName"))) {
            name = request.form.value(QStringLiteral("FriendlyName"));
            if (nameTooLong(*name))
                return route.error(400, 70001, QStringLiteral("The request has constraint violations"));
        }
        if (request.form.contains(QStringLiteral("Status"))) {
            status = request.form.value(QStringLiteral("Status"));
            if (*status != QLatin1String("active") && *status != QLatin1String("suspended")
                && *status != QLatin1String("closed"))
                return route.error(400, 20001, QStringLiteral("Invalid Status '%1'").arg(*status));
            if (route.accountSid == m_state.mainAccountSid())
                return route.error(400, 20001, QStringLiteral("The main account's status cannot be changed"));
        }
        m_state.updateAccount(route.accountSid, name, status);
    }
    return SandboxResponse::json(200, accountJson(*m_state.account(route.accountSid), principal));
}

SandboxResponse ApiV2010Handler::keys(const SandboxRequest& request, const SandboxPrincipal& principal,
                                      const Route& route)
{
    const bool create = request.method == QLatin1String("POST");
    const QString permission = create ? PolicyRules::keysCreate() : PolicyRules::keysList();
    if (auto denied = principal.authorize(m_state, permission, QString()))
        return *denied;
    if (!SandboxFormat::isSid(route.accountSid, QLatin1String("AC")) || !m_state.account(route.accountSid))
        return route.error(404, 20404,
                           QStringLiteral("The requested resource %1 was not found").arg(request.path));
    if (auto denied = principal.authorize(m_state, permission, route.accountSid))
        return *denied;

    if (create) {
        std::optional<QString> name;
        if (request.form.contains(QStringLiteral("FriendlyName"))) {
            name = request.form.value(QStringLiteral("FriendlyName"));
            if (nameTooLong(*name))
                return route.error(400, 70001, QStringLiteral("The request has constraint violations"));
        }
        // v2010 has no KeyType or Policy: it makes Standard keys, which a Restricted key may not mint.
        if (principal.kind == SandboxPrincipal::Kind::RestrictedKey)
            return route.error(
                400, 70152,
                QStringLiteral(
                    "Request contains invalid flags: a Restricted key cannot create a Standard key"));
        const SandboxState::NewKey created
            = m_state.createKey(route.accountSid, SandboxKeyType::Standard, name);
        OrderedJson body = keyJson(*created.key);
        body.insert(QStringLiteral("secret"), str(created.secret));
        return SandboxResponse::json(201, body);
    }

    SandboxPaging::Request paging;
    if (auto bad = SandboxPaging::parse(request, &paging))
        return *bad;
    const SandboxKeyStore* store = m_state.keys(route.accountSid);
    SandboxPaging::Window window;
    if (auto bad = SandboxPaging::window(
            paging, store->size(), [store](qsizetype i) { return store->at(i).seq; },
            [store](quint64 seq) { return store->lowerBound(seq); }, &window))
        return *bad;
    OrderedJson items = OrderedJson::makeArray();
    for (qsizetype i = window.begin; i < window.end; ++i)
        items.append(keyJson(store->at(i)));
    const QString path = QStringLiteral("/2010-04-01/Accounts/") + route.accountSid + u'/' + route.collection
        + QStringLiteral(".json");
    return SandboxResponse::json(
        200, SandboxPaging::v2010Envelope(route.listKey, items, path, QString(), paging, window));
}

SandboxResponse ApiV2010Handler::key(const SandboxRequest& request, const SandboxPrincipal& principal,
                                     const Route& route)
{
    const QString& m = request.method;
    const QString permission = m == QLatin1String("GET") ? PolicyRules::keysRead()
        : m == QLatin1String("POST")                     ? PolicyRules::keysUpdate()
                                                         : PolicyRules::keysDelete();
    if (auto denied = principal.authorize(m_state, permission, QString()))
        return *denied;
    const auto notFound = [&] {
        return route.error(404, 20404,
                           QStringLiteral("The requested resource %1 was not found").arg(request.path));
    };
    if (!SandboxFormat::isSid(route.accountSid, QLatin1String("AC")) || !m_state.account(route.accountSid))
        return notFound();
    if (auto denied = principal.authorize(m_state, permission, route.accountSid))
        return *denied;
    const SandboxKey* key
        = SandboxFormat::isSid(route.keySid, QLatin1String("SK")) ? m_state.findKey(route.keySid) : nullptr;
    if (!key || key->accountSid != route.accountSid)
        return notFound();
    if (m != QLatin1String("GET") && key->type == SandboxKeyType::Main)
        return route.error(403, 70051, PolicyRules::mainKeyRefusal());

    if (m == QLatin1String("DELETE")) {
        m_state.deleteKey(key->sid);
        return SandboxResponse::noContent();
    }
    if (m == QLatin1String("POST") && request.form.contains(QStringLiteral("FriendlyName"))) {
        const QString name = request.form.value(QStringLiteral("FriendlyName"));
        if (nameTooLong(name))
            return route.error(400, 70001, QStringLiteral("The request has constraint violations"));
        m_state.updateKey(key->sid, std::optional<QString>(name), std::nullopt);
    }
    return SandboxResponse::json(200, keyJson(*m_state.findKey(route.keySid)));
}
