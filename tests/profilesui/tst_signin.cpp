// "Sign in with Twilio" from the GUI (issue 8, 4b and 5): the Profiles page's sign-in dialog against a real
// keydesk-sandbox process, with a scripted browser (an HTTP client that follows the consent page's
// redirect to KeyDesk's loopback handler) and a real keychain. The profile keeps only the refresh token,
// in the keychain; each use of it (Twilio rotates it) stores the new one, so the profile keeps working
// and the spent one is refused. Also: the toolbar's profile switcher, the welcome page's sign-in choice,
// and a dialog whose account changes after signing in asks for a new sign-in.
#include "ProfilesUiTestSupport.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/ApiClient.h"
#include "api/KeyService.h"
#include "api/OAuthTokenSource.h"
#include "common/InlineMessage.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/ProfilesPage.h"
#include "profiles/Session.h"
#include "profiles/SignInDialog.h"
#include "profiles/WelcomePage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace profilesui;

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    int m_browserOpened = 0;

    // A person who signs in and consents: GET the authorization URL, follow the 302 to the loopback
    // redirect URI.
    bool browse(const QUrl& url)
    {
        ++m_browserOpened;
        return consentInBrowser(&m_nam, url);
    }

    static QLabel* stateLabel(SignInDialog* dialog)
    {
        return dialog->findChild<QLabel*>(QStringLiteral("signInStateLabel"));
    }

    // Fills the dialog for the sandbox's OAuth app and signs in; true once the connection test passed.
    bool signIn(SignInDialog* dialog, const QString& name)
    {
        setText(dialog, "nameEdit", name);
        setText(dialog, "accountSidEdit", m_sandbox.accountSid());
        setText(dialog, "clientIdEdit", m_sandbox.oauthClientId());
        setText(dialog, "baseUrlEdit", m_sandbox.baseUrl().toString());
        QSignalSpy finished(dialog, &SignInDialog::signInFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        if (!finished.wait(30000) && finished.isEmpty())
            return false;
        return finished.first().first().toBool();
    }

    // Lists the keys with a Session opened on the profile and a refresh token; returns whether it worked
    // and the rotated token (empty when none came).
    bool listKeysWith(const Profile& profile, const QByteArray& refreshToken, QByteArray* rotated,
                      QString* error)
    {
        std::unique_ptr<Session> session = Session::open(profile, SecretBytes(refreshToken), error);
        if (!session)
            return false;
        if (OAuthTokenSource* source = session->client()->tokenSource())
            connect(source, &OAuthTokenSource::refreshTokenRotated, this,
                    [rotated](const SecretBytes& token) { *rotated = token.view().toByteArray(); });
        std::optional<bool> ok;
        session->keys()->list(KeyApi::Iam, [&](ApiResult<QList<ApiKey>> result) {
            ok = result.ok();
            if (!result.ok())
                *error = result.error().sentence();
        });
        if (!QTest::qWaitFor([&] { return ok.has_value(); }, 20000))
            return false;
        return *ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        SignInDialog::setBrowserOverride([this](const QUrl& url) { return browse(url); });
    }

    void signInAddsAProfileThatKeepsWorking()
    {
        QTemporaryDir dir;
        SecretVault vault(QStringLiteral("KeyDesk-test-signin"));
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&vault, &settings);
        ProfilesPage page(&store);
        page.resize(900, 500);
        page.show();

        page.findChild<QAction*>(QStringLiteral("signInAction"))->trigger();
        SignInDialog* dialog = page.signInDialog();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton"));
        QVERIFY(!save->isEnabled()); // nothing to keep before a sign-in
        const int opened = m_browserOpened;
        QVERIFY2(signIn(dialog, QStringLiteral("Signed in")), qPrintable(stateLabel(dialog)->text()));
        QCOMPARE(m_browserOpened, opened + 1);
        QVERIFY2(stateLabel(dialog)->text().contains(QLatin1String("Connected to account")),
                 qPrintable(stateLabel(dialog)->text()));
        QCOMPARE(stateLabel(dialog)->textFormat(), Qt::PlainText);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store.find(QStringLiteral("Signed in")).has_value(), 10000);
        const Profile profile = *store.find(QStringLiteral("Signed in"));
        QCOMPARE(profile.kind, Profile::CredentialKind::OAuthSignIn);
        QCOMPARE(profile.credentialUser, m_sandbox.oauthClientId());
        QTRY_COMPARE(store.activeId(), profile.id); // the first profile becomes the active one
        if (vault.backend() != SecretVault::Backend::Keychain)
            KEYDESK_REQUIRE_ENVIRONMENT("no Secret Service keychain (run under scripts/run-tests.sh)");

        // Only the refresh token is kept, in the keychain; a second vault reads it back.
        SecretVault other(QStringLiteral("KeyDesk-test-signin"));
        SecretBytes stored;
        QVERIFY(other.readAndWait(SecretVault::profileEntry(profile.id), &stored).ok);
        const QByteArray first = stored.view().toByteArray();
        QVERIFY2(first.startsWith("RT"), "the refresh token, not the access token");
        QVERIFY(!settings.allKeys().join(u' ').contains(QString::fromLatin1(first)));

        // The page's Test spends the token: the one Twilio gives in its place is stored.
        page.selectProfile(profile.id);
        page.findChild<QAction*>(QStringLiteral("testProfileAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page.message()->text().contains(QLatin1String("Connected to account")),
                                 20000);
        QByteArray second;
        QTRY_VERIFY_WITH_TIMEOUT((other.readAndWait(SecretVault::profileEntry(profile.id), &stored).ok
                                  && (second = stored.view().toByteArray()) != first),
                                 10000);
        QVERIFY(second.startsWith("RT"));

        // The spent token is refused; the stored one works and is replaced in its turn.
        QByteArray rotated;
        QString error;
        QVERIFY(!listKeysWith(profile, first, &rotated, &error));
        QVERIFY2(error.contains(QLatin1String("refresh token"))
                     || error.contains(QLatin1String("invalid_grant")),
                 qPrintable(error));
        QVERIFY2(listKeysWith(profile, second, &rotated, &error), qPrintable(error));
        QVERIFY(!rotated.isEmpty() && rotated != second);

        QVERIFY(store.removeAndWait(profile.id, nullptr));
    }

    void changedAccountAfterSignInNeedsANewOne()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.signInWithTwilio();
        SignInDialog* dialog = page.signInDialog();
        QVERIFY(dialog);
        QVERIFY(signIn(dialog, QStringLiteral("Moved")));
        QVERIFY(dialog->isSignedIn());
        setText(dialog, "accountSidEdit", QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QVERIFY(!dialog->isSignedIn());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton"))->isEnabled());
        QVERIFY(stateLabel(dialog)->text().contains(QLatin1String("sign in again")));
        dialog->accept(); // refused with the reason, stays open
        QVERIFY(dialog->isVisible() || dialog->result() != QDialog::Accepted);
        QVERIFY(dialog->message()->text().contains(QLatin1String("Sign in with Twilio first")));
        dialog->reject();
        QTRY_VERIFY(!page.signInDialog());
        QVERIFY(f.store->list().isEmpty());
    }

    void invalidFieldsAreSaidBeforeTheBrowserOpens()
    {
        StoreFixture f;
        ProfilesPage page(f.store.get());
        page.signInWithTwilio();
        SignInDialog* dialog = page.signInDialog();
        setText(dialog, "accountSidEdit", QStringLiteral("not-a-sid"));
        setText(dialog, "clientIdEdit", QString());
        const int opened = m_browserOpened;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QCOMPARE(m_browserOpened, opened);
        QVERIFY(dialog->message()->text().contains(QLatin1String("Account SID")));
        QVERIFY(dialog->message()->text().contains(QLatin1String("client id")));
        dialog->reject();
    }

    void welcomePageOffersSignIn()
    {
        WelcomePage welcome;
        auto* button = welcome.findChild<QPushButton*>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), QStringLiteral("Sign in with Twilio"));
        QSignalSpy requested(&welcome, &WelcomePage::signInRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }

    void switcherListsProfilesAndSaysWhichIsInUse()
    {
        StoreFixture f;
        Profile a;
        a.name = QStringLiteral("Alpha");
        a.accountSid = m_sandbox.accountSid();
        a.baseUrl = m_sandbox.baseUrl();
        Profile b = a;
        b.name = QStringLiteral("Beta");
        const QString idA = f.store->addAndWait(a, SecretBytes(QByteArrayLiteral("token-a")), nullptr);
        const QString idB = f.store->addAndWait(b, SecretBytes(QByteArrayLiteral("token-b")), nullptr);
        QVERIFY(!idA.isEmpty() && !idB.isEmpty());

        ProfileSwitcher switcher(f.store.get());
        QComboBox* combo = switcher.combo();
        QCOMPARE(combo->accessibleName(), QStringLiteral("Profile in use"));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), -1); // nothing connected yet
        switcher.setCurrentId(idA);
        QCOMPARE(combo->currentText(), QStringLiteral("Alpha"));

        QSignalSpy chosen(&switcher, &ProfileSwitcher::profileChosen);
        combo->setFocus();
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        QTest::keyClick(combo, Qt::Key_Down); // choose Beta with the keyboard
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), idB);
        // Until the owner has connected, the one in use stays shown.
        QCOMPARE(combo->currentText(), QStringLiteral("Alpha"));
        switcher.setCurrentId(idB);
        QCOMPARE(combo->currentText(), QStringLiteral("Beta"));

        // A new profile appears in the list; the one in use stays selected.
        Profile c = a;
        c.name = QStringLiteral("Aardvark");
        QVERIFY(!f.store->addAndWait(c, SecretBytes(QByteArrayLiteral("token-c")), nullptr).isEmpty());
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentText(), QStringLiteral("Beta"));

        switcher.setFixedText(QStringLiteral("Sandbox"));
        QVERIFY(!combo->isEnabled());
        QCOMPARE(combo->currentText(), QStringLiteral("Sandbox"));
    }

    void cleanupTestCase() { SignInDialog::setBrowserOverride({}); }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
