#include "AccessTokenBuilder.h"

#include "token/Base64Url.h"

#include <charconv>

namespace {

void appendMember(QByteArray& out, bool& first, const char* key, const QByteArray& rawValue)
{
    if (!first)
        out.append(',');
    first = false;
    out.append('"').append(key).append("\":").append(rawValue);
}

QByteArray jsonString(const QString& s)
{
    QByteArray out;
    appendJsonString(out, s);
    return out;
}

} // namespace

AccessTokenBuilder::AccessTokenBuilder(const Clock& clock)
    : m_clock(clock)
{ }

QStringList AccessTokenBuilder::knownRegions()
{
    static const QStringList regions
        = { QStringLiteral("us1"), QStringLiteral("ie1"), QStringLiteral("au1") };
    return regions;
}

void AccessTokenBuilder::addGrant(const Grant& grant)
{
    for (Grant& g : m_grants) {
        if (g.key == grant.key) {
            g.value = grant.value;
            return;
        }
    }
    m_grants.append(grant);
}

void AccessTokenBuilder::setGrants(const QList<Grant>& grants)
{
    m_grants.clear();
    for (const Grant& g : grants)
        addGrant(g);
}

QStringList AccessTokenBuilder::validate() const
{
    QStringList errors;
    if (m_accountSid.isEmpty())
        errors << tr("The Account SID is missing.");
    else if (!isSid(m_accountSid, u"AC"))
        errors << tr("The Account SID must be AC followed by 32 hex digits.");
    if (m_keySid.isEmpty())
        errors << tr("The API key SID is missing.");
    else if (!isSid(m_keySid, u"SK"))
        errors << tr("The API key SID must be SK followed by 32 hex digits (an Auth Token cannot sign Access "
                     "Tokens).");
    if (m_identity.isEmpty())
        errors << tr("The identity is missing; Twilio's SDKs need one.");
    if (m_ttl < 1 || m_ttl > MaxTtl)
        errors << tr("The ttl must be between 1 and %1 seconds (24 hours); Twilio rejects longer tokens "
                     "(error 20157).")
                      .arg(MaxTtl);
    if (m_nbf && *m_nbf < 0)
        errors << tr("nbf must be a Unix time (seconds), not negative.");
    if (m_nbf && m_ttl >= 1 && *m_nbf >= m_clock.currentSecsSinceEpoch() + m_ttl)
        errors << tr("nbf is at or after the expiry; the token would never be valid.");
    if (!m_region.isEmpty() && !knownRegions().contains(m_region))
        errors << tr("Unknown region \"%1\"; use one of %2.")
                      .arg(m_region, knownRegions().join(QStringLiteral(", ")));
    if (!hmacForJwt(m_algorithm))
        errors << tr("Access Tokens are signed with HS256.");
    for (const Grant& grant : m_grants) {
        for (const GrantCatalog::Issue& issue : GrantCatalog::check(grant)) {
            if (issue.kind != GrantCatalog::Issue::Kind::LegacyGrant)
                errors << issue.message;
        }
    }
    return errors;
}

QByteArray AccessTokenBuilder::headerJson() const
{
    const QByteArray alg = jsonString(jwtAlgorithmName(m_algorithm));
    QByteArray out;
    out.reserve(96);
    out.append('{');
    bool first = true;
    if (m_layout == Layout::TwilioPython) {
        appendMember(out, first, "alg", alg);
        appendMember(out, first, "cty", QByteArrayLiteral("\"twilio-fpa;v=1\""));
        if (!m_region.isEmpty())
            appendMember(out, first, "twr", jsonString(m_region));
        appendMember(out, first, "typ", QByteArrayLiteral("\"JWT\""));
    } else {
        appendMember(out, first, "alg", alg);
        appendMember(out, first, "typ", QByteArrayLiteral("\"JWT\""));
        appendMember(out, first, "cty", QByteArrayLiteral("\"twilio-fpa;v=1\""));
        if (!m_region.isEmpty())
            appendMember(out, first, "twr", jsonString(m_region));
    }
    out.append('}');
    return out;
}

QByteArray AccessTokenBuilder::payloadJson(qint64 now) const
{
    // Written straight into one buffer: this runs for every token built, and temporaries per member
    // used to cost more than the HMAC.
    const bool python = m_layout == Layout::TwilioPython;
    QByteArray out;
    out.reserve(320);
    bool first = true;
    auto key = [&out, &first](const char* name) {
        out.append(first ? "{\"" : ",\"").append(name).append("\":");
        first = false;
    };
    auto number = [&out](qint64 value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, end - digits);
    };

    key("jti");
    appendJsonString(out, m_keySid + u'-' + QString::number(now));
    key("grants");
    bool firstGrant = true;
    auto grantKey = [&out, &firstGrant](QStringView name) {
        out.append(firstGrant ? '{' : ',');
        firstGrant = false;
        appendJsonString(out, name);
        out.append(':');
    };
    if (!python && !m_identity.isEmpty()) {
        grantKey(u"identity");
        appendJsonString(out, m_identity);
    }
    for (const Grant& g : m_grants) {
        grantKey(g.key);
        g.value.appendCompact(out);
    }
    if (python && !m_identity.isEmpty()) {
        grantKey(u"identity");
        appendJsonString(out, m_identity);
    }
    out.append(firstGrant ? "{}" : "}");

    if (python) {
        key("iss");
        appendJsonString(out, m_keySid);
        key("exp");
        number(now + m_ttl);
        key("nbf");
        number(m_nbf.value_or(now));
        key("sub");
        appendJsonString(out, m_accountSid);
    } else {
        if (m_nbf) {
            key("nbf");
            number(*m_nbf);
        }
        key("iat");
        number(now);
        key("exp");
        number(now + m_ttl);
        key("iss");
        appendJsonString(out, m_keySid);
        key("sub");
        appendJsonString(out, m_accountSid);
    }
    out.append('}');
    return out;
}

AccessTokenBuilder::Result AccessTokenBuilder::build(QByteArrayView secret) const
{
    Result r;
    r.errors = validate();
    if (secret.isEmpty())
        r.errors << tr("The API key secret is missing.");
    if (!r.errors.isEmpty())
        return r;
    const qint64 now = m_clock.currentSecsSinceEpoch();
    r.headerJson = headerJson();
    r.payloadJson = payloadJson(now);
    QByteArray signingInput = Base64Url::encode(r.headerJson);
    signingInput.append('.').append(Base64Url::encode(r.payloadJson));
    const QByteArray signature = Jwt::sign(m_algorithm, secret, signingInput);
    r.token = signingInput + '.' + signature;
    r.ok = true;
    return r;
}
