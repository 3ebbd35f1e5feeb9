#include "TokenVectors.h"
#include "token/AccessTokenBuilder.h"
#include "token/Base64Url.h"
#include "token/TokenInspector.h"

#include <QtTest>

namespace {

// Builds the typed grant that Twilio's node library was given (inputs.grants[i] = {type, options}).
// Unknown types or options fail loudly so a new vector is never rebuilt half-way.
bool typedGrant(const OrderedJson& input, Grant* out, QString* error)
{
    const QString type = TokenVectors::stringAt(input, u"type");
    const OrderedJson* options = input.find(u"options");
    if (!options || !options->isObject()) {
        *error = QStringLiteral("grant %1 has no options object").arg(type);
        return false;
    }
    auto str = [&](QStringView key) {
        return TokenVectors::stringAt(*options, key);
    };
    QStringList known;
    if (type == u"VoiceGrant") {
        VoiceGrant g;
        const OrderedJson* allow = options->find(u"incomingAllow");
        g.incomingAllow = allow && allow->isBool() && allow->toBool();
        g.outgoingApplicationSid = str(u"outgoingApplicationSid");
        if (const OrderedJson* params = options->find(u"outgoingApplicationParams"))
            g.outgoingApplicationParams = *params;
        g.pushCredentialSid = str(u"pushCredentialSid");
        g.endpointId = str(u"endpointId");
        *out = g.toGrant();
        known = { QStringLiteral("incomingAllow"), QStringLiteral("outgoingApplicationSid"),
                  QStringLiteral("outgoingApplicationParams"), QStringLiteral("pushCredentialSid"),
                  QStringLiteral("endpointId") };
    } else if (type == u"VideoGrant") {
        VideoGrant g;
        g.room = str(u"room");
        *out = g.toGrant();
        known = { QStringLiteral("room") };
    } else if (type == u"ChatGrant") {
        ChatGrant g;
        g.serviceSid = str(u"serviceSid");
        g.endpointId = str(u"endpointId");
        g.deploymentRoleSid = str(u"deploymentRoleSid");
        g.pushCredentialSid = str(u"pushCredentialSid");
        *out = g.toGrant();
        known = { QStringLiteral("serviceSid"), QStringLiteral("endpointId"),
                  QStringLiteral("deploymentRoleSid"), QStringLiteral("pushCredentialSid") };
    } else if (type == u"SyncGrant") {
        SyncGrant g;
        g.serviceSid = str(u"serviceSid");
        g.endpointId = str(u"endpointId");
        *out = g.toGrant();
        known = { QStringLiteral("serviceSid"), QStringLiteral("endpointId") };
    } else if (type == u"TaskRouterGrant") {
        TaskRouterGrant g;
        g.workspaceSid = str(u"workspaceSid");
        g.workerSid = str(u"workerSid");
        g.role = str(u"role");
        *out = g.toGrant();
        known = { QStringLiteral("workspaceSid"), QStringLiteral("workerSid"), QStringLiteral("role") };
    } else if (type == u"PlaybackGrant") {
        PlaybackGrant g;
        if (const OrderedJson* grant = options->find(u"grant"))
            g.grant = *grant;
        *out = g.toGrant();
        known = { QStringLiteral("grant") };
    } else {
        *error = QStringLiteral("unknown grant type %1").arg(type);
        return false;
    }
    for (const OrderedJson::Member& m : options->members()) {
        if (!known.contains(m.key)) {
            *error = QStringLiteral("%1 option %2 is not mapped").arg(type, m.key);
            return false;
        }
    }
    return true;
}

// Configures a builder exactly as the vector's inputs configured Twilio's AccessToken.
bool configure(const TokenVectors::AccessToken& v, AccessTokenBuilder& builder, QString* error)
{
    const OrderedJson& in = v.inputs;
    builder.setAccountSid(TokenVectors::stringAt(in, u"accountSid"));
    builder.setKeySid(TokenVectors::stringAt(in, u"apiKeySid"));
    const OrderedJson* identity = in.find(u"identity");
    if (!identity) {
        *error = QStringLiteral("no identity");
        return false;
    }
    // node: String(identity), so the number 12345 becomes "12345".
    builder.setIdentity(identity->isString() ? identity->toString()
                                             : QString::fromUtf8(identity->toCompact()));
    if (const OrderedJson* options = in.find(u"options")) {
        for (const OrderedJson::Member& m : options->members()) {
            if (m.key == u"ttl")
                builder.setTtl(m.value.toInteger().value_or(-1));
            else if (m.key == u"nbf")
                builder.setNotBefore(m.value.toInteger());
            else if (m.key == u"region")
                builder.setRegion(m.value.toString());
            else {
                *error = QStringLiteral("option %1 is not mapped").arg(m.key);
                return false;
            }
        }
    }
    const QString alg = TokenVectors::stringAt(in, u"algorithm");
    builder.setAlgorithm(alg.isEmpty() ? JwtAlgorithm::HS256 : jwtAlgorithmFromName(alg));
    if (v.name == u"python_layout_emulated")
        builder.setLayout(AccessTokenBuilder::Layout::TwilioPython);
    const OrderedJson* grants = in.find(u"grants");
    for (const OrderedJson& g : grants ? grants->items() : std::vector<OrderedJson>()) {
        Grant grant;
        if (!typedGrant(g, &grant, error))
            return false;
        builder.addGrant(grant);
    }
    return true;
}

AccessTokenBuilder validBuilder(const Clock& clock)
{
    const TokenVectors::Credentials c = TokenVectors::credentials();
    AccessTokenBuilder b(clock);
    b.setAccountSid(c.accountSid);
    b.setKeySid(c.apiKeySid);
    b.setIdentity(QStringLiteral("alice"));
    return b;
}

} // namespace

class TestAccessTokenBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rebuildsEveryVector_data();
    void rebuildsEveryVector();
    void refusesTtlOverTheMaximum();
    void validationProblems_data();
    void validationProblems();
    void refusesAnEmptySecret();
    void defaultsAreNodes();
    void addGrantReplacesInPlace();
    void identityIsEscapedLikeJsonStringify();
    void regionAndNbfAppearOnlyWhenSet();
    void builtTokensInspectClean();
    void buildUsesTheInjectedClock();
};

void TestAccessTokenBuilder::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestAccessTokenBuilder::rebuildsEveryVector_data()
{
    QTest::addColumn<int>("index");
    const auto tokens = TokenVectors::accessTokens();
    for (int i = 0; i < tokens.size(); ++i) {
        // The docs sample's secret is unknown and its inputs are not recorded: decode-only.
        if (tokens[i].hasKnownSecret())
            QTest::newRow(qPrintable(tokens[i].name)) << i;
    }
}

void TestAccessTokenBuilder::rebuildsEveryVector()
{
    QFETCH(int, index);
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().at(index);
    const TokenVectors::Credentials c = TokenVectors::credentials();
    const qint64 now = TokenVectors::integerAt(v.inputs, u"frozen_now_unix").value_or(0);
    QCOMPARE(now, qint64(1700000000));
    const FixedClock clock(now);
    AccessTokenBuilder builder(clock);
    QString error;
    QVERIFY2(configure(v, builder, &error), qPrintable(error));

    // Header and payload bytes regardless of validation (ttl_over_max is refused by design).
    QCOMPARE(builder.headerJson(), v.headerJson);
    QCOMPARE(builder.payloadJson(now), v.payloadJson);

    const AccessTokenBuilder::Result result = builder.build(c.apiSecret);
    if (v.name == u"ttl_over_max") {
        QVERIFY(!result.ok);
        QVERIFY(result.token.isEmpty());
        // Signing the same bytes by hand gives node's token: the refusal is policy, not a format gap.
        const QByteArray input
            = Base64Url::encode(builder.headerJson()) + '.' + Base64Url::encode(builder.payloadJson(now));
        QCOMPARE(input + '.' + Jwt::sign(JwtAlgorithm::HS256, c.apiSecret, input), v.token);
        return;
    }
    QVERIFY2(result.ok, qPrintable(result.errors.join(u' ')));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.headerJson, v.headerJson);
    QCOMPARE(result.payloadJson, v.payloadJson);
    // HMAC is deterministic: identical bytes give node's exact token, signature included.
    QCOMPARE(result.token, v.token);
}

void TestAccessTokenBuilder::refusesTtlOverTheMaximum()
{
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    b.setTtl(AccessTokenBuilder::MaxTtl);
    QVERIFY(b.validate().isEmpty());
    b.setTtl(AccessTokenBuilder::MaxTtl + 1);
    const QStringList problems = b.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("20157")));
}

void TestAccessTokenBuilder::validationProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no account") << QStringLiteral("account") << QString()
                                << QStringLiteral("Account SID is missing");
    QTest::newRow("account with SK prefix")
        << QStringLiteral("account") << QStringLiteral("SKfedcba9876543210fedcba9876543210")
        << QStringLiteral("AC followed by 32 hex");
    QTest::newRow("no key") << QStringLiteral("key") << QString() << QStringLiteral("API key SID is missing");
    QTest::newRow("auth token style issuer")
        << QStringLiteral("key") << QStringLiteral("AC0123456789abcdef0123456789abcdef")
        << QStringLiteral("SK followed by 32 hex");
    QTest::newRow("no identity") << QStringLiteral("identity") << QString()
                                 << QStringLiteral("identity is missing");
    QTest::newRow("ttl 0") << QStringLiteral("ttl") << QStringLiteral("0") << QStringLiteral("ttl");
    QTest::newRow("ttl negative") << QStringLiteral("ttl") << QStringLiteral("-5") << QStringLiteral("ttl");
    QTest::newRow("ttl 90000") << QStringLiteral("ttl") << QStringLiteral("90000") << QStringLiteral("20157");
    QTest::newRow("nbf negative") << QStringLiteral("nbf") << QStringLiteral("-1")
                                  << QStringLiteral("negative");
    QTest::newRow("nbf at expiry") << QStringLiteral("nbf") << QStringLiteral("1700003600")
                                   << QStringLiteral("never be valid");
    QTest::newRow("unknown region") << QStringLiteral("region") << QStringLiteral("eu1")
                                    << QStringLiteral("eu1");
    QTest::newRow("alg none") << QStringLiteral("alg") << QStringLiteral("none") << QStringLiteral("HS256");
    QTest::newRow("bad grant SID") << QStringLiteral("grant") << QStringLiteral(R"({"service_sid":"IS1"})")
                                   << QStringLiteral("service_sid");
    QTest::newRow("unknown grant") << QStringLiteral("unknown-grant") << QStringLiteral("{}")
                                   << QStringLiteral("fax");
}

void TestAccessTokenBuilder::validationProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mention);
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    if (field == u"account")
        b.setAccountSid(value);
    else if (field == u"key")
        b.setKeySid(value);
    else if (field == u"identity")
        b.setIdentity(value);
    else if (field == u"ttl")
        b.setTtl(value.toLongLong());
    else if (field == u"nbf")
        b.setNotBefore(value.toLongLong());
    else if (field == u"region")
        b.setRegion(value);
    else if (field == u"alg")
        b.setAlgorithm(jwtAlgorithmFromName(value));
    else if (field == u"grant")
        b.addGrant(Grant { QStringLiteral("data_sync"), *OrderedJson::parse(value.toUtf8()) });
    else if (field == u"unknown-grant")
        b.addGrant(Grant { QStringLiteral("fax"), *OrderedJson::parse(value.toUtf8()) });
    const QStringList problems = b.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(mention), qPrintable(problems.first()));
    const AccessTokenBuilder::Result r = b.build("secret");
    QVERIFY(!r.ok);
    QVERIFY(r.token.isEmpty());
    QCOMPARE(r.errors, problems);
}

void TestAccessTokenBuilder::refusesAnEmptySecret()
{
    const FixedClock clock(1700000000);
    const AccessTokenBuilder b = validBuilder(clock);
    const AccessTokenBuilder::Result r = b.build(QByteArrayView());
    QVERIFY(!r.ok);
    QVERIFY(r.token.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(b.build("s").ok);
}

void TestAccessTokenBuilder::defaultsAreNodes()
{
    const FixedClock clock(1700000000);
    const AccessTokenBuilder b = validBuilder(clock);
    QCOMPARE(b.ttl(), qint64(3600));
    QCOMPARE(b.headerJson(), QByteArray(R"({"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"})"));
    QCOMPARE(AccessTokenBuilder::knownRegions(),
             QStringList({ QStringLiteral("us1"), QStringLiteral("ie1"), QStringLiteral("au1") }));
    // A legacy grant is allowed (the inspector warns about it) and keeps its place.
    AccessTokenBuilder legacy = validBuilder(clock);
    legacy.addGrant(Grant { QStringLiteral("ip_messaging"), OrderedJson::makeObject() });
    QVERIFY(legacy.validate().isEmpty());
}

void TestAccessTokenBuilder::addGrantReplacesInPlace()
{
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    VideoGrant video;
    b.addGrant(video.toGrant());
    b.addGrant(VoiceGrant().toGrant());
    video.room = QStringLiteral("second");
    b.addGrant(video.toGrant()); // same key: replaces the first, keeps its position (node overwrites)
    QCOMPARE(b.grants().size(), 2);
    QVERIFY(b.payloadJson(1700000000)
                .contains(R"("grants":{"identity":"alice","video":{"room":"second"},"voice":{}})"));
    b.setGrants({ VoiceGrant().toGrant(), VoiceGrant().toGrant() });
    QCOMPARE(b.grants().size(), 1);
    b.clearGrants();
    QVERIFY(b.payloadJson(1700000000).contains(R"("grants":{"identity":"alice"})"));
}

void TestAccessTokenBuilder::identityIsEscapedLikeJsonStringify()
{
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    b.setIdentity(QStringLiteral("a\"b\\c\n\u00e9"));
    const QByteArray payload = b.payloadJson(1700000000);
    QVERIFY(payload.contains("\"identity\":\"a\\\"b\\\\c\\n\xc3\xa9\""));
    const auto parsed = OrderedJson::parse(payload);
    QVERIFY(parsed);
    QCOMPARE(parsed->find(u"grants")->find(u"identity")->toString(), QStringLiteral("a\"b\\c\n\u00e9"));
}

void TestAccessTokenBuilder::regionAndNbfAppearOnlyWhenSet()
{
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    QVERIFY(!b.headerJson().contains("twr"));
    QVERIFY(!b.payloadJson(1700000000).contains("nbf"));
    b.setRegion(QStringLiteral("au1"));
    b.setNotBefore(1700000100);
    QVERIFY(b.headerJson().endsWith(R"(,"twr":"au1"})"));
    QVERIFY(b.payloadJson(1700000000).contains(R"("nbf":1700000100,"iat":1700000000,"exp":1700003600)"));
    b.setNotBefore(std::nullopt);
    b.setLayout(AccessTokenBuilder::Layout::TwilioPython);
    // Python writes nbf = now by default and never iat; its header is sorted.
    QVERIFY(b.payloadJson(1700000000).contains(R"("exp":1700003600,"nbf":1700000000,"sub")"));
    QVERIFY(!b.payloadJson(1700000000).contains("iat"));
    QCOMPARE(b.headerJson(), QByteArray(R"({"alg":"HS256","cty":"twilio-fpa;v=1","twr":"au1","typ":"JWT"})"));
}

void TestAccessTokenBuilder::builtTokensInspectClean()
{
    const FixedClock clock(1700000000);
    AccessTokenBuilder b = validBuilder(clock);
    VoiceGrant voice;
    voice.incomingAllow = true;
    voice.outgoingApplicationSid = QStringLiteral("AP00112233445566778899aabbccddeeff");
    b.addGrant(voice.toGrant());
    b.setRegion(QStringLiteral("ie1"));
    const AccessTokenBuilder::Result r = b.build("secret");
    QVERIFY(r.ok);
    TokenInspector::Options options;
    options.now = 1700000001;
    options.secret = "secret";
    const TokenInspector::Result inspected = TokenInspector::inspect(r.token, options);
    QVERIFY(inspected.ok());
    QCOMPARE(inspected.signature, TokenInspector::SignatureState::Verified);
    QStringList codes;
    for (const Finding& f : inspected.findings)
        codes << f.code;
    QCOMPARE(codes, QStringList({ QStringLiteral("signature-verified") }));
}

void TestAccessTokenBuilder::buildUsesTheInjectedClock()
{
    FixedClock clock(1700000000);
    const AccessTokenBuilder b = validBuilder(clock);
    const QByteArray first = b.build("s").payloadJson;
    clock.advance(60);
    const QByteArray later = b.build("s").payloadJson;
    QVERIFY(first.contains(R"("jti":"SKfedcba9876543210fedcba9876543210-1700000000")"));
    QVERIFY(later.contains(R"("jti":"SKfedcba9876543210fedcba9876543210-1700000060")"));
    QVERIFY(later.contains(R"("iat":1700000060,"exp":1700003660)"));
}

QTEST_GUILESS_MAIN(TestAccessTokenBuilder)
#include "tst_accesstokenbuilder.moc"
