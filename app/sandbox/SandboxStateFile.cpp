#include "SandboxStateFile.h"

#include "SandboxFormat.h"
#include "SandboxState.h"
#include "api/Policy.h"
#include "core/OrderedJson.h"
#include "keys/PermissionCatalog.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString formatName = QStringLiteral("keydesk-sandbox-state");
constexpr int formatVersion = 1;
constexpr int maxFriendlyName = 64; // characters, as the API checks them
constexpr qint64 maxSeq = (qint64(1) << 53) - 1; // exact in every JSON reader
constexpr qint64 maxDate = 253402300799; // 9999-12-31T23:59:59Z

bool nameTooLong(const QString& name)
{
    return name.toUcs4().size() > maxFriendlyName;
}

// Auth Tokens as --auth-token accepts them: 8 to 256 characters, no ':' (it separates user and
// password), no spaces or control characters.
bool isUsableAuthToken(const QString& token)
{
    if (token.size() < 8 || token.size() > 256)
        return false;
    return std::none_of(token.begin(), token.end(), [](QChar c) {
        return c == u':' || c.isSpace() || c.category() == QChar::Other_Control;
    });
}

OrderedJson str(const QString& s)
{
    return OrderedJson::fromString(s);
}

OrderedJson integer(qint64 v)
{
    return OrderedJson::fromInteger(v);
}

QString typeName(SandboxKeyType type)
{
    switch (type) {
    case SandboxKeyType::Main:
        return QStringLiteral("main");
    case SandboxKeyType::Standard:
        return QStringLiteral("standard");
    case SandboxKeyType::Restricted:
        return QStringLiteral("restricted");
    }
    return {};
}

bool isHexDigest(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Field readers that record the first problem with its JSON path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStateFile)

public:
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }

    const OrderedJson* field(const OrderedJson& object, const QString& where, const char* name)
    {
        const OrderedJson* v = object.find(QString::fromLatin1(name));
        if (!v)
            fail(where, tr("missing \"%1\"").arg(QLatin1String(name)));
        return v;
    }

    bool string(const OrderedJson& object, const QString& where, const char* name, QString* out,
                bool nullable = false, bool* isNull = nullptr)
    {
        const OrderedJson* v = field(object, where, name);
        if (!v)
            return false;
        if (nullable && v->isNull()) {
            if (isNull)
                *isNull = true;
            out->clear();
            return true;
        }
        if (!v->isString())
            return fail(where + u'.' + QLatin1String(name), tr("not a string"));
        if (isNull)
            *isNull = false;
        *out = v->toString();
        return true;
    }

    bool number(const OrderedJson& object, const QString& where, const char* name, qint64* out,
                qint64 min = 0, qint64 max = maxDate)
    {
        const OrderedJson* v = field(object, where, name);
        if (!v)
            return false;
        const std::optional<qint64> i = v->isNumber() ? v->toInteger() : std::nullopt;
        if (!i || *i < min || *i > max)
            return fail(where + u'.' + QLatin1String(name),
                        tr("not a whole number from %1 to %2").arg(min).arg(max));
        *out = *i;
        return true;
    }

    bool friendlyName(const OrderedJson& object, const QString& where, const char* key, QString* out,
                      bool nullable = false, bool* isNull = nullptr)
    {
        if (!string(object, where, key, out, nullable, isNull))
            return false;
        if (nameTooLong(*out))
            return fail(where + u'.' + QLatin1String(key),
                        tr("longer than %1 characters").arg(maxFriendlyName));
        return true;
    }

    bool sid(const OrderedJson& object, const QString& where, const char* name, QLatin1String prefix,
             QString* out)
    {
        if (!string(object, where, name, out))
            return false;
        if (!SandboxFormat::isSid(*out, prefix))
            return fail(where + u'.' + QLatin1String(name),
                        tr("not a %1 SID (%1 + 32 hex digits)").arg(prefix));
        return true;
    }

    bool digest(const OrderedJson& object, const QString& where, const char* name, QByteArray* out)
    {
        QString hex;
        if (!string(object, where, name, &hex))
            return false;
        if (!isHexDigest(hex))
            return fail(where + u'.' + QLatin1String(name),
                        tr("not a SHA-256 digest (64 lowercase hex digits)"));
        *out = QByteArray::fromHex(hex.toLatin1());
        return true;
    }

    const OrderedJson* array(const OrderedJson& object, const QString& where, const char* name)
    {
        const OrderedJson* v = field(object, where, name);
        if (v && !v->isArray()) {
            fail(where + u'.' + QLatin1String(name), tr("not an array"));
            return nullptr;
        }
        return v;
    }
};

} // namespace

QByteArray SandboxStateFile::serialize(const SandboxState& state)
{
    OrderedJson doc = OrderedJson::makeObject();
    doc.insert(QStringLiteral("format"), str(formatName));
    doc.insert(QStringLiteral("version"), integer(formatVersion));
    doc.insert(QStringLiteral("next_seq"), integer(qint64(state.nextSeq())));

    OrderedJson accounts = OrderedJson::makeArray();
    OrderedJson keys = OrderedJson::makeArray();
    for (const SandboxAccount& a : state.accounts()) {
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("seq"), integer(qint64(a.seq)));
        o.insert(QStringLiteral("sid"), str(a.sid));
        o.insert(QStringLiteral("owner_account_sid"), str(a.ownerAccountSid));
        o.insert(QStringLiteral("friendly_name"), str(a.friendlyName));
        o.insert(QStringLiteral("status"), str(a.status));
        o.insert(QStringLiteral("type"), str(a.type));
        o.insert(QStringLiteral("date_created"), integer(a.dateCreated));
        o.insert(QStringLiteral("date_updated"), integer(a.dateUpdated));
        o.insert(QStringLiteral("auth_token"), str(a.authToken));
        o.insert(QStringLiteral("auth_token_date"), integer(a.authTokenDate));
        o.insert(QStringLiteral("secondary_auth_token"),
                 a.secondaryAuthToken.isEmpty() ? OrderedJson() : str(a.secondaryAuthToken));
        o.insert(QStringLiteral("secondary_date_created"), integer(a.secondaryDateCreated));
        accounts.append(o);

        const SandboxKeyStore* store = state.keys(a.sid);
        for (qsizetype i = 0; store && i < store->size(); ++i) {
            const SandboxKey& k = store->at(i);
            OrderedJson ko = OrderedJson::makeObject();
            ko.insert(QStringLiteral("seq"), integer(qint64(k.seq)));
            ko.insert(QStringLiteral("sid"), str(k.sid));
            ko.insert(QStringLiteral("account_sid"), str(k.accountSid));
            ko.insert(QStringLiteral("friendly_name"), k.friendlyName ? str(*k.friendlyName) : OrderedJson());
            ko.insert(QStringLiteral("type"), str(typeName(k.type)));
            OrderedJson policy = OrderedJson::makeArray();
            for (const QString& p : k.policy)
                policy.append(str(p));
            ko.insert(QStringLiteral("policy"), policy);
            ko.insert(QStringLiteral("secret_sha256"), str(QString::fromLatin1(k.secretSha256.toHex())));
            ko.insert(QStringLiteral("date_created"), integer(k.dateCreated));
            ko.insert(QStringLiteral("date_updated"), integer(k.dateUpdated));
            keys.append(ko);
        }
    }
    doc.insert(QStringLiteral("accounts"), accounts);
    doc.insert(QStringLiteral("keys"), keys);

    OrderedJson clients = OrderedJson::makeArray();
    for (const SandboxOAuthClient& c : state.oauthClients()) {
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("client_id"), str(c.clientId));
        o.insert(QStringLiteral("account_sid"), str(c.accountSid));
        o.insert(QStringLiteral("friendly_name"), str(c.friendlyName));
        o.insert(QStringLiteral("secret_sha256"), str(QString::fromLatin1(c.secretSha256.toHex())));
        clients.append(o);
    }
    doc.insert(QStringLiteral("oauth_clients"), clients);
    QByteArray out = doc.toCompact();
    out.append('\n');
    return out;
}

bool SandboxStateFile::deserialize(const QByteArray& data, SandboxState* state, QString* error)
{
    OrderedJson::ParseError parseError;
    const std::optional<OrderedJson> doc = OrderedJson::parse(data, &parseError, 32);
    if (!doc) {
        *error = tr("not valid JSON (byte %1): %2").arg(parseError.offset).arg(parseError.message);
        return false;
    }
    Reader r;
    if (!doc->isObject()) {
        *error = tr("the top level is not a JSON object");
        return false;
    }
    QString format;
    qint64 version = 0;
    qint64 nextSeq = 1;
    if (!r.string(*doc, QStringLiteral("$"), "format", &format) || format != formatName) {
        *error = r.error.isEmpty() ? tr("not a keydesk-sandbox state file (format is \"%1\")").arg(format)
                                   : r.error;
        return false;
    }
    if (!r.number(*doc, QStringLiteral("$"), "version", &version) || version != formatVersion) {
        *error = r.error.isEmpty()
            ? tr("unsupported state file version %1 (expected %2)").arg(version).arg(formatVersion)
            : r.error;
        return false;
    }
    r.number(*doc, QStringLiteral("$"), "next_seq", &nextSeq, 1, maxSeq + 1);
    quint64 highestSeq = 0;

    std::vector<SandboxAccount> accounts;
    QSet<QString> accountSids;
    QSet<quint64> seqs;
    if (const OrderedJson* list = r.array(*doc, QStringLiteral("$"), "accounts")) {
        if (list->items().empty())
            r.fail(QStringLiteral("$.accounts"), tr("empty: the main account is missing"));
        for (std::size_t i = 0; r.error.isEmpty() && i < list->items().size(); ++i) {
            const OrderedJson& o = list->items()[i];
            const QString where = QStringLiteral("$.accounts[%1]").arg(i);
            if (!o.isObject()) {
                r.fail(where, tr("not an object"));
                break;
            }
            SandboxAccount a;
            qint64 seq = 0;
            QString secondary;
            bool secondaryNull = true;
            const bool ok = r.number(o, where, "seq", &seq, 1, maxSeq)
                && r.sid(o, where, "sid", QLatin1String("AC"), &a.sid)
                && r.sid(o, where, "owner_account_sid", QLatin1String("AC"), &a.ownerAccountSid)
                && r.friendlyName(o, where, "friendly_name", &a.friendlyName)
                && r.string(o, where, "status", &a.status) && r.string(o, where, "type", &a.type)
                && r.number(o, where, "date_created", &a.dateCreated)
                && r.number(o, where, "date_updated", &a.dateUpdated)
                && r.string(o, where, "auth_token", &a.authToken)
                && r.number(o, where, "auth_token_date", &a.authTokenDate)
                && r.string(o, where, "secondary_auth_token", &secondary, true, &secondaryNull)
                && r.number(o, where, "secondary_date_created", &a.secondaryDateCreated);
            if (!ok)
                break;
            a.seq = quint64(seq);
            a.secondaryAuthToken = secondaryNull ? QString() : secondary;
            if (a.status != QLatin1String("active") && a.status != QLatin1String("suspended")
                && a.status != QLatin1String("closed"))
                r.fail(where + QStringLiteral(".status"), tr("must be active, suspended or closed"));
            else if (a.type != QLatin1String("Trial") && a.type != QLatin1String("Full"))
                r.fail(where + QStringLiteral(".type"), tr("must be Trial or Full"));
            else if (!isUsableAuthToken(a.authToken))
                r.fail(where + QStringLiteral(".auth_token"),
                       tr("must be 8 to 256 characters without ':', spaces or control characters"));
            else if (!secondaryNull && !isUsableAuthToken(secondary))
                r.fail(where + QStringLiteral(".secondary_auth_token"),
                       tr("must be 8 to 256 characters without ':', spaces or control characters"));
            else if (accountSids.contains(a.sid))
                r.fail(where + QStringLiteral(".sid"), tr("duplicate account %1").arg(a.sid));
            else if (i == 0 && a.ownerAccountSid != a.sid)
                r.fail(where, tr("the first account must be the main account (owner_account_sid = sid)"));
            else if (i > 0 && a.ownerAccountSid != accounts.front().sid)
                r.fail(where + QStringLiteral(".owner_account_sid"),
                       tr("a subaccount must belong to the main account"));
            else if (seqs.contains(a.seq))
                r.fail(where + QStringLiteral(".seq"), tr("duplicate sequence number"));
            else if (a.seq <= highestSeq)
                r.fail(where + QStringLiteral(".seq"),
                       tr("accounts must be listed in the order they were created (rising seq)"));
            highestSeq = std::max(highestSeq, a.seq);
            accountSids.insert(a.sid);
            seqs.insert(a.seq);
            accounts.push_back(std::move(a));
        }
    }

    std::vector<SandboxKey> keys;
    QSet<QString> keySids;
    if (const OrderedJson* list = r.error.isEmpty() ? r.array(*doc, QStringLiteral("$"), "keys") : nullptr) {
        for (std::size_t i = 0; r.error.isEmpty() && i < list->items().size(); ++i) {
            const OrderedJson& o = list->items()[i];
            const QString where = QStringLiteral("$.keys[%1]").arg(i);
            if (!o.isObject()) {
                r.fail(where, tr("not an object"));
                break;
            }
            SandboxKey k;
            qint64 seq = 0;
            QString name;
            bool nameNull = false;
            QString type;
            const bool ok = r.number(o, where, "seq", &seq, 1, maxSeq)
                && r.sid(o, where, "sid", QLatin1String("SK"), &k.sid)
                && r.sid(o, where, "account_sid", QLatin1String("AC"), &k.accountSid)
                && r.friendlyName(o, where, "friendly_name", &name, true, &nameNull)
                && r.string(o, where, "type", &type) && r.digest(o, where, "secret_sha256", &k.secretSha256)
                && r.number(o, where, "date_created", &k.dateCreated)
                && r.number(o, where, "date_updated", &k.dateUpdated);
            if (!ok)
                break;
            k.seq = quint64(seq);
            if (!nameNull)
                k.friendlyName = name;
            if (type == QLatin1String("main"))
                k.type = SandboxKeyType::Main;
            else if (type == QLatin1String("standard"))
                k.type = SandboxKeyType::Standard;
            else if (type == QLatin1String("restricted"))
                k.type = SandboxKeyType::Restricted;
            else {
                r.fail(where + QStringLiteral(".type"), tr("must be main, standard or restricted"));
                break;
            }
            if (const OrderedJson* policy = r.array(o, where, "policy")) {
                for (const OrderedJson& p : policy->items()) {
                    if (!p.isString()) {
                        r.fail(where + QStringLiteral(".policy"), tr("entries must be strings"));
                        break;
                    }
                    k.policy.append(p.toString());
                }
            }
            if (!r.error.isEmpty())
                break;
            const PermissionCatalog& catalog = PermissionCatalog::builtIn();
            const auto unknown = std::find_if(k.policy.cbegin(), k.policy.cend(),
                                              [&](const QString& p) { return !catalog.isKnown(p); });
            if (k.type != SandboxKeyType::Restricted && !k.policy.isEmpty())
                r.fail(where + QStringLiteral(".policy"), tr("only restricted keys have a policy"));
            else if (k.type == SandboxKeyType::Restricted && k.policy.isEmpty())
                r.fail(where + QStringLiteral(".policy"),
                       tr("a restricted key needs at least one permission"));
            else if (k.policy.size() > Policy::maxPermissions)
                r.fail(where + QStringLiteral(".policy"),
                       tr("more than %1 permissions").arg(Policy::maxPermissions));
            else if (unknown != k.policy.cend())
                r.fail(where + QStringLiteral(".policy"), tr("unknown permission %1").arg(*unknown));
            else if (QSet<QString>(k.policy.cbegin(), k.policy.cend()).size() != k.policy.size())
                r.fail(where + QStringLiteral(".policy"), tr("a permission is listed twice"));
            else if (!accountSids.contains(k.accountSid))
                r.fail(where + QStringLiteral(".account_sid"), tr("unknown account %1").arg(k.accountSid));
            else if (keySids.contains(k.sid))
                r.fail(where + QStringLiteral(".sid"), tr("duplicate key %1").arg(k.sid));
            else if (seqs.contains(k.seq))
                r.fail(where + QStringLiteral(".seq"), tr("duplicate sequence number"));
            highestSeq = std::max(highestSeq, k.seq);
            keySids.insert(k.sid);
            seqs.insert(k.seq);
            keys.push_back(std::move(k));
        }
    }

    std::vector<SandboxOAuthClient> clients;
    QSet<QString> clientIds;
    if (const OrderedJson* list
        = r.error.isEmpty() ? r.array(*doc, QStringLiteral("$"), "oauth_clients") : nullptr) {
        for (std::size_t i = 0; r.error.isEmpty() && i < list->items().size(); ++i) {
            const OrderedJson& o = list->items()[i];
            const QString where = QStringLiteral("$.oauth_clients[%1]").arg(i);
            if (!o.isObject()) {
                r.fail(where, tr("not an object"));
                break;
            }
            SandboxOAuthClient c;
            const bool ok = r.sid(o, where, "client_id", QLatin1String("OQ"), &c.clientId)
                && r.sid(o, where, "account_sid", QLatin1String("AC"), &c.accountSid)
                && r.friendlyName(o, where, "friendly_name", &c.friendlyName)
                && r.digest(o, where, "secret_sha256", &c.secretSha256);
            if (!ok)
                break;
            if (!accountSids.contains(c.accountSid))
                r.fail(where + QStringLiteral(".account_sid"), tr("unknown account %1").arg(c.accountSid));
            else if (clientIds.contains(c.clientId))
                r.fail(where + QStringLiteral(".client_id"), tr("duplicate OAuth client %1").arg(c.clientId));
            clientIds.insert(c.clientId);
            clients.push_back(std::move(c));
        }
    }
    if (r.error.isEmpty() && quint64(nextSeq) <= highestSeq)
        r.fail(QStringLiteral("$.next_seq"), tr("must be greater than every seq (%1)").arg(highestSeq));
    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }

    // Valid: replace the state. Keys go in per account by creation order.
    std::sort(keys.begin(), keys.end(),
              [](const SandboxKey& a, const SandboxKey& b) { return a.seq < b.seq; });
    const QSignalBlocker blocker(state);
    state->clear();
    for (SandboxAccount& a : accounts)
        state->restoreAccount(std::move(a));
    for (SandboxKey& k : keys)
        state->restoreKey(std::move(k));
    for (SandboxOAuthClient& c : clients)
        state->restoreOAuthClient(std::move(c));
    if (quint64(nextSeq) > state->nextSeq())
        state->setNextSeq(quint64(nextSeq));
    return true;
}

bool SandboxStateFile::load(const QString& path, SandboxState* state, QString* error)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses anything but a file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = tr("cannot read %1: not a regular file").arg(path);
        return false;
    }
    if (info.st_size > maxFileBytes) {
        ::close(fd);
        *error
            = tr("%1 is larger than a sandbox state file may be (%2 MiB)").arg(path).arg(maxFileBytes >> 20);
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // At most one byte more than the cap, in case the file grew after fstat.
    const QByteArray data = file.read(maxFileBytes + 1);
    if (data.size() > maxFileBytes) {
        *error
            = tr("%1 is larger than a sandbox state file may be (%2 MiB)").arg(path).arg(maxFileBytes >> 20);
        return false;
    }
    QString problem;
    if (!deserialize(data, state, &problem)) {
        *error = tr("%1 is not a usable sandbox state file: %2").arg(path, problem);
        return false;
    }
    return true;
}

bool SandboxStateFile::save(const QString& path, const SandboxState& state, QString* error)
{
    const QByteArray data = serialize(state);
    if (data.size() > maxFileBytes) {
        // It could not be loaded again.
        *error = tr("cannot write %1: the state is larger than a sandbox state file may be (%2 MiB)")
                     .arg(path)
                     .arg(maxFileBytes >> 20);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
