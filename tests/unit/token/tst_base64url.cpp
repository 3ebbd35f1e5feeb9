#include "TokenVectors.h"
#include "token/Base64Url.h"

#include <QRandomGenerator>
#include <QtTest>

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encodeKnownValues_data();
    void encodeKnownValues();
    void vectorSegmentsDecodeToTheirJson_data();
    void vectorSegmentsDecodeToTheirJson();
    void roundTripsEveryLengthAgainstQt();
    void rejectsWhatIsNotBase64Url_data();
    void rejectsWhatIsNotBase64Url();
};

void TestBase64Url::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
}

void TestBase64Url::encodeKnownValues_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 4648 §10 test vectors without padding, plus the two characters that differ from base64.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("minus and underscore") << QByteArray("\xfb\xff\xbf") << QByteArray("-_-_");
    QTest::newRow("zero bytes") << QByteArray(4, '\0') << QByteArray("AAAAAA");
    QTest::newRow("jwt header start") << QByteArray("{\"") << QByteArray("eyI");
}

void TestBase64Url::encodeKnownValues()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64Url::encode(raw), encoded);
    QByteArray decoded("junk");
    QVERIFY(Base64Url::decode(encoded, &decoded));
    QCOMPARE(decoded, raw);
}

void TestBase64Url::vectorSegmentsDecodeToTheirJson_data()
{
    QTest::addColumn<QByteArray>("segment");
    QTest::addColumn<QByteArray>("json");
    for (const TokenVectors::AccessToken& v : TokenVectors::accessTokens()) {
        QTest::newRow(qPrintable(v.name + QStringLiteral(" header"))) << v.headerB64 << v.headerJson;
        QTest::newRow(qPrintable(v.name + QStringLiteral(" payload"))) << v.payloadB64 << v.payloadJson;
    }
}

void TestBase64Url::vectorSegmentsDecodeToTheirJson()
{
    QFETCH(QByteArray, segment);
    QFETCH(QByteArray, json);
    QByteArray decoded;
    QVERIFY(Base64Url::decode(segment, &decoded));
    QCOMPARE(decoded, json);
    QCOMPARE(Base64Url::encode(json), segment);
}

void TestBase64Url::roundTripsEveryLengthAgainstQt()
{
    QRandomGenerator random(20231114); // fixed seed: reproducible
    for (int length = 0; length < 300; ++length) {
        QByteArray raw(length, Qt::Uninitialized);
        for (char& c : raw)
            c = char(random.bounded(256));
        const QByteArray expected
            = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray encoded = Base64Url::encode(raw);
        QCOMPARE(encoded, expected);
        QByteArray decoded;
        QVERIFY(Base64Url::decode(encoded, &decoded));
        QCOMPARE(decoded, raw);
    }
}

void TestBase64Url::rejectsWhatIsNotBase64Url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("padding") << QByteArray("Zg==") << qsizetype(2);
    QTest::newRow("standard plus") << QByteArray("ab+d") << qsizetype(2);
    QTest::newRow("standard slash") << QByteArray("/bcd") << qsizetype(0);
    QTest::newRow("space") << QByteArray("ab cd") << qsizetype(2);
    QTest::newRow("newline") << QByteArray("abcd\n") << qsizetype(4);
    QTest::newRow("dot") << QByteArray("ab.c") << qsizetype(2);
    QTest::newRow("non-ASCII") << QByteArray("ab\xc3\xa9") << qsizetype(2);
    QTest::newRow("NUL") << QByteArray("ab\0d", 4) << qsizetype(2);
    QTest::newRow("impossible length 1") << QByteArray("a") << qsizetype(1);
    QTest::newRow("impossible length 5") << QByteArray("abcde") << qsizetype(5);
}

void TestBase64Url::rejectsWhatIsNotBase64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QByteArray out;
    qsizetype errorOffset = -1;
    QVERIFY(!Base64Url::decode(text, &out, &errorOffset));
    QCOMPARE(errorOffset, offset);
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
