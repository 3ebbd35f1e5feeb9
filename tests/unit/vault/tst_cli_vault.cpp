// keydesk-cli vault store|check|remove and --vault on token build/verify, against a real keychain
// (scripts/run-tests.sh provides gnome-keyring in a private D-Bus session).
#include "TestEnvironment.h"
#include "core/SecretVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {},
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEYDESK_BIN_DIR "/keydesk-cli"), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeCheckVerifyRemove();
    void buildWithVaultMatchesBuildWithSecret();
    void vaultAndSecretOptionAreExclusive();
    void rejectsNonKeySid();
    void withoutKeychainNothingIsClaimed();

private:
    QJsonObject m_vector;
    QByteArray m_secret;
    QString m_keySid;
};

void TestCliVault::initTestCase()
{
    QFile f(QStringLiteral(KEYDESK_SHARED_DIR "/twilio/token-vectors/vectors.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    m_vector = doc.value(QStringLiteral("access_tokens")).toArray().at(0).toObject();
    m_secret = doc.value(QStringLiteral("credentials"))
                   .toObject()
                   .value(QStringLiteral("apiSecret"))
                   .toString()
                   .toUtf8();
    m_keySid
        = doc.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("apiKeySid")).toString();

    SecretVault vault(QStringLiteral("KeyDesk"));
    const SecretVault::Result probe
        = vault.storeAndWait(QStringLiteral("probe"), SecretBytes(QByteArrayView("x")));
    if (!probe.ok || probe.keptInMemoryOnly)
        KEYDESK_REQUIRE_ENVIRONMENT(
            "No Secret Service on the session bus; run through scripts/run-tests.sh (dbus-run-session + "
            "gnome-keyring).");
    vault.removeAndWait(QStringLiteral("probe"));
    cli({ QStringLiteral("vault"), QStringLiteral("remove"), m_keySid });
}

void TestCliVault::storeCheckVerifyRemove()
{
    const QString token = m_vector.value(QStringLiteral("token")).toString();
    QCOMPARE(cli({ QStringLiteral("vault"), QStringLiteral("check"), m_keySid }).exitCode, 1);

    const Run stored = cli(
        { QStringLiteral("vault"), QStringLiteral("store"), m_keySid, QStringLiteral("--secret-stdin") },
        m_secret + '\n');
    QCOMPARE(stored.exitCode, 0);
    QVERIFY(!stored.out.contains(m_secret) && !stored.err.contains(m_secret));
    QCOMPARE(cli({ QStringLiteral("vault"), QStringLiteral("check"), m_keySid }).exitCode, 0);

    // verify --vault finds the key by the token's iss.
    const Run ok = cli({ QStringLiteral("token"), QStringLiteral("verify"), token, QStringLiteral("--vault"),
                         QStringLiteral("--at"), QStringLiteral("1700000001") });
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!ok.out.contains(m_secret));
    const Run expired
        = cli({ QStringLiteral("token"), QStringLiteral("verify"), token, QStringLiteral("--vault"),
                QStringLiteral("--at"), QStringLiteral("1700003600") });
    QCOMPARE(expired.exitCode, 1);

    QCOMPARE(cli({ QStringLiteral("vault"), QStringLiteral("remove"), m_keySid }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("vault"), QStringLiteral("remove"), m_keySid }).exitCode, 1);
    const Run gone = cli({ QStringLiteral("token"), QStringLiteral("verify"), token,
                           QStringLiteral("--vault"), QStringLiteral("--at"), QStringLiteral("1700000001") });
    QCOMPARE(gone.exitCode, 2);
    QVERIFY(gone.err.contains("vault store"));
}

void TestCliVault::buildWithVaultMatchesBuildWithSecret()
{
    QCOMPARE(
        cli({ QStringLiteral("vault"), QStringLiteral("store"), m_keySid, QStringLiteral("--secret-stdin") },
            m_secret)
            .exitCode,
        0);
    const QStringList common
        = { QStringLiteral("token"),         QStringLiteral("build"),
            QStringLiteral("--account-sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"),
            QStringLiteral("--key-sid"),     m_keySid,
            QStringLiteral("--identity"),    QStringLiteral("alice"),
            QStringLiteral("--now"),         QStringLiteral("1700000000") };
    const Run fromVault = cli(common + QStringList { QStringLiteral("--vault") });
    QCOMPARE(fromVault.exitCode, 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KD_TEST_SECRET"), QString::fromUtf8(m_secret));
    const Run fromEnv = cli(
        common + QStringList { QStringLiteral("--secret-env"), QStringLiteral("KD_TEST_SECRET") }, {}, env);
    QCOMPARE(fromEnv.exitCode, 0);
    QCOMPARE(fromVault.out, fromEnv.out);
    QVERIFY(fromVault.out.startsWith("eyJ"));
    QCOMPARE(cli({ QStringLiteral("vault"), QStringLiteral("remove"), m_keySid }).exitCode, 0);
}

void TestCliVault::vaultAndSecretOptionAreExclusive()
{
    const Run r = cli({ QStringLiteral("token"), QStringLiteral("build"), QStringLiteral("--account-sid"),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("--key-sid"),
                        m_keySid, QStringLiteral("--identity"), QStringLiteral("a"),
                        QStringLiteral("--vault"), QStringLiteral("--secret-stdin") },
                      m_secret);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--vault"));
}

void TestCliVault::rejectsNonKeySid()
{
    const Run r = cli({ QStringLiteral("vault"), QStringLiteral("check"),
                        QStringLiteral("AC0123456789abcdef0123456789abcdef") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("SK"));
}

void TestCliVault::withoutKeychainNothingIsClaimed()
{
    // No D-Bus session at all (and no display or runtime-dir bus to start one from): no keychain.
    QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());

    const Run removed = cli({ QStringLiteral("vault"), QStringLiteral("remove"), m_keySid }, {}, env);
    QCOMPARE(removed.exitCode, 3);
    QVERIFY2(removed.err.contains("could not be reached"), removed.err.constData());
    QVERIFY2(!removed.err.contains("holds no secret"), removed.err.constData());
    QVERIFY(removed.out.isEmpty());

    const Run checked = cli({ QStringLiteral("vault"), QStringLiteral("check"), m_keySid }, {}, env);
    QCOMPARE(checked.exitCode, 3);
    QVERIFY(!checked.out.contains("holds no secret"));

    const Run stored = cli(
        { QStringLiteral("vault"), QStringLiteral("store"), m_keySid, QStringLiteral("--secret-stdin") },
        m_secret, env);
    QCOMPARE(stored.exitCode, 3);
    QVERIFY(!stored.out.contains(m_secret) && !stored.err.contains(m_secret));
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
