// Issue 8, "Done when": after the GUI has added each credential kind (Auth Token, API key, OAuth client,
// Twilio sign-in), tested them, imported a twilio-cli config.json, stored an API key secret and rotated the
// Auth Token (the profile updated to the promoted one), no secret appears in any file under the config,
// data and cache folders, in QSettings, or in anything the program logged. The test runs with XDG folders
// and HOME of its own (set before QApplication exists), a real keychain (scripts/run-tests.sh) and a real
// keydesk-sandbox process; every Qt message is captured and searched too. The CLI's side of the same check
// is in tests/cli/tst_cli_profiles.cpp (every test's folders and output).
#include "ProfilesUiTestSupport.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/ApiClient.h"
#include "authtoken/AuthTokenPage.h"
#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/SecretOnceDialog.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfilesPage.h"
#include "profiles/Session.h"
#include "profiles/SignInDialog.h"
#include "profiles/TwilioCliImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace profilesui;

namespace {

QTemporaryDir* home = nullptr;
QStringList* logged = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (logged)
        logged->append(text);
    if (previousHandler)
        previousHandler(type, context, text);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestNoSecrets : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    QList<QByteArray> m_secrets;

    static QAction* action(ProfilesPage& page, const char* name)
    {
        return page.findChild<QAction*>(QLatin1String(name));
    }

    // Adds a profile of `kind` through the Add dialog, then tests it with the page's Test action.
    void addAndTest(ProfileStore& store, ProfilesPage& page, const QString& name,
                    Profile::CredentialKind kind, const QString& user, const QString& secret)
    {
        action(page, "addProfileAction")->trigger();
        ProfileDialog* dialog = page.profileDialog();
        QVERIFY(dialog);
        setText(dialog, "nameEdit", name);
        setText(dialog, "accountSidEdit", m_sandbox.accountSid());
        auto* kindCombo = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kindCombo->setCurrentIndex(kindCombo->findData(int(kind)));
        if (!user.isEmpty())
            setText(dialog, "credentialUserEdit", user);
        setText(dialog, "secretEdit", secret);
        setText(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store.find(name).has_value(), 10000);
        testProfile(store, page, name);
    }

    void testProfile(ProfileStore& store, ProfilesPage& page, const QString& name)
    {
        page.selectProfile(store.find(name)->id);
        action(page, "testProfileAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page.message()->text().contains(QLatin1String("Connected to account")),
                                 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home && home->isValid());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        SignInDialog::setBrowserOverride([this](const QUrl& url) { return consentInBrowser(&m_nam, url); });
        m_secrets = { m_sandbox.authToken().toUtf8(), m_sandbox.mainKeySecret().toUtf8(),
                      m_sandbox.oauthClientSecret().toUtf8(), cliFirstSecret, cliSecondSecret };
    }

    void everyCredentialKindImportAndRotation()
    {
        SecretVault vault; // the GUI's own service name, in the test's keyring
        ProfileStore store(&vault); // the GUI's own QSettings file, under the test's XDG_CONFIG_HOME
        ProfilesPage page(&store);
        page.resize(1000, 600);
        page.show();

        addAndTest(store, page, QStringLiteral("token"), Profile::CredentialKind::AuthToken, QString(),
                   m_sandbox.authToken());
        if (vault.backend() != SecretVault::Backend::Keychain)
            KEYDESK_REQUIRE_ENVIRONMENT("no Secret Service keychain (run under scripts/run-tests.sh)");
        addAndTest(store, page, QStringLiteral("main key"), Profile::CredentialKind::ApiKey,
                   m_sandbox.mainKeySid(), m_sandbox.mainKeySecret());
        addAndTest(store, page, QStringLiteral("oauth"), Profile::CredentialKind::OAuthClient,
                   m_sandbox.oauthClientId(), m_sandbox.oauthClientSecret());

        // Twilio sign-in: the refresh tokens (each one good once) are secrets too.
        page.signInWithTwilio();
        SignInDialog* signIn = page.signInDialog();
        QVERIFY(signIn);
        setText(signIn, "nameEdit", QStringLiteral("signed in"));
        setText(signIn, "accountSidEdit", m_sandbox.accountSid());
        setText(signIn, "clientIdEdit", m_sandbox.oauthClientId());
        setText(signIn, "baseUrlEdit", m_sandbox.baseUrl().toString());
        QSignalSpy signedIn(signIn, &SignInDialog::signInFinished);
        QTest::mouseClick(signIn->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
        QVERIFY(signedIn.first().first().toBool());
        QTest::mouseClick(signIn->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store.find(QStringLiteral("signed in")).has_value(), 10000);
        SecretBytes refresh;
        QVERIFY(store.readSecretAndWait(store.find(QStringLiteral("signed in"))->id, &refresh, nullptr));
        m_secrets << refresh.view().toByteArray();
        testProfile(store, page, QStringLiteral("signed in"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (store.readSecretAndWait(store.find(QStringLiteral("signed in"))->id, &refresh, nullptr)
             && refresh.view() != QByteArrayView(m_secrets.last())),
            10000);
        m_secrets << refresh.view().toByteArray();

        // twilio-cli's config.json (in HOME, outside the XDG folders), imported with its secrets stripped.
        const QString cliDir = home->filePath(QStringLiteral(".twilio-cli"));
        QVERIFY(QDir().mkpath(cliDir));
        QFile config(cliDir + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(cliConfig);
        config.close();
        page.setTwilioCliConfigPath(config.fileName());
        action(page, "importProfilesAction")->trigger();
        TwilioCliImportDialog* import = page.importDialog();
        QVERIFY(import);
        QTest::mouseClick(import->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            store.find(QStringLiteral("eu-prod")).has_value() && !page.message()->isShowingProgress(), 10000);

        // An API key's secret kept in the keychain (as the Keys page does), with the vault's SID index.
        const QByteArray keySecret = "Zk9mB2vR5nW8yL1pC4fG6jH0sXq3ZtD7";
        QVERIFY(
            vault.storeAndWait(SecretVault::apiKeyEntry(m_sandbox.mainKeySid()), SecretBytes(keySecret)).ok);
        m_secrets << keySecret;

        // Rotate the Auth Token from the Auth Token page, connected with the "token" profile, and let the
        // page store the promoted token in it.
        const Profile tokenProfile = *store.find(QStringLiteral("token"));
        ApiClient client;
        QString error;
        QVERIFY(
            Session::configure(&client, tokenProfile, SecretBytes::fromUtf8(m_sandbox.authToken()), &error));
        ClipboardService clipboard;
        AuthTokenPage authPage(&client, &clipboard);
        authPage.setProfileStore(&store);
        authPage.setConnectedProfile(tokenProfile);
        authPage.show();
        QSignalSpy updated(&authPage, &AuthTokenPage::profileTokenUpdated);
        authPage.findChild<QPushButton*>(QStringLiteral("createSecondaryButton"))->click();
        SecretOnceDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = authPage.findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")))
                && dialog->isVisible(),
            30000);
        m_secrets << dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().toUtf8();
        dialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->click();
        QPointer<SecretOnceDialog> guard(dialog);
        dialog->findChild<QAbstractButton*>(QStringLiteral("finishButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() && !authPage.isBusy(), 10000);
        Confirmation::setNextAnswer(true);
        authPage.findChild<QPushButton*>(QStringLiteral("promoteSecondaryButton"))->click();
        Confirmation::setNextAnswer(true);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() == 1, 30000);
        SecretBytes promoted;
        QVERIFY(store.readSecretAndWait(tokenProfile.id, &promoted, nullptr));
        QCOMPARE(promoted.view(), QByteArrayView(m_secrets.last()));
    }

    void cleanupTestCase()
    {
        SignInDialog::setBrowserOverride({});
        QVERIFY(m_secrets.size() >= 5);
        // Every file under the config, data and cache folders, QSettings as the program reads it, and
        // everything logged: no secret, raw or base64.
        QList<QByteArray> forms;
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            QVERIFY(secret.size() >= 16);
            forms << secret << secret.toBase64() << secret.toBase64(QByteArray::Base64UrlEncoding);
        }
        int files = 0;
        for (const QString& dir :
             { qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
               qEnvironmentVariable("XDG_CACHE_HOME") }) {
            QVERIFY(dir.startsWith(home->path()));
            QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                ++files;
                const QByteArray bytes = readAll(path);
                for (const QByteArray& form : std::as_const(forms))
                    QVERIFY2(!bytes.contains(form),
                             qPrintable(QStringLiteral("a secret is in %1").arg(path)));
            }
        }
        QVERIFY2(files >= 1, "the profiles file was written under XDG_CONFIG_HOME");
        QSettings settings(QStringLiteral("KeyDesk"), QStringLiteral("profiles"));
        QVERIFY(settings.fileName().startsWith(home->path()));
        QVERIFY(!settings.allKeys().isEmpty());
        for (const QString& key : settings.allKeys()) {
            const QByteArray value = settings.value(key).toString().toUtf8();
            for (const QByteArray& form : std::as_const(forms))
                QVERIFY2(!value.contains(form),
                         qPrintable(QStringLiteral("a secret is in QSettings %1").arg(key)));
        }
        QSettings app(QStringLiteral("KeyDesk"), QStringLiteral("KeyDesk"));
        for (const QString& key : app.allKeys())
            for (const QByteArray& form : std::as_const(forms))
                QVERIFY(!app.value(key).toString().toUtf8().contains(form));
        for (const QString& line : std::as_const(*logged))
            for (const QByteArray& form : std::as_const(forms))
                QVERIFY2(!line.toUtf8().contains(form), "a secret was logged");
    }
};

int main(int argc, char* argv[])
{
    // Folders of its own, before anything reads them.
    QTemporaryDir dir;
    home = &dir;
    for (const char* sub : { "config", "data", "cache" })
        QDir(dir.path()).mkpath(QString::fromLatin1(sub));
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("HOME", dir.path().toUtf8());
    for (const char* name : { "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY",
                              "TWILIO_API_SECRET", "TWILIO_CONFIG_DIR" })
        qunsetenv(name);
    QStringList messages;
    logged = &messages;
    previousHandler = qInstallMessageHandler(captureMessage);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    TestNoSecrets test;
    const int result = QTest::qExec(&test, argc, argv);
    logged = nullptr;
    return result;
}

#include "tst_nosecrets.moc"
