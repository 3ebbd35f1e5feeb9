// ProfileStore: fields in a QSettings file of the test's own (in a QTemporaryDir), secrets through a
// memory-only SecretVault and, when a Secret Service answers (scripts/run-tests.sh), the real keychain.
// No secret may reach the settings file; hostile settings entries are skipped with a sentence.
#include "TestEnvironment.h"
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

const QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString otherAccountSid = QStringLiteral("ACfedcba9876543210fedcba9876543210");
const QString keySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
const QString otherKeySid = QStringLiteral("SKfedcba9876543210fedcba9876543210");

Profile tokenProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.accountSid = accountSid;
    p.kind = Profile::CredentialKind::AuthToken;
    return p;
}

Profile keyProfile(const QString& name)
{
    Profile p = tokenProfile(name);
    p.kind = Profile::CredentialKind::ApiKey;
    p.credentialUser = keySid;
    p.region = QStringLiteral("ie1");
    p.edge = QStringLiteral("dublin");
    return p;
}

SecretBytes secret(const char* text)
{
    return SecretBytes(QByteArrayView(text));
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_haveKeychain = false;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.conf")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    std::unique_ptr<SecretVault> memoryVault() const
    {
        auto vault = std::make_unique<SecretVault>(QStringLiteral("KeyDesk-test"));
        vault->setMemoryOnly();
        return vault;
    }
    QByteArray settingsBytes() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeSettingsFile(const QByteArray& bytes) const
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        SecretVault vault(QStringLiteral("KeyDesk-test"));
        const SecretVault::Result r = vault.storeAndWait(QStringLiteral("probe"), secret("probe"));
        m_haveKeychain = r.ok && !r.keptInMemoryOnly;
        if (m_haveKeychain)
            vault.removeAndWait(QStringLiteral("probe"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTripInMemory()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.list().isEmpty());

        QString sentence;
        const QString id
            = store.addAndWait(keyProfile(QStringLiteral("Production")), secret("key-secret-1"), &sentence);
        QVERIFY2(!id.isEmpty(), qPrintable(sentence));
        QVERIFY(Profile::isValidId(id));
        // Memory-only: it worked, and the sentence says the secret is not kept.
        QVERIFY(!sentence.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.list().size(), 1);
        const Profile stored = store.list().constFirst();
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.name, QStringLiteral("Production"));
        QCOMPARE(stored.credentialUser, keySid);
        QCOMPARE(store.find(QStringLiteral("production"))->id, id);
        QCOMPARE(store.find(id)->name, QStringLiteral("Production"));
        QVERIFY(!store.find(QStringLiteral("Staging")));
        QVERIFY(!store.find(QString()));

        SecretBytes back;
        QVERIFY2(store.readSecretAndWait(id, &back, &sentence), qPrintable(sentence));
        QVERIFY(back.equals(QByteArrayView("key-secret-1")));

        // Another store over the same file (a restart, or the CLI) sees the same fields.
        auto otherSettings = openSettings();
        ProfileStore other(vault.get(), otherSettings.get());
        QCOMPARE(other.list().size(), 1);
        QCOMPARE(other.list().constFirst(), stored);
        QVERIFY(other.problems().isEmpty());

        // A new session without a keychain has the fields but not the secret, and says what to do.
        auto freshVault = memoryVault();
        auto freshSettings = openSettings();
        ProfileStore fresh(freshVault.get(), freshSettings.get());
        SecretBytes none;
        QVERIFY(!fresh.readSecretAndWait(id, &none, &sentence));
        QVERIFY(none.isEmpty());
        QVERIFY(sentence.contains(QStringLiteral("Production")));
    }

    void callbacksRunLaterAndRespectTheirContext()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        bool called = false;
        bool result = false;
        store.add(tokenProfile(QStringLiteral("A")), secret("token-a"), nullptr,
                  [&](bool ok, const QString&) {
                      called = true;
                      result = ok;
                  });
        QVERIFY(!called); // never from inside add(), even when the vault answers at once
        QTRY_VERIFY(called);
        QVERIFY(result);

        // A context destroyed before the answer drops the callback (the change itself still happens).
        auto context = std::make_unique<QObject>();
        bool dropped = true;
        store.add(tokenProfile(QStringLiteral("B")), secret("token-b"), context.get(),
                  [&](bool, const QString&) { dropped = false; });
        context.reset();
        // The change itself still happens; its callback, dropped with the context, never runs.
        QTRY_VERIFY(store.find(QStringLiteral("B")));
        QCoreApplication::processEvents();
        QVERIFY(dropped);

        // Refusals also arrive through the event loop.
        called = false;
        store.add(tokenProfile(QStringLiteral("a")), secret("x"), nullptr, [&](bool ok, const QString& text) {
            called = true;
            result = ok;
            QVERIFY(text.contains(QStringLiteral("already")));
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(!result);
    }

    void namesAreUniqueIgnoringCase()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QString sentence;
        QVERIFY(!store.addAndWait(tokenProfile(QStringLiteral("Prod")), secret("t1"), &sentence).isEmpty());
        QVERIFY(store.addAndWait(tokenProfile(QStringLiteral("PROD")), secret("t2"), &sentence).isEmpty());
        QVERIFY(sentence.contains(QStringLiteral("Prod")));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(
            !store.addAndWait(tokenProfile(QStringLiteral("Staging")), secret("t3"), &sentence).isEmpty());
        // Sorted by name.
        QCOMPARE(store.list().at(0).name, QStringLiteral("Prod"));
        QCOMPARE(store.list().at(1).name, QStringLiteral("Staging"));
        // A rename onto another profile's name is refused too.
        Profile renamed = store.find(QStringLiteral("Staging")).value();
        renamed.name = QStringLiteral("prod");
        QVERIFY(!store.updateAndWait(renamed, std::nullopt, &sentence));
        QCOMPARE(store.find(renamed.id)->name, QStringLiteral("Staging"));
    }

    void invalidProfilesAreRefused()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QString sentence;
        Profile bad = tokenProfile(QStringLiteral("Bad"));
        bad.accountSid = QStringLiteral("AC-not-a-sid");
        QVERIFY(store.addAndWait(bad, secret("t"), &sentence).isEmpty());
        QVERIFY(sentence.contains(QStringLiteral("Account SID")));
        QVERIFY(store.addAndWait(tokenProfile(QStringLiteral("Empty")), SecretBytes(), &sentence).isEmpty());
        QVERIFY(sentence.contains(QStringLiteral("empty")));
        Profile env = tokenProfile(Profile::environmentName());
        env.origin = Profile::Origin::Environment;
        QVERIFY(store.addAndWait(env, secret("t"), &sentence).isEmpty());
        QVERIFY(store.list().isEmpty());
        settings->sync();
        QVERIFY(!settingsBytes().contains("Bad"));
    }

    void updateFieldsAndSecret()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QString sentence;
        const QString id
            = store.addAndWait(tokenProfile(QStringLiteral("Main")), secret("old-token"), &sentence);
        QVERIFY(!id.isEmpty());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        // Fields only: the secret stays.
        Profile p = store.find(id).value();
        p.name = QStringLiteral("Main (EU)");
        p.region = QStringLiteral("ie1");
        QVERIFY2(store.updateAndWait(p, std::nullopt, &sentence), qPrintable(sentence));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.find(id)->name, QStringLiteral("Main (EU)"));
        QCOMPARE(store.find(id)->region, QStringLiteral("ie1"));
        SecretBytes back;
        QVERIFY(store.readSecretAndWait(id, &back, &sentence));
        QVERIFY(back.equals(QByteArrayView("old-token")));

        // A new credential needs its secret.
        p.kind = Profile::CredentialKind::ApiKey;
        p.credentialUser = keySid;
        QVERIFY(!store.updateAndWait(p, std::nullopt, &sentence));
        QVERIFY(sentence.contains(QStringLiteral("secret")));
        QCOMPARE(store.find(id)->kind, Profile::CredentialKind::AuthToken);
        p.kind = Profile::CredentialKind::AuthToken;
        p.credentialUser.clear();
        p.accountSid = otherAccountSid;
        QVERIFY(!store.updateAndWait(p, std::nullopt, &sentence));

        p.kind = Profile::CredentialKind::ApiKey;
        p.credentialUser = otherKeySid;
        QVERIFY2(store.updateAndWait(p, secret("new-key-secret"), &sentence), qPrintable(sentence));
        QCOMPARE(store.find(id)->credentialUser, otherKeySid);
        QVERIFY(store.readSecretAndWait(id, &back, &sentence));
        QVERIFY(back.equals(QByteArrayView("new-key-secret")));

        // Persisted.
        auto again = openSettings();
        ProfileStore other(vault.get(), again.get());
        QCOMPARE(other.find(id).value(), store.find(id).value());

        // Unknown ids and empty secrets are refused.
        Profile stranger = p;
        stranger.id = Profile::newId();
        QVERIFY(!store.updateAndWait(stranger, std::nullopt, &sentence));
        QVERIFY(!store.updateAndWait(p, SecretBytes(), &sentence));
    }

    void removeClearsActiveAndSecret()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QString sentence;
        const QString a = store.addAndWait(tokenProfile(QStringLiteral("A")), secret("token-a"), &sentence);
        const QString b = store.addAndWait(tokenProfile(QStringLiteral("B")), secret("token-b"), &sentence);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QSignalSpy activeSpy(&store, &ProfileStore::activeChanged);
        QVERIFY(store.setActive(a));
        QCOMPARE(activeSpy.count(), 1);
        QCOMPARE(store.active()->id, a);

        QVERIFY2(store.removeAndWait(a, &sentence), qPrintable(sentence));
        QCOMPARE(activeSpy.count(), 2);
        QCOMPARE(activeSpy.last().at(0).toString(), QString());
        QVERIFY(!store.active());
        QVERIFY(store.activeId().isEmpty());
        QVERIFY(!store.find(a));
        SecretBytes gone;
        QVERIFY(vault->readAndWait(SecretVault::profileEntry(a), &gone).notFound);
        // B is untouched.
        SecretBytes kept;
        QVERIFY(store.readSecretAndWait(b, &kept, &sentence));
        QVERIFY(kept.equals(QByteArrayView("token-b")));

        settings->sync();
        const QByteArray bytes = settingsBytes();
        QVERIFY(!bytes.contains(a.toUtf8()));
        QVERIFY(bytes.contains(b.toUtf8()));
        QVERIFY(!store.removeAndWait(a, &sentence));
    }

    void activeProfile()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QString sentence;
        const QString id = store.addAndWait(tokenProfile(QStringLiteral("A")), secret("token-a"), &sentence);
        QString error;
        QVERIFY(!store.setActive(Profile::newId(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.active());
        QVERIFY(store.setActive(id));
        QSignalSpy activeSpy(&store, &ProfileStore::activeChanged);
        QVERIFY(store.setActive(id)); // no change, no signal
        QCOMPARE(activeSpy.count(), 0);

        auto again = openSettings();
        ProfileStore other(vault.get(), again.get());
        QCOMPARE(other.active()->id, id);
        QVERIFY(other.setActive(QString()));

        // reload() picks up what another store (the CLI) changed.
        store.reload();
        QCOMPARE(activeSpy.count(), 1);
        QVERIFY(!store.active());
    }

    void noSecretInTheSettingsFile()
    {
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        const QByteArrayList secrets { "Sekr1t-auth-token-0123456789abcdef", "Sekr1t-api-key-secret-XYZ",
                                       "Sekr1t-oauth-client-secret-42", "Sekr1t-rotated-secret-99" };
        QString sentence;
        const QString tokenId
            = store.addAndWait(tokenProfile(QStringLiteral("Token")), SecretBytes(secrets.at(0)), &sentence);
        QVERIFY(!store.addAndWait(keyProfile(QStringLiteral("Key")), SecretBytes(secrets.at(1)), &sentence)
                     .isEmpty());
        Profile oauth = tokenProfile(QStringLiteral("OAuth"));
        oauth.kind = Profile::CredentialKind::OAuthClient;
        oauth.credentialUser = QStringLiteral("OQc0ffeec0ffeec0ffeec0ffeec0ffee00");
        oauth.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!store.addAndWait(oauth, SecretBytes(secrets.at(2)), &sentence).isEmpty());
        QVERIFY(store.updateAndWait(store.find(tokenId).value(), SecretBytes(secrets.at(3)), &sentence));
        QVERIFY(store.setActive(tokenId));
        settings->sync();

        const QByteArray bytes = settingsBytes();
        // The right file: it holds the fields…
        QVERIFY(bytes.contains(accountSid.toLatin1()));
        QVERIFY(bytes.contains(keySid.toLatin1()));
        QVERIFY(bytes.contains("127.0.0.1"));
        // …and none of the secrets, in any common spelling.
        for (const QByteArray& s : secrets) {
            QVERIFY2(!bytes.contains(s), s.constData());
            QVERIFY2(!bytes.contains(s.toBase64()), s.constData());
            QVERIFY2(!bytes.contains(s.toHex()), s.constData());
            QVERIFY2(!bytes.contains(s.left(12)), s.constData());
        }
        QVERIFY(!bytes.contains("Sekr1t"));
    }

    void hostileSettingsAreSkipped()
    {
        const QByteArray good
            = "good\\name=Good\ngood\\accountSid=" + accountSid.toLatin1() + "\ngood\\kind=auth-token\n";
        QByteArray ini = "[Profiles]\nactive=nobody\n" + good;
        auto entry = [&](const char* id, const QByteArray& name, const QByteArray& sid,
                         const QByteArray& kind, const QByteArray& extra = {}) {
            ini += QByteArray(id) + "\\name=" + name + '\n' + id + "\\accountSid=" + sid + '\n' + id
                + "\\kind=" + kind + '\n' + extra;
        };
        const QByteArray sid = accountSid.toLatin1();
        entry("badsid", "Bad SID", "ACnothex", "auth-token");
        entry("badkind", "Bad kind", sid, "password");
        entry("nokind", "No kind", sid, "");
        entry("huge", QByteArray(200000, 'x'), sid, "auth-token");
        entry("bytes", "@ByteArray(raw bytes)", sid, "auth-token");
        entry("list", "one, two, three", sid, "auth-token");
        entry("variant", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0garbage)", sid, "auth-token");
        entry("ctrl", "evil\\x1b[31mname", sid, "auth-token");
        entry("remotehttp", "Remote http", sid, "auth-token",
              "remotehttp\\baseUrl=http://proxy.example.com\n");
        entry("keynosid", "Key without SID", sid, "api-key");
        entry("zdup", "GOOD", sid, "auth-token"); // sorts after "good": the duplicate is the one skipped
        entry("bad%20id", "Bad id", sid, "auth-token");
        entry("huge-sid", "Huge SID", QByteArray(100000, 'A'), "auth-token");
        ini += "[Profiles/nested/deeper]\nname=Nested\n";
        writeSettingsFile(ini);

        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().constFirst().id, QStringLiteral("good"));
        QVERIFY(!store.active());
        const QStringList problems = store.problems();
        QVERIFY2(problems.size() >= 13, qPrintable(problems.join(u'\n')));
        for (const QString& problem : problems) {
            QVERIFY2(problem.size() < 600, qPrintable(problem.left(200)));
            QVERIFY(!problem.contains(QStringLiteral("xxxxxxxxxx")));
            QVERIFY(!problem.contains(QChar(0x1b)));
        }
        // Still usable: a new profile can be added beside the junk.
        QString sentence;
        QVERIFY2(!store.addAndWait(tokenProfile(QStringLiteral("New")), secret("t"), &sentence).isEmpty(),
                 qPrintable(sentence));
        QCOMPARE(store.list().size(), 2);
    }

    void tooManyEntriesAreCapped()
    {
        QByteArray ini = "[Profiles]\n";
        for (int i = 0; i < ProfileStore::maxProfiles + 20; ++i) {
            const QByteArray id = "p" + QByteArray::number(i);
            ini += id + "\\name=Profile " + QByteArray::number(i) + '\n' + id
                + "\\accountSid=" + accountSid.toLatin1() + '\n' + id + "\\kind=auth-token\n";
        }
        writeSettingsFile(ini);
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QCOMPARE(store.list().size(), ProfileStore::maxProfiles);
        QCOMPARE(store.problems().size(), 1);
        QVERIFY(store.problems().constFirst().contains(QString::number(ProfileStore::maxProfiles)));
    }

    void garbageSettingsFile()
    {
        QByteArray junk;
        for (int i = 0; i < 65536; ++i)
            junk.append(char((i * 7919) % 256));
        writeSettingsFile(junk);
        auto vault = memoryVault();
        auto settings = openSettings();
        ProfileStore store(vault.get(), settings.get());
        QVERIFY(store.list().isEmpty());
    }

    void unwritableSettingsLeaveNoSecret()
    {
        // A settings path below a regular file cannot be created, even by root.
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSettings settings(m_dir->filePath(QStringLiteral("blocker/profiles.conf")), QSettings::IniFormat);
        auto vault = memoryVault();
        ProfileStore store(vault.get(), &settings);
        Profile p = tokenProfile(QStringLiteral("Doomed"));
        p.id = Profile::newId();
        QString sentence;
        QVERIFY(store.addAndWait(p, secret("doomed-token"), &sentence).isEmpty());
        QVERIFY(sentence.contains(QStringLiteral("could not be saved")));
        QVERIFY(store.list().isEmpty());
        SecretBytes orphan;
        QVERIFY(vault->readAndWait(SecretVault::profileEntry(p.id), &orphan).notFound);
    }

    void roundTripInKeychain()
    {
        if (!m_haveKeychain)
            KEYDESK_REQUIRE_ENVIRONMENT(
                "No Secret Service on the session bus; run through scripts/run-tests.sh "
                "(dbus-run-session + gnome-keyring).");
        SecretVault vault(QStringLiteral("KeyDesk-test"));
        auto settings = openSettings();
        ProfileStore store(&vault, settings.get());
        QString sentence;
        const QString id
            = store.addAndWait(keyProfile(QStringLiteral("Keychain")), secret("kc-secret-1"), &sentence);
        QVERIFY2(!id.isEmpty(), qPrintable(sentence));
        QVERIFY2(sentence.isEmpty(), qPrintable(sentence)); // kept in the keychain, nothing to say
        QCOMPARE(vault.backend(), SecretVault::Backend::Keychain);

        // A new vault and store (a restart) read it back from the keychain.
        SecretVault laterVault(QStringLiteral("KeyDesk-test"));
        auto laterSettings = openSettings();
        ProfileStore later(&laterVault, laterSettings.get());
        SecretBytes back;
        QVERIFY2(later.readSecretAndWait(id, &back, &sentence), qPrintable(sentence));
        QVERIFY(back.equals(QByteArrayView("kc-secret-1")));

        Profile p = later.find(id).value();
        QVERIFY(later.updateAndWait(p, secret("kc-secret-2"), &sentence));
        QVERIFY(store.readSecretAndWait(id, &back, &sentence));
        QVERIFY(back.equals(QByteArrayView("kc-secret-2")));

        store.reload();
        QVERIFY2(store.removeAndWait(id, &sentence), qPrintable(sentence));
        SecretBytes gone;
        QVERIFY(SecretVault(QStringLiteral("KeyDesk-test"))
                    .readAndWait(SecretVault::profileEntry(id), &gone)
                    .notFound);
        settings->sync();
        QVERIFY(!settingsBytes().contains("kc-secret"));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
