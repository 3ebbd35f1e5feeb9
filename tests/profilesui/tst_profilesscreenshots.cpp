// Renders the Profiles page, the add dialog after a successful connection test, the twilio-cli import
// with the permissions warning and the welcome page into <build>/screenshots/, against a real
// keydesk-sandbox process. Works offscreen and under xvfb-run.
#include "ProfilesUiTestSupport.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfilesPage.h"
#include "profiles/TwilioCliImportDialog.h"
#include "profiles/WelcomePage.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace profilesui;

class TestProfilesScreenshots : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;
    SandboxProcess m_sandbox;

    void save(QWidget* widget, const QString& name, QSize size) { saveScreenshot(widget, m_dir, name, size); }

    // Three stored profiles (one active) added straight to the store.
    void seed(StoreFixture& f)
    {
        struct Row
        {
            const char* name;
            const char* sid;
            Profile::CredentialKind kind;
            const char* user;
            const char* region;
            const char* edge;
        };
        const Row rows[] = {
            { "Production (US)", "AC0123456789abcdef0123456789abcdef", Profile::CredentialKind::AuthToken, "",
              "", "" },
            { "EU messaging", "ACfedcba9876543210fedcba9876543210", Profile::CredentialKind::ApiKey,
              "SKfedcba9876543210fedcba9876543210", "ie1", "dublin" },
            { "Partner portal", "AC11112222333344445555666677778888", Profile::CredentialKind::OAuthClient,
              "OQ0123456789abcdef0123456789abcdef", "", "" },
        };
        for (const Row& r : rows) {
            Profile p;
            p.name = QString::fromUtf8(r.name);
            p.accountSid = QString::fromLatin1(r.sid);
            p.kind = r.kind;
            p.credentialUser = QString::fromLatin1(r.user);
            p.region = QString::fromLatin1(r.region);
            p.edge = QString::fromLatin1(r.edge);
            QString sentence;
            bool done = false;
            f.store->add(p, SecretBytes::fromUtf8(QStringLiteral("not-a-real-secret-0000")), nullptr,
                         [&](bool ok, const QString& s) {
                             done = true;
                             sentence = ok ? QString() : s;
                         });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
            QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
        }
        QVERIFY(f.store->setActive(f.store->find(QStringLiteral("Production (US)"))->id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = QDir(QStringLiteral(KEYDESK_SCREENSHOT_DIR));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void profilesPage()
    {
        StoreFixture f;
        seed(f);
        MainWindow window;
        auto* page = new ProfilesPage(f.store.get());
        QProcessEnvironment env;
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                   QStringLiteral("AC99990000aaaabbbbccccddddeeeeffff"));
        env.insert(QStringLiteral("TWILIO_API_KEY"), QStringLiteral("SK99990000aaaabbbbccccddddeeeeffff"));
        env.insert(QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("not-a-real-secret"));
        env.insert(QStringLiteral("TWILIO_REGION"), QStringLiteral("au1"));
        page->setEnvironment(env);
        page->setTwilioCliConfigPath(f.writeCliConfig(mode0644));
        window.setPageWidget(MainWindow::Page::Profiles, page);
        window.showPage(MainWindow::Page::Profiles);
        window.setConnectionText(
            QStringLiteral("Profile Production (US) (AC0123456789abcdef0123456789abcdef)"));
        page->selectProfile(f.store->find(QStringLiteral("EU messaging"))->id);
        save(&window, QStringLiteral("profiles-page.png"), QSize(1200, 760));
    }

    void addDialogAfterTest()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.resize(1000, 700);
        page.show();
        page.findChild<QAction*>(QStringLiteral("addProfileAction"))->trigger();
        ProfileDialog* dialog = page.profileDialog();
        QVERIFY(dialog);
        setText(dialog, "nameEdit", QStringLiteral("Sandbox"));
        setText(dialog, "accountSidEdit", m_sandbox.accountSid());
        setText(dialog, "secretEdit", m_sandbox.authToken());
        setText(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResultLabel"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("can manage")), 20000);
        save(dialog, QStringLiteral("profiles-add-dialog.png"), QSize(640, 480));
        dialog->reject();
    }

    void importDialog()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.setTwilioCliConfigPath(f.writeCliConfig(mode0644));
        page.resize(1000, 700);
        page.show();
        page.findChild<QAction*>(QStringLiteral("importProfilesAction"))->trigger();
        TwilioCliImportDialog* dialog = page.importDialog();
        QVERIFY(dialog);
        save(dialog, QStringLiteral("profiles-import.png"), QSize(720, 460));
        dialog->reject();
    }

    void welcomePage()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{}");
        config.close();
        WelcomePage page;
        page.setTwilioCliConfigPath(config.fileName());
        QProcessEnvironment env;
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                   QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        page.refresh(env);
        save(&page, QStringLiteral("welcome-page.png"), QSize(1000, 640));
    }
};

QTEST_MAIN(TestProfilesScreenshots)
#include "tst_profilesscreenshots.moc"
