// Session: a profile and its secret become a configured ApiClient and services, checked against a real
// keydesk-sandbox process for each credential kind; and the precedence resolve() applies (--profile, then
// the environment, then the active profile).
#include "SandboxProcess.h"
#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "core/SecretVault.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace {

const QString someAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString someKeySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");

template<typename T>
std::optional<ApiResult<T>> waitFor(const std::function<void(std::function<void(ApiResult<T>)>)>& start)
{
    auto result = std::make_shared<std::optional<ApiResult<T>>>();
    start([result](ApiResult<T> r) { result->emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        return std::nullopt;
    return std::move(*result);
}

QStringList keyNames(const QList<ApiKey>& keys)
{
    QStringList names;
    for (const ApiKey& key : keys)
        names << key.friendlyName;
    return names;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    Profile sandboxProfile(Profile::CredentialKind kind) const
    {
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("Sandbox");
        p.accountSid = m_sandbox.accountSid();
        p.kind = kind;
        if (kind == Profile::CredentialKind::ApiKey)
            p.credentialUser = m_sandbox.mainKeySid();
        else if (kind == Profile::CredentialKind::OAuthClient)
            p.credentialUser = m_sandbox.oauthClientId();
        p.baseUrl = m_sandbox.baseUrl();
        return p;
    }

    QString sandboxSecret(Profile::CredentialKind kind) const
    {
        switch (kind) {
        case Profile::CredentialKind::AuthToken:
            return m_sandbox.authToken();
        case Profile::CredentialKind::ApiKey:
            return m_sandbox.mainKeySecret();
        case Profile::CredentialKind::OAuthClient:
            return m_sandbox.oauthClientSecret();
        case Profile::CredentialKind::OAuthSignIn: // a refresh token comes from a sign-in (tst_signin)
            break;
        }
        return {};
    }

    static std::optional<ApiResult<QList<ApiKey>>> listKeys(Session& session)
    {
        return waitFor<QList<ApiKey>>([&](auto done) { session.keys()->list(KeyApi::Iam, std::move(done)); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(!m_sandbox.mainKeySid().isEmpty());
        QVERIFY(!m_sandbox.mainKeySecret().isEmpty());
    }

    void eachKindListsKeys_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("auth token") << int(Profile::CredentialKind::AuthToken);
        QTest::newRow("main API key") << int(Profile::CredentialKind::ApiKey);
        QTest::newRow("oauth client") << int(Profile::CredentialKind::OAuthClient);
    }

    void eachKindListsKeys()
    {
        QFETCH(int, kind);
        const auto credentialKind = Profile::CredentialKind(kind);
        if (credentialKind == Profile::CredentialKind::OAuthClient && m_sandbox.oauthClientId().isEmpty())
            QSKIP("this sandbox offers no OAuth client");
        const Profile profile = sandboxProfile(credentialKind);
        QString error;
        std::unique_ptr<Session> session
            = Session::open(profile, SecretBytes::fromUtf8(sandboxSecret(credentialKind)), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->profile(), profile);
        QCOMPARE(session->client()->accountSid(), m_sandbox.accountSid());
        QCOMPARE(session->client()->hosts().baseUrl(TwilioProduct::Api), m_sandbox.baseUrl());
        QCOMPARE(session->keys()->client(), session->client());
        QCOMPARE(session->targetAccountSid(), m_sandbox.accountSid());

        auto result = listKeys(*session);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error().sentence()));
        QStringList sids;
        for (const ApiKey& key : result->value())
            sids << key.sid;
        QVERIFY(sids.contains(m_sandbox.mainKeySid()));

        auto account = waitFor<AccountInfo>(
            [&](auto done) { session->accounts()->fetchAccount(m_sandbox.accountSid(), std::move(done)); });
        QVERIFY(account);
        QVERIFY2(account->ok(), qPrintable(account->error().sentence()));
        QCOMPARE(account->value().sid, m_sandbox.accountSid());
        QVERIFY(session->authTokens());
    }

    void wrongSecretIsRefusedByTheServer()
    {
        QString error;
        auto session = Session::open(sandboxProfile(Profile::CredentialKind::AuthToken),
                                     SecretBytes(QByteArrayView("0000000000000000ffffffffffffffff")), &error);
        QVERIFY2(session, qPrintable(error));
        auto result = listKeys(*session);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::Api);
    }

    void subaccountAsTarget()
    {
        QString error;
        auto session = Session::open(sandboxProfile(Profile::CredentialKind::AuthToken),
                                     SecretBytes::fromUtf8(m_sandbox.authToken()), &error);
        QVERIFY2(session, qPrintable(error));
        auto subaccounts = waitFor<QList<AccountInfo>>(
            [&](auto done) { session->accounts()->listSubaccounts(std::move(done)); });
        QVERIFY(subaccounts && subaccounts->ok());
        QString staging;
        for (const AccountInfo& account : subaccounts->value())
            if (account.friendlyName == u"Staging")
                staging = account.sid;
        QVERIFY(!staging.isEmpty());

        QSignalSpy changed(session.get(), &Session::targetAccountChanged);
        QVERIFY(!session->setTargetAccountSid(QStringLiteral("staging"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(session->setTargetAccountSid(staging));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toString(), staging);
        QCOMPARE(session->targetAccountSid(), staging);
        QCOMPARE(session->keys()->targetAccountSid(), staging);
        auto keys = listKeys(*session);
        QVERIFY(keys && keys->ok());
        QVERIFY(keyNames(keys->value()).contains(QStringLiteral("Staging app server")));
        QVERIFY(!keyNames(keys->value()).contains(QStringLiteral("Main key (Console)")));

        // Back to the profile's own account: by its SID or by an empty string, one signal.
        QVERIFY(session->setTargetAccountSid(m_sandbox.accountSid()));
        QCOMPARE(changed.count(), 2);
        QVERIFY(session->setTargetAccountSid(QString()));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(session->targetAccountSid(), m_sandbox.accountSid());
    }

    void openRefusesUnusableProfiles()
    {
        QString error;
        Profile bad = sandboxProfile(Profile::CredentialKind::AuthToken);
        bad.accountSid = QStringLiteral("ACnope");
        QVERIFY(!Session::open(bad, SecretBytes(QByteArrayView("token")), &error));
        QVERIFY(error.contains(QStringLiteral("Account SID")));

        error.clear();
        QVERIFY(!Session::open(sandboxProfile(Profile::CredentialKind::AuthToken), SecretBytes(), &error));
        QVERIFY(!error.isEmpty());

        error.clear();
        Profile remote = sandboxProfile(Profile::CredentialKind::ApiKey);
        remote.baseUrl = QUrl(QStringLiteral("http://proxy.example.com:8080"));
        QVERIFY(!Session::open(remote, SecretBytes(QByteArrayView("secret")), &error));
        QVERIFY(error.contains(QStringLiteral("http")));
    }

    void hostsFollowRegionAndEdge()
    {
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("EU");
        p.accountSid = someAccountSid;
        p.kind = Profile::CredentialKind::ApiKey;
        p.credentialUser = someKeySid;
        p.region = QStringLiteral("ie1");
        QString error;
        auto session = Session::open(p, SecretBytes(QByteArrayView("secret")), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->client()->hosts().baseUrl(TwilioProduct::Api),
                 QUrl(QStringLiteral("https://api.dublin.ie1.twilio.com")));
        QCOMPARE(session->client()->credentials().kind(), ApiCredentials::Kind::ApiKey);
        QCOMPARE(session->client()->credentials().username(), someKeySid);

        p.region.clear();
        auto us = Session::open(p, SecretBytes(QByteArrayView("secret")), &error);
        QVERIFY(us);
        QCOMPARE(us->client()->hosts().baseUrl(TwilioProduct::Iam),
                 QUrl(QStringLiteral("https://iam.twilio.com")));
    }

    void resolvePrecedence()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        SecretVault vault(QStringLiteral("KeyDesk-test"));
        vault.setMemoryOnly();
        ProfileStore store(&vault, &settings);

        QProcessEnvironment noEnv;
        QProcessEnvironment goodEnv;
        goodEnv.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), someAccountSid);
        goodEnv.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
                       QStringLiteral("0123456789abcdef0123456789abcdef"));
        QProcessEnvironment badEnv;
        badEnv.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), someAccountSid);
        badEnv.insert(QStringLiteral("TWILIO_API_KEY"), someKeySid);

        QString error;
        // Nothing anywhere.
        QVERIFY(!Session::resolve(QString(), EnvironmentProfile(noEnv), store, &error));
        QVERIFY(!error.isEmpty());

        Profile prod;
        prod.name = QStringLiteral("Prod");
        prod.accountSid = someAccountSid;
        const QString prodId = store.addAndWait(prod, SecretBytes(QByteArrayView("t1")), &error);
        Profile staging = prod;
        staging.name = QStringLiteral("Staging");
        const QString stagingId = store.addAndWait(staging, SecretBytes(QByteArrayView("t2")), &error);
        QVERIFY(!prodId.isEmpty() && !stagingId.isEmpty());

        // Profiles but none active, no environment.
        error.clear();
        QVERIFY(!Session::resolve(QString(), EnvironmentProfile(noEnv), store, &error));
        QVERIFY(error.contains(QStringLiteral("--profile")));

        // The active profile.
        QVERIFY(store.setActive(stagingId));
        QCOMPARE(Session::resolve(QString(), EnvironmentProfile(noEnv), store, &error)->id, stagingId);
        // The environment beats the active profile…
        const auto fromEnv = Session::resolve(QString(), EnvironmentProfile(goodEnv), store, &error);
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->origin, Profile::Origin::Environment);
        // …and a broken environment is an error, not a silent switch to the active profile.
        error.clear();
        QVERIFY(!Session::resolve(QString(), EnvironmentProfile(badEnv), store, &error));
        QVERIFY(error.contains(QStringLiteral("TWILIO_API_SECRET")));
        // --profile beats both, by name in any case or by id.
        QCOMPARE(Session::resolve(QStringLiteral("prod"), EnvironmentProfile(badEnv), store, &error)->id,
                 prodId);
        QCOMPARE(Session::resolve(prodId, EnvironmentProfile(goodEnv), store, &error)->id, prodId);
        error.clear();
        QVERIFY(!Session::resolve(QStringLiteral("Nope"), EnvironmentProfile(goodEnv), store, &error));
        QVERIFY(error.contains(QStringLiteral("Nope")));
        // "[env]" names the environment profile explicitly.
        QCOMPARE(
            Session::resolve(QStringLiteral("[env]"), EnvironmentProfile(goodEnv), store, &error)->origin,
            Profile::Origin::Environment);
        error.clear();
        QVERIFY(!Session::resolve(QStringLiteral("[env]"), EnvironmentProfile(noEnv), store, &error));
        QVERIFY(!error.isEmpty());
    }

    void storedProfileToSession()
    {
        // The path the CLI and the GUI take: store → resolve → secret → session → keys.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
        SecretVault vault(QStringLiteral("KeyDesk-test"));
        vault.setMemoryOnly();
        ProfileStore store(&vault, &settings);
        Profile profile = sandboxProfile(Profile::CredentialKind::ApiKey);
        profile.id.clear();
        QString sentence;
        const QString id
            = store.addAndWait(profile, SecretBytes::fromUtf8(m_sandbox.mainKeySecret()), &sentence);
        QVERIFY2(!id.isEmpty(), qPrintable(sentence));
        QVERIFY(store.setActive(id));

        QString error;
        const auto chosen
            = Session::resolve(QString(), EnvironmentProfile(QProcessEnvironment()), store, &error);
        QVERIFY2(chosen, qPrintable(error));
        SecretBytes secret;
        QVERIFY2(store.readSecretAndWait(chosen->id, &secret, &sentence), qPrintable(sentence));
        auto session = Session::open(*chosen, std::move(secret), &error);
        QVERIFY2(session, qPrintable(error));
        auto keys = listKeys(*session);
        QVERIFY(keys);
        QVERIFY2(keys->ok(), qPrintable(keys->error().sentence()));
        QVERIFY(!keys->value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
