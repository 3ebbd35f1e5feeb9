#include "KeysCommands.h"

#include "CliConnection.h"
#include "CliContext.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "keys/KeyDuplicator.h"
#include "profiles/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace {

struct KeysCommands
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommands)
};

bool apiOption(const QCommandLineParser& parser, KeyApi* api, QString* error)
{
    const QString value = parser.value(QStringLiteral("api"));
    if (value == u"iam" || value == u"v1")
        *api = KeyApi::Iam;
    else if (value == u"v2010" || value == u"2010")
        *api = KeyApi::V2010;
    else {
        *error = KeysCommands::tr("--api must be iam or v2010, not \"%1\"").arg(value);
        return false;
    }
    return true;
}

QString dateText(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

void printJson(CliContext& cli, const QJsonObject& object)
{
    cli.printJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// Every field of a key comes from the server: printed through CliContext::printable.
void printKey(CliContext& cli, const ApiKey& key)
{
    QTextStream& out = cli.out();
    out << KeysCommands::tr("sid:          %1").arg(CliContext::printable(key.sid)) << '\n';
    out << KeysCommands::tr("name:         %1").arg(CliContext::printable(key.friendlyName)) << '\n';
    out << KeysCommands::tr("type:         %1").arg(ApiKey::typeName(key.type)) << '\n';
    out << KeysCommands::tr("created:      %1").arg(dateText(key.dateCreated)) << '\n';
    out << KeysCommands::tr("updated:      %1").arg(dateText(key.dateUpdated)) << '\n';
    out << KeysCommands::tr("region:       %1").arg(CliContext::printable(key.region)) << '\n';
    if (key.policy) {
        out << KeysCommands::tr("permissions:  %1").arg(key.policy->size()) << '\n';
        for (const QString& p : key.policy->allow())
            out << "  " << CliContext::printable(p) << '\n';
    }
    out.flush();
}

// Reads --policy-file and applies --permission / --add / --remove. base is the starting policy.
bool buildPolicy(const QCommandLineParser& parser, Policy base, Policy* out, QString* error)
{
    Policy policy = std::move(base);
    // optionNames() lists the options given on the command line, so this works whichever options the
    // subcommand defines.
    if (parser.optionNames().contains(QStringLiteral("policy-file"))) {
        QByteArray data;
        if (!CliContext::readFileArgument(parser.value(QStringLiteral("policy-file")), &data, error, 1 << 20))
            return false;
        auto parsed = Policy::fromJson(data, error);
        if (!parsed)
            return false;
        policy = std::move(*parsed);
    }
    const QStringList adds = parser.optionNames().contains(QStringLiteral("permission"))
        ? parser.values(QStringLiteral("permission"))
        : QStringList();
    for (const QString& p : adds
             + (parser.optionNames().contains(QStringLiteral("add")) ? parser.values(QStringLiteral("add"))
                                                                     : QStringList()))
        policy.add(p.trimmed());
    if (parser.optionNames().contains(QStringLiteral("remove"))) {
        for (const QString& p : parser.values(QStringLiteral("remove"))) {
            if (!policy.remove(p.trimmed())) {
                *error = KeysCommands::tr("--remove %1: the key does not have that permission")
                             .arg(CliContext::printable(p));
                return false;
            }
        }
    }
    if (!policy.isValid(error))
        return false;
    *out = std::move(policy);
    return true;
}

int reportCreated(CliContext& cli, const QCommandLineParser& parser, CreatedKey& created)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    if (created.outcome == CreatedKey::Outcome::CreatedSecretLost) {
        if (json) {
            QJsonObject o { { QStringLiteral("key"), created.key.toJson() },
                            { QStringLiteral("secret"), QJsonValue() },
                            { QStringLiteral("outcome"), QStringLiteral("created-secret-lost") } };
            printJson(cli, o);
        } else {
            printKey(cli, created.key);
        }
        return cli.fail(
            ExitNetwork,
            KeysCommands::tr(
                "key %1 was created, but the answer carrying its secret was lost (%2). The secret cannot be "
                "shown again: delete this key and create another.")
                .arg(CliContext::printable(created.key.sid),
                     CliContext::printable(created.cause.sentence())));
    }
    QString secret = QString::fromUtf8(created.secret.view());
    if (json) {
        QJsonObject o { { QStringLiteral("key"), created.key.toJson() },
                        { QStringLiteral("secret"), secret },
                        { QStringLiteral("outcome"), QStringLiteral("created") } };
        printJson(cli, o);
    } else {
        printKey(cli, created.key);
        // Twilio's secrets are letters and digits; whatever else a server sends is shown escaped.
        QString shown = CliContext::printable(secret);
        QString line = KeysCommands::tr("secret:       %1").arg(shown);
        cli.out() << line << '\n';
        cli.out().flush();
        wipeString(line);
        wipeString(shown);
        cli.err() << KeysCommands::tr(
            "keydesk-cli: this is the only time Twilio shows the secret; store it now.")
                  << Qt::endl;
    }
    wipeString(secret);
    created.secret.clear();
    return ExitOk;
}

int listKeys(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addOption({ QStringLiteral("api"), KeysCommands::tr("List through iam (default) or v2010."),
                       QStringLiteral("API"), QStringLiteral("iam") });
    parser.addOption(
        { QStringLiteral("details"),
          KeysCommands::tr(
              "Fetch every key (IAM v1) to know its type and permissions; one request per key.") });
    parser.addOption({ QStringLiteral("page-size"),
                       KeysCommands::tr("Items per page, 1 to 1000 (default 1000)."), QStringLiteral("N"),
                       QStringLiteral("1000") });
    if (const int rc
        = cli.parse(parser, args, KeysCommands::tr("List every API key of the account, all pages."));
        rc >= 0)
        return rc;
    QString error;
    KeyApi api = KeyApi::Iam;
    qint64 pageSize = 1000;
    if (!apiOption(parser, &api, &error)
        || !CliContext::integerOption(parser, QStringLiteral("page-size"), &pageSize, &error))
        return cli.fail(ExitUsage, error);
    if (pageSize < 1 || pageSize > 1000)
        return cli.fail(ExitUsage, KeysCommands::tr("--page-size must be from 1 to 1000"));
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, KeysCommands::tr("keys list takes no arguments (see --help)"));
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    keys.setPageSize(int(pageSize));
    const bool showProgress = isatty(STDERR_FILENO);
    auto result = CliConnection::wait<QList<ApiKey>>([&](auto done) {
        ApiTask* task = keys.list(api, std::move(done));
        if (showProgress)
            QObject::connect(task, &ApiTask::progress, task, [&cli](qint64 items, int pages) {
                cli.err() << '\r' << KeysCommands::tr("%1 keys, %2 pages").arg(items).arg(pages) << Qt::flush;
            });
        return task;
    });
    if (showProgress)
        cli.err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    QList<ApiKey> list = result.take();

    if (parser.isSet(QStringLiteral("details")) && api == KeyApi::Iam) {
        auto detailed = CliConnection::wait<QList<ApiKey>>(
            [&](auto done) { return keys.fetchDetails(std::move(list), std::move(done)); });
        if (!detailed.ok())
            return CliConnection::fail(cli, detailed.error());
        list = detailed.take();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        // Written directly: QJsonDocument for 10,000 keys costs more than fetching them.
        QByteArray json;
        json.reserve(list.size() * 260 + 64);
        json.append("{\n  \"count\": ").append(QByteArray::number(list.size())).append(",\n  \"keys\": [");
        for (qsizetype i = 0; i < list.size(); ++i) {
            json.append(i == 0 ? "\n    " : ",\n    ");
            list.at(i).appendJson(json);
        }
        json.append(list.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        if (!cli.printJson(json))
            return cli.fail(ExitNetwork, KeysCommands::tr("cannot write to standard output"));
        return ExitOk;
    }
    QTextStream& out = cli.out();
    out << qSetFieldWidth(36) << Qt::left << KeysCommands::tr("SID") << qSetFieldWidth(12)
        << KeysCommands::tr("TYPE") << qSetFieldWidth(22) << KeysCommands::tr("CREATED") << qSetFieldWidth(0)
        << KeysCommands::tr("NAME") << '\n';
    for (const ApiKey& key : list)
        out << qSetFieldWidth(36) << CliContext::printable(key.sid) << qSetFieldWidth(12)
            << ApiKey::typeName(key.type) << qSetFieldWidth(22) << dateText(key.dateCreated)
            << qSetFieldWidth(0) << CliContext::printable(key.friendlyName) << '\n';
    out << KeysCommands::tr("%n key(s)", nullptr, int(list.size())) << '\n';
    out.flush();
    return ExitOk;
}

int showKey(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addOption({ QStringLiteral("api"),
                       KeysCommands::tr("Fetch through iam (default; includes permissions) or v2010."),
                       QStringLiteral("API"), QStringLiteral("iam") });
    parser.addPositionalArgument(QStringLiteral("SID"), KeysCommands::tr("The key's SID (SK…)."));
    if (const int rc
        = cli.parse(parser, args, KeysCommands::tr("Show one API key: name, type, dates and permissions."));
        rc >= 0)
        return rc;
    QString error;
    KeyApi api = KeyApi::Iam;
    if (!apiOption(parser, &api, &error))
        return cli.fail(ExitUsage, error);
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, KeysCommands::tr("keys show needs exactly one SID"));
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    auto result = CliConnection::wait<ApiKey>(
        [&](auto done) { return keys.fetch(parser.positionalArguments().first(), api, std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(cli, result.value().toJson());
    else
        printKey(cli, result.value());
    return ExitOk;
}

int createKey(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addOption({ QStringLiteral("name"), KeysCommands::tr("Friendly name, at most 64 characters."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("restricted"),
                       KeysCommands::tr("Create a Restricted key (IAM v1) with the given permissions.") });
    parser.addOption({ QStringLiteral("permission"),
                       KeysCommands::tr("A permission for a Restricted key (repeatable)."),
                       QStringLiteral("P") });
    parser.addOption({ QStringLiteral("policy-file"),
                       KeysCommands::tr("Permissions as {\"allow\":[…]} from FILE ('-' for stdin)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("api"),
                       KeysCommands::tr("Create through iam (default) or v2010 (Standard keys only)."),
                       QStringLiteral("API"), QStringLiteral("iam") });
    if (const int rc
        = cli.parse(parser, args,
                    KeysCommands::tr("Create a Standard or Restricted API key and print its secret, once. "
                                     "Main keys can be created "
                                     "only in the Twilio Console."));
        rc >= 0)
        return rc;
    QString error;
    KeyCreateRequest request;
    if (!apiOption(parser, &request.api, &error))
        return cli.fail(ExitUsage, error);
    if (!parser.isSet(QStringLiteral("name")))
        return cli.fail(ExitUsage, KeysCommands::tr("keys create needs --name"));
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, KeysCommands::tr("keys create takes no arguments (see --help)"));
    request.friendlyName = parser.value(QStringLiteral("name"));
    const bool hasPermissions
        = parser.isSet(QStringLiteral("permission")) || parser.isSet(QStringLiteral("policy-file"));
    request.restricted = parser.isSet(QStringLiteral("restricted")) || hasPermissions;
    if (request.restricted) {
        if (!hasPermissions)
            return cli.fail(
                ExitUsage,
                KeysCommands::tr("a Restricted key needs --permission P (repeatable) or --policy-file F"));
        if (!buildPolicy(parser, Policy(), &request.policy, &error))
            return cli.fail(ExitUsage, error);
    }
    if (const QString problem = KeyService::checkCreate(request); !problem.isEmpty())
        return cli.fail(ExitUsage, problem);
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    auto result
        = CliConnection::wait<CreatedKey>([&](auto done) { return keys.create(request, std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    return reportCreated(cli, parser, result.value());
}

int duplicateKey(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SID"), KeysCommands::tr("The key to copy (SK…)."));
    parser.addOption({ QStringLiteral("name"), KeysCommands::tr("Friendly name of the new key."),
                       QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("add"), KeysCommands::tr("Add a permission to the copy (repeatable)."),
                       QStringLiteral("P") });
    parser.addOption({ QStringLiteral("remove"),
                       KeysCommands::tr("Leave a permission out of the copy (repeatable)."),
                       QStringLiteral("P") });
    if (const int rc
        = cli.parse(parser, args,
                    KeysCommands::tr("Create a new key with the same permissions as a Restricted key, "
                                     "under a new name; prints the "
                                     "new secret once."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, KeysCommands::tr("keys duplicate needs exactly one SID"));
    if (!parser.isSet(QStringLiteral("name")))
        return cli.fail(ExitUsage, KeysCommands::tr("keys duplicate needs --name for the new key"));
    QString error;
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    KeyDuplicator duplicator(&keys, &keys);
    DuplicateRequest request;
    request.sourceSid = parser.positionalArguments().first();
    request.friendlyName = parser.value(QStringLiteral("name"));
    request.add = parser.values(QStringLiteral("add"));
    request.remove = parser.values(QStringLiteral("remove"));
    if (const QString problem = KeyService::checkFriendlyName(request.friendlyName); !problem.isEmpty())
        return cli.fail(ExitUsage, problem);
    auto result = CliConnection::wait<DuplicateResult>(
        [&](auto done) { return duplicator.duplicate(request, std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    return reportCreated(cli, parser, result.value().created);
}

int updateKey(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SID"), KeysCommands::tr("The key to change (SK…)."));
    parser.addOption(
        { QStringLiteral("name"), KeysCommands::tr("New friendly name."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("policy-file"),
                       KeysCommands::tr("Replace the permissions with {\"allow\":[…]} from FILE."),
                       QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("add"), KeysCommands::tr("Add a permission (repeatable)."), QStringLiteral("P") });
    parser.addOption({ QStringLiteral("remove"), KeysCommands::tr("Remove a permission (repeatable)."),
                       QStringLiteral("P") });
    parser.addOption({ QStringLiteral("api"),
                       KeysCommands::tr("Update through iam (default) or v2010 (name only)."),
                       QStringLiteral("API"), QStringLiteral("iam") });
    if (const int rc = cli.parse(
            parser, args,
            KeysCommands::tr(
                "Rename a key, or change a Restricted key's permissions (the change is printed first)."));
        rc >= 0)
        return rc;
    QString error;
    KeyApi api = KeyApi::Iam;
    if (!apiOption(parser, &api, &error))
        return cli.fail(ExitUsage, error);
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, KeysCommands::tr("keys update needs exactly one SID"));
    const QString sid = parser.positionalArguments().first();
    const bool policyChange = parser.isSet(QStringLiteral("policy-file"))
        || parser.isSet(QStringLiteral("add")) || parser.isSet(QStringLiteral("remove"));
    if (!parser.isSet(QStringLiteral("name")) && !policyChange)
        return cli.fail(ExitUsage,
                        KeysCommands::tr("nothing to change: give --name, --policy-file, --add or --remove"));
    if (policyChange && api == KeyApi::V2010)
        return cli.fail(ExitUsage, KeysCommands::tr("permissions can be changed only through --api iam"));
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    KeyUpdate changes;
    if (parser.isSet(QStringLiteral("name")))
        changes.friendlyName = parser.value(QStringLiteral("name"));
    if (policyChange) {
        auto current = CliConnection::wait<ApiKey>(
            [&](auto done) { return keys.fetch(sid, KeyApi::Iam, std::move(done)); });
        if (!current.ok())
            return CliConnection::fail(cli, current.error());
        if (current.value().type != ApiKey::Type::Restricted)
            return cli.fail(
                ExitUsage,
                KeysCommands::tr("key %1 is a %2 key; only Restricted keys have permissions to change")
                    .arg(CliContext::printable(sid), ApiKey::typeLabel(current.value().type)));
        const Policy before = *current.value().policy;
        Policy after;
        if (!buildPolicy(parser, before, &after, &error))
            return cli.fail(ExitUsage, error);
        if (!parser.isSet(QStringLiteral("json"))) {
            for (const QString& p : before.addedIn(after))
                cli.err() << "+ " << CliContext::printable(p) << '\n';
            for (const QString& p : before.removedIn(after))
                cli.err() << "- " << CliContext::printable(p) << '\n';
            cli.err().flush();
        }
        changes.policy = std::move(after);
    }
    auto result = CliConnection::wait<ApiKey>(
        [&](auto done) { return keys.update(sid, changes, api, std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(cli, result.value().toJson());
    else
        printKey(cli, result.value());
    return ExitOk;
}

int deleteKey(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    CliConnection::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SID"), KeysCommands::tr("The key to delete (SK…)."));
    parser.addOption(
        { QStringLiteral("yes"), KeysCommands::tr("Do not ask; needed when there is no terminal.") });
    parser.addOption({ QStringLiteral("api"), KeysCommands::tr("Delete through iam (default) or v2010."),
                       QStringLiteral("API"), QStringLiteral("iam") });
    if (const int rc = cli.parse(
            parser, args,
            KeysCommands::tr(
                "Delete an API key. Anything using it stops working at once. Asks first unless --yes."));
        rc >= 0)
        return rc;
    QString error;
    KeyApi api = KeyApi::Iam;
    if (!apiOption(parser, &api, &error))
        return cli.fail(ExitUsage, error);
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, KeysCommands::tr("keys delete needs exactly one SID"));
    const QString sid = parser.positionalArguments().first();
    if (!ApiCredentials::isKeySid(sid))
        return cli.fail(
            ExitUsage,
            KeysCommands::tr("\"%1\" is not an API key SID (SK followed by 32 hexadecimal digits)")
                .arg(CliContext::printable(sid)));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    if (!yes && !isatty(STDIN_FILENO))
        return cli.fail(
            ExitUsage,
            KeysCommands::tr("refusing to delete %1 without --yes: there is no terminal to ask on").arg(sid));
    int exitCode = ExitOk;
    const std::unique_ptr<Session> session = CliConnection::open(cli, parser, &exitCode);
    if (!session)
        return exitCode;
    KeyService& keys = *session->keys();
    if (!yes) {
        // Name the key in the question.
        auto key
            = CliConnection::wait<ApiKey>([&](auto done) { return keys.fetch(sid, api, std::move(done)); });
        if (!key.ok())
            return CliConnection::fail(cli, key.error());
        const QString question
            = KeysCommands::tr("Delete %1 key %2 \u201c%3\u201d? Anything using it stops working at once.")
                  .arg(ApiKey::typeLabel(key.value().type), sid,
                       CliContext::printable(key.value().friendlyName));
        if (const int rc = CliConnection::confirm(cli, question, false); rc >= 0)
            return rc;
    }
    auto result
        = CliConnection::wait<bool>([&](auto done) { return keys.remove(sid, api, std::move(done)); });
    if (!result.ok())
        return CliConnection::fail(cli, result.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(cli, { { QStringLiteral("deleted"), sid } });
    else
        cli.out() << KeysCommands::tr("deleted %1").arg(sid) << Qt::endl;
    return ExitOk;
}

QString keysUsage()
{
    return KeysCommands::tr(
        "usage: keydesk-cli keys <list|show|create|duplicate|update|delete> [options]\n"
        "  keys list [--api iam|v2010] [--details] [--json]\n"
        "  keys show SID [--json]\n"
        "  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]\n"
        "  keys duplicate SID --name N [--add P]… [--remove P]…\n"
        "  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…\n"
        "  keys delete SID [--yes]\n"
        "Connection: --profile NAME, else TWILIO_ACCOUNT_SID with TWILIO_API_KEY + TWILIO_API_SECRET\n"
        "or TWILIO_AUTH_TOKEN, else the active profile (keydesk-cli profiles); or --sandbox URL.\n"
        "--base-url URL, --region R, --edge E override the profile's.\n");
}

} // namespace

int runKeysCommand(CliContext& cli, const QStringList& args)
{
    // args: "keys", subcommand, options…
    return cli.runSubcommand(args, keysUsage(),
                             { { QStringLiteral("list"), listKeys },
                               { QStringLiteral("show"), showKey },
                               { QStringLiteral("create"), createKey },
                               { QStringLiteral("duplicate"), duplicateKey },
                               { QStringLiteral("update"), updateKey },
                               { QStringLiteral("delete"), deleteKey } },
                             KeysCommands::tr("unknown keys subcommand \"%1\"\n%2"));
}
