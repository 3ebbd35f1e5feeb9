#include "TokenVectors.h"
#include "token/Hmac.h"

#include <QtTest>
#include <thread>

Q_DECLARE_METATYPE(HmacAlgorithm)

// Expected digests: RFC 4231 (SHA-2), RFC 2202 (SHA-1), cross-checked with Python's hmac module.
class TestHmac : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownDigests_data();
    void knownDigests();
    void digestLengths();
    void vectorSignaturesRecompute_data();
    void vectorSignaturesRecompute();
    void webhookSignaturesRecompute();
    void contextReuseDoesNotLeakBetweenKeys();
    void threadsGetTheirOwnContexts();
    void sha256();
    void constantTimeEquals();
};

void TestHmac::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestHmac::knownDigests_data()
{
    QTest::addColumn<HmacAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    const QByteArray jefe("Jefe");
    const QByteArray want("what do ya want for nothing?");
    const QByteArray bigKey(131, '\xaa');
    const QByteArray bigData("Test Using Larger Than Block-Size Key - Hash Key First");
    QTest::newRow("jefe sha1") << HmacAlgorithm::Sha1 << jefe << want
                               << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("jefe sha256") << HmacAlgorithm::Sha256 << jefe << want
                                 << QByteArray(
                                        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("jefe sha384") << HmacAlgorithm::Sha384 << jefe << want
                                 << QByteArray("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec37363224"
                                               "45e8e2240ca5e69e2c78b3239ecfab21649");
    QTest::newRow("jefe sha512")
        << HmacAlgorithm::Sha512 << jefe << want
        << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c0"
                      "5a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    QTest::newRow("long key sha1") << HmacAlgorithm::Sha1 << bigKey << bigData
                                   << QByteArray("90d0dace1c1bdc957339307803160335bde6df2b");
    QTest::newRow("long key sha256")
        << HmacAlgorithm::Sha256 << bigKey << bigData
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("long key sha512")
        << HmacAlgorithm::Sha512 << bigKey << bigData
        << QByteArray("80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56"
                      "d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598");
    QTest::newRow("empty key sha1") << HmacAlgorithm::Sha1 << QByteArray() << QByteArray("payload")
                                    << QByteArray("38ba9081126a040d59d09e18865a930f16313df6");
    QTest::newRow("empty key sha256")
        << HmacAlgorithm::Sha256 << QByteArray() << QByteArray("payload")
        << QByteArray("f81a95af381879c33f964c589fa096fa133a07606e9976e547060e7a0ea0f5f3");
    QTest::newRow("empty data sha256")
        << HmacAlgorithm::Sha256 << QByteArray("key") << QByteArray()
        << QByteArray("5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0");
    QTest::newRow("empty data sha384") << HmacAlgorithm::Sha384 << QByteArray("key") << QByteArray()
                                       << QByteArray("99f44bb4e73c9d0ef26533596c8d8a32a5f8c10a9b997d30d89a7e3"
                                                     "5ba1ccf200b985f72431202b891fe350da410e43f");
}

void TestHmac::knownDigests()
{
    QFETCH(HmacAlgorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    QCOMPARE(Hmac::compute(algorithm, key, data).toHex(), hex);
}

void TestHmac::digestLengths()
{
    QCOMPARE(Hmac::digestLength(HmacAlgorithm::Sha1), 20);
    QCOMPARE(Hmac::digestLength(HmacAlgorithm::Sha256), 32);
    QCOMPARE(Hmac::digestLength(HmacAlgorithm::Sha384), 48);
    QCOMPARE(Hmac::digestLength(HmacAlgorithm::Sha512), 64);
    for (auto a :
         { HmacAlgorithm::Sha1, HmacAlgorithm::Sha256, HmacAlgorithm::Sha384, HmacAlgorithm::Sha512 })
        QCOMPARE(Hmac::compute(a, "k", "d").size(), Hmac::digestLength(a));
}

void TestHmac::vectorSignaturesRecompute_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QByteArray>("signingInput");
    QTest::addColumn<QByteArray>("signatureHex");
    const TokenVectors::Credentials credentials = TokenVectors::credentials();
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        if (!v.hasKnownSecret())
            continue;
        const OrderedJson* t = nullptr;
        for (const OrderedJson& item : TokenVectors::document().find(u"access_tokens")->items()) {
            if (TokenVectors::stringAt(item, u"name") == v.name)
                t = &item;
        }
        QTest::newRow(qPrintable(v.name))
            << v.algorithm << v.signingInput << TokenVectors::stringAt(*t, u"signature_hex").toLatin1();
    }
}

void TestHmac::vectorSignaturesRecompute()
{
    QFETCH(QString, alg);
    QFETCH(QByteArray, signingInput);
    QFETCH(QByteArray, signatureHex);
    const HmacAlgorithm algorithm = alg == u"HS512" ? HmacAlgorithm::Sha512 : HmacAlgorithm::Sha256;
    const TokenVectors::Credentials credentials = TokenVectors::credentials();
    QCOMPARE(Hmac::compute(algorithm, credentials.apiSecret, signingInput).toHex(), signatureHex);
    QVERIFY(Hmac::compute(algorithm, credentials.wrongSecret, signingInput).toHex() != signatureHex);
}

void TestHmac::webhookSignaturesRecompute()
{
    const OrderedJson* form = TokenVectors::webhookCase(u"form_post");
    QVERIFY(form);
    const QByteArray mac
        = Hmac::compute(HmacAlgorithm::Sha1, TokenVectors::stringAt(*form, u"authToken").toUtf8(),
                        TokenVectors::stringAt(*form, u"string_to_sign").toUtf8());
    QCOMPARE(mac.toBase64(), QByteArray("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
}

void TestHmac::contextReuseDoesNotLeakBetweenKeys()
{
    // The per-thread context is re-keyed on every call; interleaving keys and digests must not mix state.
    const QByteArray a1 = Hmac::compute(HmacAlgorithm::Sha256, "key-a", "data");
    const QByteArray b = Hmac::compute(HmacAlgorithm::Sha256, "key-b", "data");
    const QByteArray s1 = Hmac::compute(HmacAlgorithm::Sha1, "key-a", "data");
    const QByteArray a2 = Hmac::compute(HmacAlgorithm::Sha256, "key-a", "data");
    QCOMPARE(a1, a2);
    QVERIFY(a1 != b);
    QCOMPARE(s1.size(), 20);
}

void TestHmac::threadsGetTheirOwnContexts()
{
    const QByteArray expected = Hmac::compute(HmacAlgorithm::Sha256, "Jefe", "what do ya want for nothing?");
    std::atomic<int> mismatches { 0 };
    auto work = [&](const QByteArray& key) {
        for (int i = 0; i < 2000; ++i) {
            if (Hmac::compute(HmacAlgorithm::Sha256, "Jefe", "what do ya want for nothing?") != expected)
                ++mismatches;
            Hmac::compute(HmacAlgorithm::Sha256, key, "noise");
        }
    };
    std::thread t1(work, QByteArray("one"));
    std::thread t2(work, QByteArray("two"));
    t1.join();
    t2.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestHmac::sha256()
{
    QCOMPARE(Hmac::sha256("").toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const OrderedJson* json = TokenVectors::webhookCase(u"json_body_bodySHA256");
    QVERIFY(json);
    QCOMPARE(Hmac::sha256(TokenVectors::stringAt(*json, u"body").toUtf8()).toHex(),
             TokenVectors::stringAt(*json, u"bodySHA256_hex").toLatin1());
}

void TestHmac::constantTimeEquals()
{
    QVERIFY(Hmac::constantTimeEquals("abc", "abc"));
    QVERIFY(!Hmac::constantTimeEquals("abc", "abd"));
    QVERIFY(!Hmac::constantTimeEquals("abc", "ab"));
    QVERIFY(!Hmac::constantTimeEquals("", "a"));
    QVERIFY(Hmac::constantTimeEquals("", ""));
    QVERIFY(Hmac::constantTimeEquals(QByteArrayView(), QByteArrayView("")));
    QVERIFY(!Hmac::constantTimeEquals(QByteArrayView("a\0b", 3), QByteArrayView("a\0c", 3)));
}

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
