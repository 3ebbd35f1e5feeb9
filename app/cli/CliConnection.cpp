#include "CliConnection.h"

#include "CliContext.h"
#include "api/ApiClient.h"
#include "api/OAuthTokenSource.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/Session.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace {

// The connection code came from KeysCommands.cpp; its strings keep that translation context.
struct KeysCommands
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommands)
};

// keydesk-sandbox's made-up default account (SandboxSeeder); they work nowhere else.
const char sandboxAccountSid[] = "ACc0ffeec0ffeec0ffeec0ffeec0ffee00";
const char sandboxAuthToken[] = "5a4db0c5a4db0c5a4db0c5a4db0c5a4d";

} // namespace

CliProfiles::CliProfiles(CliContext& cli)
{
    // One line, the first time the keychain is found missing (store, read or remove).
    QObject::connect(&m_vault, &SecretVault::backendChanged, &m_vault, [&cli](SecretVault::Backend backend) {
        if (backend == SecretVault::Backend::MemoryOnly)
            cli.err() << KeysCommands::tr(
                "keydesk-cli: no keychain is available; secrets are kept for this run only")
                      << Qt::endl;
    });
    m_store = std::make_unique<ProfileStore>(&m_vault);
}

CliProfiles::~CliProfiles() = default;

namespace CliConnection {

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("profile"),
                       KeysCommands::tr("Use the stored profile NAME (\"[env]\": the TWILIO_* variables). "
                                        "Default: the TWILIO_* variables when set, else the active "
                                        "profile."),
                       QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("base-url"),
          KeysCommands::tr("Send every request to URL (a proxy or a sandbox) instead of Twilio's hosts."),
          QStringLiteral("URL") });
    parser.addOption(
        { QStringLiteral("sandbox"),
          KeysCommands::tr("Use the keydesk-sandbox at URL with its default made-up account (ignores "
                           "profiles)."),
          QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("region"),
                       KeysCommands::tr("Processing region: us1, ie1, au1. Default: the profile's "
                                        "($TWILIO_REGION for the environment)."),
                       QStringLiteral("R") });
    parser.addOption({ QStringLiteral("edge"),
                       KeysCommands::tr("Edge location, e.g. dublin, sydney. Default: the profile's "
                                        "($TWILIO_EDGE for the environment)."),
                       QStringLiteral("E") });
    parser.addOption({ QStringLiteral("timeout"),
                       KeysCommands::tr("Seconds to wait for each answer (default 30)."), QStringLiteral("S"),
                       QStringLiteral("30") });
    parser.addOption({ QStringLiteral("json"), KeysCommands::tr("Print JSON.") });
}

std::unique_ptr<Session> open(CliContext& cli, const QCommandLineParser& parser, int* exitCode)
{
    const auto failed = [&](int code, const QString& message) -> std::unique_ptr<Session> {
        *exitCode = cli.fail(code, message);
        return nullptr;
    };
    const bool sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (sandbox && parser.isSet(QStringLiteral("base-url")))
        return failed(ExitUsage, KeysCommands::tr("use either --sandbox or --base-url, not both"));

    QString error;
    qint64 timeout = 30;
    if (!CliContext::integerOption(parser, QStringLiteral("timeout"), &timeout, &error))
        return failed(ExitUsage, error);
    if (timeout < 1 || timeout > 3600)
        return failed(ExitUsage, KeysCommands::tr("--timeout must be from 1 to 3600 seconds"));

    Profile profile;
    SecretBytes secret;
    if (sandbox) {
        profile.id = QStringLiteral("sandbox");
        profile.name = QStringLiteral("sandbox");
        profile.accountSid = QLatin1String(sandboxAccountSid);
        profile.kind = Profile::CredentialKind::AuthToken;
        profile.baseUrl = QUrl(parser.value(QStringLiteral("sandbox")), QUrl::StrictMode);
        if (profile.baseUrl.isEmpty())
            return failed(ExitUsage, KeysCommands::tr("--sandbox needs the sandbox's URL"));
        secret = SecretBytes(QByteArrayView(sandboxAuthToken));
    } else {
        CliProfiles profiles(cli);
        if (!resolve(cli, profiles, parser.value(QStringLiteral("profile")), &profile, &secret, exitCode))
            return nullptr;
        if (parser.isSet(QStringLiteral("base-url")))
            profile.baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    }
    if (parser.isSet(QStringLiteral("region")))
        profile.region = parser.value(QStringLiteral("region")).trimmed().toLower();
    if (parser.isSet(QStringLiteral("edge")))
        profile.edge = parser.value(QStringLiteral("edge")).trimmed().toLower();

    std::unique_ptr<Session> session = Session::open(profile, std::move(secret), &error);
    if (!session)
        return failed(ExitUsage, error);
    session->client()->setTimeoutMs(int(timeout * 1000));
    keepRenewedSignIn(cli, *session);
    return session;
}

void keepRenewedSignIn(CliContext& cli, Session& session)
{
    const Profile profile = session.profile();
    OAuthTokenSource* source = session.client()->tokenSource();
    if (!source || profile.origin != Profile::Origin::Stored
        || profile.kind != Profile::CredentialKind::OAuthSignIn)
        return;
    QObject::connect(
        source, &OAuthTokenSource::refreshTokenRotated, source, [&cli, profile](const SecretBytes& token) {
            CliProfiles profiles(cli);
            QString sentence;
            if (!profiles.store().storeRenewedSecretAndWait(profile, token.clone(), &sentence))
                cli.err() << KeysCommands::tr("keydesk-cli: the renewed sign-in of profile %1 "
                                              "could not be stored; sign in again: %2")
                                 .arg(CliContext::printable(profile.name), CliContext::printable(sentence))
                          << Qt::endl;
        });
}

bool resolve(CliContext& cli, CliProfiles& profiles, const QString& explicitName, Profile* profile,
             SecretBytes* secret, int* exitCode)
{
    EnvironmentProfile environment;
    QString error;
    const std::optional<Profile> resolved
        = Session::resolve(explicitName, environment, profiles.store(), &error);
    if (!resolved) {
        if (explicitName.isEmpty() && !environment.isPresent())
            error += u' '
                + KeysCommands::tr("(keydesk-cli profiles add --help tells how; or use --sandbox URL)");
        *exitCode = cli.fail(ExitUsage, CliContext::printable(error));
        return false;
    }
    *profile = *resolved;
    if (profile->origin == Profile::Origin::Environment) {
        *secret = environment.takeSecret();
        return true;
    }
    QString sentence;
    if (!profiles.store().readSecretAndWait(profile->id, secret, &sentence)) {
        *exitCode
            = cli.fail(profiles.memoryOnly() ? ExitNetwork : ExitUsage, CliContext::printable(sentence));
        return false;
    }
    return true;
}

int fail(CliContext& cli, const ApiError& error)
{
    const int code = error.kind() == ApiError::Kind::InvalidRequest ? ExitUsage : ExitNetwork;
    QString line = error.sentence();
    const QString tag = error.tag();
    if (!tag.isEmpty() && !line.contains(tag))
        line += QStringLiteral(" [%1]").arg(tag);
    return cli.fail(code, CliContext::printable(line.simplified()));
}

int confirm(CliContext& cli, const QString& question, bool yes)
{
    if (yes)
        return -1;
    if (!isatty(STDIN_FILENO))
        return cli.fail(ExitUsage,
                        KeysCommands::tr("refusing without --yes: there is no terminal to ask on"));
    // Callers escape what they quote; escaping again is harmless and keeps the prompt safe regardless.
    cli.err() << CliContext::printableLines(question) << ' ' << KeysCommands::tr("Type \"yes\" to go on: ")
              << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    if (answer != u"yes" && answer != KeysCommands::tr("yes"))
        return cli.fail(ExitNegative, KeysCommands::tr("nothing was changed"));
    return -1;
}

} // namespace CliConnection
