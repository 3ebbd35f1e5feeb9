#include "api/TwilioHosts.h"

#include <QTest>

class TestTwilioHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void us1Default()
    {
        const TwilioHosts hosts;
        QCOMPARE(hosts.hostName(TwilioProduct::Api), QStringLiteral("api.twilio.com"));
        QCOMPARE(hosts.hostName(TwilioProduct::Iam), QStringLiteral("iam.twilio.com"));
        QCOMPARE(hosts.hostName(TwilioProduct::Accounts), QStringLiteral("accounts.twilio.com"));
        QCOMPARE(hosts.hostName(TwilioProduct::OAuth), QStringLiteral("oauth.twilio.com"));
        QCOMPARE(hosts.url(TwilioProduct::Api, QStringLiteral("/2010-04-01/Accounts.json")).toString(),
                 QStringLiteral("https://api.twilio.com/2010-04-01/Accounts.json"));
        QCOMPARE(hosts.region(), QStringLiteral("us1"));
    }

    void regions_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("edge");
        QTest::addColumn<QString>("host");
        QTest::newRow("us1") << "us1"
                             << ""
                             << "api.twilio.com";
        QTest::newRow("ie1 default edge") << "ie1"
                                          << ""
                                          << "api.dublin.ie1.twilio.com";
        QTest::newRow("au1 default edge") << "au1"
                                          << ""
                                          << "api.sydney.au1.twilio.com";
        QTest::newRow("ie1 frankfurt") << "ie1"
                                       << "frankfurt"
                                       << "api.frankfurt.ie1.twilio.com";
        QTest::newRow("edge only is us1") << ""
                                          << "ashburn"
                                          << "api.ashburn.us1.twilio.com";
        QTest::newRow("us1 with edge") << "us1"
                                       << "umatilla"
                                       << "api.umatilla.us1.twilio.com";
        QTest::newRow("case and spaces") << " IE1 "
                                         << " Dublin"
                                         << "api.dublin.ie1.twilio.com";
        QTest::newRow("legacy jp1") << "jp1"
                                    << ""
                                    << "api.tokyo.jp1.twilio.com";
    }
    void regions()
    {
        QFETCH(QString, region);
        QFETCH(QString, edge);
        QFETCH(QString, host);
        TwilioHosts hosts;
        QString error;
        QVERIFY2(hosts.setRegion(region, edge, &error), qPrintable(error));
        QCOMPARE(hosts.hostName(TwilioProduct::Api), host);
        // Never the deprecated api.{region}.twilio.com form.
        QVERIFY(!hosts.hostName(TwilioProduct::Api)
                     .startsWith(QStringLiteral("api.") + region.trimmed().toLower() + u'.')
                || region.trimmed().isEmpty());
    }

    void badRegion()
    {
        TwilioHosts hosts;
        QString error;
        QVERIFY(!hosts.setRegion(QStringLiteral("xx9"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("--edge")));
        QVERIFY(!hosts.setRegion(QStringLiteral("ie1/evil.com#"), {}, &error));
        QVERIFY(!hosts.setRegion(QStringLiteral("ie1"), QStringLiteral("a.b"), &error));
        QCOMPARE(hosts.hostName(TwilioProduct::Api), QStringLiteral("api.twilio.com")); // unchanged
        QVERIFY(hosts.setRegion(QStringLiteral("xx9"), QStringLiteral("dublin"), &error));
        QCOMPARE(hosts.hostName(TwilioProduct::Iam), QStringLiteral("iam.dublin.xx9.twilio.com"));
    }

    void oauthIsGlobal_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("edge");
        QTest::newRow("us1") << ""
                             << "";
        QTest::newRow("ie1") << "ie1"
                             << "";
        QTest::newRow("au1 sydney") << "au1"
                                    << "sydney";
        QTest::newRow("edge only") << ""
                                   << "ashburn";
    }
    void oauthIsGlobal()
    {
        QFETCH(QString, region);
        QFETCH(QString, edge);
        TwilioHosts hosts;
        QVERIFY(hosts.setRegion(region, edge));
        QCOMPARE(hosts.hostName(TwilioProduct::OAuth), QStringLiteral("oauth.twilio.com"));
        QCOMPARE(hosts.url(TwilioProduct::OAuth, QStringLiteral("/v2/token")).toString(),
                 QStringLiteral("https://oauth.twilio.com/v2/token"));
        // Overrides still win.
        QVERIFY(
            hosts.setProductOverride(TwilioProduct::OAuth, QUrl(QStringLiteral("http://127.0.0.1:9002"))));
        QCOMPARE(hosts.baseUrl(TwilioProduct::OAuth).toString(), QStringLiteral("http://127.0.0.1:9002"));
        QVERIFY(hosts.setProductOverride(TwilioProduct::OAuth, QUrl()));
        QVERIFY(hosts.setBaseUrlOverride(QUrl(QStringLiteral("https://proxy.example"))));
        QCOMPARE(hosts.baseUrl(TwilioProduct::OAuth).toString(), QStringLiteral("https://proxy.example"));
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3" << true;
        QTest::newRow("::1") << "http://[::1]:8080" << true;
        QTest::newRow("localhost") << "http://localhost:4010" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST" << true;
        QTest::newRow("https anywhere") << "https://proxy.example" << true;
        QTest::newRow("remote name") << "http://proxy.example" << false;
        QTest::newRow("lan address") << "http://192.168.1.10:8080" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1" << false;
    }
    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        TwilioHosts hosts;
        QString error;
        QCOMPARE(hosts.setBaseUrlOverride(QUrl(url), &error), accepted);
        QCOMPARE(hosts.setProductOverride(TwilioProduct::Iam, QUrl(url), &error), accepted);
        if (!accepted) {
            QVERIFY(error.contains(QStringLiteral("https")));
            QVERIFY(hosts.baseUrlOverride().isEmpty());
            QCOMPARE(hosts.baseUrl(TwilioProduct::Iam).toString(), QStringLiteral("https://iam.twilio.com"));
        }
    }

    void baseUrlOverride()
    {
        TwilioHosts hosts;
        QVERIFY(hosts.setRegion(QStringLiteral("ie1"), {}));
        QVERIFY(hosts.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:8123/"))));
        for (auto product :
             { TwilioProduct::Api, TwilioProduct::Iam, TwilioProduct::Accounts, TwilioProduct::OAuth })
            QCOMPARE(hosts.baseUrl(product).toString(), QStringLiteral("http://127.0.0.1:8123"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("AccountSid"), QStringLiteral("AC1"));
        QCOMPARE(hosts.url(TwilioProduct::Iam, QStringLiteral("/v1/Keys"), q).toString(),
                 QStringLiteral("http://127.0.0.1:8123/v1/Keys?AccountSid=AC1"));
    }

    void proxyPrefixAndProductOverride()
    {
        TwilioHosts hosts;
        QVERIFY(hosts.setBaseUrlOverride(QUrl(QStringLiteral("https://proxy.example/twilio"))));
        QVERIFY(hosts.setProductOverride(TwilioProduct::Iam, QUrl(QStringLiteral("http://127.0.0.1:9001"))));
        QCOMPARE(hosts.url(TwilioProduct::Api, QStringLiteral("/2010-04-01/Accounts.json")).toString(),
                 QStringLiteral("https://proxy.example/twilio/2010-04-01/Accounts.json"));
        QCOMPARE(hosts.url(TwilioProduct::Iam, QStringLiteral("/v1/Keys")).toString(),
                 QStringLiteral("http://127.0.0.1:9001/v1/Keys"));
        QVERIFY(hosts.setProductOverride(TwilioProduct::Iam, QUrl()));
        QCOMPARE(hosts.baseUrl(TwilioProduct::Iam).toString(),
                 QStringLiteral("https://proxy.example/twilio"));
    }

    void rejectsBadOverrides_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << "ftp://127.0.0.1/";
        QTest::newRow("no host") << "http:///x";
        QTest::newRow("query") << "http://127.0.0.1/?a=b";
        QTest::newRow("user info") << "http://user:pw@127.0.0.1/";
        QTest::newRow("relative") << "/v1";
    }
    void rejectsBadOverrides()
    {
        QFETCH(QString, url);
        TwilioHosts hosts;
        QString error;
        QVERIFY(!hosts.setBaseUrlOverride(QUrl(url), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(hosts.baseUrlOverride().isEmpty());
    }

    void nextPageRelativeV2010()
    {
        TwilioHosts hosts;
        QVERIFY(hosts.setRegion(QStringLiteral("au1"), {}));
        const QUrl next = hosts.nextPageUrl(
            TwilioProduct::Api,
            QStringLiteral("/2010-04-01/Accounts/AC1/Keys.json?PageSize=50&Page=1&PageToken=PAabc%3D%3D"));
        QCOMPARE(next.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api.sydney.au1.twilio.com/2010-04-01/Accounts/AC1/"
                                "Keys.json?PageSize=50&Page=1&PageToken=PAabc%3D%3D"));
    }

    void nextPageAbsoluteIsReRooted()
    {
        TwilioHosts hosts;
        QVERIFY(hosts.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:4010"))));
        const QUrl next = hosts.nextPageUrl(
            TwilioProduct::Iam,
            QStringLiteral(
                "https://iam.twilio.com/v1/Keys?AccountSid=AC1&PageSize=1000&Page=1&PageToken=PT1000"));
        QCOMPARE(next.toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "http://127.0.0.1:4010/v1/Keys?AccountSid=AC1&PageSize=1000&Page=1&PageToken=PT1000"));
    }

    void nextPageNeverLeavesTheProfileHost()
    {
        // A hostile or mistaken response must not make KeyDesk send credentials elsewhere.
        const TwilioHosts hosts;
        const QUrl next = hosts.nextPageUrl(TwilioProduct::Iam,
                                            QStringLiteral("https://evil.example:8443/v1/Keys?Page=2"));
        QCOMPARE(next.host(), QStringLiteral("iam.twilio.com"));
        QCOMPARE(next.scheme(), QStringLiteral("https"));
        QCOMPARE(next.port(), -1);
        QCOMPARE(next.path(), QStringLiteral("/v1/Keys"));
    }

    void nextPageWithProxyPrefix()
    {
        TwilioHosts hosts;
        QVERIFY(hosts.setBaseUrlOverride(QUrl(QStringLiteral("https://proxy.example/twilio"))));
        QCOMPARE(hosts
                     .nextPageUrl(TwilioProduct::Iam,
                                  QStringLiteral("https://proxy.example/twilio/v1/Keys?Page=1"))
                     .toString(),
                 QStringLiteral("https://proxy.example/twilio/v1/Keys?Page=1"));
        QCOMPARE(hosts.nextPageUrl(TwilioProduct::Iam, QStringLiteral("/v1/Keys?Page=1")).toString(),
                 QStringLiteral("https://proxy.example/twilio/v1/Keys?Page=1"));
    }

    void unusableNextLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("empty") << "";
        QTest::newRow("no leading slash") << "v1/Keys?Page=1";
        QTest::newRow("javascript") << "javascript:alert(1)";
        QTest::newRow("dot dot") << "/v1/../../etc/passwd";
        QTest::newRow("ftp") << "ftp://iam.twilio.com/v1/Keys";
    }
    void unusableNextLinks()
    {
        QFETCH(QString, link);
        const TwilioHosts hosts;
        QVERIFY(!hosts.nextPageUrl(TwilioProduct::Iam, link).isValid()
                || hosts.nextPageUrl(TwilioProduct::Iam, link).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTwilioHosts)
#include "tst_twiliohosts.moc"
