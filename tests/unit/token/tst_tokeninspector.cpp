#include "TokenVectors.h"
#include "token/Base64Url.h"
#include "token/TokenInspector.h"

#include <QtTest>

namespace {

const QByteArray kSecret = "crafted-secret";
const QByteArray kKey = "SKfedcba9876543210fedcba9876543210";
const QByteArray kAccount = "AC0123456789abcdef0123456789abcdef";
constexpr qint64 kNow = 1700000001;

// A token made by signing crafted JSON bytes, the way a broken or hostile issuer would.
QByteArray craft(const QByteArray& header, const QByteArray& payload, JwtAlgorithm alg = JwtAlgorithm::HS256)
{
    const QByteArray input = Base64Url::encode(header) + '.' + Base64Url::encode(payload);
    return input + '.' + Jwt::sign(alg, kSecret, input);
}

QByteArray header(const QByteArray& members = R"("alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1")")
{
    return '{' + members + '}';
}

// A well-formed node-layout payload; `replace` swaps whole "name":value pieces.
QByteArray payload(const QList<QPair<QByteArray, QByteArray>>& replace = {})
{
    QByteArray p = R"({"jti":"@KEY-1700000000","grants":{"identity":"alice","video":{}},"iat":1700000000,)"
                   R"("exp":1700003600,"iss":"@KEY","sub":"@ACCOUNT"})";
    for (const auto& [from, to] : replace)
        p.replace(from, to);
    return p.replace("@KEY", kKey).replace("@ACCOUNT", kAccount);
}

QStringList codes(const TokenInspector::Result& r)
{
    QStringList list;
    for (const Finding& f : r.findings)
        list << f.code;
    list.sort();
    list.removeDuplicates();
    return list;
}

TokenInspector::Options options(qint64 now, QByteArrayView secret)
{
    TokenInspector::Options o;
    o.now = now;
    o.secret = secret;
    return o;
}

} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void vectorsValidUntilExpiry_data();
    void vectorsValidUntilExpiry();
    void vectorsFollowJsonwebtokenResults_data();
    void vectorsFollowJsonwebtokenResults();
    void vectorFindings_data();
    void vectorFindings();

    void everyCatalogCodeIsTriggered_data();
    void everyCatalogCodeIsTriggered();
    void catalogIsCoveredByTheRowsAbove();
    void malformedInputGivesOneFinding();
    void clockSkewTolerance();
    void nonHmacAlgorithmIsAnError();
    void reinspectingAParsedTokenIsEquivalent();
    void messagesNeverContainTheSecret();
    void humanDuration_data();
    void humanDuration();
    void relativeTime();
};

void TestTokenInspector::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestTokenInspector::vectorsValidUntilExpiry_data()
{
    QTest::addColumn<int>("index");
    const auto tokens = TokenVectors::accessTokens();
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i].hasKnownSecret())
            QTest::newRow(qPrintable(tokens[i].name)) << i;
    }
}

void TestTokenInspector::vectorsValidUntilExpiry()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    const TokenVectors::Credentials c = TokenVectors::credentials();
    QVERIFY(v.exp);

    const auto valid = TokenInspector::inspect(v.token, options(*v.exp - 1, c.apiSecret));
    QVERIFY(valid.ok());
    QCOMPARE(valid.signature, TokenInspector::SignatureState::Verified);
    QVERIFY(valid.has(u"signature-verified"));
    QVERIFY(!valid.has(u"expired"));
    QVERIFY(!valid.has(u"not-yet-valid"));
    QCOMPARE(valid.expiresAt, v.exp);
    QCOMPARE(valid.issuedAt, v.iat);
    QCOMPARE(valid.notBefore, v.nbf);

    const auto expired = TokenInspector::inspect(v.token, options(*v.exp, c.apiSecret));
    QVERIFY(expired.has(u"expired"));
    QCOMPARE(expired.signature, TokenInspector::SignatureState::Verified);

    const auto wrong = TokenInspector::inspect(v.token, options(*v.exp - 1, c.wrongSecret));
    QCOMPARE(wrong.signature, TokenInspector::SignatureState::Invalid);
    QVERIFY(wrong.has(u"signature-invalid"));
    QVERIFY(!wrong.has(u"signature-verified"));
    QVERIFY(wrong.hasErrors());

    const auto unchecked = TokenInspector::inspect(v.token, options(*v.exp - 1, QByteArrayView()));
    QCOMPARE(unchecked.signature, TokenInspector::SignatureState::Unchecked);
    QVERIFY(unchecked.has(u"signature-unchecked"));

    // Before nbf (or, without nbf, before iat: jsonwebtoken does not check iat, and neither do we).
    if (v.nbf) {
        const auto early = TokenInspector::inspect(v.token, options(*v.nbf - 1, c.apiSecret));
        QVERIFY(early.has(u"not-yet-valid"));
        QVERIFY(!early.has(u"expired"));
        const auto atNbf = TokenInspector::inspect(v.token, options(*v.nbf, c.apiSecret));
        QVERIFY(!atNbf.has(u"not-yet-valid"));
    } else {
        const auto early = TokenInspector::inspect(v.token, options(*v.iat - 30, c.apiSecret));
        QVERIFY(!early.has(u"not-yet-valid"));
        QVERIFY(!early.has(u"issued-in-future")); // within the 60 s skew
    }
}

void TestTokenInspector::vectorsFollowJsonwebtokenResults_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("correctSecret");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QString>("expected");
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        for (const OrderedJson::Member& m : v.verification.members()) {
            // "<correct|wrong>_secret_<…>_<unix time>": the time is the last underscore-separated field.
            const bool correct = m.key.startsWith(u"correct_secret");
            QVERIFY2(correct || m.key.startsWith(u"wrong_secret"), qPrintable(m.key));
            bool ok = false;
            const qint64 at = m.key.section(u'_', -1).toLongLong(&ok);
            QVERIFY2(ok, qPrintable(m.key));
            QTest::newRow(qPrintable(v.name + u' ' + m.key))
                << v.token << correct << at << m.value.toString();
        }
    }
}

void TestTokenInspector::vectorsFollowJsonwebtokenResults()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, correctSecret);
    QFETCH(qint64, at);
    QFETCH(QString, expected);
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const auto r = TokenInspector::inspect(token, options(at, correctSecret ? c.apiSecret : c.wrongSecret));
    QVERIFY(r.ok());
    if (expected == u"valid") {
        QCOMPARE(r.signature, TokenInspector::SignatureState::Verified);
        QVERIFY(!r.has(u"expired"));
        QVERIFY(!r.has(u"not-yet-valid"));
    } else if (expected.startsWith(u"TokenExpiredError")) {
        QCOMPARE(r.signature, TokenInspector::SignatureState::Verified);
        QVERIFY(r.has(u"expired"));
    } else if (expected.startsWith(u"NotBeforeError")) {
        QCOMPARE(r.signature, TokenInspector::SignatureState::Verified);
        QVERIFY(r.has(u"not-yet-valid"));
    } else if (expected.contains(u"invalid signature")) {
        QCOMPARE(r.signature, TokenInspector::SignatureState::Invalid);
        QVERIFY(r.has(u"signature-invalid"));
    } else {
        QFAIL(qPrintable(QStringLiteral("unmapped jsonwebtoken result: ") + expected));
    }
}

void TestTokenInspector::vectorFindings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    const QStringList verified = { QStringLiteral("signature-verified") };
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        QStringList expected = verified;
        if (v.name == u"hs512_algorithm")
            expected << QStringLiteral("alg-not-hs256");
        else if (v.name == u"ttl_over_max")
            expected << QStringLiteral("ttl-over-24h");
        else if (v.name == u"twilio_docs_sample")
            // Placeholder SIDs (SKxxx…, ISxxx…), the legacy ip_messaging grant and an unknown secret.
            expected
                = QStringList { QStringLiteral("issuer-not-api-key"), QStringLiteral("subject-not-account"),
                                QStringLiteral("sid-prefix-mismatch"), QStringLiteral("legacy-grant"),
                                QStringLiteral("signature-unchecked") };
        expected.sort();
        QTest::newRow(qPrintable(v.name)) << v.name << expected;
    }
}

void TestTokenInspector::vectorFindings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        if (v.name != name)
            continue;
        const QByteArray secret = v.hasKnownSecret() ? TokenVectors::credentials().apiSecret : QByteArray();
        const auto r = TokenInspector::inspect(v.token, options(*v.exp - 1, secret));
        QCOMPARE(codes(r), expected);
        return;
    }
    QFAIL("vector not found");
}

void TestTokenInspector::everyCatalogCodeIsTriggered_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("issuer"); // IssuerStatus the key list reports
    QTest::addColumn<QStringList>("expected"); // every code the token must produce, sorted

    const QByteArray h = header();
    const QByteArray p = payload();
    const int unknown = int(IssuerStatus::Unknown);
    auto row = [&](const char* code, const QByteArray& token, QStringList expected, qint64 now = kNow,
                   const QByteArray& secret = kSecret, int issuer = int(IssuerStatus::Unknown)) {
        expected.sort();
        QTest::newRow(code) << QString::fromLatin1(code) << token << now << secret << issuer << expected;
    };
    const QString verified = QStringLiteral("signature-verified");

    row("malformed", craft(h, payload({ { R"("exp":1700003600)", R"("exp":"soon")" } })),
        { QStringLiteral("malformed"), verified });
    row("alg-not-hs256",
        craft(header(R"("alg":"HS384","typ":"JWT","cty":"twilio-fpa;v=1")"), p, JwtAlgorithm::HS384),
        { QStringLiteral("alg-not-hs256"), verified });
    row("alg-none",
        Base64Url::encode(header(R"("alg":"none","typ":"JWT","cty":"twilio-fpa;v=1")")) + '.'
            + Base64Url::encode(p) + '.',
        { QStringLiteral("alg-none"), QStringLiteral("signature-unchecked") });
    row("cty-missing", craft(header(R"("alg":"HS256","typ":"JWT")"), p),
        { QStringLiteral("cty-missing"), verified });
    row("typ-not-jwt", craft(header(R"("alg":"HS256","typ":"at+jwt","cty":"twilio-fpa;v=1")"), p),
        { QStringLiteral("typ-not-jwt"), verified });
    row("issuer-not-api-key",
        craft(h,
              payload({ { R"("iss":"@KEY")", R"("iss":"@ACCOUNT")" },
                        { R"("jti":"@KEY)", R"("jti":"@ACCOUNT)" } })),
        { QStringLiteral("issuer-not-api-key"), verified });
    row("subject-not-account",
        craft(h, payload({ { R"("sub":"@ACCOUNT")", R"("sub":"US0123456789abcdef0123456789abcdef")" } })),
        { QStringLiteral("subject-not-account"), verified });
    row("jti-mismatch", craft(h, payload({ { R"("jti":"@KEY-1700000000")", R"("jti":"a-random-string")" } })),
        { QStringLiteral("jti-mismatch"), verified });
    row("ttl-over-24h", craft(h, payload({ { R"("exp":1700003600)", R"("exp":1700086401)" } })),
        { QStringLiteral("ttl-over-24h"), verified });
    row("expired", craft(h, p), { QStringLiteral("expired"), verified }, 1700003600);
    row("not-yet-valid",
        craft(h, payload({ { R"("iat":1700000000)", R"("nbf":1700000100,"iat":1700000000)" } })),
        { QStringLiteral("not-yet-valid"), verified });
    row("issued-in-future",
        craft(h,
              payload({ { R"("iat":1700000000)", R"("iat":1700000062)" },
                        { R"("exp":1700003600)", R"("exp":1700003662)" } })),
        { QStringLiteral("issued-in-future"), verified });
    row("identity-missing", craft(h, payload({ { R"("identity":"alice",)", "" } })),
        { QStringLiteral("identity-missing"), verified });
    row("identity-invalid-for-voice",
        craft(h,
              payload({ { R"("identity":"alice","video":{})", R"("identity":"alice smith","voice":{})" } })),
        { QStringLiteral("identity-invalid-for-voice"), verified });
    row("unknown-grant", craft(h, payload({ { R"("video":{})", R"("fax":{})" } })),
        { QStringLiteral("unknown-grant"), verified });
    row("legacy-grant", craft(h, payload({ { R"("video":{})", R"("rtc":{})" } })),
        { QStringLiteral("legacy-grant"), verified });
    row("sid-prefix-mismatch",
        craft(h,
              payload(
                  { { R"("video":{})", R"("chat":{"service_sid":"CR00112233445566778899aabbccddeeff"})" } })),
        { QStringLiteral("sid-prefix-mismatch"), verified });
    row("unknown-region", craft(header(R"("alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1","twr":"eu9")"), p),
        { QStringLiteral("unknown-region"), verified });
    row("issuer-restricted-key", craft(h, p), { QStringLiteral("issuer-restricted-key"), verified }, kNow,
        kSecret, int(IssuerStatus::Restricted));
    row("issuer-deleted", craft(h, p), { QStringLiteral("issuer-deleted"), verified }, kNow, kSecret,
        int(IssuerStatus::Deleted));
    row("signature-verified", craft(h, p), { verified }, kNow, kSecret, int(IssuerStatus::Active));
    row("signature-invalid", craft(h, p), { QStringLiteral("signature-invalid") }, kNow, "another-secret",
        unknown);
    row("signature-unchecked", craft(h, p), { QStringLiteral("signature-unchecked") }, kNow, QByteArray(),
        unknown);
}

void TestTokenInspector::everyCatalogCodeIsTriggered()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, token);
    QFETCH(qint64, now);
    QFETCH(QByteArray, secret);
    QFETCH(int, issuer);
    QFETCH(QStringList, expected);
    TokenInspector::Options o = options(now, secret);
    QString looked;
    o.issuerLookup = [&](const QString& keySid) {
        looked = keySid;
        return IssuerStatus(issuer);
    };
    const auto r = TokenInspector::inspect(token, o);
    QVERIFY2(r.ok(), qPrintable(r.parse.error));
    QCOMPARE(codes(r), expected);
    QVERIFY(FindingCatalog::isKnown(code));
    QCOMPARE(looked.isEmpty(), code == u"issuer-not-api-key"); // the lookup only runs for SK issuers
    // The finding carries the catalog's usual severity.
    std::optional<Finding::Severity> usual;
    for (const FindingCatalog::Entry& e : FindingCatalog::entries()) {
        if (code == QLatin1String(e.code))
            usual = e.severity;
    }
    QVERIFY(usual);
    bool found = false;
    for (const Finding& f : r.findings) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(FindingCatalog::isKnown(f.code));
        if (f.code == code) {
            found = true;
            QCOMPARE(f.severity, *usual);
        }
    }
    QVERIFY(found);
}

void TestTokenInspector::catalogIsCoveredByTheRowsAbove()
{
    // Every catalog code has a row named after it in everyCatalogCodeIsTriggered_data(), and the
    // catalog has exactly the 23 codes of PRODUCT.md.
    QStringList covered;
    for (const char* code : { "malformed",
                              "alg-not-hs256",
                              "alg-none",
                              "cty-missing",
                              "typ-not-jwt",
                              "issuer-not-api-key",
                              "subject-not-account",
                              "jti-mismatch",
                              "ttl-over-24h",
                              "expired",
                              "not-yet-valid",
                              "issued-in-future",
                              "identity-missing",
                              "identity-invalid-for-voice",
                              "unknown-grant",
                              "legacy-grant",
                              "sid-prefix-mismatch",
                              "unknown-region",
                              "issuer-restricted-key",
                              "issuer-deleted",
                              "signature-verified",
                              "signature-invalid",
                              "signature-unchecked" })
        covered << QString::fromLatin1(code);
    QStringList catalog;
    for (const FindingCatalog::Entry& e : FindingCatalog::entries()) {
        catalog << QString::fromLatin1(e.code);
        QVERIFY(!FindingCatalog::summary(QString::fromLatin1(e.code)).isEmpty());
    }
    QCOMPARE(catalog, covered);
    QVERIFY(!FindingCatalog::isKnown(QStringLiteral("no-such-code")));
    QVERIFY(FindingCatalog::summary(QStringLiteral("no-such-code")).isEmpty());
}

void TestTokenInspector::malformedInputGivesOneFinding()
{
    for (const QByteArray& paste : { QByteArray(), QByteArray("not a token"), QByteArray("eyJhbGciOi.x.y"),
                                     QByteArray(300 * 1024, 'a') }) {
        const auto r = TokenInspector::inspect(paste, options(kNow, kSecret));
        QVERIFY(!r.ok());
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().code, QStringLiteral("malformed"));
        QCOMPARE(r.findings.first().severity, Finding::Severity::Error);
        QCOMPARE(r.findings.first().message, r.parse.error);
        QCOMPARE(r.signature, TokenInspector::SignatureState::Unchecked);
    }
}

void TestTokenInspector::clockSkewTolerance()
{
    const QByteArray token = craft(header(), payload());
    TokenInspector::Options o = options(1700000000 - 60, kSecret);
    QVERIFY(!TokenInspector::inspect(token, o).has(u"issued-in-future"));
    o.now = 1700000000 - 61;
    QVERIFY(TokenInspector::inspect(token, o).has(u"issued-in-future"));
    o.allowedClockSkew = 0;
    o.now = 1700000000;
    QVERIFY(!TokenInspector::inspect(token, o).has(u"issued-in-future"));
    o.now = 1700000000 - 1;
    QVERIFY(TokenInspector::inspect(token, o).has(u"issued-in-future"));
}

void TestTokenInspector::nonHmacAlgorithmIsAnError()
{
    const QByteArray input = Base64Url::encode(header(R"("alg":"RS256","typ":"JWT","cty":"twilio-fpa;v=1")"))
        + '.' + Base64Url::encode(payload());
    const auto r = TokenInspector::inspect(input + ".c2lnbmF0dXJl", options(kNow, kSecret));
    QVERIFY(r.ok());
    QCOMPARE(codes(r),
             QStringList({ QStringLiteral("alg-not-hs256"), QStringLiteral("signature-unchecked") }));
    for (const Finding& f : r.findings) {
        if (f.code == u"alg-not-hs256")
            QCOMPARE(f.severity,
                     Finding::Severity::Error); // HS384/HS512 are warnings; RS256 cannot be checked
    }
    // alg none with a signature attached is still alg-none.
    const auto none = TokenInspector::inspect(Base64Url::encode(R"({"alg":"none"})") + '.'
                                                  + Base64Url::encode(payload()) + ".c2ln",
                                              options(kNow, kSecret));
    QVERIFY(none.has(u"alg-none"));
    QCOMPARE(none.signature, TokenInspector::SignatureState::Unchecked);
}

void TestTokenInspector::reinspectingAParsedTokenIsEquivalent()
{
    const QByteArray token = craft(header(), payload());
    const auto first = TokenInspector::inspect(token, options(kNow, QByteArrayView()));
    const auto second = TokenInspector::inspect(first.parse, options(1700003600, kSecret));
    QVERIFY(second.has(u"expired"));
    QVERIFY(second.has(u"signature-verified"));
    QCOMPARE(second.parts().compact(), token);
}

void TestTokenInspector::messagesNeverContainTheSecret()
{
    const QByteArray secret = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        for (const QByteArray& s : { secret, QByteArray("wrong-secret-value") }) {
            const auto r = TokenInspector::inspect(v.token, options(kNow, s));
            for (const Finding& f : r.findings)
                QVERIFY(!f.message.contains(QString::fromLatin1(s)));
        }
    }
}

void TestTokenInspector::humanDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("45 s") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("90 s") << qint64(90) << QStringLiteral("1 min 30 s");
    QTest::newRow("12 min") << qint64(12 * 60 + 5) << QStringLiteral("12 min");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("1 h 30 min") << qint64(5400) << QStringLiteral("1 h 30 min");
    QTest::newRow("24 h") << qint64(86400) << QStringLiteral("1 d");
    QTest::newRow("25 h") << qint64(90000) << QStringLiteral("1 d 1 h");
    QTest::newRow("negative") << qint64(-90) << QStringLiteral("1 min 30 s");
}

void TestTokenInspector::humanDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TokenInspector::humanDuration(seconds), text);
}

void TestTokenInspector::relativeTime()
{
    QCOMPARE(TokenInspector::relativeTime(100, 100), QStringLiteral("now"));
    QCOMPARE(TokenInspector::relativeTime(100 + 720, 100), QStringLiteral("in 12 min"));
    QCOMPARE(TokenInspector::relativeTime(100, 100 + 3 * 3600), QStringLiteral("3 h ago"));
}

QTEST_GUILESS_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
