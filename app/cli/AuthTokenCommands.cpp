#include "AuthTokenCommands.h"

#include "CliConnection.h"
#include "CliContext.h"
#include "api/ApiClient.h"
#include "api/AuthTokenService.h"
#include "profiles/Session.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct AuthTokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuthTokenCommands)
};

void printJson(CliContext& cli, const QJsonObject& object)
{
    cli.printJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int secondaryCreate(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    if (const int rc = cli.parse(
            parser, args,
            AuthTokenCommands::tr(
                "Create the secondary Auth Token and print it, once. Promote it when every client uses it."));
        rc >= 0)
        return rc;
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    AuthTokenService& tokens = *session->authTokens();
    auto result = CliConnection::wait<SecondaryAuthToken>(
        [&](auto done) { return tokens.createSecondary(std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    QString token = QString::fromUtf8(result.value().token.view());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(cli,
                  { { QStringLiteral("account_sid"), result.value().accountSid },
                    { QStringLiteral("secondary_auth_token"), token },
                    { QStringLiteral("date_created"), result.value().dateCreated.toString(Qt::ISODate) } });
    } else {
        // Twilio's tokens are hex digits; whatever else a server sends is shown escaped.
        QString shown = CliContext::printable(token);
        QString line = AuthTokenCommands::tr("secondary auth token: %1").arg(shown);
        cli.out() << line << Qt::endl;
        wipeString(line);
        wipeString(shown);
        cli.err() << AuthTokenCommands::tr(
            "keydesk-cli: this is the only time the secondary token is shown; store it now.")
                  << Qt::endl;
    }
    wipeString(token);
    result.value().token.clear();
    return ExitOk;
}

int secondaryDelete(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addOption(
        { QStringLiteral("yes"), AuthTokenCommands::tr("Do not ask; needed when there is no terminal.") });
    if (const int rc = cli.parse(
            parser, args, AuthTokenCommands::tr("Delete the secondary Auth Token. Asks first unless --yes."));
        rc >= 0)
        return rc;
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    AuthTokenService& tokens = *session->authTokens();
    if (const int rc = CliConnection::confirm(
            cli,
            AuthTokenCommands::tr(
                "Delete the secondary Auth Token of %1? Clients using it stop working at once.")
                .arg(CliContext::printable(session->client()->accountSid())),
            parser.isSet(QStringLiteral("yes")));
        rc >= 0)
        return rc;
    auto result
        = CliConnection::wait<bool>([&](auto done) { return tokens.deleteSecondary(std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(cli, { { QStringLiteral("deleted"), QStringLiteral("secondary") } });
    else
        cli.out() << AuthTokenCommands::tr("secondary auth token deleted") << Qt::endl;
    return ExitOk;
}

int promote(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addOption(
        { QStringLiteral("yes"), AuthTokenCommands::tr("Do not ask; needed when there is no terminal.") });
    if (const int rc
        = cli.parse(parser, args,
                    AuthTokenCommands::tr("Make the secondary Auth Token the primary. The old primary stops "
                                          "working at once. Asks first "
                                          "unless --yes."));
        rc >= 0)
        return rc;
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    AuthTokenService& tokens = *session->authTokens();
    if (const int rc = CliConnection::confirm(
            cli,
            AuthTokenCommands::tr(
                "Promote the secondary Auth Token of %1? The current primary token stops working at once.")
                .arg(CliContext::printable(session->client()->accountSid())),
            parser.isSet(QStringLiteral("yes")));
        rc >= 0)
        return rc;
    auto result = CliConnection::wait<QDateTime>([&](auto done) { return tokens.promote(std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(cli,
                  { { QStringLiteral("promoted"), true },
                    { QStringLiteral("date_updated"), result.value().toString(Qt::ISODate) } });
    else
        cli.out() << AuthTokenCommands::tr(
            "the secondary auth token is now the primary; the old primary no longer works")
                  << Qt::endl;
    return ExitOk;
}

QString usage()
{
    return AuthTokenCommands::tr(
        "usage: keydesk-cli authtoken <secondary-create|secondary-delete|promote> [options]\n"
        "  authtoken secondary-create [--json]\n"
        "  authtoken secondary-delete [--yes]\n"
        "  authtoken promote [--yes]\n"
        "Connection: --profile NAME, else TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or a Main key in\n"
        "TWILIO_API_KEY + TWILIO_API_SECRET), else the active profile; or --sandbox URL | --base-url URL.\n");
}

} // namespace

int runAuthTokenCommand(CliContext& cli, const QStringList& args)
{
    return cli.runSubcommand(args, usage(),
                             { { QStringLiteral("secondary-create"), secondaryCreate },
                               { QStringLiteral("secondary-delete"), secondaryDelete },
                               { QStringLiteral("promote"), promote } },
                             AuthTokenCommands::tr("unknown authtoken subcommand \"%1\"\n%2"));
}
