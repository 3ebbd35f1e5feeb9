// SecretVault against a real Secret Service (gnome-keyring in a private D-Bus session, as
// scripts/run-tests.sh provides), and its memory-only mode.
#include "TestEnvironment.h"
#include "core/SecretVault.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

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

QTEST_GUILESS_MAIN(TestSecretVault)
#include "tst_secretvault.moc"
