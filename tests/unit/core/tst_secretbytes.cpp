#include "core/SecretBytes.h"

#include <QtTest>

// SecretBytes owns key material: it must copy on construction, move without copying, compare in
// constant time and read base64 strictly. Secret values are never passed to QCOMPARE (it prints them).
class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void copiesTheBytesItIsGiven();
    void fromUtf8TakesUtf8Bytes();
    void moveLeavesTheSourceEmpty();
    void clearEmpties();
    void cloneIsIndependent();
    void equalsComparesContentAndLength();
    void fromBase64_data();
    void fromBase64();
    void wipeHelpersEmptyTheirArgument();
};

void TestSecretBytes::copiesTheBytesItIsGiven()
{
    QByteArray source("s3cret-bytes");
    const SecretBytes secret(source);
    source.fill('x');
    QCOMPARE(secret.size(), std::size_t(12));
    QVERIFY(secret.equals("s3cret-bytes"));
    QVERIFY(!secret.isEmpty());
    QVERIFY(static_cast<const void*>(secret.data()) != static_cast<const void*>(source.constData()));
    QVERIFY(SecretBytes().isEmpty());
    QVERIFY(SecretBytes(QByteArrayView()).data() == nullptr);
}

void TestSecretBytes::fromUtf8TakesUtf8Bytes()
{
    const SecretBytes secret = SecretBytes::fromUtf8(QStringLiteral("Zo\u00eb"));
    QCOMPARE(secret.size(), std::size_t(4));
    QVERIFY(secret.equals("Zo\xc3\xab"));
}

void TestSecretBytes::moveLeavesTheSourceEmpty()
{
    SecretBytes a(QByteArrayView("abc"));
    const unsigned char* storage = a.data();
    SecretBytes b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QVERIFY(a.data() == nullptr);
    QVERIFY(b.data() == storage); // moved, not copied
    QVERIFY(b.equals("abc"));

    SecretBytes c(QByteArrayView("other"));
    c = std::move(b);
    QVERIFY(b.isEmpty());
    QVERIFY(c.equals("abc"));
    c = std::move(c); // self-move keeps the value
    QVERIFY(c.equals("abc"));
}

void TestSecretBytes::clearEmpties()
{
    SecretBytes secret(QByteArrayView("abc"));
    secret.clear();
    QVERIFY(secret.isEmpty());
    QVERIFY(secret.data() == nullptr);
    QVERIFY(secret.view().isEmpty());
    secret.clear(); // twice is fine
    QVERIFY(secret.isEmpty());
}

void TestSecretBytes::cloneIsIndependent()
{
    SecretBytes a(QByteArrayView("abc"));
    SecretBytes b = a.clone();
    QVERIFY(a.data() != b.data());
    a.clear();
    QVERIFY(b.equals("abc"));
}

void TestSecretBytes::equalsComparesContentAndLength()
{
    const SecretBytes secret(QByteArrayView("abcdef"));
    QVERIFY(secret.equals("abcdef"));
    QVERIFY(!secret.equals("abcdeg"));
    QVERIFY(!secret.equals("Abcdef"));
    QVERIFY(!secret.equals("abcde"));
    QVERIFY(!secret.equals("abcdefg"));
    QVERIFY(!secret.equals(QByteArrayView()));
    QVERIFY(SecretBytes().equals(QByteArrayView()));
    QVERIFY(SecretBytes().equals(""));
    const SecretBytes withNul(QByteArrayView("a\0b", 3));
    QVERIFY(withNul.equals(QByteArrayView("a\0b", 3)));
    QVERIFY(!withNul.equals(QByteArrayView("a\0c", 3)));
}

void TestSecretBytes::fromBase64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("padded") << QByteArray("aGVsbG8=") << true << QByteArray("hello");
    QTest::newRow("unpadded") << QByteArray("aGVsbG8") << true << QByteArray("hello");
    QTest::newRow("url-safe") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
    QTest::newRow("standard") << QByteArray("+/8=") << true << QByteArray("\xfb\xff");
    QTest::newRow("line-wrapped") << QByteArray("aGVs\r\nbG8=\n") << true << QByteArray("hello");
    QTest::newRow("not base64") << QByteArray("he!!o") << false << QByteArray();
    QTest::newRow("only whitespace") << QByteArray(" \n") << false << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << QByteArray();
}

void TestSecretBytes::fromBase64()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, decoded);
    SecretBytes out(QByteArrayView("previous"));
    QString error;
    QCOMPARE(SecretBytes::fromBase64(text, &out, &error), ok);
    if (ok) {
        QVERIFY(out.equals(decoded));
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(out.isEmpty()); // the old value is gone either way
        QVERIFY(!error.isEmpty());
    }
}

void TestSecretBytes::wipeHelpersEmptyTheirArgument()
{
    QByteArray bytes("secret");
    wipeBytes(bytes);
    QVERIFY(bytes.isEmpty());

    // A shared copy is left alone: wiping must not reach into someone else's buffer.
    QByteArray shared("shared-secret");
    QByteArray other = shared;
    wipeBytes(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(other, QByteArray("shared-secret"));

    QString text = QStringLiteral("secret text");
    text.detach();
    wipeString(text);
    QVERIFY(text.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
