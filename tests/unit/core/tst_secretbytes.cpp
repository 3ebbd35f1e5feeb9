#include "core/SecretBytes.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// The VmFlags of the mapping of /proc/self/smaps that holds address, or empty.
QByteArrayList vmFlagsAt(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = quintptr(address);
    // A mapping starts with "start-end perms offset dev inode [path]"; its fields follow as "Name: value".
    const QRegularExpression header(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    bool inside = false;
    const QByteArray all = smaps.readAll(); // /proc files report size 0: read to the end, then split
    for (const QByteArray& raw : all.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QRegularExpressionMatch m = header.match(QString::fromLatin1(line));
        if (m.hasMatch()) {
            inside = at >= quintptr(m.captured(1).toULongLong(nullptr, 16))
                && at < quintptr(m.captured(2).toULongLong(nullptr, 16));
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}

const char envSecretName[] = "KEYDESK_TEST_ENV_SECRET";
const QByteArray envSecretValue("env-secret-0123456789abcdef");

} // namespace

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
    void buffersStayOutOfCoreDumpsAndAreLocked();
    void manySecretsBeyondTheLockLimitStillWork();
    void takeFromEnvironmentOverwritesTheBlock();
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

void TestSecretBytes::buffersStayOutOfCoreDumpsAndAreLocked()
{
    const SecretBytes secret(QByteArrayView("dump-me-not"));
    const QByteArrayList flags = vmFlagsAt(secret.data());
    QVERIFY2(!flags.isEmpty(), "no mapping in /proc/self/smaps holds the secret");
    QVERIFY2(flags.contains("dd"), flags.join(' ').constData()); // MADV_DONTDUMP
    rlimit memlock {};
    QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &memlock), 0);
    if (memlock.rlim_cur >= rlim_t(sysconf(_SC_PAGESIZE)) || geteuid() == 0) {
        QVERIFY(secret.isLocked());
#if !defined(__SANITIZE_ADDRESS__) // ASan makes mlock() a no-op
        QVERIFY2(flags.contains("lo"), flags.join(' ').constData()); // mlock
#endif
    }
    // Pages of its own: a secret never shares them with other data.
    QCOMPARE(quintptr(secret.data()) % quintptr(sysconf(_SC_PAGESIZE)), quintptr(0));
    const SecretBytes clone = secret.clone();
    QVERIFY(vmFlagsAt(clone.data()).contains("dd"));
    QVERIFY(clone.equals("dump-me-not"));
}

void TestSecretBytes::manySecretsBeyondTheLockLimitStillWork()
{
    // More pages than a default RLIMIT_MEMLOCK (8 MiB) allows: the rest are kept unlocked, never lost.
    std::vector<SecretBytes> secrets;
    secrets.reserve(3000);
    for (int i = 0; i < 3000; ++i)
        secrets.emplace_back(QByteArray::number(i).repeated(3));
    for (int i = 0; i < 3000; ++i)
        QVERIFY(secrets[size_t(i)].equals(QByteArray::number(i).repeated(3)));
    QVERIFY(vmFlagsAt(secrets.back().data()).contains("dd"));
    secrets.clear();
    const SecretBytes after(QByteArrayView("after"));
    QVERIFY(after.equals("after"));
}

void TestSecretBytes::takeFromEnvironmentOverwritesTheBlock()
{
    if (!qEnvironmentVariableIsSet(envSecretName)) {
        // Only exec puts a variable in the block /proc/PID/environ shows: run this test in a child that
        // starts with it.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(envSecretName), QString::fromLatin1(envSecretValue));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("takeFromEnvironmentOverwritesTheBlock") });
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardOutput().right(2000).constData());
        return;
    }
    const auto environ = [] {
        QFile file(QStringLiteral("/proc/self/environ"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(environ().contains(envSecretValue)); // the premise: the kernel's copy holds the value
    SecretBytes secret;
    QVERIFY(SecretBytes::takeFromEnvironment(envSecretName, &secret));
    QVERIFY(secret.equals(envSecretValue));
    QVERIFY(!qEnvironmentVariableIsSet(envSecretName));
    const QByteArray after = environ();
    QVERIFY(!after.isEmpty());
    QVERIFY2(!after.contains(envSecretValue), "the value is still in /proc/self/environ");
    QVERIFY(!after.contains(envSecretValue.left(8)));

    SecretBytes none(QByteArrayView("old"));
    QVERIFY(!SecretBytes::takeFromEnvironment("KEYDESK_TEST_NOT_SET_ANYWHERE", &none));
    QVERIFY(none.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
