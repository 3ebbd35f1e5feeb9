// keydesk-cli: the token, webhook, key, auth-token and profile commands over the same models as the GUI.
#include "AuthTokenCommands.h"
#include "CliContext.h"
#include "KeysCommands.h"
#include "ProfilesCommands.h"
#include "TokenCommands.h"
#include "VaultCommands.h"
#include "WebhookCommands.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

QString usageText()
{
    return CliMain::tr(
        "KeyDesk command line: Twilio API keys and Access Tokens.\n"
        "\n"
        "usage: keydesk-cli <command> <subcommand> [options]\n"
        "\n"
        "  token decode [TOKEN|-] [--json] [--at UNIX]\n"
        "  token verify [TOKEN|-] <secret option> [--at UNIX] [--json] [--signature-only]\n"
        "  token build --account-sid AC… --key-sid SK… <secret option> --identity ID\n"
        "              [--ttl S] [--nbf UNIX] [--region R] [--now UNIX] [--grants-json FILE|-]\n"
        "  webhook sign|verify --url URL <secret option> [--param N=V]… [--body-file FILE]\n"
        "  keys list [--api iam|v2010] [--details] [--json]\n"
        "  keys show SID | delete SID [--yes]\n"
        "  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]\n"
        "  keys duplicate SID --name N [--add P]… [--remove P]…\n"
        "  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…\n"
        "  authtoken secondary-create | secondary-delete [--yes] | promote [--yes]\n"
        "    (keys, authtoken: --profile NAME, else TWILIO_ACCOUNT_SID + TWILIO_API_KEY/TWILIO_API_SECRET\n"
        "     or TWILIO_AUTH_TOKEN, else the active profile; or --sandbox URL. --base-url URL,\n"
        "     --region R, --edge E override the profile's)\n"
        "  profiles list [--json] [--names] | use NAME | remove NAME [--yes] | test [NAME]\n"
        "  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)\n"
        "               <secret option> [--region R] [--edge E] [--base-url URL] [--test]\n"
        "  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]\n"
        "  vault store|remove|check SK… [<secret option>]   (API key secrets in the system keychain)\n"
        "\n"
        "Secret options: --secret-env VAR, --secret-file FILE, --secret-stdin, or --vault (token\n"
        "build/verify: the key's secret from the system keychain). Secrets are never accepted on the\n"
        "command line.\n"
        "Exit codes: 0 ok, 1 negative answer, 2 usage or malformed input, 3 network/API error.\n"
        "Every command has --help.\n");
}

// Connection options may also come before the command ("keydesk-cli --sandbox URL keys list"); they are
// moved behind the subcommand, where the key and auth-token commands read them.
QStringList moveLeadingConnectionOptions(const QStringList& args)
{
    static const QStringList valued { QStringLiteral("--profile"),  QStringLiteral("--sandbox"),
                                      QStringLiteral("--base-url"), QStringLiteral("--region"),
                                      QStringLiteral("--edge"),     QStringLiteral("--timeout") };
    QStringList leading;
    qsizetype i = 0;
    while (i < args.size()) {
        const QString& arg = args.at(i);
        if (valued.contains(arg.section(u'=', 0, 0))) {
            leading << arg;
            if (!arg.contains(u'=') && i + 1 < args.size())
                leading << args.at(++i);
            ++i;
        } else if (arg == u"--json") {
            leading << arg;
            ++i;
        } else {
            break;
        }
    }
    if (leading.isEmpty() || i + 1 >= args.size())
        return args;
    QStringList out { args.at(i), args.at(i + 1) }; // command, subcommand
    out << leading << args.mid(i + 2);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    // No core dumps and no same-user ptrace: a crash must not write secrets to disk.
    ProcessHardening::apply();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("keydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    CliContext cli;
    const QStringList args = moveLeadingConnectionOptions(QCoreApplication::arguments().mid(1));
    if (args.isEmpty())
        return cli.fail(ExitUsage, usageText());
    const QString command = args.first();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        cli.out() << usageText();
        cli.out().flush();
        return ExitOk;
    }
    if (command == u"--version") {
        cli.out() << "keydesk-cli " << QCoreApplication::applicationVersion() << "\n";
        cli.out().flush();
        return ExitOk;
    }
    if (command == u"token")
        return runTokenCommand(cli, args);
    if (command == u"webhook")
        return runWebhookCommand(cli, args);
    if (command == u"keys")
        return runKeysCommand(cli, args);
    if (command == u"vault")
        return runVaultCommand(cli, args);
    if (command == u"authtoken")
        return runAuthTokenCommand(cli, args);
    if (command == u"profiles")
        return runProfilesCommand(cli, args);
    return cli.fail(
        ExitUsage,
        CliMain::tr("unknown command \"%1\"\n\n%2").arg(CliContext::printable(command), usageText()));
}
