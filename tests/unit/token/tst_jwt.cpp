#include "TokenVectors.h"
#include "token/Base64Url.h"
#include "token/Jwt.h"

#include <QtTest>

Q_DECLARE_METATYPE(JwtParseResult::Part)

namespace {

QByteArray b64(const QByteArray& raw)
{
    return Base64Url::encode(raw);
}

// header.payload.signature from raw JSON; the signature segment is given as text.
QByteArray tokenFrom(const QByteArray& header, const QByteArray& payload,
                     const QByteArray& signature = "c2ln")
{
    return b64(header) + '.' + b64(payload) + '.' + signature;
}

const QByteArray kHeader = R"({"alg":"HS256","typ":"JWT"})";
const QByteArray kPayload = R"({"sub":"x"})";

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void parsesEveryVectorByteExactly_data();
    void parsesEveryVectorByteExactly();
    void verifiesEveryVectorWithItsSecretOnly_data();
    void verifiesEveryVectorWithItsSecretOnly();
    void verifyIsOverReceivedSegments();
    void verifyRejectsTamperingAnywhere();
    void signMatchesHmacOfSigningInput();
    void algorithmNames_data();
    void algorithmNames();

    void pasteCleanup_data();
    void pasteCleanup();
    void malformedInput_data();
    void malformedInput();
    void unsecuredTokenParsesWithEmptySignature();
    void oversizedInputIsRefusedBeforeDecoding();
    void deeplyNestedJsonIsRefused();
};

void TestJwt::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestJwt::parsesEveryVectorByteExactly_data()
{
    QTest::addColumn<int>("index");
    const auto tokens = TokenVectors::accessTokens();
    for (int i = 0; i < tokens.size(); ++i)
        QTest::newRow(qPrintable(tokens[i].name)) << i;
}

void TestJwt::parsesEveryVectorByteExactly()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    const JwtParseResult r = Jwt::parse(v.token);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.parts.headerJson, v.headerJson);
    QCOMPARE(r.parts.payloadJson, v.payloadJson);
    QCOMPARE(r.parts.headerB64, v.headerB64);
    QCOMPARE(r.parts.payloadB64, v.payloadB64);
    QCOMPARE(r.parts.signatureB64, v.signatureB64);
    QCOMPARE(r.parts.signingInput(), v.signingInput);
    QCOMPARE(r.parts.compact(), v.token);
    QCOMPARE(r.token, v.token);
    QVERIFY(r.parts.header == v.header);
    QVERIFY(r.parts.payload == v.payload);
    QCOMPARE(jwtAlgorithmName(r.parts.algorithm()), v.algorithm);
    QCOMPARE(r.parts.signature.size(), v.algorithm == u"HS512" ? 64 : 32);
    QCOMPARE(r.removedWhitespace, 0);
    QVERIFY(r.ignoredPrefix.isEmpty());
    QVERIFY(r.ignoredSuffix.isEmpty());
}

void TestJwt::verifiesEveryVectorWithItsSecretOnly_data()
{
    parsesEveryVectorByteExactly_data();
}

void TestJwt::verifiesEveryVectorWithItsSecretOnly()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    if (!v.hasKnownSecret())
        QSKIP("twilio_docs_sample: its secret is unknown, it can only be decoded");
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const JwtParseResult r = Jwt::parse(v.token);
    QVERIFY(r.ok);
    QVERIFY(Jwt::verify(r.parts, c.apiSecret));
    QVERIFY(!Jwt::verify(r.parts, c.wrongSecret));
    QVERIFY(!Jwt::verify(r.parts, QByteArrayView()));
    QVERIFY(!Jwt::verify(r.parts, QByteArray(c.apiSecret).append('x')));
}

void TestJwt::verifyIsOverReceivedSegments()
{
    // Same JSON content, different bytes (key order): only the bytes that were signed verify.
    const QByteArray secret("secret");
    const QByteArray header1 = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray header2 = R"({"typ":"JWT","alg":"HS256"})";
    const QByteArray input1 = b64(header1) + '.' + b64(kPayload);
    const QByteArray token1 = input1 + '.' + Jwt::sign(JwtAlgorithm::HS256, secret, input1);
    const JwtParseResult r1 = Jwt::parse(token1);
    QVERIFY(r1.ok);
    QVERIFY(Jwt::verify(r1.parts, secret));

    JwtParseResult r2 = Jwt::parse(b64(header2) + '.' + b64(kPayload) + '.' + r1.parts.signatureB64);
    QVERIFY(r2.ok);
    QVERIFY(!Jwt::verify(r2.parts, secret));
}

void TestJwt::verifyRejectsTamperingAnywhere()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const QByteArray secret = TokenVectors::credentials().apiSecret;
    int tampered = 0;
    for (qsizetype i = 0; i < v.token.size(); ++i) {
        if (v.token[i] == '.')
            continue;
        QByteArray copy = v.token;
        copy[i] = copy[i] == 'A' ? 'B' : 'A';
        const JwtParseResult r = Jwt::parse(copy);
        if (r.ok) {
            ++tampered;
            // Changing the last signature character may only touch padding bits; the decoded
            // signature must differ for verification to fail.
            QByteArray original;
            Base64Url::decode(v.signatureB64, &original);
            if (r.parts.signature == original && r.parts.signingInput() == v.signingInput)
                continue;
            QVERIFY2(!Jwt::verify(r.parts, secret),
                     qPrintable(QStringLiteral("accepted with byte %1 changed").arg(i)));
        }
    }
    QVERIFY(tampered > 100);
}

void TestJwt::signMatchesHmacOfSigningInput()
{
    const QByteArray input = "abc.def";
    QCOMPARE(Jwt::sign(JwtAlgorithm::HS256, "k", input),
             Base64Url::encode(Hmac::compute(HmacAlgorithm::Sha256, "k", input)));
    QCOMPARE(Jwt::sign(JwtAlgorithm::HS384, "k", input),
             Base64Url::encode(Hmac::compute(HmacAlgorithm::Sha384, "k", input)));
    QCOMPARE(Jwt::sign(JwtAlgorithm::HS512, "k", input),
             Base64Url::encode(Hmac::compute(HmacAlgorithm::Sha512, "k", input)));
    QVERIFY(Jwt::sign(JwtAlgorithm::None, "k", input).isEmpty());
    QVERIFY(Jwt::sign(JwtAlgorithm::Other, "k", input).isEmpty());
}

void TestJwt::algorithmNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("hmac");
    QTest::newRow("HS256") << QStringLiteral("HS256") << int(JwtAlgorithm::HS256) << true;
    QTest::newRow("HS384") << QStringLiteral("HS384") << int(JwtAlgorithm::HS384) << true;
    QTest::newRow("HS512") << QStringLiteral("HS512") << int(JwtAlgorithm::HS512) << true;
    QTest::newRow("none") << QStringLiteral("none") << int(JwtAlgorithm::None) << false;
    QTest::newRow("NONE") << QStringLiteral("NONE") << int(JwtAlgorithm::None) << false;
    QTest::newRow("lower-case hs256") << QStringLiteral("hs256") << int(JwtAlgorithm::Other) << false;
    QTest::newRow("RS256") << QStringLiteral("RS256") << int(JwtAlgorithm::Other) << false;
    QTest::newRow("empty") << QString() << int(JwtAlgorithm::Other) << false;
}

void TestJwt::algorithmNames()
{
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    QFETCH(bool, hmac);
    QCOMPARE(int(jwtAlgorithmFromName(name)), algorithm);
    QCOMPARE(hmacForJwt(JwtAlgorithm(algorithm)).has_value(), hmac);
    if (hmac)
        QCOMPARE(jwtAlgorithmName(JwtAlgorithm(algorithm)), name);
}

void TestJwt::pasteCleanup_data()
{
    const QByteArray token = TokenVectors::accessTokens().first().token;
    QTest::addColumn<QByteArray>("paste");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("whitespace");
    QTest::newRow("as is") << token << QByteArray() << 0;
    QTest::newRow("bearer") << QByteArray("Bearer ") + token << QByteArray("Bearer") << 0;
    QTest::newRow("authorization header") << QByteArray("Authorization: Bearer ") + token + "\r\n"
                                          << QByteArray("Authorization: Bearer") << 0;
    QTest::newRow("double quotes") << "\"" + token + "\"" << QByteArray("\"") << 0;
    QTest::newRow("json member") << QByteArray("\"token\": \"") + token + "\"," << QByteArray("\"token\": \"")
                                 << 0;
    QTest::newRow("javascript string")
        << QByteArray("const t = '") + token + "';" << QByteArray("const t = '") << 0;
    QTest::newRow("line-wrapped") << token.left(40) + "\n" + token.mid(40, 40) + "\r\n  " + token.mid(80)
                                  << QByteArray() << 5;
    QTest::newRow("surrounding whitespace") << "  \t" + token + "\n\n" << QByteArray() << 0;
}

void TestJwt::pasteCleanup()
{
    QFETCH(QByteArray, paste);
    QFETCH(QByteArray, prefix);
    QFETCH(int, whitespace);
    const JwtParseResult r = Jwt::parse(paste);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.token, TokenVectors::accessTokens().first().token);
    QCOMPARE(r.ignoredPrefix, prefix);
    // Whitespace inside the token is counted; whitespace around it is trailing noise.
    QVERIFY(r.removedWhitespace >= whitespace);
}

void TestJwt::malformedInput_data()
{
    const QByteArray sig = "c2ln";
    QTest::addColumn<QByteArray>("paste");
    QTest::addColumn<JwtParseResult::Part>("part");
    QTest::addColumn<QString>("mention");
    QTest::newRow("empty") << QByteArray() << JwtParseResult::Part::Token << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray(" \n\t") << JwtParseResult::Part::Token
                                     << QStringLiteral("empty");
    QTest::newRow("prose") << QByteArray("hello there!") << JwtParseResult::Part::Token
                           << QStringLiteral("character");
    QTest::newRow("one segment") << b64(kHeader) << JwtParseResult::Part::Token
                                 << QStringLiteral("1 segment");
    QTest::newRow("two segments") << b64(kHeader) + '.' + b64(kPayload) << JwtParseResult::Part::Token
                                  << QStringLiteral("2 segments");
    QTest::newRow("four segments") << tokenFrom(kHeader, kPayload) + ".x" << JwtParseResult::Part::Token
                                   << QStringLiteral("4 segments");
    QTest::newRow("five segments (JWE)")
        << tokenFrom(kHeader, kPayload) + ".x.y" << JwtParseResult::Part::Token << QStringLiteral("JWE");
    QTest::newRow("empty header") << "." + b64(kPayload) + "." + sig << JwtParseResult::Part::Header
                                  << QStringLiteral("empty");
    QTest::newRow("empty payload") << b64(kHeader) + ".." + sig << JwtParseResult::Part::Payload
                                   << QStringLiteral("empty");
    QTest::newRow("padding") << b64(kHeader) + "=." + b64(kPayload) + "." + sig
                             << JwtParseResult::Part::Header << QStringLiteral("padding");
    QTest::newRow("standard base64") << b64(kHeader) + "." + b64(kPayload) + ".ab+/"
                                     << JwtParseResult::Part::Signature << QStringLiteral("standard base64");
    QTest::newRow("impossible length")
        << b64(kHeader) + "." + b64(R"({"sub":"xy"})") + "A." + sig << JwtParseResult::Part::Payload
        << QStringLiteral("impossible length");
    QTest::newRow("extra segment before the token")
        << "xy." + tokenFrom(kHeader, kPayload) << JwtParseResult::Part::Token
        << QStringLiteral("4 segments");
    QTest::newRow("non-JSON header before eyJ payload") << "abc." + b64(kPayload) + "."
            + sig << JwtParseResult::Part::Header << QStringLiteral("not valid JSON");
    QTest::newRow("junk after token")
        << tokenFrom(kHeader, kPayload) + " !!" << JwtParseResult::Part::Token << QStringLiteral("'!'");
    QTest::newRow("header not JSON") << tokenFrom("{alg:HS256}", kPayload) << JwtParseResult::Part::Header
                                     << QStringLiteral("not valid JSON");
    QTest::newRow("header an array") << tokenFrom("[\"HS256\"]", kPayload) << JwtParseResult::Part::Header
                                     << QStringLiteral("not an object");
    QTest::newRow("header without alg")
        << tokenFrom(R"({"typ":"JWT"})", kPayload) << JwtParseResult::Part::Header << QStringLiteral("alg");
    QTest::newRow("alg not a string")
        << tokenFrom(R"({"alg":256})", kPayload) << JwtParseResult::Part::Header << QStringLiteral("alg");
    QTest::newRow("payload not JSON")
        << tokenFrom(kHeader, "{\"a\":") << JwtParseResult::Part::Payload << QStringLiteral("not valid JSON");
    QTest::newRow("payload a string") << tokenFrom(kHeader, "\"claims\"") << JwtParseResult::Part::Payload
                                      << QStringLiteral("not an object");
    QTest::newRow("payload invalid UTF-8")
        << tokenFrom(kHeader, "{\"a\":\"\xff\"}") << JwtParseResult::Part::Payload << QStringLiteral("UTF-8");
}

void TestJwt::malformedInput()
{
    QFETCH(QByteArray, paste);
    QFETCH(JwtParseResult::Part, part);
    QFETCH(QString, mention);
    const JwtParseResult r = Jwt::parse(paste);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorPart, part);
    QVERIFY2(r.error.contains(mention), qPrintable(r.error));
}

void TestJwt::unsecuredTokenParsesWithEmptySignature()
{
    const JwtParseResult r = Jwt::parse(b64(R"({"alg":"none"})") + '.' + b64(kPayload) + '.');
    QVERIFY(r.ok);
    QCOMPARE(r.parts.algorithm(), JwtAlgorithm::None);
    QVERIFY(r.parts.signatureB64.isEmpty());
    QVERIFY(!Jwt::verify(r.parts, "anything"));
    QVERIFY(!Jwt::verify(r.parts, QByteArrayView()));
}

void TestJwt::oversizedInputIsRefusedBeforeDecoding()
{
    const QByteArray big
        = tokenFrom(kHeader, QByteArray(R"({"pad":")") + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
    const JwtParseResult r = Jwt::parse(big);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorPart, JwtParseResult::Part::Token);
    QVERIFY(r.error.contains(QStringLiteral("KiB")));
    // Just under the limit still parses.
    const QByteArray payload = QByteArray(R"({"pad":")") + QByteArray(150 * 1024, 'a') + "\"}";
    QVERIFY(Jwt::parse(tokenFrom(kHeader, payload)).ok);
}

void TestJwt::deeplyNestedJsonIsRefused()
{
    const JwtParseResult header = Jwt::parse(tokenFrom(QByteArray(100000, '['), kPayload));
    QVERIFY(!header.ok);
    QCOMPARE(header.errorPart, JwtParseResult::Part::Header);
    const QByteArray nested = QByteArray(R"({"a":)") + QByteArray(Jwt::MaxJsonDepth, '[')
        + QByteArray(Jwt::MaxJsonDepth, ']') + "}";
    const JwtParseResult payload = Jwt::parse(tokenFrom(kHeader, nested));
    QVERIFY(!payload.ok);
    QCOMPARE(payload.errorPart, JwtParseResult::Part::Payload);
    const QByteArray fits = QByteArray(R"({"a":)") + QByteArray(Jwt::MaxJsonDepth - 1, '[')
        + QByteArray(Jwt::MaxJsonDepth - 1, ']') + "}";
    QVERIFY(Jwt::parse(tokenFrom(kHeader, fits)).ok);
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
