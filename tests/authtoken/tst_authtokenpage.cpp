// The Auth Token page, offscreen, against a real keydesk-sandbox process, driven by object name: create
// the secondary token (secret-once dialog, Finish gated, no keychain box), promote it after the
// confirmation and check on the wire that the old Auth Token is refused and the new one works, a refused
// confirmation sends nothing, delete the secondary, the server's answer when there is none, an injected
// 500, a Standard key refused, and no profile at all.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/KeyService.h"
#include "authtoken/AuthTokenPage.h"
#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/SecretOnceDialog.h"
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace {

template<typename T> T* child(const QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

} // namespace

class TestAuthTokenPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ClipboardService> m_clipboard;
    std::unique_ptr<AuthTokenPage> m_page;
    QNetworkAccessManager m_network;

    bool start(const QStringList& args = {})
    {
        m_page.reset();
        m_client.reset();
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(args))
            return false;
        m_client = sandboxClient(*m_sandbox);
        makePage();
        return true;
    }

    void makePage()
    {
        m_page.reset();
        m_clipboard = std::make_unique<ClipboardService>();
        m_page = std::make_unique<AuthTokenPage>(m_client.get(), m_clipboard.get());
        m_page->resize(1000, 700);
        m_page->show();
    }

    QPushButton* button(const char* name) const
    {
        return child<QPushButton>(m_page.get(), QString::fromLatin1(name));
    }
    QPushButton* createButton() const { return button("createSecondaryButton"); }
    QPushButton* promoteButton() const { return button("promoteSecondaryButton"); }
    QPushButton* deleteButton() const { return button("deleteSecondaryButton"); }

    bool allEnabled() const
    {
        return createButton()->isEnabled() && promoteButton()->isEnabled() && deleteButton()->isEnabled();
    }

    // Waits until no request runs and the inline message shows `kind`.
    bool waitMessage(InlineMessage::Kind kind, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [&] {
                return !m_page->isBusy() && m_page->message()->isVisible()
                    && !m_page->message()->isShowingProgress() && m_page->message()->kind() == kind;
            },
            timeoutMs);
    }

    // HTTP status of an IAM key list with the account SID and `token`: what any app using that token
    // would see.
    int statusWithToken(const QString& token)
    {
        QNetworkRequest request(
            m_sandbox->url(QStringLiteral("/v1/Keys?AccountSid=") + m_sandbox->accountSid()));
        request.setRawHeader("Authorization",
                             SandboxProcess::basicAuthorization(m_sandbox->accountSid(), token));
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    SecretOnceDialog* waitForSecretDialog()
    {
        SecretOnceDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog"));
                return dialog && dialog->isVisible();
            },
            30000);
        return shown ? dialog : nullptr;
    }

    // Clicks Create and finishes the secret-once dialog as a user would; returns the secondary token read
    // from the dialog's field before Finish (empty on failure).
    QString createThroughPage()
    {
        createButton()->click();
        SecretOnceDialog* dialog = waitForSecretDialog();
        if (!dialog)
            return {};
        auto* finish = child<QAbstractButton>(dialog, QStringLiteral("finishButton"));
        auto* stored = child<QCheckBox>(dialog, QStringLiteral("storedCheckBox"));
        auto* secretEdit = child<QLineEdit>(dialog, QStringLiteral("secretEdit"));
        if (!finish || !stored || !secretEdit || finish->isEnabled())
            return {};
        const QString secret = secretEdit->text();
        stored->click();
        if (!finish->isEnabled())
            return {};
        QPointer<SecretOnceDialog> guard(dialog);
        finish->click();
        if (!QTest::qWaitFor([&] { return guard.isNull(); }, 10000))
            return {};
        return secret;
    }

private Q_SLOTS:
    void init() { Confirmation::clearNextAnswer(); }

    void showsAccountExplanationAndNamedActions()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        auto* sid = child<QLabel>(m_page.get(), QStringLiteral("accountSidLabel"));
        QVERIFY(sid);
        QCOMPARE(sid->text(), m_sandbox->accountSid());
        QCOMPARE(sid->textFormat(), Qt::PlainText);
        for (QPushButton* b : { createButton(), promoteButton(), deleteButton() }) {
            QVERIFY(b);
            QVERIFY(b->isVisible());
            QVERIFY(b->isEnabled());
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
            QVERIFY2(!b->accessibleName().contains(u'&'), qPrintable(b->accessibleName()));
        }
        QCOMPARE(m_page->actions().size(), 3);
        for (QAction* a : m_page->actions()) {
            QVERIFY(!a->objectName().isEmpty());
            QVERIFY(!a->toolTip().isEmpty());
            QVERIFY(a->isEnabled());
        }
        // The rotation in plain words: every label is plain text, and the steps say what happens.
        QString all;
        for (QLabel* label : m_page->findChildren<QLabel*>()) {
            if (label->objectName().startsWith(u"qt_") || label->text().isEmpty())
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
            all += label->text() + u'\n';
        }
        QVERIFY2(all.contains(QStringLiteral("secondary Auth Token")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("stops working at once")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("webhook signature")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Delete the secondary token")), qPrintable(all));
        QVERIFY(!m_page->message()->isVisible());
    }

    void createPromoteAndTheOldTokenIsRefused()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QSignalSpy promoted(m_page.get(), &AuthTokenPage::primaryTokenChanged);
        const QString oldToken = m_sandbox->authToken();

        createButton()->click();
        SecretOnceDialog* dialog = waitForSecretDialog();
        QVERIFY(dialog);
        // No keychain box for the Auth Token; Finish only after "I have stored it".
        auto* keep = child<QCheckBox>(dialog, QStringLiteral("keepInKeychainCheckBox"));
        QVERIFY(keep && keep->isHidden());
        QVERIFY(!dialog->keepInKeychain());
        auto* finish = child<QAbstractButton>(dialog, QStringLiteral("finishButton"));
        auto* stored = child<QCheckBox>(dialog, QStringLiteral("storedCheckBox"));
        QVERIFY(finish && stored);
        QVERIFY(!finish->isEnabled());
        const QString newToken = child<QLineEdit>(dialog, QStringLiteral("secretEdit"))->text();
        QCOMPARE(newToken.size(), 32);
        QVERIFY(newToken != oldToken);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("sidEdit"))->text(), m_sandbox->accountSid());
        // Escape asks before the secret is lost; answered "go back", the dialog stays.
        Confirmation::setNextAnswer(false);
        dialog->reject();
        QVERIFY(dialog->isVisible());
        // While the dialog is open, both tokens work.
        QCOMPARE(statusWithToken(oldToken), 200);
        QCOMPARE(statusWithToken(newToken), 200);
        stored->click();
        QVERIFY(finish->isEnabled());
        QPointer<SecretOnceDialog> guard(dialog);
        finish->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QVERIFY(allEnabled());

        const qint64 attempts = m_client->attemptCount();
        const int asked = Confirmation::askedCount();
        Confirmation::setNextAnswer(true);
        promoteButton()->click();
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        const Confirmation::Question q = Confirmation::lastQuestion();
        QVERIFY(q.destructive);
        QVERIFY2(q.informativeText.contains(QStringLiteral("stops working at once")),
                 qPrintable(q.informativeText));
        QVERIFY2(q.informativeText.contains(QStringLiteral("Webhook signature checks")),
                 qPrintable(q.informativeText));
        QVERIFY2(q.informativeText.contains(QStringLiteral("fail until they get the new one")),
                 qPrintable(q.informativeText));
        QVERIFY(q.text.contains(m_sandbox->accountSid()));
        // Sent at once, shown as progress without a Cancel button.
        QVERIFY(m_page->isBusy());
        QVERIFY(!promoteButton()->isEnabled());
        QVERIFY(m_page->message()->isShowingProgress());
        auto* cancel = child<QWidget>(m_page->message(), QStringLiteral("inlineCancelButton"));
        QVERIFY(!cancel || !cancel->isVisible());

        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QCOMPARE(promoted.count(), 1);
        QVERIFY2(
            m_page->message()->text().contains(QStringLiteral("Update the profile's Auth Token in Profiles")),
            qPrintable(m_page->message()->text()));
        QCOMPARE(m_client->attemptCount(), attempts + 1); // one POST, never repeated
        QVERIFY(allEnabled());

        // On the wire: the old primary is refused, the promoted one works.
        QCOMPARE(statusWithToken(oldToken), 401);
        QCOMPARE(statusWithToken(newToken), 200);
        // An ApiClient with the new token works; the page's client, still on the old one, is refused.
        {
            auto fresh = sandboxClient(*m_sandbox);
            fresh->setCredentials(
                ApiCredentials::authToken(m_sandbox->accountSid(), SecretBytes::fromUtf8(newToken)));
            KeyService keys(fresh.get());
            std::optional<ApiResult<QList<ApiKey>>> result;
            keys.list(KeyApi::Iam, [&](ApiResult<QList<ApiKey>> r) { result.emplace(std::move(r)); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
            QVERIFY2(result->ok(), qPrintable(result->error().sentence()));
            QVERIFY(!result->value().isEmpty());
        }

        // Promoting again with the old token: refused, and the page says the profile's token is stale.
        Confirmation::setNextAnswer(true);
        promoteButton()->click();
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("update it in Profiles")),
                 qPrintable(m_page->message()->text()));
        QCOMPARE(promoted.count(), 1);
        QVERIFY(allEnabled());

        // The owner updates the profile: the page keeps working with the new token, and with no
        // secondary left, promote says so in the server's words.
        m_client->setCredentials(
            ApiCredentials::authToken(m_sandbox->accountSid(), SecretBytes::fromUtf8(newToken)));
        m_page->refresh();
        Confirmation::setNextAnswer(true);
        promoteButton()->click();
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("no secondary Auth Token to promote")),
                 qPrintable(m_page->message()->text()));
        QCOMPARE(promoted.count(), 1);
        QVERIFY(allEnabled());
    }

    // Issue 8: rotate the Auth Token and keep working with the promoted one. The page connected with a
    // stored Auth Token profile offers, after the promotion, to store the new primary in the profile; the
    // profile then holds it (a second vault reads it back) and a client configured from it works.
    void promoteUpdatesTheStoredProfileAndKeepsWorking()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QTemporaryDir dir;
        SecretVault vault(QStringLiteral("KeyDesk-test-authtoken"));
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&vault, &settings);
        Profile profile;
        profile.name = QStringLiteral("Rotated");
        profile.accountSid = m_sandbox->accountSid();
        profile.baseUrl = m_sandbox->baseUrl();
        QString sentence;
        profile.id = store.addAndWait(profile, SecretBytes::fromUtf8(m_sandbox->authToken()), &sentence);
        QVERIFY2(!profile.id.isEmpty(), qPrintable(sentence));
        QString error;
        QVERIFY2(Session::configure(m_client.get(), profile, SecretBytes::fromUtf8(m_sandbox->authToken()),
                                    &error),
                 qPrintable(error));
        m_page->setProfileStore(&store);
        m_page->setConnectedProfile(profile);
        m_page->refresh();
        QSignalSpy updated(m_page.get(), &AuthTokenPage::profileTokenUpdated);

        const QString newToken = createThroughPage();
        QCOMPARE(newToken.size(), 32);
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        Confirmation::setNextAnswer(true); // promote
        promoteButton()->click();
        Confirmation::setNextAnswer(true); // then: store it in the profile
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() == 1, 30000);
        QCOMPARE(Confirmation::lastQuestion().objectName, QStringLiteral("updateProfileConfirmationDialog"));
        QVERIFY(Confirmation::lastQuestion().text.contains(QStringLiteral("Rotated")));
        QCOMPARE(updated.first().first().value<Profile>().id, profile.id);
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("now holds the new primary")),
                 qPrintable(m_page->message()->text()));

        // The profile holds the promoted token; reconnected from it, the page keeps working.
        SecretBytes stored;
        QVERIFY(store.readSecretAndWait(profile.id, &stored, &sentence));
        QCOMPARE(stored.view(), QByteArrayView(newToken.toUtf8()));
        QCOMPARE(statusWithToken(m_sandbox->authToken()), 401);
        QVERIFY(Session::configure(m_client.get(), profile, std::move(stored), &error));
        m_page->refresh();
        Confirmation::setNextAnswer(true);
        deleteButton()->click(); // a request with the promoted token: answered (no secondary left)
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("no secondary Auth Token to delete")),
                 qPrintable(m_page->message()->text()));
        QVERIFY(store.removeAndWait(profile.id, nullptr));
    }

    void declinedProfileUpdateKeepsTheOldTokenAndSaysSo()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QTemporaryDir dir;
        SecretVault vault;
        vault.setMemoryOnly();
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&vault, &settings);
        Profile profile;
        profile.name = QStringLiteral("Kept");
        profile.accountSid = m_sandbox->accountSid();
        profile.baseUrl = m_sandbox->baseUrl();
        profile.id = store.addAndWait(profile, SecretBytes::fromUtf8(m_sandbox->authToken()), nullptr);
        m_page->setProfileStore(&store);
        m_page->setConnectedProfile(profile);
        QSignalSpy updated(m_page.get(), &AuthTokenPage::profileTokenUpdated);
        QVERIFY(!createThroughPage().isEmpty());
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        Confirmation::setNextAnswer(true);
        promoteButton()->click();
        Confirmation::setNextAnswer(false);
        QVERIFY(waitMessage(InlineMessage::Kind::Warning));
        QVERIFY(m_page->message()->text().contains(QStringLiteral("still holds the old token")));
        QCOMPARE(updated.count(), 0);
        SecretBytes stored;
        QVERIFY(store.readSecretAndWait(profile.id, &stored, nullptr));
        QCOMPARE(stored.view(), QByteArrayView(m_sandbox->authToken().toUtf8()));
    }

    void refusedPromoteSendsNothing()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        const QString secondary = createThroughPage();
        QVERIFY(!secondary.isEmpty());
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        m_page->message()->hideMessage();
        QSignalSpy promoted(m_page.get(), &AuthTokenPage::primaryTokenChanged);
        const qint64 attempts = m_client->attemptCount();
        const int asked = Confirmation::askedCount();

        Confirmation::setNextAnswer(false);
        promoteButton()->click();
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QVERIFY(!m_page->isBusy());
        QCoreApplication::processEvents(); // a request would be counted as it is sent
        QCOMPARE(m_client->attemptCount(), attempts);
        QCOMPARE(promoted.count(), 0);
        QVERIFY(!m_page->message()->isVisible()); // a cancel is silent
        QVERIFY(allEnabled());
        // Nothing changed on the server: the primary still works, and so does the secondary.
        QCOMPARE(statusWithToken(m_sandbox->authToken()), 200);
        QCOMPARE(statusWithToken(secondary), 200);

        // The same for Delete.
        Confirmation::setNextAnswer(false);
        deleteButton()->click();
        QCOMPARE(Confirmation::askedCount(), asked + 2);
        QCoreApplication::processEvents(); // a request would be counted as it is sent
        QCOMPARE(m_client->attemptCount(), attempts);
        QCOMPARE(statusWithToken(secondary), 200);
    }

    void deleteSecondary()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        const QString secondary = createThroughPage();
        QVERIFY(!secondary.isEmpty());
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QCOMPARE(statusWithToken(secondary), 200);

        const int asked = Confirmation::askedCount();
        Confirmation::setNextAnswer(true);
        deleteButton()->click();
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        const Confirmation::Question q = Confirmation::lastQuestion();
        QVERIFY(q.destructive);
        QVERIFY(q.text.contains(m_sandbox->accountSid()));
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("deleted")),
                 qPrintable(m_page->message()->text()));
        QVERIFY(allEnabled());
        // The secondary is refused now; the primary keeps working.
        QCOMPARE(statusWithToken(secondary), 401);
        QCOMPARE(statusWithToken(m_sandbox->authToken()), 200);

        // Deleting again: the server's answer, inline, and the page stays usable.
        Confirmation::setNextAnswer(true);
        deleteButton()->click();
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("no secondary Auth Token to delete")),
                 qPrintable(m_page->message()->text()));
        QVERIFY2(
            m_page->message()->text().contains(QStringLiteral("The account has no secondary Auth Token")),
            qPrintable(m_page->message()->text()));
        QVERIFY(allEnabled());
    }

    void injectedServerErrorShowsInlineAndPageStaysUsable()
    {
        QVERIFY2(start({ QStringLiteral("--faults"),
                         QStringLiteral("500@POST /v1/AuthTokens/Secondary:count=1;"
                                        "latency=400ms@POST /v1/AuthTokens/Secondary") }),
                 qPrintable(m_sandbox->errorString()));
        const qint64 attempts = m_client->attemptCount();
        createButton()->click();
        // The window is not frozen while the request runs: events are processed, the actions wait.
        QVERIFY(m_page->isBusy());
        QVERIFY(!createButton()->isEnabled());
        QVERIFY(m_page->message()->isShowingProgress());
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        QCOMPARE(m_client->attemptCount(), attempts + 1); // a failed create POST is not repeated
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("500")),
                 qPrintable(m_page->message()->text()));
        QVERIFY(!m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")));
        QVERIFY(allEnabled());

        // Usable afterwards: the next create works.
        const QString secondary = createThroughPage();
        QVERIFY(!secondary.isEmpty());
        QVERIFY(waitMessage(InlineMessage::Kind::Success));
        QCOMPARE(statusWithToken(secondary), 200);
    }

    void standardKeyIsRefusedWithAReason()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        KeyService keys(m_client.get());
        KeyCreateRequest request;
        request.friendlyName = QStringLiteral("standard for auth token test");
        std::optional<ApiResult<CreatedKey>> created;
        keys.create(request, [&](ApiResult<CreatedKey> r) { created.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
        QVERIFY2(created->ok(), qPrintable(created->error().sentence()));
        const QString keySid = created->value().key.sid;
        m_client->setCredentials(
            ApiCredentials::apiKey(m_sandbox->accountSid(), keySid, created->value().secret.clone()));
        m_page->refresh();
        QVERIFY(allEnabled());
        auto* credential = child<QLabel>(m_page.get(), QStringLiteral("credentialLabel"));
        QVERIFY(credential->text().contains(keySid));

        createButton()->click();
        QVERIFY(waitMessage(InlineMessage::Kind::Error));
        const QString text = m_page->message()->text();
        QVERIFY2(text.contains(QStringLiteral("Only the account's Auth Token or a Main API key")),
                 qPrintable(text));
        QVERIFY2(text.contains(keySid), qPrintable(text));
        QVERIFY(!m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")));
        QVERIFY(allEnabled());

        // A Main key may rotate the Auth Token.
        m_client->setCredentials(ApiCredentials::apiKey(m_sandbox->accountSid(), m_sandbox->mainKeySid(),
                                                        SecretBytes::fromUtf8(m_sandbox->mainKeySecret())));
        m_page->refresh();
        const QString secondary = createThroughPage();
        QVERIFY(!secondary.isEmpty());
    }

    void noProfileDisablesTheActions()
    {
        m_page.reset();
        m_client = std::make_unique<ApiClient>();
        makePage();
        QVERIFY(!createButton()->isEnabled());
        QVERIFY(!promoteButton()->isEnabled());
        QVERIFY(!deleteButton()->isEnabled());
        for (QAction* a : m_page->actions())
            QVERIFY(!a->isEnabled());
        QVERIFY(m_page->message()->isVisible());
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("No Twilio account is connected")),
                 qPrintable(m_page->message()->text()));
        // Triggering anyway (a shortcut, a stale menu) sends nothing and asks nothing.
        const int asked = Confirmation::askedCount();
        m_page->action(AuthTokenPage::Action::PromoteSecondary)->trigger();
        m_page->promoteSecondary();
        m_page->createSecondary();
        QCOMPARE(Confirmation::askedCount(), asked);
        QCOMPARE(m_client->attemptCount(), 0);
        QVERIFY(!m_page->isBusy());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_client.reset();
        m_sandbox.reset();
    }
};

QTEST_MAIN(TestAuthTokenPage)
#include "tst_authtokenpage.moc"
