// SecretVault against a real Secret Service (gnome-keyring in a private D-Bus session, as
// scripts/run-tests.sh provides), and its memory-only mode.
#include "TestEnvironment.h"
#include "core/SecretVault.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// Runs one test function of this executable again in a child without any D-Bus session (so without a
// keychain) and reports whether it passed.
bool passesWithoutKeychain(const QString& function, QByteArray* output)
{
    QTemporaryDir runtime; // an empty XDG_RUNTIME_DIR: no $XDG_RUNTIME_DIR/bus to fall back on
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("KEYDESK_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { function });
    const bool finished = child.waitForFinished(120000);
    *output = child.readAll().right(3000);
    return finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

} // namespace

class TestSecretVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadRemoveInKeychain();
    void readMissingEntryIsNotFound();
    void binarySecretRoundTrips();
    void memoryOnlyKeepsSecretsForTheSession();
    void indexListsStoredApiKeys();
    void removeWithoutKeychainIsNeitherSuccessNorNotFound();

private:
    QString uniqueEntry() const
    {
        return SecretVault::apiKeyEntry(QStringLiteral("SK") + QUuid::createUuid().toString(QUuid::Id128));
    }
    bool m_haveKeychain = false;
};

void TestSecretVault::initTestCase()
{
    // Probe: the suite must run with a real keychain (scripts/run-tests.sh); say clearly when it cannot.
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    const SecretVault::Result r
        = vault.storeAndWait(QStringLiteral("probe"), SecretBytes(QByteArrayView("probe")));
    m_haveKeychain = r.ok && !r.keptInMemoryOnly;
    if (m_haveKeychain)
        vault.removeAndWait(QStringLiteral("probe"));
}

void TestSecretVault::storeReadRemoveInKeychain()
{
    if (!m_haveKeychain)
        KEYDESK_REQUIRE_ENVIRONMENT(
            "No Secret Service on the session bus; run through scripts/run-tests.sh (dbus-run-session + "
            "gnome-keyring).");
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    QSignalSpy backendSpy(&vault, &SecretVault::backendChanged);
    const QString entry = uniqueEntry();
    const SecretBytes secret(QByteArrayView("Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s"));

    const SecretVault::Result stored = vault.storeAndWait(entry, secret);
    QVERIFY2(stored.ok, qPrintable(stored.error));
    QVERIFY(!stored.keptInMemoryOnly);

    // A second vault object (as after a restart) reads it back from the keychain, not from memory.
    SecretVault other(QStringLiteral("KeyDesk-test"));
    SecretBytes readBack;
    const SecretVault::Result read = other.readAndWait(entry, &readBack);
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(readBack.equals(secret.view()));

    QVERIFY(other.removeAndWait(entry).ok);
    SecretBytes gone;
    const SecretVault::Result afterRemove = vault.readAndWait(entry, &gone);
    QVERIFY(!afterRemove.ok);
    QVERIFY(afterRemove.notFound);
    QVERIFY(gone.isEmpty());
    QCOMPARE(backendSpy.count(), 0);
    QCOMPARE(vault.backend(), SecretVault::Backend::Keychain);
}

void TestSecretVault::readMissingEntryIsNotFound()
{
    if (!m_haveKeychain)
        KEYDESK_REQUIRE_ENVIRONMENT(
            "No Secret Service on the session bus; run through scripts/run-tests.sh.");
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    SecretBytes secret;
    const SecretVault::Result r = vault.readAndWait(uniqueEntry(), &secret);
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY(!r.error.isEmpty());
}

void TestSecretVault::binarySecretRoundTrips()
{
    if (!m_haveKeychain)
        KEYDESK_REQUIRE_ENVIRONMENT(
            "No Secret Service on the session bus; run through scripts/run-tests.sh.");
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const QString entry = uniqueEntry();
    QVERIFY(vault.storeAndWait(entry, SecretBytes(bytes)).ok);
    SecretBytes back;
    QVERIFY(vault.readAndWait(entry, &back).ok);
    QVERIFY(back.equals(bytes));
    QVERIFY(vault.removeAndWait(entry).ok);
}

void TestSecretVault::memoryOnlyKeepsSecretsForTheSession()
{
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    QSignalSpy backendSpy(&vault, &SecretVault::backendChanged);
    vault.setMemoryOnly();
    QCOMPARE(backendSpy.count(), 1);
    QCOMPARE(vault.backend(), SecretVault::Backend::MemoryOnly);

    const QString entry = uniqueEntry();
    const SecretVault::Result stored = vault.storeAndWait(entry, SecretBytes(QByteArrayView("session-only")));
    QVERIFY(stored.ok);
    QVERIFY(stored.keptInMemoryOnly);
    SecretBytes back;
    QVERIFY(vault.readAndWait(entry, &back).ok);
    QVERIFY(back.equals(QByteArrayView("session-only")));

    // Another vault (another session) never sees it: nothing was written anywhere.
    SecretVault other(QStringLiteral("KeyDesk-test"));
    other.setMemoryOnly();
    SecretBytes none;
    QVERIFY(other.readAndWait(entry, &none).notFound);

    QVERIFY(vault.removeAndWait(entry).ok);
    QVERIFY(vault.readAndWait(entry, &back).notFound);
}

void TestSecretVault::indexListsStoredApiKeys()
{
    // Which keys have a stored secret (the Token Builder offers them): kept across vault objects for
    // the keychain, for the session only in memory; removed with the secret.
    const QString entry = uniqueEntry();
    const QString sid = entry.mid(SecretVault::apiKeyEntry({}).size());
    SecretVault memory(QStringLiteral("KeyDesk-test-index"));
    memory.setMemoryOnly();
    QSignalSpy changed(&memory, &SecretVault::apiKeysChanged);
    QVERIFY(memory.storeAndWait(entry, SecretBytes(QByteArrayView("s3cret-for-the-index"))).ok);
    QVERIFY(memory.storedApiKeySids().contains(sid));
    QCOMPARE(changed.count(), 1);
    SecretVault otherMemory(QStringLiteral("KeyDesk-test-index"));
    otherMemory.setMemoryOnly();
    QVERIFY(!otherMemory.storedApiKeySids().contains(sid)); // memory is per session
    QVERIFY(memory.removeAndWait(entry).ok);
    QVERIFY(!memory.storedApiKeySids().contains(sid));
    // Only API key entries are indexed.
    QVERIFY(
        memory.storeAndWait(SecretVault::profileEntry(QStringLiteral("p")), SecretBytes(QByteArrayView("x")))
            .ok);
    QVERIFY(!memory.storedApiKeySids().contains(QStringLiteral("p")));

    if (!m_haveKeychain)
        KEYDESK_REQUIRE_ENVIRONMENT("no Secret Service keychain (run under scripts/run-tests.sh)");
    SecretVault vault(QStringLiteral("KeyDesk-test-index"));
    QVERIFY(vault.storeAndWait(entry, SecretBytes(QByteArrayView("s3cret-for-the-index"))).ok);
    SecretVault later(QStringLiteral("KeyDesk-test-index"));
    QVERIFY(later.storedApiKeySids().contains(sid));
    QVERIFY(later.removeAndWait(entry).ok);
    QVERIFY(!SecretVault(QStringLiteral("KeyDesk-test-index")).storedApiKeySids().contains(sid));
}

void TestSecretVault::removeWithoutKeychainIsNeitherSuccessNorNotFound()
{
    if (!qEnvironmentVariableIsSet("KEYDESK_TEST_NO_KEYCHAIN")) {
        QByteArray output;
        QVERIFY2(passesWithoutKeychain(QString::fromLatin1(QTest::currentTestFunction()), &output),
                 output.constData());
        return;
    }
    // Without a keychain nothing can be said about what it holds: never "removed", never "not there".
    SecretVault vault(QStringLiteral("KeyDesk-test"));
    const QString entry = uniqueEntry();
    SecretVault::Result r = vault.removeAndWait(entry);
    QVERIFY(!r.ok);
    QVERIFY(!r.notFound);
    QVERIFY(r.keychainUnavailable);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(vault.backend(), SecretVault::Backend::MemoryOnly); // fell back for the session

    // Once memory-only because of the outage, the answer stays the same.
    r = vault.removeAndWait(entry);
    QVERIFY(!r.ok);
    QVERIFY(!r.notFound);
    QVERIFY(r.keychainUnavailable);

    // A secret kept in memory during the outage is dropped, but the keychain was not asked: no success.
    const SecretVault::Result stored = vault.storeAndWait(entry, SecretBytes(QByteArrayView("outage")));
    QVERIFY(stored.ok && stored.keptInMemoryOnly);
    r = vault.removeAndWait(entry);
    QVERIFY(!r.ok);
    QVERIFY(r.keychainUnavailable);
    SecretBytes back;
    QVERIFY(!vault.readAndWait(entry, &back).ok);
    QVERIFY(back.isEmpty());

    // A fresh vault reading first (as keydesk-cli vault remove does) sees the outage too.
    SecretVault fresh(QStringLiteral("KeyDesk-test"));
    const SecretVault::Result read = fresh.readAndWait(entry, &back);
    QVERIFY(!read.ok);
    QVERIFY(!read.notFound);
    QVERIFY(read.keychainUnavailable);
}

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
