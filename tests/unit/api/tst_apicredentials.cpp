#include "api/ApiClient.h"
#include "api/ApiCredentials.h"

#include <QTest>

namespace {
const QString account = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString key = QStringLiteral("SKfedcba9876543210fedcba9876543210");
} // namespace

class TestApiCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basicAuthToken()
    {
        const auto c = ApiCredentials::authToken(account, SecretBytes(QByteArrayView("tok")));
        QString error;
        QVERIFY2(c.validate(&error), qPrintable(error));
        QCOMPARE(c.authorizationHeader(), QByteArray("Basic ") + (account.toLatin1() + ":tok").toBase64());
        QVERIFY(!c.describe().contains(QStringLiteral("tok")));
    }

    void basicApiKey()
    {
        const auto c = ApiCredentials::apiKey(account, key, SecretBytes(QByteArrayView("s3cret")));
        QString error;
        QVERIFY(c.validate(&error));
        QCOMPARE(c.username(), key);
        QCOMPARE(c.authorizationHeader(), QByteArray("Basic ") + (key.toLatin1() + ":s3cret").toBase64());
        QVERIFY(c.describe().contains(QStringLiteral("SK")));
        QVERIFY(!c.describe().contains(QStringLiteral("s3cret")));
    }

    void bearer()
    {
        const auto c = ApiCredentials::accessToken(account, SecretBytes(QByteArrayView("eyJ.x.y")));
        QCOMPARE(c.authorizationHeader(), QByteArray("Bearer eyJ.x.y"));
        QVERIFY(ApiCredentials::oauthClient(account, QStringLiteral("OQ1"), SecretBytes(QByteArrayView("s")))
                    .authorizationHeader()
                    .isEmpty());
    }

    void validation()
    {
        QString error;
        QVERIFY(!ApiCredentials().validate(&error));
        QVERIFY(!ApiCredentials::authToken(QStringLiteral("AC123"), SecretBytes(QByteArrayView("t")))
                     .validate(&error));
        QVERIFY(!ApiCredentials::apiKey(account, account, SecretBytes(QByteArrayView("t"))).validate(&error));
        QVERIFY(!ApiCredentials::apiKey(account, key, SecretBytes()).validate(&error));
        QVERIFY(error.contains(QStringLiteral("empty")));
    }

    void validationNeverEchoesTheValue()
    {
        // A secret put where a SID belongs must not be printed back.
        const QString secret = QStringLiteral("s3cretValueThatIsNotASid0123456789");
        QString error;
        QVERIFY(!ApiCredentials::authToken(secret, SecretBytes(QByteArrayView("t"))).validate(&error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Account SID")));
        QVERIFY(error.contains(QStringLiteral("AC followed by 32")));
        error.clear();
        QVERIFY(!ApiCredentials::apiKey(account, secret, SecretBytes(QByteArrayView("t"))).validate(&error));
        QVERIFY2(!error.contains(secret), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("SK followed by 32")));
    }

    void cloneIsIndependent()
    {
        auto a = ApiCredentials::apiKey(account, key, SecretBytes(QByteArrayView("s3cret")));
        const auto b = a.clone();
        a = ApiCredentials();
        QCOMPARE(b.secret().view(), QByteArrayView("s3cret"));
    }

    void userAgent()
    {
        const QByteArray ua = ApiClient::userAgent();
        QVERIFY2(ua.startsWith("keydesk/" KEYDESK_VERSION " (Qt "), ua.constData());
        QVERIFY2(ua.endsWith(")"), ua.constData());
        QVERIFY(ua.contains("; "));
    }
};

QTEST_GUILESS_MAIN(TestApiCredentials)
#include "tst_apicredentials.moc"
