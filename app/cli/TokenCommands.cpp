#include "TokenCommands.h"

#include "CliContext.h"
#include "VaultCommands.h"
#include "core/Clock.h"
#include "core/OrderedJson.h"
#include "token/AccessTokenBuilder.h"
#include "token/TokenInspector.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace {

struct TokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)
};

OrderedJson findingsJson(const QList<Finding>& findings)
{
    OrderedJson list = OrderedJson::makeArray();
    for (const Finding& f : findings) {
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("severity"), OrderedJson::fromString(Finding::severityName(f.severity)));
        o.insert(QStringLiteral("code"), OrderedJson::fromString(f.code));
        o.insert(QStringLiteral("message"), OrderedJson::fromString(f.message));
        list.append(o);
    }
    return list;
}

OrderedJson inspectionJson(const TokenInspector::Result& r)
{
    OrderedJson o = OrderedJson::makeObject();
    if (r.ok()) {
        const JwtParts& p = r.parts();
        o.insert(QStringLiteral("header"), p.header);
        o.insert(QStringLiteral("payload"), p.payload);
        o.insert(QStringLiteral("header_json"), OrderedJson::fromString(QString::fromUtf8(p.headerJson)));
        o.insert(QStringLiteral("payload_json"), OrderedJson::fromString(QString::fromUtf8(p.payloadJson)));
        o.insert(QStringLiteral("signature_b64url"),
                 OrderedJson::fromString(QString::fromLatin1(p.signatureB64)));
    } else {
        o.insert(QStringLiteral("error"), OrderedJson::fromString(r.parse.error));
    }
    o.insert(QStringLiteral("findings"), findingsJson(r.findings));
    return o;
}

QString timeText(qint64 secs, qint64 now)
{
    return QStringLiteral("%1 (%2 UTC, %3)")
        .arg(secs)
        .arg(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             TokenInspector::relativeTime(secs, now));
}

// Indented JSON of a token part for the terminal: the JSON writer escapes C0 controls, terminalSafeJson
// the rest (C1, bidirectional controls).
QString partText(const OrderedJson& part)
{
    return QString::fromUtf8(CliContext::terminalSafeJson(part.toIndented()));
}

void printHuman(CliContext& cli, const TokenInspector::Result& r, qint64 now)
{
    QTextStream& out = cli.out();
    if (r.ok()) {
        const JwtParts& p = r.parts();
        out << TokenCommands::tr("Header") << ":\n" << partText(p.header) << "\n";
        out << TokenCommands::tr("Payload") << ":\n" << partText(p.payload) << "\n";
        out << TokenCommands::tr("Signature") << ": "
            << CliContext::printable(QString::fromLatin1(p.signatureB64)) << "\n";
        if (r.issuedAt)
            out << "  iat  " << timeText(*r.issuedAt, now) << "\n";
        if (r.notBefore)
            out << "  nbf  " << timeText(*r.notBefore, now) << "\n";
        if (r.expiresAt)
            out << "  exp  " << timeText(*r.expiresAt, now) << "\n";
    }
    // Finding messages quote claims (identity, cty, iss …) as the token has them.
    out << TokenCommands::tr("Findings") << ":\n";
    for (const Finding& f : r.findings)
        out << "  " << Finding::severityName(f.severity).leftJustified(8)
            << CliContext::printable(f.code).leftJustified(27) << CliContext::printable(f.message) << "\n";
    out.flush();
}

// A Unix time option: a whole number from 1970 to the end of year 9999, so no time arithmetic overflows.
bool timeOption(const QCommandLineParser& parser, const QString& name, qint64* value, QString* error)
{
    constexpr qint64 maxTime = 253402300799; // 9999-12-31T23:59:59Z
    if (!CliContext::integerOption(parser, name, value, error))
        return false;
    if (*value < 0 || *value > maxTime) {
        *error = TokenCommands::tr("--%1 must be a Unix time between 0 and %2 (the end of year 9999), not %3")
                     .arg(name)
                     .arg(maxTime)
                     .arg(*value);
        return false;
    }
    return true;
}

// Malformed input, alg none and algorithms KeyDesk cannot check are "usage or malformed input".
bool isMalformed(const TokenInspector::Result& r)
{
    return r.has(u"malformed") || r.has(u"alg-none");
}

int decodeOrVerify(CliContext& cli, const QStringList& args, bool verify)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("token"),
                                 TokenCommands::tr("The token, or - to read it from standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    parser.addOption({ QStringLiteral("json"), TokenCommands::tr("Print one JSON object instead of text.") });
    parser.addOption({ QStringLiteral("at"),
                       TokenCommands::tr("Check times as of this Unix time instead of now."),
                       QStringLiteral("UNIX") });
    if (verify) {
        CliContext::addSecretOptions(parser, TokenCommands::tr("API key secret"), true);
        parser.addOption(
            { QStringLiteral("vault"),
              TokenCommands::tr(
                  "Use the secret of the issuing key (the token's iss) from the system keychain.") });
        parser.addOption({ QStringLiteral("signature-only"),
                           TokenCommands::tr("Check the signature alone: exit 0 when it matches the secret, "
                                             "whatever the times and Twilio's other rules say.") });
    }
    const int parsed = cli.parse(
        parser, args,
        verify ? TokenCommands::tr(
            "Verify an Access Token as Twilio would accept it and list the findings. Exit 0 when the "
            "signature matches and no finding is an error; 1 when the signature is invalid or an error "
            "holds (expired, not yet valid, ttl over 24 h, cty missing, issuer not an API key …); 2 "
            "malformed. --signature-only checks the signature alone.")
               : TokenCommands::tr(
                   "Decode an Access Token and list the findings. Exit 0 decoded, 2 malformed."));
    if (parsed >= 0)
        return parsed;

    QString error;
    qint64 now = Clock::system().currentSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("at")) && !timeOption(parser, QStringLiteral("at"), &now, &error))
        return cli.fail(ExitUsage, error);

    const QStringList positional = parser.positionalArguments();
    SecretBytes secret;
    const bool fromVault = verify && parser.isSet(QStringLiteral("vault"));
    if (verify && !fromVault) {
        if (CliContext::secretUsesStdin(parser) && (positional.isEmpty() || positional.first() == u"-"))
            return cli.fail(
                ExitUsage,
                TokenCommands::tr("the token and the secret cannot both come from standard input"));
        if (!CliContext::readSecret(parser, &secret, &error))
            return cli.fail(ExitUsage, error);
    }
    QByteArray input;
    if (!CliContext::readInputArgument(positional, &input, &error))
        return cli.fail(ExitUsage, error);
    if (fromVault) {
        if (parser.isSet(QStringLiteral("secret-env")) || parser.isSet(QStringLiteral("secret-file"))
            || CliContext::secretUsesStdin(parser))
            return cli.fail(ExitUsage,
                            TokenCommands::tr("use either --vault or one secret option, not both"));
        // The key is named by the token itself; a malformed token is reported by the inspection below.
        const JwtParseResult parsed = Jwt::parse(input);
        const OrderedJson* iss = parsed.ok ? parsed.parts.payload.find(u"iss") : nullptr;
        if (parsed.ok && !(iss && iss->isString()))
            return cli.fail(
                ExitUsage,
                TokenCommands::tr("the token has no iss, so there is no key to look up in the keychain"));
        if (iss && iss->isString()) {
            if (const int code = readVaultedKeySecret(iss->toString(), &secret, &error))
                return cli.fail(code, error);
        }
    }

    TokenInspector::Options options;
    options.now = now;
    options.secret = secret.view();
    const TokenInspector::Result result = TokenInspector::inspect(input, options);

    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(inspectionJson(result).toCompact());
    else
        printHuman(cli, result, now);

    if (!result.ok())
        return cli.fail(ExitUsage, result.parse.error);
    if (isMalformed(result)) {
        for (const Finding& f : result.findings) {
            if (f.code == u"malformed" || f.code == u"alg-none")
                return cli.fail(ExitUsage, f.message);
        }
    }
    if (!verify)
        return ExitOk;
    if (result.signature != TokenInspector::SignatureState::Verified) {
        if (result.signature == TokenInspector::SignatureState::Unchecked)
            return cli.fail(
                ExitUsage,
                TokenCommands::tr("this token's algorithm cannot be verified with a shared secret"));
        return cli.fail(ExitNegative, TokenCommands::tr("invalid signature"));
    }
    if (!parser.isSet(QStringLiteral("signature-only"))) {
        // Whether Twilio would accept the token: every error-severity finding is a reason it would not.
        QStringList errors;
        for (const Finding& f : result.findings)
            if (f.severity == Finding::Severity::Error && !errors.contains(f.code))
                errors << f.code;
        if (errors == QStringList { QStringLiteral("expired") })
            return cli.fail(ExitNegative,
                            TokenCommands::tr("the signature is valid but the token has expired"));
        if (errors == QStringList { QStringLiteral("not-yet-valid") })
            return cli.fail(ExitNegative,
                            TokenCommands::tr("the signature is valid but the token is not valid yet (nbf)"));
        if (!errors.isEmpty())
            return cli.fail(ExitNegative,
                            TokenCommands::tr("the signature is valid but Twilio would reject the token: %1 "
                                              "(see the findings)")
                                .arg(errors.join(QStringLiteral(", "))));
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        cli.out() << TokenCommands::tr("Signature verified.") << "\n";
        cli.out().flush();
    }
    return ExitOk;
}

int build(CliContext& cli, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("account-sid"), TokenCommands::tr("Account SID (AC…)."), QStringLiteral("AC") });
    parser.addOption({ QStringLiteral("key-sid"),
                       TokenCommands::tr("API key SID (SK…) that signs the token."), QStringLiteral("SK") });
    parser.addOption(
        { QStringLiteral("identity"), TokenCommands::tr("The client identity."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("ttl"),
                       TokenCommands::tr("Lifetime in seconds (default 3600, at most 86400)."),
                       QStringLiteral("S"), QStringLiteral("3600") });
    parser.addOption(
        { QStringLiteral("nbf"), TokenCommands::tr("Not-before as a Unix time."), QStringLiteral("UNIX") });
    parser.addOption({ QStringLiteral("region"),
                       TokenCommands::tr("Region for the twr header: us1, ie1 or au1."),
                       QStringLiteral("R") });
    parser.addOption({ QStringLiteral("now"),
                       TokenCommands::tr("Build as if the time were UNIX (reproducible output)."),
                       QStringLiteral("UNIX") });
    parser.addOption({ QStringLiteral("alg"),
                       TokenCommands::tr("Signing algorithm; Twilio accepts HS256 only."),
                       QStringLiteral("ALG"), QStringLiteral("HS256") });
    parser.addOption(
        { QStringLiteral("grants-json"),
          TokenCommands::tr("The grants object in Twilio's wire format, from FILE or - (stdin)."),
          QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("json"), TokenCommands::tr("Print {token, header_json, payload_json} as JSON.") });
    CliContext::addSecretOptions(parser, TokenCommands::tr("API key secret"), true);
    parser.addOption({ QStringLiteral("vault"),
                       TokenCommands::tr("Use the --key-sid key's secret from the system keychain.") });
    const int parsed = cli.parse(parser, args, TokenCommands::tr("Build and sign a Twilio Access Token."));
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(
            ExitUsage,
            TokenCommands::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    QString error;
    for (const char* required : { "account-sid", "key-sid", "identity" }) {
        if (!parser.isSet(QLatin1String(required)))
            return cli.fail(ExitUsage, TokenCommands::tr("--%1 is required").arg(QLatin1String(required)));
    }
    qint64 ttl = 0;
    if (!CliContext::integerOption(parser, QStringLiteral("ttl"), &ttl, &error))
        return cli.fail(ExitUsage, error);
    if (ttl < 1 || ttl > AccessTokenBuilder::MaxTtl)
        return cli.fail(ExitUsage,
                        TokenCommands::tr("--ttl %1 is out of range: 1 to %2 seconds (24 h); Twilio rejects "
                                          "longer tokens with error 20157")
                            .arg(ttl)
                            .arg(AccessTokenBuilder::MaxTtl));
    FixedClock clock(Clock::system().currentSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("now"))) {
        qint64 now = 0;
        if (!timeOption(parser, QStringLiteral("now"), &now, &error))
            return cli.fail(ExitUsage, error);
        clock.setCurrentSecsSinceEpoch(now);
    }
    const JwtAlgorithm alg = jwtAlgorithmFromName(parser.value(QStringLiteral("alg")));
    if (alg != JwtAlgorithm::HS256)
        return cli.fail(ExitUsage,
                        TokenCommands::tr("--alg %1 is not supported for building: Twilio accepts HS256 only "
                                          "(HS384/HS512 can be inspected)")
                            .arg(parser.value(QStringLiteral("alg"))));

    AccessTokenBuilder builder(clock);
    builder.setAccountSid(parser.value(QStringLiteral("account-sid")));
    builder.setKeySid(parser.value(QStringLiteral("key-sid")));
    builder.setIdentity(parser.value(QStringLiteral("identity")));
    builder.setTtl(ttl);
    builder.setRegion(parser.value(QStringLiteral("region")));
    if (parser.isSet(QStringLiteral("nbf"))) {
        qint64 nbf = 0;
        if (!timeOption(parser, QStringLiteral("nbf"), &nbf, &error))
            return cli.fail(ExitUsage, error);
        builder.setNotBefore(nbf);
    }
    if (parser.isSet(QStringLiteral("grants-json"))) {
        const QString path = parser.value(QStringLiteral("grants-json"));
        if (path == u"-" && CliContext::secretUsesStdin(parser))
            return cli.fail(
                ExitUsage,
                TokenCommands::tr("the grants and the secret cannot both come from standard input"));
        QByteArray json;
        if (!CliContext::readFileArgument(path, &json, &error, 1 << 20))
            return cli.fail(ExitUsage, error);
        QList<Grant> grants;
        if (!GrantCatalog::fromWireJson(json, &grants, &error))
            return cli.fail(ExitUsage, error);
        builder.setGrants(grants);
    }
    const QStringList problems = builder.validate();
    if (!problems.isEmpty())
        return cli.fail(ExitUsage, problems.join(QLatin1Char(' ')));

    SecretBytes secret;
    if (parser.isSet(QStringLiteral("vault"))) {
        if (parser.isSet(QStringLiteral("secret-env")) || parser.isSet(QStringLiteral("secret-file"))
            || CliContext::secretUsesStdin(parser))
            return cli.fail(ExitUsage,
                            TokenCommands::tr("use either --vault or one secret option, not both"));
        if (const int code = readVaultedKeySecret(parser.value(QStringLiteral("key-sid")), &secret, &error))
            return cli.fail(code, error);
    } else if (!CliContext::readSecret(parser, &secret, &error)) {
        return cli.fail(ExitUsage, error);
    }
    const AccessTokenBuilder::Result result = builder.build(secret.view());
    if (!result.ok)
        return cli.fail(ExitUsage, result.errors.join(QLatin1Char(' ')));
    if (parser.isSet(QStringLiteral("json"))) {
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("token"), OrderedJson::fromString(QString::fromLatin1(result.token)));
        o.insert(QStringLiteral("header_json"),
                 OrderedJson::fromString(QString::fromUtf8(result.headerJson)));
        o.insert(QStringLiteral("payload_json"),
                 OrderedJson::fromString(QString::fromUtf8(result.payloadJson)));
        cli.printJson(o.toCompact());
        return ExitOk;
    }
    cli.out() << QString::fromLatin1(result.token) << "\n";
    cli.out().flush();
    return ExitOk;
}

} // namespace

int runTokenCommand(CliContext& cli, const QStringList& args)
{
    const QString usage
        = TokenCommands::tr("usage: keydesk-cli token decode|verify|build [options]   (--help on each)");
    if (args.size() < 2)
        return cli.fail(ExitUsage, usage);
    const QString sub = args.at(1);
    QStringList rest = args.mid(1);
    rest[0] = QStringLiteral("keydesk-cli token ") + sub;
    if (sub == u"decode")
        return decodeOrVerify(cli, rest, false);
    if (sub == u"verify")
        return decodeOrVerify(cli, rest, true);
    if (sub == u"build")
        return build(cli, rest);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        cli.out() << usage << "\n";
        cli.out().flush();
        return ExitOk;
    }
    return cli.fail(ExitUsage, TokenCommands::tr("unknown token command \"%1\"; %2").arg(sub, usage));
}
