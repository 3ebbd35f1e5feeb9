#include "Finding.h"

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString Finding::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return FindingCatalog::tr("Info");
    case Severity::Warning:
        return FindingCatalog::tr("Warning");
    case Severity::Error:
        return FindingCatalog::tr("Error");
    }
    return QString();
}

const QList<FindingCatalog::Entry>& FindingCatalog::entries()
{
    using S = Finding::Severity;
    static const QList<Entry> list = {
        { "malformed", S::Error, QT_TR_NOOP("The text is not a well-formed JWT.") },
        { "alg-not-hs256", S::Warning,
          QT_TR_NOOP("The algorithm is not HS256, the only one Twilio documents.") },
        { "alg-none", S::Error,
          QT_TR_NOOP("The token is unsecured (alg none); Twilio never issues or accepts these.") },
        { "cty-missing", S::Error,
          QT_TR_NOOP("The header lacks cty \"twilio-fpa;v=1\", which Twilio requires.") },
        { "typ-not-jwt", S::Warning, QT_TR_NOOP("The header's typ is not \"JWT\".") },
        { "issuer-not-api-key", S::Error, QT_TR_NOOP("iss is not an API key SID (SK…).") },
        { "subject-not-account", S::Error, QT_TR_NOOP("sub is not an Account SID (AC…).") },
        { "jti-mismatch", S::Warning, QT_TR_NOOP("jti does not start with the issuer key SID and a dash.") },
        { "ttl-over-24h", S::Error,
          QT_TR_NOOP("The token lives longer than 24 hours; Twilio rejects it (20157).") },
        { "expired", S::Error, QT_TR_NOOP("The token has expired.") },
        { "not-yet-valid", S::Error, QT_TR_NOOP("The token is not valid yet (nbf is in the future).") },
        { "issued-in-future", S::Warning,
          QT_TR_NOOP("iat is in the future: the issuing machine's clock is ahead.") },
        { "identity-missing", S::Warning, QT_TR_NOOP("grants.identity is missing or empty.") },
        { "identity-invalid-for-voice", S::Warning,
          QT_TR_NOOP("The identity has characters Voice does not allow (only letters, digits and _).") },
        { "unknown-grant", S::Warning, QT_TR_NOOP("A grant that Twilio's SDKs do not know.") },
        { "legacy-grant", S::Warning, QT_TR_NOOP("A legacy grant that current SDKs do not read.") },
        { "sid-prefix-mismatch", S::Error,
          QT_TR_NOOP("A SID in the token has the wrong prefix for its field.") },
        { "unknown-region", S::Warning, QT_TR_NOOP("The twr header names a region KeyDesk does not know.") },
        { "issuer-restricted-key", S::Error,
          QT_TR_NOOP("The signing key is a Restricted key; Twilio does not accept those as issuers.") },
        { "issuer-deleted", S::Error, QT_TR_NOOP("The signing key no longer exists in the account.") },
        { "signature-verified", S::Info, QT_TR_NOOP("The signature matches the secret.") },
        { "signature-invalid", S::Error, QT_TR_NOOP("The signature does not match the secret.") },
        { "signature-unchecked", S::Info, QT_TR_NOOP("The signature was not checked.") },
    };
    return list;
}

QString FindingCatalog::summary(const QString& code)
{
    for (const Entry& e : entries()) {
        if (code == QLatin1String(e.code))
            return tr(e.summary);
    }
    return QString();
}

bool FindingCatalog::isKnown(const QString& code)
{
    for (const Entry& e : entries()) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}
