#include "TokenInspector.h"

#include "token/Grants.h"

#include <QDateTime>

namespace {

std::optional<qint64> integerClaim(const OrderedJson& payload, QStringView name)
{
    const OrderedJson* v = payload.find(name);
    if (!v)
        return std::nullopt;
    return v->toInteger();
}

QString utcText(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

bool isVoiceIdentity(const QString& identity)
{
    for (QChar c : identity) {
        const char16_t u = c.unicode();
        const bool ok
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return false;
    }
    return !identity.isEmpty();
}

} // namespace

bool TokenInspector::Result::has(QStringView code) const
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

bool TokenInspector::Result::hasErrors() const
{
    for (const Finding& f : findings) {
        if (f.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

QString TokenInspector::humanDuration(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 d = seconds / 86400;
    const qint64 h = (seconds % 86400) / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (d > 0)
        return h > 0 ? tr("%1 d %2 h").arg(d).arg(h) : tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? tr("%1 h %2 min").arg(h).arg(m) : tr("%1 h").arg(h);
    if (m > 0)
        return s > 0 && m < 10 ? tr("%1 min %2 s").arg(m).arg(s) : tr("%1 min").arg(m);
    return tr("%1 s").arg(s);
}

QString TokenInspector::relativeTime(qint64 when, qint64 now)
{
    if (when == now)
        return tr("now");
    if (when > now)
        return tr("in %1").arg(humanDuration(when - now));
    return tr("%1 ago").arg(humanDuration(now - when));
}

TokenInspector::Result TokenInspector::inspect(QByteArrayView paste, const Options& options)
{
    return inspect(Jwt::parse(paste), options);
}

TokenInspector::Result TokenInspector::inspect(JwtParseResult parsed, const Options& options)
{
    using S = Finding::Severity;
    Result r;
    r.parse = std::move(parsed);
    auto add = [&r](S severity, const char* code, const QString& message) {
        r.findings.append(Finding { severity, QString::fromLatin1(code), message });
    };

    if (!r.parse.ok) {
        add(S::Error, "malformed", r.parse.error);
        return r;
    }
    const JwtParts& parts = r.parse.parts;
    const OrderedJson& header = parts.header;
    const OrderedJson& payload = parts.payload;

    // Header.
    const QString alg = header.find(u"alg")->toString();
    const JwtAlgorithm algorithm = parts.algorithm();
    if (algorithm == JwtAlgorithm::None) {
        add(S::Error, "alg-none",
            parts.signatureB64.isEmpty() ? tr("alg is \"%1\": an unsecured token that anyone can forge. "
                                              "Twilio never issues or accepts one.")
                                               .arg(alg)
                                         : tr("alg is \"%1\" but a signature is attached; unsecured tokens "
                                              "must not carry one, and Twilio rejects both.")
                                               .arg(alg));
    } else if (algorithm == JwtAlgorithm::HS384 || algorithm == JwtAlgorithm::HS512) {
        add(S::Warning, "alg-not-hs256",
            tr("alg is %1. Twilio documents only HS256 for Access Tokens; the node library can sign %1, "
               "other SDKs cannot.")
                .arg(alg));
    } else if (algorithm == JwtAlgorithm::Other) {
        add(S::Error, "alg-not-hs256",
            tr("alg is \"%1\". Twilio Access Tokens are HMAC-SHA256 (HS256); KeyDesk cannot verify this one.")
                .arg(alg));
    }

    const OrderedJson* cty = header.find(u"cty");
    if (!cty || !cty->isString())
        add(S::Error, "cty-missing",
            tr("The header has no cty. Twilio requires \"twilio-fpa;v=1\" and answers error 20101 without "
               "it."));
    else if (cty->toString() != u"twilio-fpa;v=1")
        add(S::Error, "cty-missing",
            tr("cty is \"%1\", not \"twilio-fpa;v=1\"; this is not a Twilio Access Token.")
                .arg(cty->toString()));

    const OrderedJson* typ = header.find(u"typ");
    if (!typ || !typ->isString())
        add(S::Warning, "typ-not-jwt", tr("The header has no typ; Twilio's libraries always write \"JWT\"."));
    else if (typ->toString() != u"JWT")
        add(S::Warning, "typ-not-jwt", tr("typ is \"%1\", not \"JWT\".").arg(typ->toString()));

    const OrderedJson* twr = header.find(u"twr");
    if (twr) {
        const QString region = twr->isString() ? twr->toString() : QString::fromUtf8(twr->toCompact());
        if (!twr->isString()
            || !QStringList({ QStringLiteral("us1"), QStringLiteral("ie1"), QStringLiteral("au1") })
                    .contains(region))
            add(S::Warning, "unknown-region",
                tr("twr is \"%1\"; known regions are us1, ie1 and au1. The key must belong to the region "
                   "named here.")
                    .arg(region));
    }

    // Issuer, subject, jti.
    const OrderedJson* issValue = payload.find(u"iss");
    const QString iss = issValue && issValue->isString() ? issValue->toString() : QString();
    if (!isSid(iss, u"SK")) {
        if (iss.startsWith(u"AC"))
            add(S::Error, "issuer-not-api-key",
                tr("iss is the Account SID %1: this looks like a legacy Capability token signed with the "
                   "Auth Token. "
                   "Access Tokens are issued by an API key (SK…).")
                    .arg(iss));
        else
            add(S::Error, "issuer-not-api-key",
                iss.isEmpty()
                    ? tr("iss is missing; it must be the API key SID (SK followed by 32 hex digits).")
                    : tr("iss is \"%1\"; it must be an API key SID (SK followed by 32 hex digits).")
                          .arg(iss));
    }
    const OrderedJson* subValue = payload.find(u"sub");
    const QString sub = subValue && subValue->isString() ? subValue->toString() : QString();
    if (!isSid(sub, u"AC"))
        add(S::Error, "subject-not-account",
            sub.isEmpty()
                ? tr("sub is missing; it must be the Account SID (AC followed by 32 hex digits).")
                : tr("sub is \"%1\"; it must be an Account SID (AC followed by 32 hex digits).").arg(sub));

    const OrderedJson* jtiValue = payload.find(u"jti");
    const QString jti = jtiValue && jtiValue->isString() ? jtiValue->toString() : QString();
    if (jti.isEmpty())
        add(S::Warning, "jti-mismatch",
            tr("jti is missing; Twilio's libraries write \"<key SID>-<issue time>\"."));
    else if (!iss.isEmpty() && !jti.startsWith(iss + u'-'))
        add(S::Warning, "jti-mismatch",
            tr("jti \"%1\" does not start with the issuer \"%2-\".").arg(jti, iss));

    // Times.
    r.issuedAt = integerClaim(payload, u"iat");
    r.notBefore = integerClaim(payload, u"nbf");
    r.expiresAt = integerClaim(payload, u"exp");
    const qint64 now = options.now;
    for (const char* claim : { "iat", "nbf", "exp" }) {
        const OrderedJson* v = payload.find(QString::fromLatin1(claim));
        if (v && !v->toInteger())
            add(S::Error, "malformed",
                tr("%1 must be a whole number of seconds since 1970 (NumericDate).")
                    .arg(QLatin1String(claim)));
    }
    if (!r.expiresAt) {
        if (!payload.find(u"exp"))
            add(S::Error, "malformed",
                tr("The payload has no exp; Twilio rejects tokens without an expiry (20104)."));
    } else {
        const qint64 exp = *r.expiresAt;
        const std::optional<qint64> start = r.issuedAt ? r.issuedAt : r.notBefore;
        if (start && exp - *start > 86400)
            add(S::Error, "ttl-over-24h",
                tr("The token lives %1 (exp − %2); Twilio allows at most 24 h and answers error 20157.")
                    .arg(humanDuration(exp - *start),
                         r.issuedAt ? QStringLiteral("iat") : QStringLiteral("nbf")));
        if (now >= exp)
            add(S::Error, "expired", tr("Expired %1 (at %2 UTC).").arg(relativeTime(exp, now), utcText(exp)));
    }
    if (r.notBefore && now < *r.notBefore)
        add(S::Error, "not-yet-valid",
            tr("Not valid until %1 UTC (%2).").arg(utcText(*r.notBefore), relativeTime(*r.notBefore, now)));
    if (r.issuedAt && *r.issuedAt > now + options.allowedClockSkew)
        add(S::Warning, "issued-in-future",
            tr("iat is %1 in the future: the clock of the machine that made the token is ahead (or this one "
               "is behind).")
                .arg(humanDuration(*r.issuedAt - now)));

    // Grants.
    const OrderedJson* grants = payload.find(u"grants");
    QString identity;
    bool hasVoice = false;
    if (!grants || !grants->isObject()) {
        add(S::Error, "malformed",
            grants ? tr("grants must be an object.")
                   : tr("The payload has no grants object; this is not a Twilio Access Token."));
    } else {
        const OrderedJson* id = grants->find(u"identity");
        if (id && id->isString())
            identity = id->toString();
        else if (id && id->isNumber())
            identity = QString::fromUtf8(id->toCompact());
        for (const OrderedJson::Member& m : grants->members()) {
            if (m.key == u"identity")
                continue;
            if (m.key == u"voice" || m.key == u"programmable_voice")
                hasVoice = true;
            for (const GrantCatalog::Issue& issue : GrantCatalog::check(Grant { m.key, m.value })) {
                switch (issue.kind) {
                case GrantCatalog::Issue::Kind::UnknownGrant:
                    add(S::Warning, "unknown-grant", issue.message);
                    break;
                case GrantCatalog::Issue::Kind::LegacyGrant:
                    add(S::Warning, "legacy-grant", issue.message);
                    break;
                case GrantCatalog::Issue::Kind::SidPrefixMismatch:
                    add(S::Error, "sid-prefix-mismatch", issue.message);
                    break;
                case GrantCatalog::Issue::Kind::WrongType:
                    add(S::Error, "malformed", issue.message);
                    break;
                }
            }
        }
        if (identity.isEmpty())
            add(S::Warning, "identity-missing",
                tr("grants.identity is missing or empty; Voice, Video, Conversations and Sync clients need "
                   "one."));
        else if (hasVoice && !isVoiceIdentity(identity))
            add(S::Warning, "identity-invalid-for-voice",
                tr("The identity \"%1\" has characters other than letters, digits and _, which Voice does "
                   "not allow.")
                    .arg(identity));
    }

    // Issuer status from the account's key list, when the caller knows it.
    if (options.issuerLookup && isSid(iss, u"SK")) {
        switch (options.issuerLookup(iss)) {
        case IssuerStatus::Restricted:
            add(S::Error, "issuer-restricted-key",
                tr("%1 is a Restricted key; Twilio does not accept Restricted keys as Access Token issuers.")
                    .arg(iss));
            break;
        case IssuerStatus::Deleted:
            add(S::Error, "issuer-deleted",
                tr("%1 is not in the account's key list: it was deleted, so Twilio rejects the token.")
                    .arg(iss));
            break;
        default:
            break;
        }
    }

    // Signature, always over the received segments.
    if (algorithm == JwtAlgorithm::None || algorithm == JwtAlgorithm::Other) {
        add(S::Info, "signature-unchecked",
            tr("The signature was not checked: KeyDesk verifies HS256, HS384 and HS512 tokens only."));
    } else if (options.secret.isEmpty()) {
        add(S::Info, "signature-unchecked",
            tr("The signature was not checked: enter the API key secret to verify it."));
    } else if (Jwt::verify(parts, options.secret)) {
        r.signature = SignatureState::Verified;
        add(S::Info, "signature-verified", tr("The signature is valid for this secret (%1).").arg(alg));
    } else {
        r.signature = SignatureState::Invalid;
        add(S::Error, "signature-invalid",
            tr("The signature does not match this secret. Check that it is the secret of %1 (not the Auth "
               "Token) and that the "
               "token was not altered.")
                .arg(iss.isEmpty() ? tr("the issuing key") : iss));
    }
    return r;
}
