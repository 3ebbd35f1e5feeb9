#include "LoopbackHttpServer.h"
#include "api/ApiClient.h"
#include "api/ApiPager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// The envelope handling of ApiPager, and the limit on the pages one list follows (issue 9 finding 6,
// against a loopback server that never stops paging); the page-following itself runs against the
// sandbox in tst_keyservice.
class TestApiPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v2010Envelope()
    {
        const QJsonObject page = object(
            "{\"keys\":[{\"sid\":\"SK1\"},{\"sid\":\"SK2\"}], "
            "\"first_page_uri\":\"/2010-04-01/Accounts/AC1/Keys.json?PageSize=2&Page=0\", "
            "\"next_page_uri\":\"/2010-04-01/Accounts/AC1/Keys.json?PageSize=2&Page=1&PageToken=PASK2\", "
            "\"previous_page_uri\":null,\"page\":0,\"page_size\":2,\"start\":0,\"end\":1}");
        bool found = false;
        QCOMPARE(ApiPager::pageItems(page, QStringLiteral("keys"), &found).size(), 2);
        QVERIFY(found);
        QCOMPARE(ApiPager::nextLink(page),
                 QStringLiteral("/2010-04-01/Accounts/AC1/Keys.json?PageSize=2&Page=1&PageToken=PASK2"));
    }

    void v2010LastPage()
    {
        const QJsonObject page = object("{\"keys\":[],\"next_page_uri\":null,\"page\":3}");
        bool found = false;
        QVERIFY(ApiPager::pageItems(page, QStringLiteral("keys"), &found).isEmpty());
        QVERIFY(found);
        QVERIFY(ApiPager::nextLink(page).isEmpty());
    }

    void v1Envelope()
    {
        const QJsonObject page
            = object("{\"keys\":[{\"sid\":\"SK1\"}], "
                     "\"meta\":{\"page\":0,\"page_size\":1,\"first_page_url\":\"https://iam.twilio.com/v1/"
                     "Keys?AccountSid=AC1&PageSize=1&Page=0\", "
                     "\"previous_page_url\":null,\"url\":\"https://iam.twilio.com/v1/"
                     "Keys?AccountSid=AC1&PageSize=1&Page=0\", "
                     "\"next_page_url\":\"https://iam.twilio.com/v1/"
                     "Keys?AccountSid=AC1&PageSize=1&Page=1&PageToken=PTSK1\",\"key\":\"keys\"}}");
        bool found = false;
        QCOMPARE(ApiPager::pageItems(page, QStringLiteral("ignored"), &found).size(), 1);
        QVERIFY(found);
        QCOMPARE(ApiPager::nextLink(page),
                 QStringLiteral(
                     "https://iam.twilio.com/v1/Keys?AccountSid=AC1&PageSize=1&Page=1&PageToken=PTSK1"));
    }

    void v1MetaKeyNamesTheArray()
    {
        const QJsonObject page
            = object("{\"credentials\":[{\"sid\":\"CR1\"},{\"sid\":\"CR2\"},{\"sid\":\"CR3\"}], "
                     "\"meta\":{\"key\":\"credentials\",\"next_page_url\":null}}");
        bool found = false;
        QCOMPARE(ApiPager::pageItems(page, QStringLiteral("keys"), &found).size(), 3);
        QVERIFY(found);
        QVERIFY(ApiPager::nextLink(page).isEmpty());
    }

    void v1MetaPrecedesTopLevelUri()
    {
        // A v1 page never uses next_page_uri; if both appear, meta wins.
        const QJsonObject page = object(
            "{\"keys\":[],\"next_page_uri\":\"/bogus\",\"meta\":{\"key\":\"keys\",\"next_page_url\":null}}");
        QVERIFY(ApiPager::nextLink(page).isEmpty());
    }

    void missingList()
    {
        bool found = true;
        QVERIFY(ApiPager::pageItems(object("{\"items\":[]}"), QStringLiteral("keys"), &found).isEmpty());
        QVERIFY(!found);
        found = true;
        ApiPager::pageItems(object("{\"keys\":{\"sid\":\"SK1\"}}"), QStringLiteral("keys"), &found);
        QVERIFY(!found);
    }

    void followsAtMostTenThousandPages()
    {
        ApiClient client;
        QCOMPARE(client.maxListPages(), 10000);
        ApiPager pager(&client, ApiRequest(), QStringLiteral("keys"));
        QCOMPARE(pager.maxPages(), 10000);
    }

    // A server that announces a next page forever: the list stops at the limit and says so.
    void endlessListStopsAtTheLimit()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [&](const LoopbackHttpServer::Request& request, QTcpSocket* socket) {
            const int page = QUrlQuery(QUrl(QString::fromLatin1(request.target)))
                                 .queryItemValue(QStringLiteral("Page"))
                                 .toInt();
            const QByteArray next
                = server.url(QStringLiteral("/v1/Keys?PageSize=1&Page=%1").arg(page + 1)).toEncoded();
            const QByteArray body = "{\"keys\":[{\"sid\":\"SK" + QByteArray::number(page)
                + "\"}],\"meta\":{\"key\":\"keys\",\"next_page_url\":\"" + next + "\"}}";
            socket->write(LoopbackHttpServer::response(200, body, { "Content-Type: application/json" }));
            socket->disconnectFromHost();
        };
        ApiClient client;
        TwilioHosts hosts;
        hosts.setBaseUrlOverride(server.url(QString()));
        client.setHosts(hosts);
        client.setCredentials(ApiCredentials::authToken(QStringLiteral("AC00112233445566778899aabbccddeeff"),
                                                        SecretBytes::fromUtf8(QStringLiteral("token"))));
        client.setMaxListPages(5);
        ApiRequest first;
        first.product = TwilioProduct::Iam;
        first.path = QStringLiteral("/v1/Keys");
        ApiPager pager(&client, first, QStringLiteral("keys"));
        QSignalSpy pages(&pager, &ApiPager::pageReceived);
        pager.start();
        QTRY_VERIFY_WITH_TIMEOUT(pager.isFinished(), 20000);
        QCOMPARE(pages.count(), 5);
        QCOMPARE(pager.itemCount(), 5);
        QCOMPARE(server.requests.size(), 5);
        QVERIFY(pager.error().isError());
        const QString sentence = pager.error().sentence();
        QVERIFY2(sentence.contains(QStringLiteral("5 pages")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("at most")), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestApiPager)
#include "tst_apipager.moc"
