#include "TokenVectors.h"
#include "token/WebhookSignature.h"

#include <QtTest>

using Params = WebhookSignature::Params;

namespace {

// The vector's params object as a parameter list: arrays become repeated names, in the given order.
Params paramsOf(const OrderedJson* object)
{
    Params params;
    if (!object)
        return params;
    for (const OrderedJson::Member& m : object->members()) {
        if (m.value.isArray()) {
            for (const OrderedJson& item : m.value.items())
                params.append({ m.key, item.toString() });
        } else {
            params.append({ m.key, m.value.toString() });
        }
    }
    return params;
}

// The generator passed "54321" as the wrong auth token (generate.js: "same url, wrong auth token").
const QByteArray kWrongAuthToken = "54321";

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stringToSignAndSignature_data();
    void stringToSignAndSignature();
    void validateRequestResults_data();
    void validateRequestResults();
    void jsonBodyResults_data();
    void jsonBodyResults();
    void jsonBodyNeedsBodySha256InTheUrl();
    void urlWithBodyHash_data();
    void urlWithBodyHash();
    void urlVariants_data();
    void urlVariants();
    void namesSortByUtf16CodeUnits();
    void repeatedValuesAreDeduplicatedAndSorted();
    void signatureTextIsTrimmedButOtherwiseExact();
};

void TestWebhookSignature::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
    // Every webhook case named in the brief is present.
    for (const char* name : { "form_post", "json_body_bodySHA256", "port_variants", "array_params_and_utf8" })
        QVERIFY2(TokenVectors::webhookCase(QString::fromLatin1(name)), name);
}

void TestWebhookSignature::stringToSignAndSignature_data()
{
    QTest::addColumn<QByteArray>("authToken");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QString>("signature");
    for (const OrderedJson& c : TokenVectors::document().find(u"webhook_signatures")->items()) {
        const QString name = TokenVectors::stringAt(c, u"name");
        const QByteArray token = TokenVectors::stringAt(c, u"authToken").toUtf8();
        if (const OrderedJson* cases = c.find(u"cases")) {
            int i = 0;
            for (const OrderedJson& sub : cases->items()) {
                QTest::newRow(qPrintable(name + u' ' + QString::number(i++)))
                    << token << TokenVectors::stringAt(sub, u"signed_url") << paramsOf(sub.find(u"params"))
                    << TokenVectors::stringAt(sub, u"string_to_sign").toUtf8()
                    << TokenVectors::stringAt(sub, u"signature");
            }
        } else {
            QTest::newRow(qPrintable(name))
                << token << TokenVectors::stringAt(c, u"url") << paramsOf(c.find(u"params"))
                << TokenVectors::stringAt(c, u"string_to_sign").toUtf8()
                << TokenVectors::stringAt(c, u"signature");
        }
    }
}

void TestWebhookSignature::stringToSignAndSignature()
{
    QFETCH(QByteArray, authToken);
    QFETCH(QString, url);
    QFETCH(Params, params);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QString, signature);
    QCOMPARE(WebhookSignature::stringToSign(url, params), stringToSign);
    QCOMPARE(WebhookSignature::compute(authToken, url, params), signature);
    // The order parameters arrive in does not matter.
    Params reversed = params;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(WebhookSignature::compute(authToken, url, reversed), signature);
}

void TestWebhookSignature::validateRequestResults_data()
{
    QTest::addColumn<QByteArray>("authToken");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<bool>("expected");

    auto addRows = [](const QString& name, const QByteArray& token, const QString& signedUrl,
                      const Params& params, const QString& signature, const OrderedJson& results) {
        for (const OrderedJson::Member& m : results.members()) {
            QVERIFY2(m.value.isBool(), qPrintable(m.key));
            QByteArray rowToken = token;
            QString rowUrl = signedUrl;
            Params rowParams = params;
            if (m.key.startsWith(u"http")) {
                // "<url>" or "<url> (what changed)"
                rowUrl = m.key.section(u' ', 0, 0);
            } else if (m.key == u"same url, Digits tampered to 1235") {
                for (auto& p : rowParams) {
                    if (p.first == u"Digits")
                        p.second = QStringLiteral("1235");
                }
            } else if (m.key == u"same url, wrong auth token") {
                rowToken = kWrongAuthToken;
            } else {
                QFAIL(qPrintable(QStringLiteral("unmapped validateRequest case: ") + m.key));
            }
            QTest::newRow(qPrintable(name + QStringLiteral(": ") + m.key))
                << rowToken << rowUrl << rowParams << signature << m.value.toBool();
        }
    };

    int rows = 0;
    for (const OrderedJson& c : TokenVectors::document().find(u"webhook_signatures")->items()) {
        const QString name = TokenVectors::stringAt(c, u"name");
        const QByteArray token = TokenVectors::stringAt(c, u"authToken").toUtf8();
        if (const OrderedJson* cases = c.find(u"cases")) {
            for (const OrderedJson& sub : cases->items()) {
                const OrderedJson* results = sub.find(u"validateRequest");
                QVERIFY(results);
                addRows(name, token, TokenVectors::stringAt(sub, u"signed_url"),
                        paramsOf(sub.find(u"params")), TokenVectors::stringAt(sub, u"signature"), *results);
                rows += int(results->size());
            }
        } else if (const OrderedJson* results = c.find(u"validateRequest")) {
            addRows(name, token, TokenVectors::stringAt(c, u"url"), paramsOf(c.find(u"params")),
                    TokenVectors::stringAt(c, u"signature"), *results);
            rows += int(results->size());
        }
    }
    QCOMPARE(rows, 10); // 5 form_post + 2 + 2 port variants + 1 arrays
}

void TestWebhookSignature::validateRequestResults()
{
    QFETCH(QByteArray, authToken);
    QFETCH(QString, url);
    QFETCH(Params, params);
    QFETCH(QString, signature);
    QFETCH(bool, expected);
    const WebhookSignature::Validation v = WebhookSignature::validate(authToken, url, params, signature);
    QCOMPARE(v.valid, expected);
    QVERIFY(!v.message.isEmpty());
    QVERIFY(!v.triedVariants.isEmpty());
    QVERIFY(!v.bodyChecked);
    if (expected) {
        QVERIFY(!v.matchedUrl.isEmpty());
        QCOMPARE(WebhookSignature::compute(authToken, v.matchedUrl, params), signature);
    } else {
        QVERIFY(v.matchedUrl.isEmpty());
    }
}

void TestWebhookSignature::jsonBodyResults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expected");
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    const QByteArray body = TokenVectors::stringAt(*c, u"body").toUtf8();
    const OrderedJson* results = c->find(u"validateRequestWithBody");
    QVERIFY(results);
    QCOMPARE(results->size(), 2);
    for (const OrderedJson::Member& m : results->members()) {
        if (m.key == u"exact body")
            QTest::newRow("exact body") << body << m.value.toBool();
        else if (m.key == u"body with one extra space")
            QTest::newRow("body with one extra space") << body + ' ' << m.value.toBool();
        else
            QFAIL(qPrintable(QStringLiteral("unmapped validateRequestWithBody case: ") + m.key));
    }
}

void TestWebhookSignature::jsonBodyResults()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, expected);
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    const QByteArray token = TokenVectors::stringAt(*c, u"authToken").toUtf8();
    const QString url = TokenVectors::stringAt(*c, u"url");
    const QString signature = TokenVectors::stringAt(*c, u"signature");
    QCOMPARE(WebhookSignature::bodySha256Hex(TokenVectors::stringAt(*c, u"body").toUtf8()),
             TokenVectors::stringAt(*c, u"bodySHA256_hex").toLatin1());
    const WebhookSignature::Validation v = WebhookSignature::validateWithBody(token, url, body, signature);
    QCOMPARE(v.valid, expected);
    QVERIFY(v.bodyChecked);
    QCOMPARE(v.bodyHashMatches, expected);
    QVERIFY(!v.message.isEmpty());
    // The URL's own signature is fine either way: only the body changed.
    QVERIFY(WebhookSignature::validate(token, url, {}, signature).valid);
}

void TestWebhookSignature::jsonBodyNeedsBodySha256InTheUrl()
{
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    const QByteArray token = TokenVectors::stringAt(*c, u"authToken").toUtf8();
    const QByteArray body = TokenVectors::stringAt(*c, u"body").toUtf8();
    const QString plain = QStringLiteral("https://mycompany.com/myapp.php");
    const QString signature = WebhookSignature::compute(token, plain, {});
    const WebhookSignature::Validation v = WebhookSignature::validateWithBody(token, plain, body, signature);
    QVERIFY(!v.valid);
    QVERIFY(!v.bodyHashMatches);
    QVERIFY(v.message.contains(QStringLiteral("bodySHA256")));
    // Upper-case hex in the URL still matches the body.
    const QString upper = TokenVectors::stringAt(*c, u"url")
                              .toUpper()
                              .replace(QStringLiteral("HTTPS://MYCOMPANY.COM/MYAPP.PHP?BODYSHA256="),
                                       QStringLiteral("https://mycompany.com/myapp.php?bodySHA256="));
    const WebhookSignature::Validation u
        = WebhookSignature::validateWithBody(token, upper, body, WebhookSignature::compute(token, upper, {}));
    QVERIFY(u.bodyHashMatches);
    QVERIFY(u.valid);
}

void TestWebhookSignature::urlWithBodyHash_data()
{
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    const QString hash = TokenVectors::stringAt(*c, u"bodySHA256_hex");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no query") << QStringLiteral("https://mycompany.com/myapp.php")
                              << TokenVectors::stringAt(*c, u"url");
    QTest::newRow("existing query") << QStringLiteral("https://h/p?a=1")
                                    << QStringLiteral("https://h/p?a=1&bodySHA256=") + hash;
    QTest::newRow("stale hash replaced")
        << QStringLiteral("https://h/p?bodySHA256=00&b=2")
        << QStringLiteral("https://h/p?bodySHA256=") + hash + QStringLiteral("&b=2");
    QTest::newRow("fragment kept last")
        << QStringLiteral("https://h/p#top")
        << QStringLiteral("https://h/p?bodySHA256=") + hash + QStringLiteral("#top");
}

void TestWebhookSignature::urlWithBodyHash()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const OrderedJson* c = TokenVectors::webhookCase(u"json_body_bodySHA256");
    QCOMPARE(WebhookSignature::urlWithBodyHash(url, TokenVectors::stringAt(*c, u"body").toUtf8()), expected);
}

void TestWebhookSignature::urlVariants_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("variants");
    QTest::newRow("https without port")
        << QStringLiteral("https://a.com/x?q=1")
        << QStringList { QStringLiteral("https://a.com/x?q=1"), QStringLiteral("https://a.com:443/x?q=1") };
    QTest::newRow("https with 443") << QStringLiteral("https://a.com:443/x")
                                    << QStringList { QStringLiteral("https://a.com:443/x"),
                                                     QStringLiteral("https://a.com/x") };
    QTest::newRow("http without port") << QStringLiteral("http://localhost/voice")
                                       << QStringList { QStringLiteral("http://localhost/voice"),
                                                        QStringLiteral("http://localhost:80/voice") };
    QTest::newRow("custom port") << QStringLiteral("http://localhost:8080/voice")
                                 << QStringList { QStringLiteral("http://localhost:8080/voice"),
                                                  QStringLiteral("http://localhost/voice") };
    QTest::newRow("IPv6 with port") << QStringLiteral("https://[::1]:8443/x")
                                    << QStringList { QStringLiteral("https://[::1]:8443/x"),
                                                     QStringLiteral("https://[::1]/x") };
    QTest::newRow("IPv6 without port")
        << QStringLiteral("https://[::1]/x")
        << QStringList { QStringLiteral("https://[::1]/x"), QStringLiteral("https://[::1]:443/x") };
    QTest::newRow("credentials") << QStringLiteral("https://user:pw@a.com/x")
                                 << QStringList { QStringLiteral("https://user:pw@a.com/x"),
                                                  QStringLiteral("https://user:pw@a.com:443/x") };
    QTest::newRow("colon in query") << QStringLiteral("https://a.com?t=1:2")
                                    << QStringList { QStringLiteral("https://a.com?t=1:2"),
                                                     QStringLiteral("https://a.com:443?t=1:2") };
    QTest::newRow("not a URL") << QStringLiteral("mycompany.com/x")
                               << QStringList { QStringLiteral("mycompany.com/x") };
}

void TestWebhookSignature::urlVariants()
{
    QFETCH(QString, url);
    QFETCH(QStringList, variants);
    QStringList actual;
    for (const auto& [name, variantUrl] : WebhookSignature::urlVariants(url)) {
        QVERIFY(!name.isEmpty());
        actual << variantUrl;
    }
    QCOMPARE(actual, variants);
}

void TestWebhookSignature::namesSortByUtf16CodeUnits()
{
    // node sorts Object.keys() by UTF-16 code units: upper case before lower case, and a character
    // outside the BMP (a surrogate pair, 0xD83D…) before U+FF61.
    const Params params = { { QStringLiteral("b"), QStringLiteral("1") },
                            { QStringLiteral("B"), QStringLiteral("2") },
                            { QStringLiteral("\uff61"), QStringLiteral("3") },
                            { QStringLiteral("\U0001F600"), QStringLiteral("4") },
                            { QStringLiteral("a"), QStringLiteral("5") } };
    QCOMPARE(WebhookSignature::stringToSign(QStringLiteral("u"), params),
             QByteArray("uB2a5b1\xf0\x9f\x98\x80"
                        "4\xef\xbd\xa1"
                        "3"));
}

void TestWebhookSignature::repeatedValuesAreDeduplicatedAndSorted()
{
    const Params params = { { QStringLiteral("M"), QStringLiteral("b") },
                            { QStringLiteral("M"), QStringLiteral("a") },
                            { QStringLiteral("M"), QStringLiteral("b") },
                            { QStringLiteral("M"), QString() } };
    QCOMPARE(WebhookSignature::stringToSign(QStringLiteral("u"), params), QByteArray("uMMaMb"));
}

void TestWebhookSignature::signatureTextIsTrimmedButOtherwiseExact()
{
    const OrderedJson* c = TokenVectors::webhookCase(u"form_post");
    const QByteArray token = TokenVectors::stringAt(*c, u"authToken").toUtf8();
    const QString url = TokenVectors::stringAt(*c, u"url");
    const Params params = paramsOf(c->find(u"params"));
    const QString signature = TokenVectors::stringAt(*c, u"signature");
    QVERIFY(WebhookSignature::validate(token, url, params,
                                       QStringLiteral("  ") + signature + QStringLiteral("\n"))
                .valid);
    QVERIFY(!WebhookSignature::validate(token, url, params, signature.chopped(1)).valid); // without '='
    QVERIFY(!WebhookSignature::validate(token, url, params, QString()).valid);
    QVERIFY(!WebhookSignature::validate(token, url, params, signature.toLower()).valid);
    QVERIFY(!WebhookSignature::validate(token, url, params.mid(1), signature).valid); // a parameter missing
    const WebhookSignature::Validation v = WebhookSignature::validate(token, url, params, signature);
    QCOMPARE(v.matchedUrl, url);
    QCOMPARE(v.triedVariants.size(), 2);
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
