#include "EnvironmentProfile.h"

#include "api/ApiCredentials.h"

namespace {

// The secret's UTF-8 bytes without surrounding whitespace (a trailing newline from `$(cat file)`); the
// QString copy is wiped.
SecretBytes takeTrimmedSecret(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipeString(text);
    SecretBytes secret(QByteArrayView(utf8).trimmed());
    wipeBytes(utf8);
    return secret;
}

} // namespace

EnvironmentProfile::EnvironmentProfile(const QProcessEnvironment& environment)
{
    read(environment);
}

QString EnvironmentProfile::profileId()
{
    return QStringLiteral("env");
}

QStringList EnvironmentProfile::credentialVariables()
{
    return { QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_API_KEY"),
             QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("TWILIO_AUTH_TOKEN") };
}

void EnvironmentProfile::read(const QProcessEnvironment& environment)
{
    const QString account = environment.value(QStringLiteral("TWILIO_ACCOUNT_SID")).trimmed();
    const QString keySid = environment.value(QStringLiteral("TWILIO_API_KEY")).trimmed();
    QString keySecret = environment.value(QStringLiteral("TWILIO_API_SECRET"));
    QString token = environment.value(QStringLiteral("TWILIO_AUTH_TOKEN"));
    const bool hasKeySecret = !QStringView(keySecret).trimmed().isEmpty();
    const bool hasToken = !QStringView(token).trimmed().isEmpty();
    m_present = !account.isEmpty() || !keySid.isEmpty() || hasKeySecret || hasToken;

    Profile profile;
    profile.id = profileId();
    profile.name = Profile::environmentName();
    profile.origin = Profile::Origin::Environment;
    profile.accountSid = account;
    profile.region = environment.value(QStringLiteral("TWILIO_REGION")).trimmed().toLower();
    profile.edge = environment.value(QStringLiteral("TWILIO_EDGE")).trimmed().toLower();

    SecretBytes secret;
    if (!m_present) {
        // Nothing to say: the environment names no account.
    } else if (account.isEmpty()) {
        m_error = tr("TWILIO_ACCOUNT_SID is not set: it is needed with TWILIO_API_KEY and TWILIO_API_SECRET, "
                     "or with TWILIO_AUTH_TOKEN.");
    } else if (!ApiCredentials::isAccountSid(account)) {
        m_error = tr("TWILIO_ACCOUNT_SID is not an Account SID: it must be AC followed by 32 hexadecimal "
                     "digits (the value is not shown in case it is a secret).");
    } else if (!keySid.isEmpty() && !hasKeySecret) {
        m_error = tr("TWILIO_API_KEY is set but TWILIO_API_SECRET is not: set both, or unset TWILIO_API_KEY "
                     "to use TWILIO_AUTH_TOKEN.");
    } else if (keySid.isEmpty() && hasKeySecret) {
        m_error = tr("TWILIO_API_SECRET is set but TWILIO_API_KEY is not: set both, or unset "
                     "TWILIO_API_SECRET to use TWILIO_AUTH_TOKEN.");
    } else if (!keySid.isEmpty()) {
        if (!ApiCredentials::isKeySid(keySid)) {
            m_error = tr("TWILIO_API_KEY is not an API key SID: it must be SK followed by 32 hexadecimal "
                         "digits (the value is not shown in case it is a secret).");
        } else {
            profile.kind = Profile::CredentialKind::ApiKey;
            profile.credentialUser = keySid;
            secret = takeTrimmedSecret(keySecret);
        }
    } else if (hasToken) {
        profile.kind = Profile::CredentialKind::AuthToken;
        secret = takeTrimmedSecret(token);
    } else {
        m_error = tr("TWILIO_ACCOUNT_SID is set but no secret is: set TWILIO_API_KEY and TWILIO_API_SECRET, "
                     "or TWILIO_AUTH_TOKEN.");
    }
    wipeString(keySecret);
    wipeString(token);

    if (m_present && m_error.isEmpty()) {
        const QStringList problems = profile.validate();
        if (!problems.isEmpty()) {
            // Region and edge are the only fields left to be wrong here.
            m_error = tr("TWILIO_REGION or TWILIO_EDGE is not usable: %1").arg(problems.join(u' '));
        } else {
            m_profile = std::move(profile);
            m_secret = std::move(secret);
        }
    }
}
