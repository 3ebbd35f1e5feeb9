#include "CliRunner.h"
#include "TokenVectors.h"

#include <QTemporaryDir>
#include <QUrl>

namespace {

const QString kTokenVar = QStringLiteral("KEYDESK_TEST_AUTH_TOKEN");

QList<QPair<QString, QByteArray>> tokenEnv(const QByteArray& token)
{
    return { { kTokenVar, token } };
}

// --param NAME=VALUE for every parameter; arrays repeat the name.
QStringList paramArgs(const OrderedJson* params)
{
    QStringList args;
    if (!params)
        return args;
    for (const OrderedJson::Member& m : params->members()) {
        const std::vector<OrderedJson> values
            = m.value.isArray() ? m.value.items() : std::vector<OrderedJson> { m.value };
        for (const OrderedJson& v : values)
            args << QStringLiteral("--param") << m.key + u'=' + v.toString();
    }
    return args;
}

struct VerifyCase
{
    QString name;
    QByteArray authToken;
    QString url;
    QStringList params;
    QString signature;
    bool expected = false;
};

// Every validateRequest result recorded in the vectors, as keydesk-cli arguments.
QList<VerifyCase> verifyCases()
{
    QList<VerifyCase> list;
    auto add = [&](const QString& name, const QByteArray& token, const QString& signedUrl,
                   const OrderedJson* params, const QString& signature, const OrderedJson& results) {
        for (const OrderedJson::Member& m : results.members()) {
            VerifyCase c { name + QStringLiteral(": ") + m.key,
                           token,
                           signedUrl,
                           paramArgs(params),
                           signature,
                           m.value.toBool() };
            if (m.key.startsWith(u"http")) {
                c.url = m.key.section(u' ', 0, 0);
            } else if (m.key == u"same url, Digits tampered to 1235") {
                c.params.replaceInStrings(QStringLiteral("Digits=1234"), QStringLiteral("Digits=1235"));
            } else if (m.key == u"same url, wrong auth token") {
                c.authToken = "54321"; // the value generate.js used
            } else {
                c.name.clear(); // unmapped: the test fails on it
            }
            list << c;
        }
    };
    for (const OrderedJson& c : TokenVectors::document().find(u"webhook_signatures")->items()) {
        const QString name = TokenVectors::stringAt(c, u"name");
        const QByteArray token = TokenVectors::stringAt(c, u"authToken").toUtf8();
        if (const OrderedJson* cases = c.find(u"cases")) {
            for (const OrderedJson& sub : cases->items())
                add(name, token, TokenVectors::stringAt(sub, u"signed_url"), sub.find(u"params"),
                    TokenVectors::stringAt(sub, u"signature"), *sub.find(u"validateRequest"));
        } else if (const OrderedJson* results = c.find(u"validateRequest")) {
            add(name, token, TokenVectors::stringAt(c, u"url"), c.find(u"params"),
                TokenVectors::stringAt(c, u"signature"), *results);
        }
    }
    return list;
}

} // namespace

class TestCliWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signEveryVector_data();
    void signEveryVector();
    void signFromParamsFiles();
    void verifyEveryRecordedResult_data();
    void verifyEveryRecordedResult();
    void jsonBody();
    void verifyJsonOutput();
    void usageErrors_data();
    void usageErrors();
    void hostileUrlIsShownEscaped();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString& name, const QByteArray& data);
};

void TestCliWebhook::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
}

QString TestCliWebhook::writeFile(const QString& name, const QByteArray& data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(data);
    return file.fileName();
}

void TestCliWebhook::signEveryVector_data()
{
    QTest::addColumn<QByteArray>("authToken");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QString>("signature");
    for (const OrderedJson& c : TokenVectors::document().find(u"webhook_signatures")->items()) {
        const QString name = TokenVectors::stringAt(c, u"name");
        const QByteArray token = TokenVectors::stringAt(c, u"authToken").toUtf8();
        const OrderedJson* cases = c.find(u"cases");
        const std::vector<OrderedJson> list = cases ? cases->items() : std::vector<OrderedJson> { c };
        int i = 0;
        for (const OrderedJson& sub : list) {
            const QString url
                = cases ? TokenVectors::stringAt(sub, u"signed_url") : TokenVectors::stringAt(sub, u"url");
            QTest::newRow(qPrintable(name + u' ' + QString::number(i++)))
                << token << url << paramArgs(sub.find(u"params"))
                << TokenVectors::stringAt(sub, u"string_to_sign").toUtf8()
                << TokenVectors::stringAt(sub, u"signature");
        }
    }
}

void TestCliWebhook::signEveryVector()
{
    QFETCH(QByteArray, authToken);
    QFETCH(QString, url);
    QFETCH(QStringList, params);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QString, signature);
    const QStringList base = QStringList { QStringLiteral("webhook"),      QStringLiteral("sign"),
                                           QStringLiteral("--url"),        url,
                                           QStringLiteral("--secret-env"), kTokenVar }
        + params;
    const CliRun plain = runCli(base, {}, tokenEnv(authToken));
    QVERIFY_EXIT(plain, 0);
    QCOMPARE(plain.out.trimmed(), signature.toLatin1());

    const CliRun json = runCli(base + QStringList { QStringLiteral("--json") }, {}, tokenEnv(authToken));
    QVERIFY_EXIT(json, 0);
    const auto doc = OrderedJson::parse(json.out.trimmed());
    QVERIFY(doc);
    QCOMPARE(TokenVectors::stringAt(*doc, u"string_to_sign").toUtf8(), stringToSign);
    QCOMPARE(TokenVectors::stringAt(*doc, u"signature"), signature);
    QCOMPARE(TokenVectors::stringAt(*doc, u"url"), url);
}

void TestCliWebhook::signFromParamsFiles()
{
    const OrderedJson* arrays = TokenVectors::webhookCase(u"array_params_and_utf8");
    QVERIFY(arrays);
    const QByteArray token = TokenVectors::stringAt(*arrays, u"authToken").toUtf8();
    const QString signature = TokenVectors::stringAt(*arrays, u"signature");
    const QString url = TokenVectors::stringAt(*arrays, u"url");

    // A JSON object with an array value.
    const QString jsonFile = writeFile(QStringLiteral("params.json"), arrays->find(u"params")->toCompact());
    CliRun run
        = runCli({ QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), url,
                   QStringLiteral("--params-file"), jsonFile, QStringLiteral("--secret-env"), kTokenVar },
                 {}, tokenEnv(token));
    QVERIFY_EXIT(run, 0);
    QCOMPARE(run.out.trimmed(), signature.toLatin1());

    // The same parameters form-encoded, as Twilio posts them ('+' for space, %-escapes, UTF-8), from stdin.
    const QByteArray form = "To=%2B18005551212&MediaUrl=https%3A%2F%2Fb.example%2F2.jpg&MediaUrl=https%3A%2F%"
                            "2Fa.example%2F1.jpg"
                            "&MediaUrl=https%3A%2F%2Fb.example%2F2.jpg&Body=h%C3%A9llo+%26+bye\n";
    run = runCli({ QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), url,
                   QStringLiteral("--params-file"), QStringLiteral("-"), QStringLiteral("--secret-env"),
                   kTokenVar },
                 form, tokenEnv(token));
    QVERIFY_EXIT(run, 0);
    QCOMPARE(run.out.trimmed(), signature.toLatin1());

    // A parameter value that is an object is refused.
    const QString bad = writeFile(QStringLiteral("bad.json"), R"({"To":{"nested":1}})");
    run = runCli({ QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), url,
                   QStringLiteral("--params-file"), bad, QStringLiteral("--secret-env"), kTokenVar },
                 {}, tokenEnv(token));
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains("To"));
}

void TestCliWebhook::verifyEveryRecordedResult_data()
{
    QTest::addColumn<QByteArray>("authToken");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<bool>("expected");
    const QList<VerifyCase> cases = verifyCases();
    QCOMPARE(cases.size(), 10);
    for (const VerifyCase& c : cases) {
        QVERIFY2(!c.name.isEmpty(), "a validateRequest case in vectors.json is not mapped to arguments");
        QTest::newRow(qPrintable(c.name)) << c.authToken << c.url << c.params << c.signature << c.expected;
    }
}

void TestCliWebhook::verifyEveryRecordedResult()
{
    QFETCH(QByteArray, authToken);
    QFETCH(QString, url);
    QFETCH(QStringList, params);
    QFETCH(QString, signature);
    QFETCH(bool, expected);
    const CliRun run = runCli(QStringList { QStringLiteral("webhook"), QStringLiteral("verify"),
                                            QStringLiteral("--url"), url, QStringLiteral("--signature"),
                                            signature, QStringLiteral("--secret-env"), kTokenVar }
                                  + params,
                              {}, tokenEnv(authToken));
    QVERIFY_EXIT(run, expected ? 0 : 1);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(!run.mentions(authToken == "12345" ? QByteArray("secret-never-printed") : authToken));
}

void TestCliWebhook::jsonBody()
{
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    QVERIFY(c);
    const QByteArray token = TokenVectors::stringAt(*c, u"authToken").toUtf8();
    const QByteArray body = TokenVectors::stringAt(*c, u"body").toUtf8();
    const QString url = TokenVectors::stringAt(*c, u"url");
    const QString signature = TokenVectors::stringAt(*c, u"signature");
    const QString bodyFile = writeFile(QStringLiteral("body.json"), body);
    const QString spaced = writeFile(QStringLiteral("spaced.json"), body + ' ');

    // Sign: the URL without the hash gets bodySHA256 appended, then the URL alone is signed.
    const QString bare = QStringLiteral("https://mycompany.com/myapp.php");
    CliRun run = runCli({ QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), bare,
                          QStringLiteral("--body-file"), bodyFile, QStringLiteral("--secret-env"), kTokenVar,
                          QStringLiteral("--json") },
                        {}, tokenEnv(token));
    QVERIFY_EXIT(run, 0);
    const auto doc = OrderedJson::parse(run.out.trimmed());
    QVERIFY(doc);
    QCOMPARE(TokenVectors::stringAt(*doc, u"url"), url);
    QCOMPARE(TokenVectors::stringAt(*doc, u"signature"), signature);

    // Verify, every validateRequestWithBody result of the vector.
    const OrderedJson* results = c->find(u"validateRequestWithBody");
    QVERIFY(results);
    for (const OrderedJson::Member& m : results->members()) {
        QString file;
        if (m.key == u"exact body")
            file = bodyFile;
        else if (m.key == u"body with one extra space")
            file = spaced;
        QVERIFY2(!file.isEmpty(), qPrintable(m.key));
        run = runCli({ QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("--url"), url,
                       QStringLiteral("--signature"), signature, QStringLiteral("--body-file"), file,
                       QStringLiteral("--secret-env"), kTokenVar },
                     {}, tokenEnv(token));
        QVERIFY_EXIT(run, m.value.toBool() ? 0 : 1);
    }
    // The body from standard input.
    run = runCli({ QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("--url"), url,
                   QStringLiteral("--signature"), signature, QStringLiteral("--body-file"),
                   QStringLiteral("-"), QStringLiteral("--secret-env"), kTokenVar },
                 body, tokenEnv(token));
    QVERIFY_EXIT(run, 0);
}

void TestCliWebhook::verifyJsonOutput()
{
    const OrderedJson* c = TokenVectors::webhookCase(u"port_variants");
    const OrderedJson& std443 = c->find(u"cases")->items().front();
    const CliRun run = runCli(
        QStringList { QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("--json"),
                      QStringLiteral("--url"), QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2"),
                      QStringLiteral("--signature"), TokenVectors::stringAt(std443, u"signature"),
                      QStringLiteral("--secret-env"), kTokenVar }
            + paramArgs(std443.find(u"params")),
        {}, tokenEnv("12345"));
    QVERIFY_EXIT(run, 0);
    const auto doc = OrderedJson::parse(run.out.trimmed());
    QVERIFY(doc);
    QVERIFY(doc->find(u"valid")->toBool());
    QVERIFY(TokenVectors::stringAt(*doc, u"matched_variant").contains(QStringLiteral("443")));
    QCOMPARE(doc->find(u"tried")->size(), 2);
}

void TestCliWebhook::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QByteArray>("mention");
    const QString url = QStringLiteral("https://example.com/sms");
    const QStringList secret = { QStringLiteral("--secret-env"), kTokenVar };
    QTest::newRow("no subcommand") << QStringList { QStringLiteral("webhook") } << QByteArray()
                                   << QByteArray("sign|verify");
    QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("webhook"), QStringLiteral("forge") }
                                        << QByteArray() << QByteArray("forge");
    QTest::newRow("no url") << (QStringList { QStringLiteral("webhook"), QStringLiteral("sign") } + secret)
                            << QByteArray() << QByteArray("--url");
    QTest::newRow("relative url") << (QStringList { QStringLiteral("webhook"), QStringLiteral("sign"),
                                                    QStringLiteral("--url"),
                                                    QStringLiteral("example.com/sms") }
                                      + secret)
                                  << QByteArray() << QByteArray("full URL");
    QTest::newRow("verify without signature")
        << (QStringList { QStringLiteral("webhook"), QStringLiteral("verify"), QStringLiteral("--url"), url }
            + secret)
        << QByteArray() << QByteArray("--signature");
    QTest::newRow("param without =") << (QStringList { QStringLiteral("webhook"), QStringLiteral("sign"),
                                                       QStringLiteral("--url"), url,
                                                       QStringLiteral("--param"), QStringLiteral("Body") }
                                         + secret)
                                     << QByteArray() << QByteArray("NAME=VALUE");
    QTest::newRow("body and params") << (QStringList { QStringLiteral("webhook"), QStringLiteral("sign"),
                                                       QStringLiteral("--url"), url,
                                                       QStringLiteral("--param"), QStringLiteral("a=b"),
                                                       QStringLiteral("--body-file"),
                                                       QStringLiteral("/dev/null") }
                                         + secret)
                                     << QByteArray() << QByteArray("cannot be combined");
    QTest::newRow("two stdin users") << QStringList {
        QStringLiteral("webhook"),     QStringLiteral("sign"), QStringLiteral("--url"),         url,
        QStringLiteral("--body-file"), QStringLiteral("-"),    QStringLiteral("--secret-stdin")
    } << QByteArray("12345") << QByteArray("standard input");
    QTest::newRow("no secret") << QStringList { QStringLiteral("webhook"), QStringLiteral("sign"),
                                                QStringLiteral("--url"), url }
                               << QByteArray() << QByteArray("--secret-env");
    QTest::newRow("secret on the command line")
        << QStringList { QStringLiteral("webhook"),      QStringLiteral("sign"),
                         QStringLiteral("--url"),        url,
                         QStringLiteral("--auth-token"), QStringLiteral("0123456789abcdef0123456789abcdef") }
        << QByteArray() << QByteArray("auth-token");
    QTest::newRow("deep params JSON")
        << (QStringList { QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), url,
                          QStringLiteral("--params-file"), QStringLiteral("-") }
            + secret)
        << ("{\"a\":" + QByteArray(100000, '[')) << QByteArray("JSON");
}

void TestCliWebhook::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinData);
    QFETCH(QByteArray, mention);
    const CliRun run = runCli(args, stdinData, tokenEnv("0123456789abcdef0123456789abcdef"));
    QVERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains(mention), run.err.constData());
    QVERIFY(!run.mentions("0123456789abcdef0123456789abcdef"));
}

void TestCliWebhook::hostileUrlIsShownEscaped()
{
    // A URL copied from a request log carries whatever the requester put in it: OSC, CSI, U+202E.
    const QString url = QStringLiteral("https://example.com/a\u001b]0;owned\u0007\u202e?b=\u001b[2J");
    const auto controls = [](const QByteArray& bytes) {
        for (const char c : bytes)
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f)
                return true;
        return bytes.contains("\xe2\x80\xae") || bytes.contains("\xc2\x9b");
    };
    const QStringList args = { QStringLiteral("webhook"),      QStringLiteral("verify"),
                               QStringLiteral("--url"),        url,
                               QStringLiteral("--signature"),  QStringLiteral("AAAA"),
                               QStringLiteral("--param"),      QStringLiteral("Body=\u009b31m"),
                               QStringLiteral("--secret-env"), kTokenVar };
    CliRun run = runCli(args, {}, tokenEnv("12345"));
    QVERIFY_EXIT(run, 1);
    QVERIFY2(!controls(run.out) && !controls(run.err), run.out.toPercentEncoding(" \n:/").constData());
    QVERIFY(run.out.contains("\\x1B]0;owned"));
    run = runCli(args + QStringList { QStringLiteral("--json") }, {}, tokenEnv("12345"));
    QVERIFY_EXIT(run, 1);
    QVERIFY(!controls(run.out) && !controls(run.err));
    QVERIFY2(OrderedJson::parse(run.out.trimmed()), "not one JSON document");
    run = runCli({ QStringLiteral("webhook"), QStringLiteral("sign"), QStringLiteral("--url"), url,
                   QStringLiteral("--body-file"), writeFile(QStringLiteral("body.json"), "{}"),
                   QStringLiteral("--secret-env"), kTokenVar },
                 {}, tokenEnv("12345"));
    QVERIFY_EXIT(run, 0);
    QVERIFY(!controls(run.out) && !controls(run.err));
}

QTEST_GUILESS_MAIN(TestCliWebhook)
#include "tst_cli_webhook.moc"
