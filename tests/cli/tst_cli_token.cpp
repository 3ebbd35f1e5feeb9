#include "CliRunner.h"
#include "TestEnvironment.h"
#include "TokenVectors.h"
#include "token/Base64Url.h"
#include "token/Jwt.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <sys/stat.h>

namespace {

const QString kSecretVar = QStringLiteral("KEYDESK_TEST_SECRET");

QList<QPair<QString, QByteArray>> secretEnv(const QByteArray& secret)
{
    return { { kSecretVar, secret } };
}

QStringList secretArgs()
{
    return { QStringLiteral("--secret-env"), kSecretVar };
}

std::optional<OrderedJson> parseOutput(const QByteArray& out)
{
    return OrderedJson::parse(out.trimmed());
}

QByteArray fakeToken(const QByteArray& header, const QByteArray& payload,
                     const QByteArray& signature = "c2ln")
{
    return Base64Url::encode(header) + '.' + Base64Url::encode(payload) + '.' + signature;
}

// A token with the given JSON, correctly signed (HS256) with secret.
QByteArray signedToken(const QByteArray& header, const QByteArray& payload, const QByteArray& secret)
{
    const QByteArray input = Base64Url::encode(header) + '.' + Base64Url::encode(payload);
    return input + '.' + Jwt::sign(JwtAlgorithm::HS256, secret, input);
}

// Bytes that drive a terminal: ESC (CSI, OSC), BEL, C1 CSI (U+009B) and the right-to-left override.
bool hasTerminalControls(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n') || u == 0x7f)
            return true;
    }
    return bytes.contains("\xc2\x9b") || bytes.contains("\xc2\x85") || bytes.contains("\xe2\x80\xae")
        || bytes.contains("\xe2\x81\xa6");
}

const QByteArray hostile = "\x1b]0;owned\x07\x1b[2J\xc2\x9b"
                           "31m\xe2\x80\xae\xe2\x81\xa6";

} // namespace

class TestCliToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeOptionsOutOfRangeAreRefused_data();
    void timeOptionsOutOfRangeAreRefused();

    void decodeJsonReproducesEveryVector_data();
    void decodeJsonReproducesEveryVector();
    void decodeReadsStandardInput();
    void decodeHumanOutput();

    void buildReproducesEveryVector_data();
    void buildReproducesEveryVector();
    void buildRefusesTtlOverTheMaximum();
    void buildRefusesOtherAlgorithms();
    void buildUsageErrors_data();
    void buildUsageErrors();

    void verifyExitCodes_data();
    void verifyExitCodes();
    void verifyJsonOutput();
    void secretSources();

    void malformedInputExitsTwo_data();
    void malformedInputExitsTwo();

    void noSecretOnTheCommandLine_data();
    void noSecretOnTheCommandLine();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void unknownCommands();

    void jsonwebtokenVerifiesABuiltToken();

    void hostileClaimsAreShownEscaped_data();
    void hostileClaimsAreShownEscaped();
    void verifyAnswersWhetherTwilioAcceptsTheToken_data();
    void verifyAnswersWhetherTwilioAcceptsTheToken();
    void secretFileMustBeASmallRegularFile();
    void secretStdinHonoursItsLimit();
    void secretOptionValuesAreNeverEchoed_data();
    void secretOptionValuesAreNeverEchoed();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString& name, const QByteArray& data);
};

void TestCliToken::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
}

QString TestCliToken::writeFile(const QString& name, const QByteArray& data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(data);
    return file.fileName();
}

void TestCliToken::decodeJsonReproducesEveryVector_data()
{
    QTest::addColumn<int>("index");
    const auto tokens = TokenVectors::accessTokens();
    for (int i = 0; i < tokens.size(); ++i)
        QTest::newRow(qPrintable(tokens[i].name)) << i;
}

void TestCliToken::decodeJsonReproducesEveryVector()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    const CliRun run
        = runCli({ QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--json"),
                   QStringLiteral("--at"), QString::number(*v.exp - 1), QString::fromLatin1(v.token) });
    QVERIFY_EXIT(run, 0);
    const auto doc = parseOutput(run.out);
    QVERIFY2(doc && doc->isObject(), "stdout is not one JSON object");
    // The decoded bytes exactly as received, key order and escaping included.
    QCOMPARE(TokenVectors::stringAt(*doc, u"header_json").toUtf8(), v.headerJson);
    QCOMPARE(TokenVectors::stringAt(*doc, u"payload_json").toUtf8(), v.payloadJson);
    QCOMPARE(TokenVectors::stringAt(*doc, u"signature_b64url").toLatin1(), v.signatureB64);
    QVERIFY(doc->find(u"header") && *doc->find(u"header") == v.header);
    QVERIFY(doc->find(u"payload") && *doc->find(u"payload") == v.payload);
    const OrderedJson* findings = doc->find(u"findings");
    QVERIFY(findings && findings->isArray());
    QStringList codes;
    for (const OrderedJson& f : findings->items()) {
        const QString severity = TokenVectors::stringAt(f, u"severity");
        QVERIFY(severity == u"info" || severity == u"warning" || severity == u"error");
        QVERIFY(!TokenVectors::stringAt(f, u"message").isEmpty());
        codes << TokenVectors::stringAt(f, u"code");
    }
    QVERIFY(codes.contains(QStringLiteral("signature-unchecked"))); // decode never verifies
    QVERIFY(!codes.contains(QStringLiteral("expired")));
}

void TestCliToken::decodeReadsStandardInput()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const CliRun run = runCli(
        { QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-") },
        "Bearer " + v.token + "\n");
    QVERIFY_EXIT(run, 0);
    const auto doc = parseOutput(run.out);
    QVERIFY(doc);
    QCOMPARE(TokenVectors::stringAt(*doc, u"payload_json").toUtf8(), v.payloadJson);
    // No argument at all also means standard input when it is not a terminal.
    const CliRun implicit
        = runCli({ QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--json") }, v.token);
    QVERIFY_EXIT(implicit, 0);
    const auto implicitDoc = parseOutput(implicit.out);
    QVERIFY(implicitDoc);
    QCOMPARE(TokenVectors::stringAt(*implicitDoc, u"header_json").toUtf8(), v.headerJson);
}

void TestCliToken::decodeHumanOutput()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const CliRun run = runCli({ QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--at"),
                                QString::number(*v.exp), QString::fromLatin1(v.token) });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("\"grants\": {"));
    QVERIFY(run.out.contains("expired"));
    QVERIFY(run.out.contains("2023-11-14 23:13:20 UTC"));
}

void TestCliToken::buildReproducesEveryVector_data()
{
    QTest::addColumn<int>("index");
    const auto tokens = TokenVectors::accessTokens();
    for (int i = 0; i < tokens.size(); ++i) {
        // Not the docs sample (unknown secret), not ttl_over_max (refused: buildRefusesTtlOverTheMaximum).
        if (tokens[i].hasKnownSecret() && tokens[i].name != u"ttl_over_max")
            QTest::newRow(qPrintable(tokens[i].name)) << i;
    }
}

void TestCliToken::buildReproducesEveryVector()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QString grantsFile = writeFile(v.name + QStringLiteral(".grants.json"), v.wireGrantsJson());
    QVERIFY(!grantsFile.isEmpty());
    QStringList args = { QStringLiteral("token"),
                         QStringLiteral("build"),
                         QStringLiteral("--json"),
                         QStringLiteral("--account-sid"),
                         TokenVectors::stringAt(v.inputs, u"accountSid"),
                         QStringLiteral("--key-sid"),
                         TokenVectors::stringAt(v.inputs, u"apiKeySid"),
                         QStringLiteral("--identity"),
                         v.identity(),
                         QStringLiteral("--now"),
                         QString::number(*TokenVectors::integerAt(v.inputs, u"frozen_now_unix")),
                         QStringLiteral("--grants-json"),
                         grantsFile };
    args << secretArgs();
    if (const OrderedJson* options = v.inputs.find(u"options")) {
        for (const OrderedJson::Member& m : options->members()) {
            args << QStringLiteral("--") + m.key
                 << (m.value.isString() ? m.value.toString() : QString::fromUtf8(m.value.toCompact()));
        }
    }
    const CliRun run = runCli(args, {}, secretEnv(c.apiSecret));
    QVERIFY_EXIT(run, 0);
    QVERIFY(!run.mentions(c.apiSecret));
    const auto doc = parseOutput(run.out);
    QVERIFY(doc);
    const QByteArray token = TokenVectors::stringAt(*doc, u"token").toLatin1();
    const QByteArray headerJson = TokenVectors::stringAt(*doc, u"header_json").toUtf8();
    const QByteArray payloadJson = TokenVectors::stringAt(*doc, u"payload_json").toUtf8();
    const JwtParseResult parsed = Jwt::parse(token);
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.parts.headerJson, headerJson);
    QCOMPARE(parsed.parts.payloadJson, payloadJson);
    QVERIFY(Jwt::verify(parsed.parts, c.apiSecret));

    if (v.name == u"python_layout_emulated") {
        // keydesk-cli writes node's layout; python's differs in order and in iat/nbf. Same grants and times.
        auto ours = OrderedJson::parse(payloadJson);
        QVERIFY(ours);
        for (const char* claim : { "jti", "iss", "sub", "exp" })
            QVERIFY2(*ours->find(QString::fromLatin1(claim)) == *v.payload.find(QString::fromLatin1(claim)),
                     claim);
        const OrderedJson* theirGrants = v.payload.find(u"grants");
        for (const OrderedJson::Member& m : theirGrants->members())
            QVERIFY2(*ours->find(u"grants")->find(m.key) == m.value, qPrintable(m.key));
        QCOMPARE(ours->find(u"grants")->size(), theirGrants->size());
        return;
    }
    QCOMPARE(payloadJson, v.payloadJson);
    if (v.algorithm == u"HS256") {
        QCOMPARE(headerJson, v.headerJson);
        QCOMPARE(token, v.token);
    } else {
        // HS512 is refused for building (buildRefusesOtherAlgorithms); the HS256 header is node's otherwise.
        QCOMPARE(headerJson, QByteArray(v.headerJson).replace(v.algorithm.toLatin1(), "HS256"));
    }
}

void TestCliToken::buildRefusesTtlOverTheMaximum()
{
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const CliRun run = runCli({ QStringLiteral("token"), QStringLiteral("build"),
                                QStringLiteral("--account-sid"), c.accountSid, QStringLiteral("--key-sid"),
                                c.apiKeySid, QStringLiteral("--identity"), QStringLiteral("mallory"),
                                QStringLiteral("--ttl"), QStringLiteral("90000"), QStringLiteral("--now"),
                                QStringLiteral("1700000000"), QStringLiteral("--secret-env"), kSecretVar },
                              {}, secretEnv(c.apiSecret));
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("90000"));
    QVERIFY(run.err.contains("86400"));
    QVERIFY(run.err.contains("20157"));
    QVERIFY(!run.mentions(c.apiSecret));
}

void TestCliToken::buildRefusesOtherAlgorithms()
{
    const TokenVectors::Credentials c = TokenVectors::credentials();
    for (const char* alg : { "HS512", "none", "RS256" }) {
        const CliRun run = runCli(
            { QStringLiteral("token"), QStringLiteral("build"), QStringLiteral("--account-sid"), c.accountSid,
              QStringLiteral("--key-sid"), c.apiKeySid, QStringLiteral("--identity"), QStringLiteral("a"),
              QStringLiteral("--alg"), QLatin1String(alg), QStringLiteral("--secret-env"), kSecretVar },
            {}, secretEnv(c.apiSecret));
        QVERIFY_EXIT(run, 2);
        QVERIFY(run.err.contains("HS256"));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliToken::buildUsageErrors_data()
{
    const TokenVectors::Credentials c = TokenVectors::credentials();
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    const QStringList base = { QStringLiteral("token"),         QStringLiteral("build"),
                               QStringLiteral("--account-sid"), c.accountSid,
                               QStringLiteral("--key-sid"),     c.apiKeySid,
                               QStringLiteral("--identity"),    QStringLiteral("alice") };
    QTest::newRow("no secret option") << base << QByteArray("--secret-env");
    QTest::newRow("two secret options")
        << (base + secretArgs() + QStringList { QStringLiteral("--secret-stdin") }) << QByteArray("only one");
    QTest::newRow("missing identity") << (base.mid(0, 6) + secretArgs()) << QByteArray("--identity");
    QTest::newRow("ttl not a number")
        << (base + secretArgs() + QStringList { QStringLiteral("--ttl"), QStringLiteral("1h") })
        << QByteArray("whole number");
    QTest::newRow("ttl zero") << (base + secretArgs()
                                  + QStringList { QStringLiteral("--ttl"), QStringLiteral("0") })
                              << QByteArray("out of range");
    QTest::newRow("unknown region") << (base + secretArgs()
                                        + QStringList { QStringLiteral("--region"), QStringLiteral("eu1") })
                                    << QByteArray("eu1");
    QTest::newRow("restricted-looking key SID")
        << QStringList { QStringLiteral("token"),         QStringLiteral("build"),
                         QStringLiteral("--account-sid"), c.accountSid,
                         QStringLiteral("--key-sid"),     c.accountSid,
                         QStringLiteral("--identity"),    QStringLiteral("a"),
                         QStringLiteral("--secret-env"),  kSecretVar }
        << QByteArray("SK");
    QTest::newRow("missing grants file")
        << (base + secretArgs()
            + QStringList { QStringLiteral("--grants-json"), QStringLiteral("/nonexistent/g.json") })
        << QByteArray("/nonexistent/g.json");
    QTest::newRow("positional argument")
        << (base + secretArgs() + QStringList { QStringLiteral("extra") }) << QByteArray("extra");
    QTest::newRow("unset secret variable")
        << (base + QStringList { QStringLiteral("--secret-env"), QStringLiteral("KEYDESK_UNSET_VAR") })
        << QByteArray("--secret-env");
}

void TestCliToken::buildUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    const CliRun run = runCli(args, {}, secretEnv(secret));
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mention), run.err.constData());
    QVERIFY(!run.mentions(secret));
}

void TestCliToken::verifyExitCodes_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mention");
    const TokenVectors::Credentials c = TokenVectors::credentials();
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        if (!v.hasKnownSecret())
            continue;
        const QByteArray name = v.name.toUtf8();
        if (v.name == u"ttl_over_max") // signed right, but Twilio refuses a ttl over 24 h
            QTest::newRow(name + " valid at exp-1")
                << v.token << c.apiSecret << *v.exp - 1 << 1 << QByteArray("ttl-over-24h");
        else
            QTest::newRow(name + " valid at exp-1")
                << v.token << c.apiSecret << *v.exp - 1 << 0 << QByteArray();
        QTest::newRow(name + " expired at exp")
            << v.token << c.apiSecret << *v.exp << 1 << QByteArray("expired");
        QTest::newRow(name + " wrong secret")
            << v.token << c.wrongSecret << *v.exp - 1 << 1 << QByteArray("invalid signature");
        if (v.nbf)
            QTest::newRow(name + " before nbf")
                << v.token << c.apiSecret << *v.nbf - 1 << 1 << QByteArray("not valid yet");
    }
    const TokenVectors::AccessToken first = TokenVectors::accessTokens().first();
    QTest::newRow("malformed") << first.token.left(first.token.lastIndexOf('.')) << c.apiSecret
                               << qint64(1700000001) << 2 << QByteArray("segments");
    QTest::newRow("alg none") << fakeToken(R"({"alg":"none"})", first.payloadJson, QByteArray())
                              << c.apiSecret << qint64(1700000001) << 2 << QByteArray("alg");
    QTest::newRow("RS256") << fakeToken(R"({"alg":"RS256","typ":"JWT"})", first.payloadJson) << c.apiSecret
                           << qint64(1700000001) << 2 << QByteArray("cannot be verified");
}

void TestCliToken::verifyExitCodes()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, secret);
    QFETCH(qint64, at);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mention);
    const CliRun run
        = runCli({ QStringLiteral("token"), QStringLiteral("verify"), QString::fromLatin1(token),
                   QStringLiteral("--at"), QString::number(at), QStringLiteral("--secret-env"), kSecretVar },
                 {}, secretEnv(secret));
    QVERIFY_EXIT(run, exitCode);
    QVERIFY(!run.mentions(secret));
    if (exitCode == 0) {
        QVERIFY(run.out.contains("Signature verified."));
        QVERIFY(run.err.isEmpty());
    } else {
        QVERIFY2(run.err.contains(mention), run.err.constData());
    }
}

void TestCliToken::verifyJsonOutput()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    const CliRun run = runCli({ QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("--json"),
                                QStringLiteral("--at"), QString::number(*v.exp - 1),
                                QString::fromLatin1(v.token), QStringLiteral("--secret-env"), kSecretVar },
                              {}, secretEnv(secret));
    QVERIFY_EXIT(run, 0);
    const auto doc = parseOutput(run.out);
    QVERIFY2(doc, "verify --json did not print one JSON document");
    bool verified = false;
    for (const OrderedJson& f : doc->find(u"findings")->items())
        verified = verified || TokenVectors::stringAt(f, u"code") == u"signature-verified";
    QVERIFY(verified);
}

void TestCliToken::secretSources()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QStringList verify
        = { QStringLiteral("token"), QStringLiteral("verify"), QString::fromLatin1(v.token),
            QStringLiteral("--at"), QString::number(*v.exp - 1) };

    const QString file = writeFile(QStringLiteral("secret.txt"), c.apiSecret + "\n");
    CliRun run = runCli(verify + QStringList { QStringLiteral("--secret-file"), file });
    QVERIFY_EXIT(run, 0);
    run = runCli(verify + QStringList { QStringLiteral("--secret-stdin") }, c.apiSecret + "\r\n");
    QVERIFY_EXIT(run, 0);
    run = runCli(verify
                     + QStringList { QStringLiteral("--secret-stdin"), QStringLiteral("--secret-encoding"),
                                     QStringLiteral("base64") },
                 c.apiSecret.toBase64());
    QVERIFY_EXIT(run, 0);
    run = runCli(verify
                     + QStringList { QStringLiteral("--secret-stdin"), QStringLiteral("--secret-encoding"),
                                     QStringLiteral("rot13") },
                 c.apiSecret);
    QVERIFY_EXIT(run, 2);
    QVERIFY(!run.mentions(c.apiSecret));
    // Token and secret cannot share standard input.
    run = runCli({ QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("-"),
                   QStringLiteral("--secret-stdin") },
                 v.token + "\n" + c.apiSecret);
    QVERIFY_EXIT(run, 2);
    QVERIFY(!run.mentions(c.apiSecret));
    run = runCli(
        verify + QStringList { QStringLiteral("--secret-file"), m_dir.filePath(QStringLiteral("missing")) });
    QVERIFY_EXIT(run, 2);
    const QString empty = writeFile(QStringLiteral("empty.txt"), "\n");
    run = runCli(verify + QStringList { QStringLiteral("--secret-file"), empty });
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains("empty"));
}

void TestCliToken::malformedInputExitsTwo_data()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input"); // passed on standard input, so size is not limited by argv
    const QList<QPair<QByteArray, QByteArray>> inputs = {
        { "empty", QByteArray() },
        { "whitespace", QByteArray(" \n") },
        { "one segment", v.headerB64 },
        { "two segments", v.headerB64 + '.' + v.payloadB64 },
        { "four segments", v.token + ".extra" },
        { "bad base64",
          v.headerB64 + '.' + v.payloadB64.left(10) + "*" + v.payloadB64.mid(11) + '.' + v.signatureB64 },
        { "standard base64 signature", v.headerB64 + '.' + v.payloadB64 + ".ab+/cd" },
        { "impossible length", v.headerB64 + '.' + v.payloadB64 + '.' + v.signatureB64 + "AAAAAA" },
        { "header JSON is an array", fakeToken("[1,2]", v.payloadJson) },
        { "payload JSON is a string", fakeToken(v.headerJson, "\"claims\"") },
        { "payload JSON is a number", fakeToken(v.headerJson, "42") },
        { "payload not JSON", fakeToken(v.headerJson, "{grants}") },
        { "2 MB token", fakeToken(v.headerJson, "{\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}") },
        { "100000 '[' in the header", fakeToken(QByteArray(100000, '['), v.payloadJson) },
        { "100000 '[' in the payload", fakeToken(v.headerJson, QByteArray(100000, '[')) },
        { "deep objects in the payload", fakeToken(v.headerJson, QByteArray("{\"a\":").repeated(20000)) },
        { "alg none", fakeToken(R"({"alg":"none","typ":"JWT"})", v.payloadJson, QByteArray()) },
        { "alg none with signature", fakeToken(R"({"alg":"none","typ":"JWT"})", v.payloadJson) },
        { "binary garbage", QByteArray("\x00\xff\xfe\x01.\x02.\x03", 8) },
        { "exp not a number",
          fakeToken(v.headerJson,
                    QByteArray(v.payloadJson).replace("\"exp\":1700003600", "\"exp\":\"later\"")) },
    };
    for (const char* command : { "decode", "verify" }) {
        for (const auto& [name, input] : inputs)
            QTest::newRow(command + QByteArray(": ") + name) << QString::fromLatin1(command) << input;
    }
}

void TestCliToken::malformedInputExitsTwo()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    QStringList args = { QStringLiteral("token"), command, QStringLiteral("-"), QStringLiteral("--at"),
                         QStringLiteral("1700000001") };
    if (command == u"verify")
        args << secretArgs();
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runCli(args, input, secretEnv(secret));
    QVERIFY_EXIT(run, 2);
    QVERIFY(timer.elapsed() < 20000); // no hang; well under a second in practice
    QVERIFY(run.err.startsWith("keydesk-cli: "));
    QVERIFY(run.err.size() > 20);
    QVERIFY(run.err.size() < 4096); // a sentence, not an echo of the input
    QVERIFY(!run.mentions(secret));
    // The same input as an argument (when it fits in argv) behaves the same.
    if (input.size() < 100000 && !input.contains('\0') && !input.isEmpty()) {
        args[2] = QString::fromLatin1(input);
        const CliRun asArgument = runCli(args, {}, secretEnv(secret));
        QVERIFY_EXIT(asArgument, 2);
    }
}

void TestCliToken::noSecretOnTheCommandLine_data()
{
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    QTest::addColumn<QStringList>("args");
    for (const char* command : { "verify", "build" }) {
        QStringList base = { QStringLiteral("token"), QLatin1String(command) };
        if (QByteArray(command) == "verify")
            base << QString::fromLatin1(v.token);
        else
            base << QStringLiteral("--account-sid") << TokenVectors::credentials().accountSid
                 << QStringLiteral("--key-sid") << TokenVectors::credentials().apiKeySid
                 << QStringLiteral("--identity") << QStringLiteral("a");
        QTest::newRow(command + QByteArray(" --secret VALUE"))
            << (base + QStringList { QStringLiteral("--secret"), QString::fromLatin1(secret) });
        QTest::newRow(command + QByteArray(" --secret=VALUE"))
            << (base + QStringList { QStringLiteral("--secret=") + QString::fromLatin1(secret) });
        QTest::newRow(command + QByteArray(" -s VALUE"))
            << (base + QStringList { QStringLiteral("-s"), QString::fromLatin1(secret) });
        QTest::newRow(command + QByteArray(" --key VALUE"))
            << (base + QStringList { QStringLiteral("--key"), QString::fromLatin1(secret) });
        QTest::newRow(command + QByteArray(" --secret-file VALUE"))
            << (base + QStringList { QStringLiteral("--secret-file"), QString::fromLatin1(secret) });
        QTest::newRow(command + QByteArray(" --secret-env=VALUE"))
            << (base + QStringList { QStringLiteral("--secret-env=") + QString::fromLatin1(secret) });
    }
}

void TestCliToken::noSecretOnTheCommandLine()
{
    QFETCH(QStringList, args);
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    const CliRun run = runCli(args);
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.out.isEmpty());
    // The refusal names the option, never the value that followed it.
    QVERIFY2(!run.mentions(secret), "the secret given on the command line was echoed");
}

void TestCliToken::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") };
    QTest::newRow("help") << QStringList { QStringLiteral("help") };
    QTest::newRow("token --help") << QStringList { QStringLiteral("token"), QStringLiteral("--help") };
    for (const char* sub : { "decode", "verify", "build" })
        QTest::newRow(QByteArray("token ") + sub + " --help")
            << QStringList { QStringLiteral("token"), QLatin1String(sub), QStringLiteral("--help") };
    QTest::newRow("webhook --help") << QStringList { QStringLiteral("webhook"), QStringLiteral("--help") };
    for (const char* sub : { "sign", "verify" })
        QTest::newRow(QByteArray("webhook ") + sub + " --help")
            << QStringList { QStringLiteral("webhook"), QLatin1String(sub), QStringLiteral("--help") };
}

void TestCliToken::helpOnEveryCommand()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(args);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.size() > 40);
    QVERIFY(run.err.isEmpty());
    // No option takes a secret value directly.
    const QRegularExpression secretOption(QStringLiteral("--(secret|password|token|auth-token)(\\s|=|,|$)"),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(!secretOption.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    if (args.size() == 3 && args[1] != u"decode")
        QVERIFY(run.out.contains("--secret-env"));
}

void TestCliToken::unknownCommands()
{
    for (const QStringList& args :
         { QStringList {}, QStringList { QStringLiteral("frobnicate") },
           QStringList { QStringLiteral("token") },
           QStringList { QStringLiteral("token"), QStringLiteral("forge") },
           QStringList { QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--bogus") },
           QStringList { QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("a"),
                         QStringLiteral("b") },
           QStringList { QStringLiteral("token"), QStringLiteral("decode"), QStringLiteral("--at"),
                         QStringLiteral("soon"), QStringLiteral("x") } }) {
        const CliRun run = runCli(args);
        QVERIFY_EXIT(run, 2);
        QVERIFY(!run.err.isEmpty());
    }
}

void TestCliToken::jsonwebtokenVerifiesABuiltToken()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        KEYDESK_REQUIRE_ENVIRONMENT("node is not installed; the jsonwebtoken cross-check needs it");
    const QString modules = QStringLiteral(KEYDESK_SOURCE_DIR) + QStringLiteral("/tests/node/node_modules");
    if (!QFileInfo::exists(modules + QStringLiteral("/jsonwebtoken/package.json")))
        KEYDESK_REQUIRE_ENVIRONMENT(
            "tests/node/node_modules/jsonwebtoken is missing; run npm install in tests/node");

    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QString grants = writeFile(
        QStringLiteral("node.grants.json"),
        R"({"voice":{"incoming":{"allow":true},"outgoing":{"application_sid":"AP00112233445566778899aabbccddeeff","params":{"q":"é"}}},"video":{"room":"Zoë"}})");
    const CliRun built = runCli(
        { QStringLiteral("token"), QStringLiteral("build"), QStringLiteral("--account-sid"), c.accountSid,
          QStringLiteral("--key-sid"), c.apiKeySid, QStringLiteral("--identity"), QStringLiteral("Zoë_1"),
          QStringLiteral("--region"), QStringLiteral("ie1"), QStringLiteral("--ttl"), QStringLiteral("600"),
          QStringLiteral("--grants-json"), grants, QStringLiteral("--secret-env"), kSecretVar },
        {}, secretEnv(c.apiSecret));
    QVERIFY_EXIT(built, 0);
    const QByteArray token = built.out.trimmed();

    // jsonwebtoken.verify with the secret from the environment, at the real time (the token is fresh);
    // prints the decoded header and payload so we can compare them with ours.
    const QString script
        = QStringLiteral("const jwt = require('jsonwebtoken');"
                         "const d = jwt.verify(process.argv[1], process.env.KEYDESK_TEST_SECRET, "
                         "{algorithms:['HS256'], complete:true});"
                         "process.stdout.write(JSON.stringify({header:d.header, payload:d.payload}));");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    env.insert(kSecretVar, QString::fromLatin1(c.apiSecret));
    process.setProcessEnvironment(env);
    process.start(node, { QStringLiteral("-e"), script, QString::fromLatin1(token) });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    const auto decoded = OrderedJson::parse(process.readAllStandardOutput());
    QVERIFY(decoded);
    const JwtParseResult ours = Jwt::parse(token);
    QVERIFY(ours.ok);
    // JSON.stringify(JSON.parse(x)) == x for our bytes: we write exactly what node writes.
    QCOMPARE(decoded->find(u"header")->toCompact(), ours.parts.headerJson);
    QCOMPARE(decoded->find(u"payload")->toCompact(), ours.parts.payloadJson);

    // And the wrong secret is refused by jsonwebtoken too.
    env.insert(kSecretVar, QString::fromLatin1(c.wrongSecret));
    process.setProcessEnvironment(env);
    process.start(node, { QStringLiteral("-e"), script, QString::fromLatin1(token) });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardError().contains("invalid signature"));
}

void TestCliToken::timeOptionsOutOfRangeAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList build
        = { QStringLiteral("token"),         QStringLiteral("build"),
            QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
            QStringLiteral("--key-sid"),     QStringLiteral("SKfedcba9876543210fedcba9876543210"),
            QStringLiteral("--identity"),    QStringLiteral("a"),
            QStringLiteral("--secret-env"),  QStringLiteral("KD_SECRET") };
    QTest::newRow("decode --at huge")
        << QStringList { QStringLiteral("token"), QStringLiteral("decode"),
                         QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.x"), QStringLiteral("--at"),
                         QStringLiteral("9223372036854775807") };
    QTest::newRow("decode --at negative")
        << QStringList { QStringLiteral("token"), QStringLiteral("decode"),
                         QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.x"), QStringLiteral("--at"),
                         QStringLiteral("-9223372036854775808") };
    QTest::newRow("build --now huge")
        << build + QStringList { QStringLiteral("--now"), QStringLiteral("9223372036854775000") };
    QTest::newRow("build --nbf huge")
        << build + QStringList { QStringLiteral("--nbf"), QStringLiteral("9223372036854775000") };
}

// Times beyond year 9999 would overflow now + ttl and friends: refused with exit 2, never undefined
// behaviour.
void TestCliToken::timeOptionsOutOfRangeAreRefused()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(
        args, {}, { { QStringLiteral("KD_SECRET"), QByteArray("Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s") } });
    QVERIFY(!run.crashed && !run.timedOut);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Unix time"), run.err.constData());
}

void TestCliToken::hostileClaimsAreShownEscaped_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("json");
    QTest::newRow("decode") << QStringLiteral("decode") << false;
    QTest::newRow("decode --json") << QStringLiteral("decode") << true;
    QTest::newRow("verify") << QStringLiteral("verify") << false;
    QTest::newRow("verify --json") << QStringLiteral("verify") << true;
}

void TestCliToken::hostileClaimsAreShownEscaped()
{
    // Whoever mints a token chooses its claims: OSC (window title), CSI (clear screen), the C1 CSI and the
    // right-to-left override must reach the terminal as visible escapes, and JSON must keep them exactly.
    QFETCH(QString, command);
    QFETCH(bool, json);
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QByteArray escapedHostile = R"(\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e\u2066)";
    const QByteArray header
        = R"({"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1)" + escapedHostile + R"("})";
    const QByteArray payload = R"({"jti":")" + c.apiKeySid.toLatin1() + R"(-1","iss":")"
        + c.apiKeySid.toLatin1() + R"(","sub":")" + c.accountSid.toLatin1()
        + R"(","exp":1700003600,"iat":1700000000,"note":")" + escapedHostile
        + R"(","grants":{"identity":"bob)" + escapedHostile + R"(","voice":{"incoming":{"allow":true}}}})";
    const QByteArray token = signedToken(header, payload, c.apiSecret);
    QStringList args = { QStringLiteral("token"), command, QString::fromLatin1(token), QStringLiteral("--at"),
                         QStringLiteral("1700000001") };
    if (json)
        args << QStringLiteral("--json");
    if (command == u"verify")
        args << secretArgs();
    const CliRun run = runCli(args, {}, secretEnv(c.apiSecret));
    QVERIFY_EXIT(run, command == u"verify" ? 1 : 0); // verify: the cty is not Twilio's
    QVERIFY2(!hasTerminalControls(run.out), run.out.toPercentEncoding(" \n:{}\",[]").constData());
    QVERIFY2(!hasTerminalControls(run.err), run.err.toPercentEncoding(" \n:{}\",[]").constData());
    if (json) {
        const auto doc = parseOutput(run.out);
        QVERIFY2(doc && doc->isObject(), "stdout is not one JSON object");
        // Escaped, not altered: the values are the token's own.
        const QString expected = QStringLiteral("bob\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e\u2066");
        QCOMPARE(doc->find(u"payload")->find(u"grants")->find(u"identity")->toString(), expected);
        QCOMPARE(TokenVectors::stringAt(*doc, u"payload_json").toUtf8(), payload);
        QVERIFY(run.out.contains("\\u202e"));
    } else {
        QVERIFY(run.out.contains("\\x1B") || run.out.contains("\\u001b"));
        QVERIFY(run.out.toLower().contains("\\u202e"));
    }
}

void TestCliToken::verifyAnswersWhetherTwilioAcceptsTheToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("mention"); // on stdout (the findings) and, for exit 1, on stderr
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const TokenVectors::AccessToken first = TokenVectors::accessTokens().first();
    TokenVectors::AccessToken ttl = first;
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens())
        if (v.name == u"ttl_over_max")
            ttl = v;
    QVERIFY(ttl.name == u"ttl_over_max");
    const QStringList none;
    const QStringList signatureOnly { QStringLiteral("--signature-only") };
    const QByteArray noCty = signedToken(R"({"alg":"HS256","typ":"JWT"})", first.payloadJson, c.apiSecret);
    const QByteArray accountIssuer = signedToken(
        first.headerJson,
        QByteArray(first.payloadJson)
            .replace("\"iss\":\"" + c.apiKeySid.toLatin1(), "\"iss\":\"" + c.accountSid.toLatin1()),
        c.apiSecret);

    QTest::newRow("valid") << first.token << c.apiSecret << none << 0 << QByteArray("signature-verified");
    QTest::newRow("ttl over 24 h") << ttl.token << c.apiSecret << none << 1 << QByteArray("ttl-over-24h");
    QTest::newRow("ttl over 24 h, --signature-only")
        << ttl.token << c.apiSecret << signatureOnly << 0 << QByteArray("ttl-over-24h");
    QTest::newRow("cty missing") << noCty << c.apiSecret << none << 1 << QByteArray("cty-missing");
    QTest::newRow("cty missing, --signature-only")
        << noCty << c.apiSecret << signatureOnly << 0 << QByteArray("cty-missing");
    QTest::newRow("issuer not an API key")
        << accountIssuer << c.apiSecret << none << 1 << QByteArray("issuer-not-api-key");
    QTest::newRow("issuer not an API key, --json")
        << accountIssuer << c.apiSecret << QStringList { QStringLiteral("--json") } << 1
        << QByteArray("issuer-not-api-key");
    QTest::newRow("wrong secret, --signature-only")
        << first.token << c.wrongSecret << signatureOnly << 1 << QByteArray("signature-invalid");
}

void TestCliToken::verifyAnswersWhetherTwilioAcceptsTheToken()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, secret);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, mention);
    const JwtParseResult parsed = Jwt::parse(token);
    QVERIFY(parsed.ok);
    const qint64 exp = parsed.parts.payload.find(u"exp")->toInteger().value_or(0);
    const CliRun run
        = runCli(QStringList { QStringLiteral("token"), QStringLiteral("verify"), QString::fromLatin1(token),
                               QStringLiteral("--at"), QString::number(exp - 1) }
                     + secretArgs() + extra,
                 {}, secretEnv(secret));
    QVERIFY_EXIT(run, exitCode);
    QVERIFY(!run.mentions(secret));
    QVERIFY2(run.out.contains(mention), run.out.constData()); // the findings are printed either way
    if (extra.contains(QStringLiteral("--json")))
        QVERIFY2(parseOutput(run.out), "verify --json did not print one JSON document");
    if (exitCode == 1 && mention != "signature-invalid")
        QVERIFY2(run.err.contains(mention) && run.err.contains("Twilio would reject"), run.err.constData());
    if (exitCode == 0)
        QVERIFY(run.err.isEmpty());
}

void TestCliToken::secretFileMustBeASmallRegularFile()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QStringList verify
        = { QStringLiteral("token"), QStringLiteral("verify"),    QString::fromLatin1(v.token),
            QStringLiteral("--at"),  QString::number(*v.exp - 1), QStringLiteral("--secret-file") };
    const QByteArray dirPath = QFile::encodeName(m_dir.path());

    // A FIFO would block until a writer comes (or feed an endless stream): refused without waiting.
    const QString fifo = m_dir.filePath(QStringLiteral("secret.fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    CliRun run = runCli(verify + QStringList { fifo }, {}, {}, 15000);
    QVERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains("regular file"), run.err.constData());
    QVERIFY(!run.err.contains(dirPath));

    for (const QString& path : { QStringLiteral("/dev/zero"), m_dir.path() }) {
        run = runCli(verify + QStringList { path }, {}, {}, 15000);
        QVERIFY_EXIT(run, 2);
        QVERIFY2(run.err.contains("regular file"), run.err.constData());
        QVERIFY(!run.err.contains(QFile::encodeName(path)));
    }

    // Over the limit: refused, never cut to the first 64 KiB.
    const QString large = writeFile(QStringLiteral("large.txt"), c.apiSecret + QByteArray(70000, 'x'));
    run = runCli(verify + QStringList { large });
    QVERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains("larger than 64 KiB"), run.err.constData());
    QVERIFY(!run.err.contains(dirPath));
    QVERIFY(!run.mentions(c.apiSecret));

    // Up to the limit is fine (the secret, a newline and nothing else here).
    const QString fine = writeFile(QStringLiteral("fine.txt"), c.apiSecret + "\n");
    run = runCli(verify + QStringList { fine });
    QVERIFY_EXIT(run, 0);
}

void TestCliToken::secretStdinHonoursItsLimit()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const QStringList verify
        = { QStringLiteral("token"), QStringLiteral("verify"),    QString::fromLatin1(v.token),
            QStringLiteral("--at"),  QString::number(*v.exp - 1), QStringLiteral("--secret-stdin") };
    CliRun run = runCli(verify, c.apiSecret + QByteArray(70000, '\n'));
    QVERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains("64 KiB"), run.err.constData());
    run = runCli(verify, c.apiSecret + QByteArray(1000, '\n'));
    QVERIFY_EXIT(run, 0);
}

void TestCliToken::secretOptionValuesAreNeverEchoed_data()
{
    // A mistyped command line can put the secret where a variable name, a path or an encoding belongs;
    // these look like proper values and still are not repeated.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::newRow("--secret-env NAME")
        << QStringList { QStringLiteral("--secret-env"), QStringLiteral("ZX9_SECRET_VALUE") }
        << QByteArray("ZX9_SECRET_VALUE") << QByteArray();
    QTest::newRow("--secret-file PATH")
        << QStringList { QStringLiteral("--secret-file"), QStringLiteral("/nonexistent/Zx9.secret") }
        << QByteArray("Zx9.secret") << QByteArray();
    QTest::newRow("--secret-encoding VALUE")
        << QStringList { QStringLiteral("--secret-stdin"), QStringLiteral("--secret-encoding"),
                         QStringLiteral("Zx9secretValue") }
        << QByteArray("Zx9secretValue") << QByteArray("secret");
}

void TestCliToken::secretOptionValuesAreNeverEchoed()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, stdinData);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const CliRun run = runCli(
        QStringList { QStringLiteral("token"), QStringLiteral("verify"), QString::fromLatin1(v.token) }
            + options,
        stdinData);
    QVERIFY_EXIT(run, 2);
    QVERIFY2(!run.mentions(value), run.err.constData());
    QVERIFY2(run.err.contains(options.value(options.size() == 3 ? 1 : 0).toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliToken)
#include "tst_cli_token.moc"
