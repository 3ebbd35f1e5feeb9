// Profile: the value type's validation (SID shapes, names, regions and edges, base URLs) and its keys.
#include "profiles/Profile.h"

#include <QSet>
#include <QTest>

namespace {

const QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString keySid = QStringLiteral("SK0123456789abcdef0123456789abcdef");

Profile authTokenProfile()
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("Production");
    p.accountSid = accountSid;
    p.kind = Profile::CredentialKind::AuthToken;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Profile)

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProfiles_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("auth token") << authTokenProfile();
        Profile key = authTokenProfile();
        key.kind = Profile::CredentialKind::ApiKey;
        key.credentialUser = keySid;
        key.region = QStringLiteral("ie1");
        QTest::newRow("api key, ie1") << key;
        key.edge = QStringLiteral("dublin");
        QTest::newRow("api key, ie1 dublin") << key;
        Profile oauth = authTokenProfile();
        oauth.kind = Profile::CredentialKind::OAuthClient;
        oauth.credentialUser = QStringLiteral("OQc0ffeec0ffeec0ffeec0ffeec0ffee00");
        oauth.region = QStringLiteral("au1");
        QTest::newRow("oauth client, au1") << oauth;
        Profile named = authTokenProfile();
        named.name = QString(Profile::maxNameLength, u'n');
        QTest::newRow("64-character name") << named;
        named.name = QStringLiteral("Prüfung – Kunden 😀 [staging]");
        QTest::newRow("unicode name") << named;
        for (const char* url : { "http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9000",
                                 "https://proxy.example.com/twilio" }) {
            Profile proxied = authTokenProfile();
            proxied.baseUrl = QUrl(QString::fromLatin1(url));
            QTest::newRow(url) << proxied;
        }
        Profile env = authTokenProfile();
        env.origin = Profile::Origin::Environment;
        env.name = Profile::environmentName();
        QTest::newRow("environment") << env;
    }

    void validProfiles()
    {
        QFETCH(Profile, profile);
        const QStringList problems = profile.validate();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(profile.isValid());
    }

    void invalidProfiles_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("expected"); // a word the sentence must contain

        auto with = [](auto change) {
            Profile p = authTokenProfile();
            change(p);
            return p;
        };
        QTest::newRow("no id") << with([](Profile& p) { p.id.clear(); }) << QStringLiteral("id");
        QTest::newRow("id with slash")
            << with([](Profile& p) { p.id = QStringLiteral("a/b"); }) << QStringLiteral("id");
        QTest::newRow("id too long") << with([](Profile& p) { p.id = QString(65, u'a'); })
                                     << QStringLiteral("id");
        QTest::newRow("empty name") << with([](Profile& p) { p.name.clear(); }) << QStringLiteral("empty");
        QTest::newRow("blank name") << with([](Profile& p) { p.name = QStringLiteral("   "); })
                                    << QStringLiteral("empty");
        QTest::newRow("65 characters")
            << with([](Profile& p) { p.name = QString(65, u'x'); }) << QStringLiteral("64");
        QTest::newRow("newline") << with([](Profile& p) { p.name = QStringLiteral("a\nb"); })
                                 << QStringLiteral("control");
        QTest::newRow("tab") << with([](Profile& p) { p.name = QStringLiteral("a\tb"); })
                             << QStringLiteral("control");
        QTest::newRow("bidi override")
            << with([](Profile& p) { p.name = QStringLiteral("prod\u202Edoc.exe"); })
            << QStringLiteral("control");
        QTest::newRow("lone surrogate")
            << with([](Profile& p) { p.name = QString(QChar(0xD800)) + u'x'; }) << QStringLiteral("control");
        QTest::newRow("leading space")
            << with([](Profile& p) { p.name = QStringLiteral(" prod"); }) << QStringLiteral("spaces");
        QTest::newRow("env name") << with([](Profile& p) { p.name = QStringLiteral("[ENV]"); })
                                  << QStringLiteral("TWILIO_");
        QTest::newRow("short SID") << with([](Profile& p) { p.accountSid = QStringLiteral("AC123"); })
                                   << QStringLiteral("Account SID");
        QTest::newRow("SK as account")
            << with([](Profile& p) { p.accountSid = keySid; }) << QStringLiteral("Account SID");
        QTest::newRow("not hex") << with([](Profile& p) {
            p.accountSid = QStringLiteral("ACzz23456789abcdef0123456789abcdef");
        }) << QStringLiteral("Account SID");
        QTest::newRow("token with user")
            << with([](Profile& p) { p.credentialUser = keySid; }) << QStringLiteral("Auth Token");
        QTest::newRow("api key, bad SID") << with([](Profile& p) {
            p.kind = Profile::CredentialKind::ApiKey;
            p.credentialUser = accountSid;
        }) << QStringLiteral("API key SID");
        QTest::newRow("oauth, empty id")
            << with([](Profile& p) { p.kind = Profile::CredentialKind::OAuthClient; })
            << QStringLiteral("client id");
        QTest::newRow("oauth, spaces") << with([](Profile& p) {
            p.kind = Profile::CredentialKind::OAuthClient;
            p.credentialUser = QStringLiteral("my client");
        }) << QStringLiteral("client id");
        QTest::newRow("unknown region")
            << with([](Profile& p) { p.region = QStringLiteral("eu1"); }) << QStringLiteral("region");
        QTest::newRow("uppercase region")
            << with([](Profile& p) { p.region = QStringLiteral("IE1"); }) << QStringLiteral("region");
        QTest::newRow("unknown edge")
            << with([](Profile& p) { p.edge = QStringLiteral("atlantis"); }) << QStringLiteral("edge");
        QTest::newRow("http to a remote host")
            << with([](Profile& p) { p.baseUrl = QUrl(QStringLiteral("http://proxy.example.com")); })
            << QStringLiteral("http");
        QTest::newRow("ftp") << with([](Profile& p) { p.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1")); })
                             << QStringLiteral("base URL");
        QTest::newRow("user info") << with([](Profile& p) {
            p.baseUrl = QUrl(QStringLiteral("https://me:hunter2@proxy.example.com"));
        }) << QStringLiteral("password");
        QTest::newRow("query") << with([](Profile& p) {
            p.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/?a=b"));
        }) << QStringLiteral("base URL");
        QTest::newRow("environment with another name")
            << with([](Profile& p) { p.origin = Profile::Origin::Environment; })
            << QStringLiteral("environment");
    }

    void invalidProfiles()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, expected);
        const QStringList problems = profile.validate();
        QVERIFY(!problems.isEmpty());
        QVERIFY(!profile.isValid());
        QVERIFY2(problems.join(u' ').contains(expected, Qt::CaseInsensitive),
                 qPrintable(problems.join(u'\n')));
    }

    void sentencesDoNotRepeatValues()
    {
        // A secret pasted into a SID field must not come back in the sentence.
        Profile p = authTokenProfile();
        p.accountSid = QStringLiteral("5a4db0c5a4db0c5a4db0c5a4db0c5a4d");
        p.kind = Profile::CredentialKind::ApiKey;
        p.credentialUser = QStringLiteral("s3cr3t-in-the-wrong-field");
        p.name = QString(100000, u'x');
        const QString text = p.validate().join(u' ');
        QVERIFY(!text.contains(p.accountSid));
        QVERIFY(!text.contains(p.credentialUser));
        QVERIFY(text.size() < 2000);
        QCOMPARE(p.validate().size(), 3);
    }

    void everyProblemIsReported()
    {
        Profile p;
        p.region = QStringLiteral("mars");
        QVERIFY(p.validate().size() >= 4); // id, name, Account SID, region
    }

    void kindKeysRoundTrip()
    {
        for (auto kind : { Profile::CredentialKind::AuthToken, Profile::CredentialKind::ApiKey,
                           Profile::CredentialKind::OAuthClient }) {
            QCOMPARE(Profile::kindFromKey(Profile::kindKey(kind)), kind);
            QVERIFY(!Profile::kindLabel(kind).isEmpty());
        }
        QVERIFY(!Profile::kindFromKey(QStringLiteral("password")));
        QVERIFY(!Profile::kindFromKey(QString()));
        QVERIFY(!Profile::kindFromKey(QStringLiteral("API-KEY")));
    }

    void idsAreFreshAndUsable()
    {
        QSet<QString> ids;
        for (int i = 0; i < 100; ++i) {
            const QString id = Profile::newId();
            QVERIFY(Profile::isValidId(id));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 100);
    }

    void namesCompareCaseInsensitively()
    {
        QVERIFY(Profile::sameName(QStringLiteral("Prod"), QStringLiteral("pROD")));
        QVERIFY(!Profile::sameName(QStringLiteral("Prod"), QStringLiteral("Prod2")));
        QVERIFY(Profile::checkName(QStringLiteral("Prod")).isEmpty());
    }

    void effectiveRegion()
    {
        Profile p = authTokenProfile();
        QCOMPARE(p.effectiveRegion(), QStringLiteral("us1"));
        p.region = QStringLiteral("au1");
        QCOMPARE(p.effectiveRegion(), QStringLiteral("au1"));
    }

    void equality()
    {
        const Profile a = authTokenProfile();
        Profile b = a;
        QVERIFY(a == b);
        b.edge = QStringLiteral("ashburn");
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
