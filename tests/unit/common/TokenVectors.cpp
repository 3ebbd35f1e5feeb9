#include "TokenVectors.h"

#include <QFile>

namespace TokenVectors {

namespace {

struct Cache
{
    bool loaded = false;
    QString error;
    OrderedJson document;
};

Cache& cache()
{
    static Cache c;
    if (!c.loaded) {
        c.loaded = true;
        QFile file(directory() + QStringLiteral("/vectors.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            c.error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
            return c;
        }
        OrderedJson::ParseError parseError;
        auto doc = OrderedJson::parse(file.readAll(), &parseError);
        if (!doc || !doc->isObject()) {
            c.error = QStringLiteral("%1 is not a JSON object: %2 at byte %3")
                          .arg(file.fileName(), parseError.message)
                          .arg(parseError.offset);
            return c;
        }
        c.document = std::move(*doc);
    }
    return c;
}

QByteArray bytesAt(const OrderedJson& object, QStringView key)
{
    return stringAt(object, key).toUtf8();
}

} // namespace

QString stringAt(const OrderedJson& object, QStringView key)
{
    const OrderedJson* v = object.find(key);
    return v && v->isString() ? v->toString() : QString();
}

std::optional<qint64> integerAt(const OrderedJson& object, QStringView key)
{
    const OrderedJson* v = object.find(key);
    return v ? v->toInteger() : std::nullopt;
}

QString directory()
{
    return QStringLiteral(KEYDESK_SHARED_DIR) + QStringLiteral("/twilio/token-vectors");
}

bool load(QString* error)
{
    const Cache& c = cache();
    if (!c.error.isEmpty() && error)
        *error = c.error;
    return c.error.isEmpty();
}

const OrderedJson& document()
{
    return cache().document;
}

Credentials credentials()
{
    const OrderedJson* c = document().find(u"credentials");
    Credentials out;
    if (!c)
        return out;
    out.accountSid = stringAt(*c, u"accountSid");
    out.apiKeySid = stringAt(*c, u"apiKeySid");
    out.apiSecret = bytesAt(*c, u"apiSecret");
    out.wrongSecret = bytesAt(*c, u"wrongSecret");
    return out;
}

QList<AccessToken> accessTokens()
{
    QList<AccessToken> list;
    const OrderedJson* tokens = document().find(u"access_tokens");
    if (!tokens)
        return list;
    for (const OrderedJson& t : tokens->items()) {
        AccessToken v;
        v.name = stringAt(t, u"name");
        v.token = bytesAt(t, u"token");
        v.headerB64 = bytesAt(t, u"header_b64url");
        v.payloadB64 = bytesAt(t, u"payload_b64url");
        v.signatureB64 = bytesAt(t, u"signature_b64url");
        v.signingInput = bytesAt(t, u"signing_input");
        v.headerJson = bytesAt(t, u"header_json");
        v.payloadJson = bytesAt(t, u"payload_json");
        if (const OrderedJson* inputs = t.find(u"inputs"))
            v.inputs = *inputs;
        if (const OrderedJson* header = t.find(u"header"))
            v.header = *header;
        if (const OrderedJson* payload = t.find(u"payload"))
            v.payload = *payload;
        if (const OrderedJson* verification = t.find(u"verification"))
            v.verification = *verification;
        v.algorithm = stringAt(v.header, u"alg");
        v.iat = integerAt(v.payload, u"iat");
        v.nbf = integerAt(v.payload, u"nbf");
        v.exp = integerAt(v.payload, u"exp");
        list.append(v);
    }
    return list;
}

const OrderedJson* webhookCase(QStringView name)
{
    const OrderedJson* cases = document().find(u"webhook_signatures");
    if (!cases)
        return nullptr;
    for (const OrderedJson& c : cases->items()) {
        if (stringAt(c, u"name") == name)
            return &c;
    }
    return nullptr;
}

QByteArray AccessToken::wireGrantsJson() const
{
    const OrderedJson* grants = payload.find(u"grants");
    if (!grants)
        return {};
    OrderedJson wire = *grants;
    wire.remove(u"identity");
    return wire.toCompact();
}

QString AccessToken::identity() const
{
    const OrderedJson* grants = payload.find(u"grants");
    return grants ? stringAt(*grants, u"identity") : QString();
}

} // namespace TokenVectors
