// Renders the Profiles page, the add dialog after a successful connection test, the twilio-cli import
// with the permissions warning, the welcome page, the "Sign in with Twilio" dialog after a sign-in and the
// first-start window without a keychain (banner, profile switcher, welcome page) into
// <build>/screenshots/, against a real keydesk-sandbox process. Works offscreen and under xvfb-run.
#include "ProfilesUiTestSupport.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/ProfilesPage.h"
#include "profiles/SignInDialog.h"
#include "profiles/TwilioCliImportDialog.h"
#include "profiles/WelcomePage.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>

using namespace profilesui;

class TestProfilesScreenshots : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;

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
    void signInDialog()
    {
        // The browser: sign in and consent, then follow the redirect back to KeyDesk.
        SignInDialog::setBrowserOverride([this](const QUrl& url) { return consentInBrowser(&m_nam, url); });
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.signInWithTwilio();
        SignInDialog* dialog = page.signInDialog();
        QVERIFY(dialog);
        setText(dialog, "nameEdit", QStringLiteral("Production (sign-in)"));
        setText(dialog, "accountSidEdit", m_sandbox.accountSid());
        setText(dialog, "clientIdEdit", m_sandbox.oauthClientId());
        setText(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
        QSignalSpy finished(dialog, &SignInDialog::signInFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(finished.first().first().toBool());
        save(dialog, QStringLiteral("profiles-sign-in.png"), QSize(640, 460));
        dialog->reject();
        SignInDialog::setBrowserOverride({});
    }

    // What a first start without a Secret Service looks like: the banner across the pages, the profile
    // switcher saying there is no profile, and the welcome page in the Keys page's place.
    void noKeychainBanner()
    {
        StoreFixture f;
        MainWindow window;
        auto* switcher = new ProfileSwitcher(f.store.get());
        QToolBar* bar = window.addToolBar(QStringLiteral("Profile"));
        bar->setMovable(false);
        bar->addWidget(switcher);
        window.setBanner(
            QStringLiteral("No keychain is available: secrets are kept in memory for this session "
                           "only and are forgotten when KeyDesk closes."));
        window.setConnectionText(QStringLiteral("No profile"));
        auto* welcome = new WelcomePage;
        welcome->setTwilioCliConfigPath(f.writeCliConfig(mode0644));
        welcome->refresh(QProcessEnvironment());
        window.setPageWidget(MainWindow::Page::Keys, welcome);
        window.showPage(MainWindow::Page::Keys);
        save(&window, QStringLiteral("no-keychain-banner.png"), QSize(1200, 760));
        QVERIFY(window.bannerText().contains(QStringLiteral("No keychain")));
        QCOMPARE(switcher->combo()->currentIndex(), -1);
    }
};

QTEST_MAIN(TestProfilesScreenshots)
#include "tst_profilesscreenshots.moc"
