#include "TokenVectors.h"
#include "token/Grants.h"

#include <QtTest>

Q_DECLARE_METATYPE(GrantCatalog::Issue::Kind)

namespace {

OrderedJson json(const char* text)
{
    auto doc = OrderedJson::parse(QByteArrayView(text, qsizetype(qstrlen(text))));
    Q_ASSERT(doc);
    return *doc;
}

const QString kAP = QStringLiteral("AP00112233445566778899aabbccddeeff");
const QString kCR = QStringLiteral("CR00112233445566778899aabbccddeeff");
const QString kIS = QStringLiteral("IS00112233445566778899aabbccddeeff");
const QString kRL = QStringLiteral("RL00112233445566778899aabbccddeeff");
const QString kWS = QStringLiteral("WS00112233445566778899aabbccddeeff");
const QString kWK = QStringLiteral("WK00112233445566778899aabbccddeeff");

} // namespace

class TestGrants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typedGrantsWriteNodeLayout_data();
    void typedGrantsWriteNodeLayout();
    void isSid_data();
    void isSid();
    void catalog();
    void check_data();
    void check();
    void wireGrantsOfEveryVectorAreAccepted_data();
    void wireGrantsOfEveryVectorAreAccepted();
    void fromWireJsonRefuses_data();
    void fromWireJsonRefuses();
    void fromWireJsonAcceptsLegacyGrants();
};

void TestGrants::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestGrants::typedGrantsWriteNodeLayout_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    VoiceGrant voice;
    voice.incomingAllow = true;
    voice.outgoingApplicationSid = kAP;
    voice.outgoingApplicationParams = json(R"({"queue":"support","agent":"alice"})");
    voice.pushCredentialSid = kCR;
    voice.endpointId = QStringLiteral("desk-1");
    Grant g = voice.toGrant();
    QTest::newRow("voice, every field")
        << g.key << g.value.toCompact()
        << QByteArray(R"({"incoming":{"allow":true},"outgoing":{"application_sid":")" + kAP.toLatin1()
                      + R"(","params":{"queue":"support","agent":"alice"}},)" + R"("push_credential_sid":")"
                      + kCR.toLatin1() + R"(","endpoint_id":"desk-1"})");
    g = VoiceGrant().toGrant();
    QTest::newRow("voice, empty") << g.key << g.value.toCompact() << QByteArray("{}");
    VoiceGrant paramsOnly;
    paramsOnly.outgoingApplicationParams = json(R"({"a":1})"); // params need an application SID
    g = paramsOnly.toGrant();
    QTest::newRow("voice, params without app") << g.key << g.value.toCompact() << QByteArray("{}");
    VoiceGrant appWithoutParams;
    appWithoutParams.outgoingApplicationSid = kAP;
    g = appWithoutParams.toGrant();
    QTest::newRow("voice, app without params")
        << g.key << g.value.toCompact()
        << QByteArray(R"({"outgoing":{"application_sid":")" + kAP.toLatin1() + "\"}}");

    VideoGrant video;
    video.room = QStringLiteral("DailyStandup");
    g = video.toGrant();
    QTest::newRow("video, room") << g.key << g.value.toCompact() << QByteArray(R"({"room":"DailyStandup"})");
    g = VideoGrant().toGrant();
    QTest::newRow("video, any room") << g.key << g.value.toCompact() << QByteArray("{}");

    ChatGrant chat;
    chat.serviceSid = kIS;
    chat.endpointId = QStringLiteral("e");
    chat.deploymentRoleSid = kRL;
    chat.pushCredentialSid = kCR;
    g = chat.toGrant();
    QTest::newRow("chat") << g.key << g.value.toCompact()
                          << QByteArray(R"({"service_sid":")" + kIS.toLatin1()
                                        + R"(","endpoint_id":"e","deployment_role_sid":")" + kRL.toLatin1()
                                        + R"(","push_credential_sid":")" + kCR.toLatin1() + "\"}");

    SyncGrant sync;
    sync.serviceSid = kIS;
    g = sync.toGrant();
    QTest::newRow("sync") << g.key << g.value.toCompact()
                          << QByteArray(R"({"service_sid":")" + kIS.toLatin1() + "\"}");

    TaskRouterGrant taskRouter;
    taskRouter.workspaceSid = kWS;
    taskRouter.workerSid = kWK;
    taskRouter.role = QStringLiteral("worker");
    g = taskRouter.toGrant();
    QTest::newRow("task router") << g.key << g.value.toCompact()
                                 << QByteArray(R"({"workspace_sid":")" + kWS.toLatin1()
                                               + R"(","worker_sid":")" + kWK.toLatin1()
                                               + R"(","role":"worker"})");

    PlaybackGrant playback;
    playback.grant = json(R"({"requestCredentials":null,"playbackUrl":"u","playerStreamerSid":"VJx"})");
    g = playback.toGrant();
    QTest::newRow("playback verbatim")
        << g.key << g.value.toCompact()
        << QByteArray(R"({"requestCredentials":null,"playbackUrl":"u","playerStreamerSid":"VJx"})");
    g = PlaybackGrant().toGrant();
    QTest::newRow("playback unset") << g.key << g.value.toCompact() << QByteArray("{}");
}

void TestGrants::typedGrantsWriteNodeLayout()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    static const QList<QPair<QString, QString>> keyOfRow = {
        { QStringLiteral("voice"), QStringLiteral("voice") },
        { QStringLiteral("video"), QStringLiteral("video") },
        { QStringLiteral("chat"), QStringLiteral("chat") },
        { QStringLiteral("sync"), QStringLiteral("data_sync") },
        { QStringLiteral("task router"), QStringLiteral("task_router") },
        { QStringLiteral("playback"), QStringLiteral("player") },
    };
    QString expectedKey;
    for (const auto& [prefix, wireKey] : keyOfRow) {
        if (tag.startsWith(prefix))
            expectedKey = wireKey;
    }
    QCOMPARE(key, expectedKey);
    QCOMPARE(value, expected);
}

void TestGrants::isSid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower hex") << QStringLiteral("AC0123456789abcdef0123456789abcdef") << QStringLiteral("AC")
                               << true;
    QTest::newRow("upper hex") << QStringLiteral("SK0123456789ABCDEF0123456789ABCDEF") << QStringLiteral("SK")
                               << true;
    QTest::newRow("wrong prefix") << QStringLiteral("SK0123456789abcdef0123456789abcdef")
                                  << QStringLiteral("AC") << false;
    QTest::newRow("lower-case prefix")
        << QStringLiteral("ac0123456789abcdef0123456789abcdef") << QStringLiteral("AC") << false;
    QTest::newRow("too short") << QStringLiteral("AC0123456789abcdef0123456789abcde") << QStringLiteral("AC")
                               << false;
    QTest::newRow("too long") << QStringLiteral("AC0123456789abcdef0123456789abcdef0") << QStringLiteral("AC")
                              << false;
    QTest::newRow("not hex") << QStringLiteral("SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << QStringLiteral("SK")
                             << false;
    QTest::newRow("empty") << QString() << QStringLiteral("AC") << false;
    QTest::newRow("fullwidth digit") << QStringLiteral("AC0123456789abcdef0123456789abcde\uff10")
                                     << QStringLiteral("AC") << false;
}

void TestGrants::isSid()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    QCOMPARE(::isSid(text, prefix), valid);
}

void TestGrants::catalog()
{
    QCOMPARE(GrantCatalog::currentKeys(),
             QStringList({ QStringLiteral("voice"), QStringLiteral("video"), QStringLiteral("chat"),
                           QStringLiteral("data_sync"), QStringLiteral("task_router"),
                           QStringLiteral("player") }));
    for (const QString& key : GrantCatalog::currentKeys()) {
        QCOMPARE(GrantCatalog::status(key), GrantCatalog::Status::Current);
        QVERIFY(GrantCatalog::displayName(key) != key);
    }
    for (const char* legacy : { "ip_messaging", "rtc", "programmable_voice" }) {
        QCOMPARE(GrantCatalog::status(QLatin1String(legacy)), GrantCatalog::Status::Legacy);
        QVERIFY(GrantCatalog::displayName(QLatin1String(legacy)) != QLatin1String(legacy));
    }
    QCOMPARE(GrantCatalog::status(QStringLiteral("Voice")), GrantCatalog::Status::Unknown);
    QCOMPARE(GrantCatalog::displayName(QStringLiteral("custom")), QStringLiteral("custom"));
    QCOMPARE(GrantCatalog::prefixMeaning(u"AP").isEmpty(), false);
    QCOMPARE(GrantCatalog::prefixMeaning(u"ZZ").isEmpty(), true);
    for (const GrantCatalog::SidField& f : GrantCatalog::sidFields()) {
        QCOMPARE(f.prefix.size(), 2);
        QVERIFY(!GrantCatalog::prefixMeaning(f.prefix).isEmpty());
        QVERIFY(GrantCatalog::status(f.path.section(u'.', 0, 0)) != GrantCatalog::Status::Unknown);
    }
}

void TestGrants::check_data()
{
    using Kind = GrantCatalog::Issue::Kind;
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QString>("path");
    const QByteArray ap = kAP.toLatin1();
    QTest::newRow("valid voice") << QStringLiteral(
        "voice") << QByteArray(R"({"incoming":{"allow":true},"outgoing":{"application_sid":")" + ap + "\"}}")
                                 << QList<int>() << QString();
    QTest::newRow("unknown grant") << QStringLiteral("fax") << QByteArray("{}")
                                   << QList<int>({ int(Kind::UnknownGrant) }) << QStringLiteral("fax");
    QTest::newRow("legacy grant") << QStringLiteral("ip_messaging")
                                  << QByteArray(R"({"service_sid":")" + kIS.toLatin1() + "\"}")
                                  << QList<int>({ int(Kind::LegacyGrant) }) << QStringLiteral("ip_messaging");
    QTest::newRow("legacy grant with bad SID")
        << QStringLiteral("ip_messaging") << QByteArray(R"({"service_sid":"ISxx"})")
        << QList<int>({ int(Kind::LegacyGrant), int(Kind::SidPrefixMismatch) })
        << QStringLiteral("ip_messaging.service_sid");
    QTest::newRow("app SID with CR prefix")
        << QStringLiteral("voice")
        << QByteArray(R"({"outgoing":{"application_sid":")" + kCR.toLatin1() + "\"}}")
        << QList<int>({ int(Kind::SidPrefixMismatch) }) << QStringLiteral("voice.outgoing.application_sid");
    QTest::newRow("SID not a string")
        << QStringLiteral("data_sync") << QByteArray(R"({"service_sid":7})")
        << QList<int>({ int(Kind::WrongType) }) << QStringLiteral("data_sync.service_sid");
    QTest::newRow("grant not an object") << QStringLiteral("video") << QByteArray(R"("room")")
                                         << QList<int>({ int(Kind::WrongType) }) << QStringLiteral("video");
    QTest::newRow("player null is fine")
        << QStringLiteral("player") << QByteArray("null") << QList<int>() << QString();
    QTest::newRow("allow not a bool")
        << QStringLiteral("voice") << QByteArray(R"({"incoming":{"allow":"true"}})")
        << QList<int>({ int(Kind::WrongType) }) << QStringLiteral("voice.incoming.allow");
    QTest::newRow("params not an object")
        << QStringLiteral("voice")
        << QByteArray(R"({"outgoing":{"application_sid":")" + ap + R"(","params":[1]}})")
        << QList<int>({ int(Kind::WrongType) }) << QStringLiteral("voice.outgoing.params");
    QTest::newRow("worker SID in workspace field")
        << QStringLiteral("task_router") << QByteArray(R"({"workspace_sid":")" + kWK.toLatin1() + "\"}")
        << QList<int>({ int(Kind::SidPrefixMismatch) }) << QStringLiteral("task_router.workspace_sid");
    QTest::newRow("role SID in service field")
        << QStringLiteral("chat") << QByteArray(R"({"service_sid":")" + kRL.toLatin1() + "\"}")
        << QList<int>({ int(Kind::SidPrefixMismatch) }) << QStringLiteral("chat.service_sid");
}

void TestGrants::check()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QList<int>, kinds);
    QFETCH(QString, path);
    const auto parsed = OrderedJson::parse(value);
    QVERIFY(parsed);
    const QList<GrantCatalog::Issue> issues = GrantCatalog::check(Grant { key, *parsed });
    QList<int> actual;
    for (const GrantCatalog::Issue& issue : issues) {
        actual << int(issue.kind);
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(actual, kinds);
    if (!issues.isEmpty())
        QCOMPARE(issues.last().path, path);
}

void TestGrants::wireGrantsOfEveryVectorAreAccepted_data()
{
    QTest::addColumn<QByteArray>("wire");
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        if (v.hasKnownSecret())
            QTest::newRow(qPrintable(v.name)) << v.wireGrantsJson();
    }
}

void TestGrants::wireGrantsOfEveryVectorAreAccepted()
{
    QFETCH(QByteArray, wire);
    QList<Grant> grants;
    QString error;
    QVERIFY2(GrantCatalog::fromWireJson(wire, &grants, &error), qPrintable(error));
    // Order and bytes survive: writing the grants back gives the wire text.
    OrderedJson back = OrderedJson::makeObject();
    for (const Grant& g : grants)
        back.appendMember(g.key, g.value);
    QCOMPARE(back.toCompact(), wire);
}

void TestGrants::fromWireJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not JSON") << QByteArray("{voice}") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("identity") << QByteArray(R"({"identity":"alice","video":{}})")
                              << QStringLiteral("identity");
    QTest::newRow("repeated grant") << QByteArray(R"({"video":{},"video":{"room":"a"}})")
                                    << QStringLiteral("more than once");
    QTest::newRow("unknown grant") << QByteArray(R"({"fax":{}})") << QStringLiteral("fax");
    QTest::newRow("bad SID") << QByteArray(R"({"data_sync":{"service_sid":"nope"}})")
                             << QStringLiteral("service_sid");
    QTest::newRow("too deep") << QByteArray(R"({"player":)") + QByteArray(40, '[') + QByteArray(40, ']') + "}"
                              << QStringLiteral("nested");
    QTest::newRow("100000 brackets") << QByteArray(100000, '[') << QStringLiteral("nested");
}

void TestGrants::fromWireJsonRefuses()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, mention);
    QList<Grant> grants { Grant { QStringLiteral("stale"), OrderedJson() } };
    QString error;
    QVERIFY(!GrantCatalog::fromWireJson(wire, &grants, &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
}

void TestGrants::fromWireJsonAcceptsLegacyGrants()
{
    QList<Grant> grants;
    QString error;
    QVERIFY(GrantCatalog::fromWireJson(
        QByteArray(R"({"ip_messaging":{"service_sid":")") + kIS.toLatin1() + "\"}}", &grants, &error));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().key, QStringLiteral("ip_messaging"));
}

QTEST_GUILESS_MAIN(TestGrants)
#include "tst_grants.moc"
