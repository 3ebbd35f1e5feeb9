#include "ProfilesCommands.h"

#include "CliConnection.h"
#include "CliContext.h"
#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/KeyService.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/Session.h"
#include "profiles/TwilioCliConfig.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

struct ProfilesCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommands)
};

void printJson(CliContext& cli, const QJsonObject& object)
{
    cli.printJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// A profile's name as it may be printed (names are checked for control characters, but a hand-edited
// settings file is input like any other).
QString shown(const QString& text)
{
    return CliContext::printable(text);
}

// "Auth Token", "API key SK…", "OAuth client ID".
QString credentialText(const Profile& profile)
{
    if (profile.kind == Profile::CredentialKind::AuthToken)
        return Profile::kindLabel(profile.kind);
    return Profile::kindLabel(profile.kind) + u' ' + shown(profile.credentialUser);
}

QJsonObject profileJson(const Profile& profile, bool active)
{
    QJsonObject o { { QStringLiteral("id"), profile.id },
                    { QStringLiteral("name"), profile.name },
                    { QStringLiteral("origin"),
                      profile.origin == Profile::Origin::Environment ? QStringLiteral("environment")
                                                                     : QStringLiteral("stored") },
                    { QStringLiteral("account_sid"), profile.accountSid },
                    { QStringLiteral("kind"), Profile::kindKey(profile.kind) },
                    { QStringLiteral("region"), profile.effectiveRegion() },
                    { QStringLiteral("edge"), profile.edge },
                    { QStringLiteral("active"), active } };
    o.insert(QStringLiteral("credential_user"),
             profile.credentialUser.isEmpty() ? QJsonValue() : QJsonValue(profile.credentialUser));
    o.insert(QStringLiteral("base_url"),
             profile.baseUrl.isEmpty() ? QJsonValue() : QJsonValue(profile.baseUrl.toString()));
    return o;
}

bool isAuthRefusal(const ApiError& error)
{
    return error.kind() == ApiError::Kind::Api && (error.httpStatus() == 401 || error.httpStatus() == 403);
}

QString errorLine(const ApiError& error)
{
    QString line = error.sentence();
    const QString tag = error.tag();
    if (!tag.isEmpty() && !line.contains(tag))
        line += QStringLiteral(" [%1]").arg(tag);
    return CliContext::printable(line.simplified());
}

bool timeoutOption(CliContext& cli, const QCommandLineParser& parser, int* timeoutMs, int* exitCode)
{
    qint64 timeout = 30;
    QString error;
    if (!CliContext::integerOption(parser, QStringLiteral("timeout"), &timeout, &error)) {
        *exitCode = cli.fail(ExitUsage, error);
        return false;
    }
    if (timeout < 1 || timeout > 3600) {
        *exitCode = cli.fail(ExitUsage, ProfilesCommands::tr("--timeout must be from 1 to 3600 seconds"));
        return false;
    }
    *timeoutMs = int(timeout * 1000);
    return true;
}

// Fetches the account through a Session on the profile, tries to list the keys, and says what the
// credential can do. 0 when Twilio accepted the credential, 1 when it refused it everywhere, 3 on network
// or other API errors, 2 when the profile cannot be used at all.
int testConnection(CliContext& cli, const Profile& profile, SecretBytes secret, bool json, int timeoutMs)
{
    QString error;
    const std::unique_ptr<Session> session = Session::open(profile, std::move(secret), &error);
    if (!session)
        return cli.fail(ExitUsage, shown(error));
    session->client()->setTimeoutMs(timeoutMs);
    CliConnection::keepRenewedSignIn(cli, *session);

    auto account = CliConnection::wait<AccountInfo>(
        [&](auto done) { return session->accounts()->fetchAccount(profile.accountSid, std::move(done)); });
    auto keys = CliConnection::wait<QList<ApiKey>>(
        [&](auto done) { return session->keys()->list(KeyApi::Iam, std::move(done)); });
    std::optional<ApiResult<ApiKey>> own;
    if (profile.kind == Profile::CredentialKind::ApiKey && keys.ok())
        own = CliConnection::wait<ApiKey>([&](auto done) {
            return session->keys()->fetch(profile.credentialUser, KeyApi::Iam, std::move(done));
        });

    ApiKey::Type keyType = ApiKey::Type::Unknown;
    std::optional<Policy> policy;
    if (profile.kind == Profile::CredentialKind::ApiKey && keys.ok()) {
        // The list item's flags may tell the type; the fetch adds the policy.
        std::optional<ApiKey> self;
        for (const ApiKey& item : keys.value())
            if (item.sid == profile.credentialUser)
                self = item;
        if (own->ok()) {
            if (self)
                self->mergeDetails(own->value());
            else
                self = own->value();
        }
        if (self) {
            keyType = self->type;
            policy = self->policy;
            // Main and Standard keys look the same to the API, but a Standard key cannot list keys: one that
            // can, without a policy, is a Main key.
            if (keyType == ApiKey::Type::Standard || (keyType == ApiKey::Type::Unknown && !policy))
                keyType = ApiKey::Type::Main;
        }
    }
    // A Restricted key manages keys when its policy lets it create them (the sandbox and Twilio check each
    // call against the policy).
    const bool restrictedManages = policy
        && (policy->allow().contains(QStringLiteral("/twilio/iam/api-keys/create"))
            || policy->allow().contains(QStringLiteral("/twilio/iam/api-keys/*")));
    const bool canManageKeys = keys.ok()
        && (profile.kind != Profile::CredentialKind::ApiKey || keyType == ApiKey::Type::Main
            || keyType == ApiKey::Type::Unknown
            || (keyType == ApiKey::Type::Restricted && restrictedManages));

    QString verdict;
    int code = ExitOk;
    if (keys.ok()) {
        switch (profile.kind) {
        case Profile::CredentialKind::AuthToken:
            verdict = ProfilesCommands::tr("An Auth Token can manage the account's keys.");
            break;
        case Profile::CredentialKind::OAuthClient:
            verdict = ProfilesCommands::tr("This OAuth client can manage the account's keys.");
            break;
        case Profile::CredentialKind::OAuthSignIn:
            verdict = ProfilesCommands::tr("This Twilio sign-in can manage the account's keys.");
            break;
        case Profile::CredentialKind::ApiKey:
            if (keyType == ApiKey::Type::Main)
                verdict = ProfilesCommands::tr(
                    "A Main key (it lists keys and has no policy) can manage the account's keys.");
            else if (keyType == ApiKey::Type::Restricted)
                verdict = ProfilesCommands::tr(
                    "A Restricted key can do what its policy allows (%n permission(s)); "
                    "it may list keys.",
                    nullptr, policy ? policy->size() : 0);
            else if (own && !own->ok())
                verdict = ProfilesCommands::tr(
                              "This API key can list keys; its own type and permissions could not be "
                              "read: %1")
                              .arg(errorLine(own->error()));
            else
                verdict = ProfilesCommands::tr("This API key can list keys.");
            break;
        }
    } else if (isAuthRefusal(keys.error())) {
        verdict = profile.kind == Profile::CredentialKind::ApiKey
            ? ProfilesCommands::tr(
                "Twilio refused this API key on the key endpoints: a Standard key (or a Restricted key "
                "without key permissions) cannot manage keys. Use the Auth Token or a Main key for "
                "that.")
            : ProfilesCommands::tr("Twilio refused the credential on the key endpoints.");
        if (!account.ok() && isAuthRefusal(account.error())) {
            verdict += u' '
                + (profile.kind == Profile::CredentialKind::ApiKey
                       ? ProfilesCommands::tr(
                           "It could not read the account either: the secret is wrong, or it is a "
                           "Standard key.")
                       : ProfilesCommands::tr("It could not read the account either: the secret is wrong."));
            code = ExitNegative;
        }
    } else {
        code = ExitNetwork;
    }
    if (code == ExitOk && !account.ok() && !isAuthRefusal(account.error()))
        code = ExitNetwork;
    if (!keys.ok() && !isAuthRefusal(keys.error()))
        code = ExitNetwork;

    if (json) {
        QJsonObject o { { QStringLiteral("profile"), profileJson(profile, false) },
                        { QStringLiteral("can_manage_keys"), canManageKeys },
                        { QStringLiteral("verdict"), verdict } };
        o.insert(QStringLiteral("account"),
                 account.ok() ? QJsonValue(account.value().toJson()) : QJsonValue());
        o.insert(QStringLiteral("account_error"),
                 account.ok() ? QJsonValue() : QJsonValue(account.error().sentence()));
        o.insert(QStringLiteral("keys_listed"), keys.ok() ? QJsonValue(keys.value().size()) : QJsonValue());
        o.insert(QStringLiteral("keys_error"),
                 keys.ok() ? QJsonValue() : QJsonValue(keys.error().sentence()));
        o.insert(QStringLiteral("key_type"),
                 keyType != ApiKey::Type::Unknown ? QJsonValue(ApiKey::typeName(keyType)) : QJsonValue());
        o.insert(QStringLiteral("permissions"),
                 policy ? QJsonValue(QJsonArray::fromStringList(policy->allow())) : QJsonValue());
        printJson(cli, o);
        return code;
    }

    QTextStream& out = cli.out();
    out << ProfilesCommands::tr("profile:     %1 (%2)").arg(shown(profile.name), credentialText(profile))
        << '\n';
    if (account.ok()) {
        const AccountInfo& info = account.value();
        out << ProfilesCommands::tr("account:     %1 \u201c%2\u201d (%3, %4)")
                   .arg(shown(info.sid), shown(info.friendlyName), shown(info.type), shown(info.status))
            << '\n';
    } else {
        out << ProfilesCommands::tr("account:     %1, not readable: %2")
                   .arg(shown(profile.accountSid), errorLine(account.error()))
            << '\n';
    }
    if (keys.ok())
        out << ProfilesCommands::tr("keys:        %n key(s) listed", nullptr, int(keys.value().size()))
            << '\n';
    else
        out << ProfilesCommands::tr("keys:        refused: %1").arg(errorLine(keys.error())) << '\n';
    if (!verdict.isEmpty())
        out << ProfilesCommands::tr("can do:      %1").arg(shown(verdict)) << '\n';
    if (policy && keyType == ApiKey::Type::Restricted)
        for (const QString& permission : policy->allow())
            out << "  " << shown(permission) << '\n';
    out.flush();
    if (code == ExitNegative)
        return cli.fail(code, ProfilesCommands::tr("the test failed: Twilio refused the credential"));
    if (code == ExitNetwork)
        return cli.fail(code,
                        ProfilesCommands::tr("the test did not finish: %1")
                            .arg(errorLine(!keys.ok() ? keys.error() : account.error())));
    return code;
}

// ---- list ----------------------------------------------------------------------------------------------

int listProfiles(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("json"), ProfilesCommands::tr("Print JSON.") });
    parser.addOption({ QStringLiteral("names"),
                       ProfilesCommands::tr(
                           "Print only the stored profiles' names, one a line (for shell completion).") });
    if (const int rc
        = cli.parse(parser, args,
                    ProfilesCommands::tr("List the profiles: the stored ones (* marks the active one) and "
                                         "[env], made from the TWILIO_* variables when they are set."));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, ProfilesCommands::tr("profiles list takes no arguments (see --help)"));
    CliProfiles profiles(cli);
    const QList<Profile> list = profiles.store().list();
    const QString activeId = profiles.store().activeId();

    if (parser.isSet(QStringLiteral("names"))) {
        for (const Profile& p : list)
            cli.out() << shown(p.name) << '\n';
        cli.out().flush();
        return ExitOk;
    }
    for (const QString& problem : profiles.store().problems())
        cli.err() << ProfilesCommands::tr("keydesk-cli: warning: %1").arg(shown(problem)) << '\n';
    cli.err().flush();

    const EnvironmentProfile environment;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Profile& p : list)
            array.append(profileJson(p, p.id == activeId));
        QJsonObject o { { QStringLiteral("profiles"), array } };
        const std::optional<Profile> active = profiles.store().active();
        o.insert(QStringLiteral("active"), active ? QJsonValue(active->name) : QJsonValue());
        if (environment.profile())
            o.insert(QStringLiteral("environment"), profileJson(*environment.profile(), false));
        else
            o.insert(QStringLiteral("environment"), QJsonValue());
        o.insert(QStringLiteral("environment_error"),
                 environment.error().isEmpty() ? QJsonValue() : QJsonValue(environment.error()));
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(profiles.store().problems()));
        printJson(cli, o);
        return ExitOk;
    }

    QTextStream& out = cli.out();
    if (list.isEmpty() && !environment.isPresent()) {
        out << ProfilesCommands::tr(
            "No profiles. Add one with keydesk-cli profiles add NAME --account-sid AC… (see "
            "--help), or import twilio-cli's with keydesk-cli profiles import-twilio-cli.")
            << '\n';
        out.flush();
        return ExitOk;
    }
    const auto row = [&out](const QString& mark, const QString& name, const QString& kind,
                            const QString& account, const QString& region) {
        out << mark << qSetFieldWidth(24) << Qt::left << name << qSetFieldWidth(0) << ' '
            << qSetFieldWidth(48) << kind << qSetFieldWidth(0) << ' ' << qSetFieldWidth(36) << account
            << qSetFieldWidth(0) << region << '\n';
    };
    row(QStringLiteral("  "), ProfilesCommands::tr("NAME"), ProfilesCommands::tr("CREDENTIAL"),
        ProfilesCommands::tr("ACCOUNT"), ProfilesCommands::tr("REGION"));
    if (environment.isPresent()) {
        if (const std::optional<Profile>& env = environment.profile())
            row(QStringLiteral("  "), shown(env->name), credentialText(*env), shown(env->accountSid),
                shown(env->effectiveRegion()));
        else
            row(QStringLiteral("  "), Profile::environmentName(), ProfilesCommands::tr("(not usable)"),
                QString(), QString());
    }
    for (const Profile& p : list)
        row(p.id == activeId ? QStringLiteral("* ") : QStringLiteral("  "), shown(p.name), credentialText(p),
            shown(p.accountSid), shown(p.effectiveRegion()));
    if (environment.isPresent())
        out << ProfilesCommands::tr(
                   "The TWILIO_* variables are set: API commands use %1 unless --profile names another.")
                   .arg(Profile::environmentName())
            << '\n';
    out.flush();
    if (environment.isPresent() && !environment.error().isEmpty())
        cli.err() << ProfilesCommands::tr("keydesk-cli: warning: %1").arg(shown(environment.error()))
                  << Qt::endl;
    return ExitOk;
}

// ---- add -----------------------------------------------------------------------------------------------

int addProfile(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 ProfilesCommands::tr("The profile's name (at most 64 characters)."));
    parser.addOption(
        { QStringLiteral("account-sid"), ProfilesCommands::tr("The account (AC…)."), QStringLiteral("AC…") });
    parser.addOption({ QStringLiteral("use-auth-token"),
                       ProfilesCommands::tr(
                           "The credential is the account's Auth Token (read from the secret option).") });
    parser.addOption(
        { { QStringLiteral("key-sid"), QStringLiteral("api-key") },
          ProfilesCommands::tr("The credential is the API key SK… (its secret from the secret option)."),
          QStringLiteral("SK…") });
    parser.addOption(
        { QStringLiteral("oauth-client-id"),
          ProfilesCommands::tr("The credential is the OAuth client ID (its secret from the secret option)."),
          QStringLiteral("ID") });
    CliContext::addSecretOptions(
        parser, ProfilesCommands::tr("Auth Token, API key secret or OAuth client secret"), false);
    parser.addOption({ QStringLiteral("region"),
                       ProfilesCommands::tr("Processing region: us1 (default), ie1, au1."),
                       QStringLiteral("R") });
    parser.addOption({ QStringLiteral("edge"), ProfilesCommands::tr("Edge location, e.g. dublin, sydney."),
                       QStringLiteral("E") });
    parser.addOption({ QStringLiteral("base-url"),
                       ProfilesCommands::tr("Send this profile's requests to URL (a proxy or a sandbox)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("test"),
                       ProfilesCommands::tr("Test the profile once it is added (profiles test).") });
    parser.addOption({ QStringLiteral("timeout"),
                       ProfilesCommands::tr("Seconds to wait for each answer of --test (default 30)."),
                       QStringLiteral("S"), QStringLiteral("30") });
    if (const int rc = cli.parse(
            parser, args,
            ProfilesCommands::tr(
                "Add a profile: an account and one credential. The secret goes to the system keychain, "
                "never to a file; it is read from --secret-env, --secret-file or --secret-stdin, never "
                "from the command line. When no profile is active, the new one becomes active."));
        rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        // The extra words are not shown: a secret typed on the command line would be among them.
        return cli.fail(
            ExitUsage,
            ProfilesCommands::tr("profiles add takes exactly one NAME (secrets never go on the "
                                 "command line: use --secret-env, --secret-file or --secret-stdin)"));
    int exitCode = ExitOk;
    int timeoutMs = 30000;
    if (!timeoutOption(cli, parser, &timeoutMs, &exitCode))
        return exitCode;

    Profile profile;
    profile.name = positional.first();
    if (const QString problem = Profile::checkName(profile.name); !problem.isEmpty())
        return cli.fail(ExitUsage, problem);
    if (!parser.isSet(QStringLiteral("account-sid")))
        return cli.fail(ExitUsage, ProfilesCommands::tr("profiles add needs --account-sid AC…"));
    profile.accountSid = parser.value(QStringLiteral("account-sid")).trimmed();
    const int kinds = int(parser.isSet(QStringLiteral("use-auth-token")))
        + int(parser.isSet(QStringLiteral("api-key"))) + int(parser.isSet(QStringLiteral("oauth-client-id")));
    if (kinds != 1)
        return cli.fail(ExitUsage,
                        ProfilesCommands::tr("give exactly one of --use-auth-token, --api-key SK… and "
                                             "--oauth-client-id ID"));
    if (parser.isSet(QStringLiteral("api-key"))) {
        profile.kind = Profile::CredentialKind::ApiKey;
        profile.credentialUser = parser.value(QStringLiteral("api-key")).trimmed();
    } else if (parser.isSet(QStringLiteral("oauth-client-id"))) {
        profile.kind = Profile::CredentialKind::OAuthClient;
        profile.credentialUser = parser.value(QStringLiteral("oauth-client-id")).trimmed();
    } else {
        profile.kind = Profile::CredentialKind::AuthToken;
    }
    profile.region = parser.value(QStringLiteral("region")).trimmed().toLower();
    profile.edge = parser.value(QStringLiteral("edge")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("base-url")))
        profile.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    profile.id = Profile::newId();
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return cli.fail(ExitUsage, problems.join(u' '));

    CliProfiles profiles(cli);
    if (const std::optional<Profile> existing = profiles.store().find(profile.name))
        return cli.fail(ExitUsage,
                        ProfilesCommands::tr("a profile named %1 exists already; remove it first, or choose "
                                             "another name")
                            .arg(shown(existing->name)));
    SecretBytes secret;
    QString error;
    if (!CliContext::readSecret(parser, &secret, &error))
        return cli.fail(ExitUsage, error);
    const bool test = parser.isSet(QStringLiteral("test"));
    SecretBytes forTest = test ? secret.clone() : SecretBytes();

    QString sentence;
    const QString id = profiles.store().addAndWait(profile, std::move(secret), &sentence);
    if (id.isEmpty())
        return cli.fail(
            ExitNetwork,
            ProfilesCommands::tr("profile %1 was not added: %2").arg(shown(profile.name), shown(sentence)));
    if (profiles.memoryOnly()) {
        // The fields without the secret would be a profile that fails on every later run: take them back.
        if (test)
            testConnection(cli, profile, std::move(forTest), false, timeoutMs); // works for this run
        QString ignored;
        profiles.store().removeAndWait(id, &ignored);
        return cli.fail(ExitNetwork,
                        ProfilesCommands::tr(
                            "profile %1 was not saved: no keychain is available to keep its secret, and "
                            "KeyDesk never writes secrets to files. Set the TWILIO_* variables instead, or "
                            "add the profile where a keychain (Secret Service) runs.")
                            .arg(shown(profile.name)));
    }
    cli.out() << ProfilesCommands::tr(
                     "Added profile %1 (%2, account %3); its secret is in the system keychain.")
                     .arg(shown(profile.name), credentialText(profile), shown(profile.accountSid))
              << '\n';
    if (profiles.store().activeId().isEmpty()) {
        if (profiles.store().setActive(id, &error))
            cli.out() << ProfilesCommands::tr("It is the active profile now.") << '\n';
        else
            cli.err() << ProfilesCommands::tr("keydesk-cli: warning: %1").arg(shown(error)) << '\n';
    }
    cli.out().flush();
    cli.err().flush();
    if (test) {
        std::optional<Profile> stored = profiles.store().find(id);
        return testConnection(cli, stored ? *stored : profile, std::move(forTest), false, timeoutMs);
    }
    return ExitOk;
}

// ---- remove, use ---------------------------------------------------------------------------------------

// The stored profile NAME (the environment profile is refused with what to do instead).
std::optional<Profile> storedProfile(CliContext& cli, CliProfiles& profiles, const QString& name,
                                     int* exitCode)
{
    if (Profile::sameName(name, Profile::environmentName())) {
        *exitCode = cli.fail(ExitUsage,
                             ProfilesCommands::tr("%1 is made from the TWILIO_* variables and is not stored; "
                                                  "set or unset the variables instead")
                                 .arg(Profile::environmentName()));
        return std::nullopt;
    }
    std::optional<Profile> profile = profiles.store().find(name);
    if (!profile)
        *exitCode = cli.fail(ExitUsage,
                             ProfilesCommands::tr("no profile is named %1 (see keydesk-cli profiles list)")
                                 .arg(shown(name.left(Profile::maxNameLength))));
    return profile;
}

int removeProfile(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), ProfilesCommands::tr("The profile to remove."));
    parser.addOption(
        { QStringLiteral("yes"), ProfilesCommands::tr("Do not ask; needed when there is no terminal.") });
    if (const int rc
        = cli.parse(parser, args,
                    ProfilesCommands::tr("Remove a profile and its secret from the system keychain. Asks "
                                         "first unless --yes. The account and its keys are not touched."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, ProfilesCommands::tr("profiles remove needs exactly one NAME"));
    CliProfiles profiles(cli);
    int exitCode = ExitOk;
    const std::optional<Profile> profile
        = storedProfile(cli, profiles, parser.positionalArguments().first(), &exitCode);
    if (!profile)
        return exitCode;
    if (const int rc = CliConnection::confirm(
            cli,
            ProfilesCommands::tr("Remove profile %1 (%2, account %3) and its secret from the keychain?")
                .arg(shown(profile->name), credentialText(*profile), shown(profile->accountSid)),
            parser.isSet(QStringLiteral("yes")));
        rc >= 0)
        return rc;
    QString sentence;
    if (!profiles.store().removeAndWait(profile->id, &sentence))
        return cli.fail(ExitNetwork, shown(sentence));
    cli.out() << ProfilesCommands::tr("Removed profile %1 and its keychain entry.").arg(shown(profile->name))
              << Qt::endl;
    return ExitOk;
}

int useProfile(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), ProfilesCommands::tr("The profile to make active."));
    if (const int rc
        = cli.parse(parser, args,
                    ProfilesCommands::tr("Make a profile the active one: API commands use it when neither "
                                         "--profile nor the TWILIO_* variables name another."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, ProfilesCommands::tr("profiles use needs exactly one NAME"));
    CliProfiles profiles(cli);
    int exitCode = ExitOk;
    const std::optional<Profile> profile
        = storedProfile(cli, profiles, parser.positionalArguments().first(), &exitCode);
    if (!profile)
        return exitCode;
    QString error;
    if (!profiles.store().setActive(profile->id, &error))
        return cli.fail(ExitNetwork, shown(error));
    cli.out() << ProfilesCommands::tr("Profile %1 is active now.").arg(shown(profile->name)) << Qt::endl;
    if (EnvironmentProfile().isPresent())
        cli.err() << ProfilesCommands::tr(
            "keydesk-cli: note: the TWILIO_* variables are set; they win over the active "
            "profile until they are unset.")
                  << Qt::endl;
    return ExitOk;
}

// ---- test ----------------------------------------------------------------------------------------------

int testProfile(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        ProfilesCommands::tr("The profile to test; default: the one API commands would use."),
        QStringLiteral("[NAME]"));
    parser.addOption({ QStringLiteral("json"), ProfilesCommands::tr("Print JSON.") });
    parser.addOption({ QStringLiteral("timeout"),
                       ProfilesCommands::tr("Seconds to wait for each answer (default 30)."),
                       QStringLiteral("S"), QStringLiteral("30") });
    if (const int rc = cli.parse(
            parser, args,
            ProfilesCommands::tr(
                "Fetch the profile's account and try to list its keys; say what the credential can do "
                "(exit 0 accepted, 1 refused, 3 network or API error)."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() > 1)
        return cli.fail(ExitUsage, ProfilesCommands::tr("profiles test takes at most one NAME"));
    int exitCode = ExitOk;
    int timeoutMs = 30000;
    if (!timeoutOption(cli, parser, &timeoutMs, &exitCode))
        return exitCode;
    CliProfiles profiles(cli);
    Profile profile;
    SecretBytes secret;
    if (!CliConnection::resolve(cli, profiles, parser.positionalArguments().value(0), &profile, &secret,
                                &exitCode))
        return exitCode;
    return testConnection(cli, profile, std::move(secret), parser.isSet(QStringLiteral("json")), timeoutMs);
}

// ---- import-twilio-cli ---------------------------------------------------------------------------------

int importTwilioCli(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 ProfilesCommands::tr("twilio-cli profiles to import."),
                                 QStringLiteral("[NAME…]"));
    parser.addOption(
        { QStringLiteral("config"),
          ProfilesCommands::tr("twilio-cli's config.json (default: $TWILIO_CONFIG_DIR/config.json, else "
                               "~/.twilio-cli/config.json)."),
          QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("all"), ProfilesCommands::tr("Import every profile that can be imported.") });
    parser.addOption(
        { QStringLiteral("strip-secrets"),
          ProfilesCommands::tr("Then remove the imported profiles' plain-text secrets from config.json (a "
                               "0600 backup is written beside it first).") });
    parser.addOption({ QStringLiteral("yes"),
                       ProfilesCommands::tr("Do not ask before --strip-secrets changes the file.") });
    if (const int rc = cli.parse(
            parser, args,
            ProfilesCommands::tr(
                "List twilio-cli's profiles, or import them (--all, or by NAME) with their secrets moved "
                "into the system keychain."));
        rc >= 0)
        return rc;
    const QStringList names = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool strip = parser.isSet(QStringLiteral("strip-secrets"));
    if (all && !names.isEmpty())
        return cli.fail(ExitUsage, ProfilesCommands::tr("give --all or profile names, not both"));
    if (strip && !all && names.isEmpty())
        return cli.fail(
            ExitUsage,
            ProfilesCommands::tr("--strip-secrets needs profiles to import: --all or their names"));

    TwilioCliConfig config(parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                  : TwilioCliConfig::defaultPath());
    const QString path = shown(config.path());
    QString error;
    if (!config.load(&error))
        return cli.fail(ExitUsage, shown(error));
    if (config.readableByOthers())
        cli.err() << ProfilesCommands::tr(
                         "keydesk-cli: warning: %1 can be read by other users of this machine, and it holds "
                         "API key secrets in plain text (chmod 600 it, or import and --strip-secrets).")
                         .arg(path)
                  << Qt::endl;

    CliProfiles profiles(cli);
    const std::vector<TwilioCliConfig::Entry>& entries = config.profiles();
    const auto existingFor = [&](const TwilioCliConfig::Entry& entry) {
        return profiles.store().find(entry.id);
    };
    const auto alreadyImported = [&](const TwilioCliConfig::Entry& entry) {
        const std::optional<Profile> existing = existingFor(entry);
        return existing && existing->kind == Profile::CredentialKind::ApiKey
            && existing->accountSid == entry.accountSid && existing->credentialUser == entry.apiKey;
    };

    if (!all && names.isEmpty()) {
        QTextStream& out = cli.out();
        if (entries.empty()) {
            out << ProfilesCommands::tr("%1 holds no profiles.").arg(path) << Qt::endl;
            return ExitOk;
        }
        out << ProfilesCommands::tr("Profiles in %1:").arg(path) << '\n';
        for (const TwilioCliConfig::Entry& entry : entries) {
            QString line = QStringLiteral("  %1  %2  %3")
                               .arg(shown(entry.id), shown(entry.accountSid), shown(entry.apiKey));
            if (!entry.region.isEmpty())
                line += QStringLiteral("  ") + shown(entry.region);
            if (entry.id == config.activeProfileId())
                line += u' ' + ProfilesCommands::tr("(twilio-cli's active profile)");
            if (alreadyImported(entry))
                line += u' ' + ProfilesCommands::tr("(imported already)");
            else if (existingFor(entry))
                line += u' ' + ProfilesCommands::tr("(a KeyDesk profile has this name)");
            out << line << '\n';
            if (!entry.importable())
                out << "    " << ProfilesCommands::tr("cannot be imported: %1").arg(shown(entry.problem))
                    << '\n';
        }
        out << ProfilesCommands::tr(
            "Import with --all or by name; --strip-secrets then removes the plain-text secrets from "
            "the file (after a 0600 backup).")
            << '\n';
        out.flush();
        return ExitOk;
    }

    std::vector<const TwilioCliConfig::Entry*> chosen;
    if (all) {
        for (const TwilioCliConfig::Entry& entry : entries)
            chosen.push_back(&entry);
    } else {
        for (const QString& name : names) {
            const TwilioCliConfig::Entry* found = nullptr;
            for (const TwilioCliConfig::Entry& entry : entries)
                if (entry.id == name)
                    found = &entry;
            if (!found)
                return cli.fail(ExitUsage,
                                ProfilesCommands::tr("%1 has no profile named %2; nothing was imported")
                                    .arg(path, shown(name.left(Profile::maxNameLength))));
            if (std::find(chosen.begin(), chosen.end(), found) == chosen.end())
                chosen.push_back(found);
        }
    }
    if (strip) {
        if (const int rc = CliConnection::confirm(
                cli,
                ProfilesCommands::tr(
                    "After the import, remove the imported profiles' API key secrets from %1 (a 0600 "
                    "backup is kept beside it)?")
                    .arg(path),
                parser.isSet(QStringLiteral("yes")));
            rc >= 0)
            return rc;
    }

    QStringList importedIds; // twilio-cli ids whose secrets are in the keychain now
    QStringList importedNames;
    int skipped = 0;
    for (const TwilioCliConfig::Entry* entry : chosen) {
        if (alreadyImported(*entry)) {
            importedIds << entry->id;
            cli.out() << ProfilesCommands::tr("%1 is imported already.").arg(shown(entry->id)) << Qt::endl;
            continue;
        }
        if (!entry->importable()) {
            ++skipped;
            cli.err() << ProfilesCommands::tr("keydesk-cli: %1 was not imported: %2")
                             .arg(shown(entry->id), shown(entry->problem))
                      << Qt::endl;
            continue;
        }
        if (existingFor(*entry)) {
            ++skipped;
            cli.err() << ProfilesCommands::tr(
                             "keydesk-cli: %1 was not imported: a KeyDesk profile has that name with another "
                             "credential; remove or rename it first")
                             .arg(shown(entry->id))
                      << Qt::endl;
            continue;
        }
        const Profile profile = entry->toProfile();
        QString sentence;
        const QString id = profiles.store().addAndWait(profile, entry->apiSecret.clone(), &sentence);
        if (id.isEmpty())
            return cli.fail(ExitNetwork,
                            ProfilesCommands::tr("%1 was not imported: %2; %3 was not changed")
                                .arg(shown(entry->id), shown(sentence), path));
        if (profiles.memoryOnly()) {
            QString ignored;
            profiles.store().removeAndWait(id, &ignored);
            return cli.fail(
                ExitNetwork,
                ProfilesCommands::tr("nothing more was imported: no keychain is available to keep the "
                                     "secrets, and KeyDesk never writes them to files; %1 was not "
                                     "changed")
                    .arg(path));
        }
        importedIds << entry->id;
        importedNames << profile.name;
        cli.out() << ProfilesCommands::tr("Imported %1 (%2, account %3).")
                         .arg(shown(profile.name), credentialText(profile), shown(profile.accountSid))
                  << Qt::endl;
    }

    if (profiles.store().activeId().isEmpty() && importedNames.contains(config.activeProfileId())) {
        if (const std::optional<Profile> active = profiles.store().find(config.activeProfileId());
            active && profiles.store().setActive(active->id, &error))
            cli.out() << ProfilesCommands::tr("%1 is the active profile now, as it was in twilio-cli.")
                             .arg(shown(active->name))
                      << Qt::endl;
    }

    if (strip && !importedIds.isEmpty()) {
        if (!config.stripSecrets(&error, importedIds))
            return cli.fail(
                ExitNetwork,
                ProfilesCommands::tr("the secrets were not removed from %1: %2").arg(path, shown(error)));
        if (!config.backupPath().isEmpty())
            cli.out() << ProfilesCommands::tr(
                             "Removed the plain-text secrets of %n profile(s) from %1; the original is in %2 "
                             "(mode 0600): delete it once the import is checked.",
                             nullptr, int(importedIds.size()))
                             .arg(path, shown(config.backupPath()))
                      << Qt::endl;
    }
    if (skipped > 0)
        return cli.fail(ExitNegative,
                        ProfilesCommands::tr("%n profile(s) were not imported", nullptr, skipped));
    return ExitOk;
}

QString usage()
{
    return ProfilesCommands::tr(
        "usage: keydesk-cli profiles <list|add|remove|use|test|import-twilio-cli> [options]\n"
        "  profiles list [--json] [--names]\n"
        "  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)\n"
        "               <secret option> [--region R] [--edge E] [--base-url URL] [--test]\n"
        "  profiles remove NAME [--yes]\n"
        "  profiles use NAME\n"
        "  profiles test [NAME] [--json]\n"
        "  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]\n"
        "Secrets go to the system keychain, never to a file; with no keychain they are kept for one run.\n");
}

} // namespace

int runProfilesCommand(CliContext& cli, const QStringList& args)
{
    return cli.runSubcommand(args, usage(),
                             { { QStringLiteral("list"), listProfiles },
                               { QStringLiteral("add"), addProfile },
                               { QStringLiteral("remove"), removeProfile },
                               { QStringLiteral("use"), useProfile },
                               { QStringLiteral("test"), testProfile },
                               { QStringLiteral("import-twilio-cli"), importTwilioCli } },
                             ProfilesCommands::tr("unknown profiles subcommand \"%1\"\n%2"), true);
}
