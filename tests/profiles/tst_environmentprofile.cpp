// EnvironmentProfile: which TWILIO_* combinations make the "[env]" profile, and the sentences for the
// ones that are set but wrong (never repeating a value).
#include "profiles/EnvironmentProfile.h"

#include <QTest>

namespace {

const QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString keySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
const QString authToken = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString keySecret = QStringLiteral("Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s");

QProcessEnvironment environment(std::initializer_list<std::pair<const char*, QString>> variables)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    for (const auto& [name, value] : variables)
        env.insert(QString::fromLatin1(name), value);
    return env;
}

} // namespace

Q_DECLARE_METATYPE(QProcessEnvironment)

class TestEnvironmentProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSet()
    {
        const EnvironmentProfile env(environment({}));
        QVERIFY(!env.isPresent());
        QVERIFY(!env.profile());
        QVERIFY(env.error().isEmpty());
        QVERIFY(env.secret().isEmpty());
    }

    void regionAloneIsNotAProfile()
    {
        const EnvironmentProfile env(environment(
            { { "TWILIO_REGION", QStringLiteral("ie1") }, { "TWILIO_EDGE", QStringLiteral("dublin") } }));
        QVERIFY(!env.isPresent());
        QVERIFY(!env.profile());
        QVERIFY(env.error().isEmpty());
    }

    void authToken_()
    {
        EnvironmentProfile env(environment(
            { { "TWILIO_ACCOUNT_SID", accountSid },
              { "TWILIO_AUTH_TOKEN", QStringLiteral("  ") + authToken + QStringLiteral("\n") } }));
        QVERIFY(env.isPresent());
        QVERIFY2(env.profile(), qPrintable(env.error()));
        const Profile& p = *env.profile();
        QCOMPARE(p.kind, Profile::CredentialKind::AuthToken);
        QCOMPARE(p.accountSid, accountSid);
        QVERIFY(p.credentialUser.isEmpty());
        QCOMPARE(p.name, Profile::environmentName());
        QCOMPARE(p.origin, Profile::Origin::Environment);
        QCOMPARE(p.id, EnvironmentProfile::profileId());
        QVERIFY(p.validate().isEmpty());
        // Surrounding whitespace (a newline from $(cat file)) is not part of the secret.
        QVERIFY(env.secret().equals(authToken.toUtf8()));
        SecretBytes taken = env.takeSecret();
        QVERIFY(taken.equals(authToken.toUtf8()));
        QVERIFY(env.secret().isEmpty());
    }

    void apiKeyIsPreferred()
    {
        const EnvironmentProfile env(environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                   { "TWILIO_API_KEY", keySid },
                                                   { "TWILIO_API_SECRET", keySecret },
                                                   { "TWILIO_AUTH_TOKEN", authToken } }));
        QVERIFY2(env.profile(), qPrintable(env.error()));
        QCOMPARE(env.profile()->kind, Profile::CredentialKind::ApiKey);
        QCOMPARE(env.profile()->credentialUser, keySid);
        QVERIFY(env.secret().equals(keySecret.toUtf8()));
    }

    void regionAndEdge()
    {
        const EnvironmentProfile env(environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                   { "TWILIO_AUTH_TOKEN", authToken },
                                                   { "TWILIO_REGION", QStringLiteral(" IE1 ") },
                                                   { "TWILIO_EDGE", QStringLiteral("Dublin") } }));
        QVERIFY2(env.profile(), qPrintable(env.error()));
        QCOMPARE(env.profile()->region, QStringLiteral("ie1"));
        QCOMPARE(env.profile()->edge, QStringLiteral("dublin"));
    }

    void wrongCombinations_data()
    {
        QTest::addColumn<QProcessEnvironment>("env");
        QTest::addColumn<QString>("expected"); // a variable the sentence names

        QTest::newRow("key without secret")
            << environment({ { "TWILIO_ACCOUNT_SID", accountSid }, { "TWILIO_API_KEY", keySid } })
            << QStringLiteral("TWILIO_API_SECRET");
        QTest::newRow("key without secret, token set") << environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                                        { "TWILIO_API_KEY", keySid },
                                                                        { "TWILIO_AUTH_TOKEN", authToken } })
                                                       << QStringLiteral("TWILIO_API_SECRET");
        QTest::newRow("secret without key")
            << environment({ { "TWILIO_ACCOUNT_SID", accountSid }, { "TWILIO_API_SECRET", keySecret } })
            << QStringLiteral("TWILIO_API_KEY");
        QTest::newRow("token without account")
            << environment({ { "TWILIO_AUTH_TOKEN", authToken } }) << QStringLiteral("TWILIO_ACCOUNT_SID");
        QTest::newRow("key without account")
            << environment({ { "TWILIO_API_KEY", keySid }, { "TWILIO_API_SECRET", keySecret } })
            << QStringLiteral("TWILIO_ACCOUNT_SID");
        QTest::newRow("account alone")
            << environment({ { "TWILIO_ACCOUNT_SID", accountSid } }) << QStringLiteral("TWILIO_AUTH_TOKEN");
        QTest::newRow("secret in the account variable")
            << environment({ { "TWILIO_ACCOUNT_SID", keySecret }, { "TWILIO_AUTH_TOKEN", authToken } })
            << QStringLiteral("TWILIO_ACCOUNT_SID");
        QTest::newRow("secret in the key variable") << environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                                     { "TWILIO_API_KEY", keySecret },
                                                                     { "TWILIO_API_SECRET", keySecret } })
                                                    << QStringLiteral("TWILIO_API_KEY");
        QTest::newRow("unknown region") << environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                         { "TWILIO_AUTH_TOKEN", authToken },
                                                         { "TWILIO_REGION", QStringLiteral("mars1") } })
                                        << QStringLiteral("TWILIO_REGION");
        QTest::newRow("unknown edge") << environment({ { "TWILIO_ACCOUNT_SID", accountSid },
                                                       { "TWILIO_AUTH_TOKEN", authToken },
                                                       { "TWILIO_EDGE", QStringLiteral("atlantis") } })
                                      << QStringLiteral("TWILIO_EDGE");
        QTest::newRow("blank secret") << environment(
            { { "TWILIO_ACCOUNT_SID", accountSid }, { "TWILIO_AUTH_TOKEN", QStringLiteral("  ") } })
                                      << QStringLiteral("TWILIO_AUTH_TOKEN");
    }

    void wrongCombinations()
    {
        QFETCH(QProcessEnvironment, env);
        QFETCH(QString, expected);
        const EnvironmentProfile profile(env);
        QVERIFY(profile.isPresent());
        QVERIFY(!profile.profile());
        QVERIFY(profile.secret().isEmpty());
        QVERIFY2(profile.error().contains(expected), qPrintable(profile.error()));
        // No value comes back in the sentence.
        for (const QString& value : { keySecret, authToken, keySid, accountSid })
            QVERIFY2(!profile.error().contains(value), qPrintable(profile.error()));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProfile)
#include "tst_environmentprofile.moc"
