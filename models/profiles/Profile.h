#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// One way into one Twilio account: the account, which credential (never the secret itself), and where to
// send requests. A value type like ApiKey: public members, no secret. The secret lives in the keychain
// (ProfileStore, under SecretVault::profileEntry(id)) or, for the environment profile, in the process
// environment.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // OAuthSignIn: "Sign in with Twilio" in the browser; the user is the OAuth app's client id and the
    // secret is the refresh token the sign-in gave (it changes as Twilio rotates it).
    enum class CredentialKind { AuthToken, ApiKey, OAuthClient, OAuthSignIn };
    // Stored: kept by ProfileStore. Environment: made from TWILIO_* variables, read-only.
    enum class Origin { Stored, Environment };

    static constexpr int maxNameLength = 64;
    static constexpr int maxIdLength = 64;
    static constexpr int maxCredentialUserLength = 128;
    static constexpr int maxBaseUrlLength = 2048;

    QString id; // stable; names the keychain entry. Letters, digits, '-' and '_' only (a QSettings group).
    QString name; // for people; unique among stored profiles (case-insensitive)
    QString accountSid; // AC…
    CredentialKind kind = CredentialKind::AuthToken;
    QString credentialUser; // API key SID (SK…) or OAuth client id; empty for an Auth Token
    QString region; // us1, ie1, au1; empty means us1
    QString edge; // empty means the region's default edge
    QUrl baseUrl; // optional override for the sandbox or a proxy (https, or http on loopback only)
    Origin origin = Origin::Stored;

    // A fresh id (a UUID without braces).
    static QString newId();
    // "[env]": the name of the environment profile, as twilio-cli shows it; no stored profile may use it.
    static QString environmentName();

    // Every reason this profile cannot be used, one sentence each; empty when it is fine. The sentences
    // never repeat the values (a secret pasted into the wrong field would be shown).
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // One sentence about a name (empty when fine): 1..64 characters, no control characters, no leading
    // or trailing spaces, not the environment profile's name.
    static QString checkName(const QString& name);
    static bool isValidId(const QString& id);
    // Names compare case-insensitively (uniqueness, find by name).
    static bool sameName(const QString& a, const QString& b);

    // Stable keys for files and the command line: "auth-token", "api-key", "oauth-client",
    // "oauth-sign-in".
    static QString kindKey(CredentialKind kind);
    static std::optional<CredentialKind> kindFromKey(const QString& key);
    // For people: "Auth Token", "API key", "OAuth client", "Twilio sign-in".
    static QString kindLabel(CredentialKind kind);

    // The region with the default made explicit ("us1" when empty).
    QString effectiveRegion() const;

    friend bool operator==(const Profile& a, const Profile& b);
    friend bool operator!=(const Profile& a, const Profile& b) { return !(a == b); }
};
