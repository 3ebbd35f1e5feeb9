#include "Profile.h"

#include "api/ApiCredentials.h"
#include "api/TwilioHosts.h"

#include <QRegularExpression>
#include <QUuid>

namespace {

// Characters that make a name lie about itself or break a line: C0/C1 controls, line and paragraph
// separators, and the bidirectional overrides that reorder what follows them.
bool isControlCharacter(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
        || u == 0x061C;
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text)
        if (isControlCharacter(c))
            return true;
    return false;
}

// OAuth client ids are opaque to KeyDesk: printable ASCII without spaces keeps them safe to show.
bool isPrintableToken(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return false;
    return true;
}

// TwilioHosts' rule (https, or http to this machine only), so profiles and the client agree.
QString checkBaseUrl(const QUrl& url)
{
    TwilioHosts hosts;
    QString error;
    hosts.setBaseUrlOverride(url, &error);
    return error;
}

} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::environmentName()
{
    return QStringLiteral("[env]");
}

bool Profile::isValidId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return id.size() <= maxIdLength && shape.match(id).hasMatch();
}

bool Profile::sameName(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString Profile::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile name is empty.");
    if (name.size() > maxNameLength)
        return tr("The profile name is longer than %1 characters.").arg(maxNameLength);
    if (!QStringView(name).isValidUtf16() || hasControlCharacters(name))
        return tr("The profile name contains control characters.");
    if (name.trimmed() != name)
        return tr("The profile name starts or ends with spaces.");
    if (sameName(name, environmentName()))
        return tr("The name %1 is kept for the profile made from TWILIO_* environment variables.")
            .arg(environmentName());
    return {};
}

QString Profile::kindKey(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AuthToken:
        return QStringLiteral("auth-token");
    case CredentialKind::ApiKey:
        return QStringLiteral("api-key");
    case CredentialKind::OAuthClient:
        return QStringLiteral("oauth-client");
    case CredentialKind::OAuthSignIn:
        return QStringLiteral("oauth-sign-in");
    }
    return QStringLiteral("auth-token");
}

std::optional<Profile::CredentialKind> Profile::kindFromKey(const QString& key)
{
    for (CredentialKind kind : { CredentialKind::AuthToken, CredentialKind::ApiKey,
                                 CredentialKind::OAuthClient, CredentialKind::OAuthSignIn })
        if (key == kindKey(kind))
            return kind;
    return std::nullopt;
}

QString Profile::kindLabel(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AuthToken:
        return tr("Auth Token");
    case CredentialKind::ApiKey:
        return tr("API key");
    case CredentialKind::OAuthClient:
        return tr("OAuth client");
    case CredentialKind::OAuthSignIn:
        return tr("Twilio sign-in");
    }
    return {};
}

QString Profile::effectiveRegion() const
{
    return region.isEmpty() ? QStringLiteral("us1") : region;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (!isValidId(id))
        problems << tr("The profile id is missing or not usable (letters, digits, - and _ only, at most %1).")
                        .arg(maxIdLength);

    if (origin == Origin::Environment) {
        if (name != environmentName())
            problems << tr("The environment profile must be named %1.").arg(environmentName());
    } else if (const QString nameProblem = checkName(name); !nameProblem.isEmpty()) {
        problems << nameProblem;
    }

    if (!ApiCredentials::isAccountSid(accountSid))
        problems << tr("The Account SID is not valid: it must be AC followed by 32 hexadecimal digits.");

    switch (kind) {
    case CredentialKind::AuthToken:
        if (!credentialUser.isEmpty())
            problems << tr("An Auth Token profile has no API key SID or client id.");
        break;
    case CredentialKind::ApiKey:
        if (!ApiCredentials::isKeySid(credentialUser))
            problems << tr("The API key SID is not valid: it must be SK followed by 32 hexadecimal digits.");
        break;
    case CredentialKind::OAuthClient:
    case CredentialKind::OAuthSignIn:
        if (credentialUser.isEmpty())
            problems << tr("The OAuth client id is empty.");
        else if (credentialUser.size() > maxCredentialUserLength || !isPrintableToken(credentialUser))
            problems
                << tr("The OAuth client id is not valid: at most %1 printable characters without spaces.")
                       .arg(maxCredentialUserLength);
        break;
    }

    const bool regionKnown = region.isEmpty() || TwilioHosts::knownRegions().contains(region);
    if (!regionKnown)
        problems << tr("The region is not known: use one of %1.")
                        .arg(TwilioHosts::knownRegions().join(QStringLiteral(", ")));
    if (!edge.isEmpty() && !TwilioHosts::knownEdges().contains(edge)) {
        problems << tr("The edge is not known: use one of %1.")
                        .arg(TwilioHosts::knownEdges().join(QStringLiteral(", ")));
    } else if (regionKnown) {
        TwilioHosts hosts;
        QString ignored;
        if (!hosts.setRegion(region, edge, &ignored))
            problems << tr("The region and edge do not make a Twilio host name.");
    }

    if (!baseUrl.isEmpty()) {
        const QString text = baseUrl.toString();
        if (text.size() > maxBaseUrlLength)
            problems << tr("The base URL is longer than %1 characters.").arg(maxBaseUrlLength);
        else if (!baseUrl.isValid())
            problems << tr("The base URL is not a valid URL.");
        else if (!baseUrl.userInfo().isEmpty())
            // Not echoed: it would show the password.
            problems << tr("The base URL must not contain a user name or password.");
        else if (const QString error = checkBaseUrl(baseUrl); !error.isEmpty())
            problems << error;
    }
    return problems;
}

bool operator==(const Profile& a, const Profile& b)
{
    return a.id == b.id && a.name == b.name && a.accountSid == b.accountSid && a.kind == b.kind
        && a.credentialUser == b.credentialUser && a.region == b.region && a.edge == b.edge
        && a.baseUrl == b.baseUrl && a.origin == b.origin;
}
