// The Profiles page, its add/edit dialog, the twilio-cli import and the welcome page, driven by object
// name offscreen: an Auth Token profile against a real keydesk-sandbox process (base URL = the sandbox),
// its connection test, set active, edit keeping the secret, remove after a confirmation, invalid input,
// and an import from a config.json fixture readable by others.
#include "ProfilesUiTestSupport.h"
#include "SandboxProcess.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfilesPage.h"
#include "profiles/TwilioCliImportDialog.h"
#include "profiles/WelcomePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace profilesui;

class TestProfilesPage : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    static QAction* action(ProfilesPage& page, const char* name)
    {
        return page.findChild<QAction*>(QLatin1String(name));
    }

    // Opens Add, fills an Auth Token profile for the sandbox, returns the open dialog.
    ProfileDialog* openFilledAddDialog(ProfilesPage& page, const QString& name, const QString& token)
    {
        action(page, "addProfileAction")->trigger();
        ProfileDialog* dialog = page.profileDialog();
        if (!dialog)
            return nullptr;
        setText(dialog, "nameEdit", name);
        setText(dialog, "accountSidEdit", m_sandbox.accountSid());
        setText(dialog, "secretEdit", token);
        setText(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
        return dialog;
    }

    // Adds through the dialog and waits for the store; the new profile's id.
    QString addSandboxProfile(StoreFixture& f, ProfilesPage& page, const QString& name)
    {
        ProfileDialog* dialog = openFilledAddDialog(page, name, m_sandbox.authToken());
        if (!dialog)
            return {};
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return f.store->find(name).has_value(); }, 10000))
            return {};
        return f.store->find(name)->id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init() { Confirmation::clearNextAnswer(); }

    void addAuthTokenProfileAndTestConnection()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.setEnvironment(QProcessEnvironment());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        ProfileDialog* dialog = openFilledAddDialog(page, QStringLiteral("Sandbox"), m_sandbox.authToken());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResultLabel"));
        QVERIFY(result);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("can manage")), 20000);
        QVERIFY2(result->text().contains(m_sandbox.accountSid()), qPrintable(result->text()));
        QVERIFY(!result->text().contains(m_sandbox.authToken()));

        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(f.store->list().size(), 1);
        const Profile stored = f.store->list().first();
        QCOMPARE(stored.name, QStringLiteral("Sandbox"));
        QCOMPARE(stored.kind, Profile::CredentialKind::AuthToken);
        QCOMPARE(stored.baseUrl, m_sandbox.baseUrl());
        QByteArray secret;
        bool notFound = true;
        QVERIFY(f.readSecret(stored.id, &secret, &notFound));
        QVERIFY(!notFound);
        QCOMPARE(secret, m_sandbox.authToken().toUtf8());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ProfileListModel::NameColumn).data().toString(),
                 QStringLiteral("Sandbox"));
        // The secret never reaches QSettings.
        f.settings->sync();
        QFile ini(f.settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_sandbox.authToken().toUtf8()));
    }

    void wrongTokenIsReported()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.setEnvironment(QProcessEnvironment());
        page.show();
        ProfileDialog* dialog = openFilledAddDialog(page, QStringLiteral("Wrong"),
                                                    QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(dialog);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResultLabel"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !result->text().isEmpty() && !result->text().contains(QStringLiteral("Testing")), 20000);
        QVERIFY2(!result->text().contains(QStringLiteral("can manage")), qPrintable(result->text()));
        dialog->reject();
    }

    void invalidInputStaysOpen()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.show();
        action(page, "addProfileAction")->trigger();
        ProfileDialog* dialog = page.profileDialog();
        QVERIFY(dialog);
        setText(dialog, "nameEdit", QStringLiteral("Broken"));
        setText(dialog, "accountSidEdit", QStringLiteral("ACnot-a-sid"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto* message = dialog->findChild<InlineMessage*>(QStringLiteral("profileMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(QStringLiteral("Account SID")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("secret")), qPrintable(message->text()));
        // An API key profile needs an SK… SID.
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(Profile::CredentialKind::ApiKey)));
        setText(dialog, "credentialUserEdit", QStringLiteral("nope"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("API key SID")), qPrintable(message->text()));
        dialog->reject();
        QCoreApplication::processEvents(); // anything queued by the dialog runs now
        QVERIFY(f.store->list().isEmpty());
    }

    void setActiveEmitsSignal()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.show();
        const QString id = addSandboxProfile(f, page, QStringLiteral("Sandbox"));
        QVERIFY(!id.isEmpty());
        QSignalSpy spy(&page, &ProfilesPage::activeProfileChanged);
        page.selectProfile(id);
        QVERIFY(action(page, "setActiveProfileAction")->isEnabled());
        action(page, "setActiveProfileAction")->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<Profile>().id, id);
        QCOMPARE(f.store->activeId(), id);
        const QModelIndex row = page.model()->indexFromKey(id, ProfileListModel::StatusColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Active"));
        QVERIFY(row.data(ProfileListModel::ActiveRole).toBool());
    }

    void editKeepsSecretWhenEmpty()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.show();
        const QString id = addSandboxProfile(f, page, QStringLiteral("Sandbox"));
        QVERIFY(!id.isEmpty());
        f.store->setActive(id);
        QSignalSpy spy(&page, &ProfilesPage::activeProfileChanged);
        page.selectProfile(id);
        action(page, "editProfileAction")->trigger();
        ProfileDialog* dialog = page.profileDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
        // The test reads the stored secret when the field is empty.
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResultLabel"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("can manage")), 20000);
        setText(dialog, "nameEdit", QStringLiteral("Sandbox (renamed)"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(f.store->find(id) && f.store->find(id)->name == QStringLiteral("Sandbox (renamed)"));
        QByteArray secret;
        bool notFound = true;
        QVERIFY(f.readSecret(id, &secret, &notFound));
        QVERIFY(!notFound);
        QCOMPARE(secret, m_sandbox.authToken().toUtf8());
        // The active profile changed: whoever owns the client reconnects.
        QTRY_COMPARE(spy.count(), 1);
    }

    void removeAfterConfirmation()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.show();
        const QString id = addSandboxProfile(f, page, QStringLiteral("Doomed"));
        QVERIFY(!id.isEmpty());
        page.selectProfile(id);

        // Cancel keeps it.
        Confirmation::setNextAnswer(false);
        const int asked = Confirmation::askedCount();
        action(page, "removeProfileAction")->trigger();
        QCOMPARE(Confirmation::askedCount(), asked + 1); // asked, answered "keep", nothing sent
        QVERIFY(f.store->find(id));

        Confirmation::setNextAnswer(true);
        action(page, "removeProfileAction")->trigger();
        const Confirmation::Question q = Confirmation::lastQuestion();
        QVERIFY2(q.text.contains(QStringLiteral("Doomed")), qPrintable(q.text));
        QVERIFY2(q.informativeText.contains(QStringLiteral("keychain")), qPrintable(q.informativeText));
        QVERIFY(q.destructive);
        QTRY_VERIFY(!f.store->find(id));
        QByteArray secret;
        bool notFound = false;
        QVERIFY(f.readSecret(id, &secret, &notFound));
        QVERIFY(notFound);
        QVERIFY(secret.isEmpty());
        auto* message = page.findChild<InlineMessage*>(QStringLiteral("profilesMessage"));
        QTRY_COMPARE(message->kind(), InlineMessage::Kind::Success);
    }

    void environmentRowIsReadOnly()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        QProcessEnvironment env;
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox.accountSid());
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), m_sandbox.authToken());
        page.setEnvironment(env);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, 0).data().toString(), Profile::environmentName());
        page.selectProfile(EnvironmentProfile::profileId());
        QVERIFY(!action(page, "editProfileAction")->isEnabled());
        QVERIFY(!action(page, "removeProfileAction")->isEnabled());
        QVERIFY(!action(page, "setActiveProfileAction")->isEnabled());
        QVERIFY(action(page, "testProfileAction")->isEnabled());
    }

    void importFromTwilioCli()
    {
        StoreFixture f;
        const QString path = f.writeCliConfig(mode0644);
        QVERIFY(!path.isEmpty());
        ProfilesPage page(f.store.get());
        page.setTwilioCliConfigPath(QString());
        QVERIFY(!action(page, "importProfilesAction")->isVisible());
        page.setTwilioCliConfigPath(path);
        QVERIFY(action(page, "importProfilesAction")->isVisible());
        page.show();
        action(page, "importProfilesAction")->trigger();
        TwilioCliImportDialog* dialog = page.importDialog();
        QVERIFY(dialog);
        auto* warning = dialog->findChild<InlineMessage*>(QStringLiteral("permissionsWarning"));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->kind(), InlineMessage::Kind::Warning);
        QVERIFY2(warning->text().contains(QStringLiteral("other users")), qPrintable(warning->text()));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("importList"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(dialog->selectedIds(),
                 (QStringList { QStringLiteral("default"), QStringLiteral("eu-prod") }));
        auto* strip = dialog->findChild<QCheckBox*>(QStringLiteral("stripSecretsCheck"));
        QVERIFY(strip->isChecked()); // readable by others: offered checked
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);

        auto* message = page.findChild<InlineMessage*>(QStringLiteral("profilesMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(f.store->list().size() == 2 && !message->isShowingProgress(), 10000);
        QCOMPARE(message->kind(), InlineMessage::Kind::Success);
        const std::optional<Profile> eu = f.store->find(QStringLiteral("eu-prod"));
        QVERIFY(eu);
        QCOMPARE(eu->kind, Profile::CredentialKind::ApiKey);
        QCOMPARE(eu->region, QStringLiteral("ie1"));
        QByteArray secret;
        bool notFound = true;
        QVERIFY(f.readSecret(eu->id, &secret, &notFound));
        QCOMPARE(secret, cliSecondSecret);
        // Stripped, with a 0600 backup.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QVERIFY(!after.contains(cliFirstSecret));
        QVERIFY(!after.contains(cliSecondSecret));
        const QString backup = path + QStringLiteral(".keydesk-backup");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(message->text().contains(backup));
    }

    void importCancelledChangesNothing()
    {
        StoreFixture f;
        const QString path = f.writeCliConfig(QFile::ReadOwner | QFile::WriteOwner);
        ProfilesPage page(f.store.get());
        page.setTwilioCliConfigPath(path);
        page.show();
        action(page, "importProfilesAction")->trigger();
        TwilioCliImportDialog* dialog = page.importDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<InlineMessage*>(QStringLiteral("permissionsWarning"))->isVisible());
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("stripSecretsCheck"))->isChecked());
        dialog->reject();
        QCoreApplication::processEvents(); // anything queued by the dialog runs now
        QVERIFY(f.store->list().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), cliConfig);
    }

    void welcomePageChoices()
    {
        QTemporaryDir dir;
        WelcomePage page;
        page.setTwilioCliConfigPath(dir.filePath(QStringLiteral("missing/config.json")));
        page.refresh(QProcessEnvironment());
        page.show();
        auto* add = page.findChild<QPushButton*>(QStringLiteral("addProfileButton"));
        auto* import = page.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* env = page.findChild<QPushButton*>(QStringLiteral("useEnvironmentButton"));
        auto* sandbox = page.findChild<QPushButton*>(QStringLiteral("sandboxButton"));
        QVERIFY(add && import && env && sandbox);
        QVERIFY(add->isVisible());
        QVERIFY(sandbox->isVisible());
        QVERIFY(!import->isVisible());
        QVERIFY(!env->isVisible());
        QCOMPARE(add->accessibleName(), QStringLiteral("Add profile"));

        QFile config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{}");
        config.close();
        page.setTwilioCliConfigPath(config.fileName());
        QProcessEnvironment variables;
        variables.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                         QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        variables.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
                         QStringLiteral("0123456789abcdef0123456789abcdef"));
        page.refresh(variables);
        QVERIFY(import->isVisible());
        QVERIFY(env->isVisible());

        QSignalSpy addSpy(&page, &WelcomePage::addProfileRequested);
        QSignalSpy importSpy(&page, &WelcomePage::importRequested);
        QSignalSpy envSpy(&page, &WelcomePage::useEnvironmentRequested);
        QSignalSpy sandboxSpy(&page, &WelcomePage::sandboxRequested);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(import, Qt::LeftButton);
        QTest::mouseClick(env, Qt::LeftButton);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QCOMPARE(addSpy.count(), 1);
        QCOMPARE(importSpy.count(), 1);
        QCOMPARE(envSpy.count(), 1);
        QCOMPARE(sandboxSpy.count(), 1);
    }
};

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
