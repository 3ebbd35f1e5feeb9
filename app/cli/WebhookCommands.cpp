#include "WebhookCommands.h"

#include "CliContext.h"
#include "core/OrderedJson.h"
#include "token/WebhookSignature.h"

#include <QCommandLineParser>
#include <QUrlQuery>

namespace {

struct WebhookCommands
{
    Q_DECLARE_TR_FUNCTIONS(WebhookCommands)
};

// --param NAME=VALUE (repeatable) and --params-file FILE (form-encoded, or a JSON object of strings or
// arrays of strings).
bool collectParams(const QCommandLineParser& parser, WebhookSignature::Params* params, QString* error)
{
    for (const QString& p : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = p.indexOf(u'=');
        if (eq <= 0) {
            *error
                = WebhookCommands::tr("--param needs NAME=VALUE, got \"%1\"").arg(CliContext::printable(p));
            return false;
        }
        params->append({ p.left(eq), p.mid(eq + 1) });
    }
    if (!parser.isSet(QStringLiteral("params-file")))
        return true;
    QByteArray data;
    if (!CliContext::readFileArgument(parser.value(QStringLiteral("params-file")), &data, error, 4 << 20))
        return false;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{')) {
        OrderedJson::ParseError parseError;
        const auto doc = OrderedJson::parse(trimmed, &parseError, 8);
        if (!doc || !doc->isObject()) {
            *error = doc ? WebhookCommands::tr("the parameters file must hold a JSON object")
                         : WebhookCommands::tr("the parameters file is not valid JSON: %1 at byte %2")
                               .arg(parseError.message)
                               .arg(parseError.offset + 1);
            return false;
        }
        for (const auto& m : doc->members()) {
            const auto addValue = [&](const OrderedJson& v) {
                if (v.isString())
                    params->append({ m.key, v.toString() });
                else if (v.isNumber() || v.isBool())
                    params->append({ m.key, QString::fromUtf8(v.toCompact()) });
                else
                    return false;
                return true;
            };
            bool ok = true;
            if (m.value.isArray()) {
                for (const OrderedJson& item : m.value.items())
                    ok = ok && addValue(item);
            } else {
                ok = addValue(m.value);
            }
            if (!ok) {
                *error = WebhookCommands::tr("parameter \"%1\" must be a string or a list of strings")
                             .arg(CliContext::printable(m.key));
                return false;
            }
        }
        return true;
    }
    // application/x-www-form-urlencoded, as Twilio posts it.
    const QUrlQuery query(QString::fromUtf8(trimmed).replace(u'+', u' '));
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        params->append(item);
    return true;
}

int signOrVerify(CliContext& cli, const QStringList& args, bool verify)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("url"),
          WebhookCommands::tr("The full URL Twilio requested (scheme, host, port, path, query)."),
          QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("param"),
                       WebhookCommands::tr("A form parameter NAME=VALUE; repeat for each."),
                       QStringLiteral("NAME=VALUE") });
    parser.addOption({ QStringLiteral("params-file"),
                       WebhookCommands::tr("Form parameters from FILE or -: form-encoded, or a JSON object."),
                       QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("body-file"),
          WebhookCommands::tr(
              "A JSON body from FILE or -; the URL gets bodySHA256 and no parameters are signed."),
          QStringLiteral("FILE") });
    if (verify)
        parser.addOption({ QStringLiteral("signature"),
                           WebhookCommands::tr("The X-Twilio-Signature header that was received."),
                           QStringLiteral("SIG") });
    parser.addOption({ QStringLiteral("json"), WebhookCommands::tr("Print the result as JSON.") });
    CliContext::addSecretOptions(parser, WebhookCommands::tr("auth token"), false);
    const int parsed = cli.parse(
        parser, args,
        verify ? WebhookCommands::tr("Check an X-Twilio-Signature. Exit 0 valid, 1 invalid, 2 usage.")
               : WebhookCommands::tr("Compute the X-Twilio-Signature Twilio would send."));
    if (parsed >= 0)
        return parsed;

    QString error;
    if (!parser.isSet(QStringLiteral("url")))
        return cli.fail(ExitUsage, WebhookCommands::tr("--url is required"));
    if (verify && !parser.isSet(QStringLiteral("signature")))
        return cli.fail(ExitUsage, WebhookCommands::tr("--signature is required"));
    const bool body = parser.isSet(QStringLiteral("body-file"));
    if (body && (parser.isSet(QStringLiteral("param")) || parser.isSet(QStringLiteral("params-file"))))
        return cli.fail(
            ExitUsage,
            WebhookCommands::tr(
                "a JSON body and form parameters cannot be combined; Twilio sends one or the other"));
    int stdinUsers = int(CliContext::secretUsesStdin(parser))
        + int(parser.value(QStringLiteral("params-file")) == u"-")
        + int(parser.value(QStringLiteral("body-file")) == u"-");
    if (stdinUsers > 1)
        return cli.fail(ExitUsage, WebhookCommands::tr("only one input can come from standard input"));
    const QString url = parser.value(QStringLiteral("url"));
    if (!url.contains(u"://"))
        return cli.fail(ExitUsage,
                        WebhookCommands::tr("--url must be a full URL such as https://example.com/sms"));

    WebhookSignature::Params params;
    QByteArray bodyBytes;
    if (body) {
        if (!CliContext::readFileArgument(parser.value(QStringLiteral("body-file")), &bodyBytes, &error,
                                          16 << 20))
            return cli.fail(ExitUsage, error);
    } else if (!collectParams(parser, &params, &error)) {
        return cli.fail(ExitUsage, error);
    }
    SecretBytes token;
    if (!CliContext::readSecret(parser, &token, &error))
        return cli.fail(ExitUsage, error);

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!verify) {
        const QString signedUrl = body ? WebhookSignature::urlWithBodyHash(url, bodyBytes) : url;
        const QString signature = WebhookSignature::compute(token.view(), signedUrl, params);
        if (json) {
            OrderedJson o = OrderedJson::makeObject();
            o.insert(QStringLiteral("url"), OrderedJson::fromString(signedUrl));
            o.insert(QStringLiteral("string_to_sign"),
                     OrderedJson::fromString(
                         QString::fromUtf8(WebhookSignature::stringToSign(signedUrl, params))));
            o.insert(QStringLiteral("signature"), OrderedJson::fromString(signature));
            cli.printJson(o.toCompact());
            return ExitOk;
        }
        if (body)
            cli.out() << WebhookCommands::tr("URL with bodySHA256: %1").arg(CliContext::printable(signedUrl))
                      << "\n";
        cli.out() << signature << "\n";
        cli.out().flush();
        return ExitOk;
    }

    const QString signature = parser.value(QStringLiteral("signature"));
    const WebhookSignature::Validation v = body
        ? WebhookSignature::validateWithBody(token.view(), url, bodyBytes, signature)
        : WebhookSignature::validate(token.view(), url, params, signature);
    if (json) {
        OrderedJson o = OrderedJson::makeObject();
        o.insert(QStringLiteral("valid"), OrderedJson::fromBool(v.valid));
        o.insert(QStringLiteral("matched_variant"), OrderedJson::fromString(v.matchedVariant));
        OrderedJson tried = OrderedJson::makeArray();
        for (const QString& t : v.triedVariants)
            tried.append(OrderedJson::fromString(t));
        o.insert(QStringLiteral("tried"), tried);
        if (v.bodyChecked)
            o.insert(QStringLiteral("body_hash_matches"), OrderedJson::fromBool(v.bodyHashMatches));
        o.insert(QStringLiteral("message"), OrderedJson::fromString(v.message));
        cli.printJson(o.toCompact());
    } else {
        // The message and the variants quote the URL as given, which may come from a request log.
        cli.out() << CliContext::printable(v.message) << "\n";
        for (const QString& t : v.triedVariants)
            cli.out() << "  " << WebhookCommands::tr("tried") << " " << CliContext::printable(t) << "\n";
        cli.out().flush();
    }
    return v.valid ? ExitOk : ExitNegative;
}

} // namespace

int runWebhookCommand(CliContext& cli, const QStringList& args)
{
    const QString usage
        = WebhookCommands::tr("usage: keydesk-cli webhook sign|verify [options]   (--help on each)");
    if (args.size() < 2)
        return cli.fail(ExitUsage, usage);
    const QString sub = args.at(1);
    QStringList rest = args.mid(1);
    rest[0] = QStringLiteral("keydesk-cli webhook ") + sub;
    if (sub == u"sign")
        return signOrVerify(cli, rest, false);
    if (sub == u"verify")
        return signOrVerify(cli, rest, true);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        cli.out() << usage << "\n";
        cli.out().flush();
        return ExitOk;
    }
    return cli.fail(ExitUsage, WebhookCommands::tr("unknown webhook command \"%1\"; %2").arg(sub, usage));
}
