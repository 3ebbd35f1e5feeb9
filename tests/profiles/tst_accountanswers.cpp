// Issue 8, item 9: every field taken from an accounts or keys answer is checked before use. A malformed
// answer is an error with a sentence, never shown or stored as if it were valid. The field checks are
// driven directly; the account-level checks (the SID asked for, subaccounts the parent owns) through a
// loopback HTTP server that answers with canned bodies, since a well-behaved server never sends them.
#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/ApiKey.h"
#include "api/TwilioHosts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString parentSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString otherSid = QStringLiteral("ACfedcba9876543210fedcba9876543210");

QJsonObject account(const QString& sid, const QString& owner)
{
    return QJsonObject {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("friendly_name"), QStringLiteral("Main") },
        { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("type"), QStringLiteral("Full") },
        { QStringLiteral("owner_account_sid"), owner },
        { QStringLiteral("date_created"), QStringLiteral("Mon, 13 Jun 2016 22:50:08 +0000") },
        { QStringLiteral("date_updated"), QJsonValue() },
    };
}

// Answers every request with one canned JSON body (status 200) and counts the requests.
class CannedServer : public QTcpServer
{
public:
    QByteArray body;
    int requests = 0;

    CannedServer() { listen(QHostAddress::LocalHost, 0); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto* received = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            received->append(socket->readAll());
            if (!received->contains("\r\n\r\n"))
                return;
            received->clear();
            ++requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, received] {
            delete received;
            socket->deleteLater();
        });
    }
};

} // namespace

class TestAccountAnswers : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ApiClient> clientFor(const CannedServer& server)
    {
        auto client = std::make_unique<ApiClient>();
        TwilioHosts hosts;
        QString error;
        hosts.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                 &error);
        client->setHosts(hosts);
        client->setCredentials(ApiCredentials::authToken(parentSid, SecretBytes(QByteArrayLiteral("token"))));
        return client;
    }

private Q_SLOTS:
    void accountFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no sid") << "sid" << QJsonValue() << "no valid SID";
        QTest::newRow("sid of a key")
            << "sid" << QJsonValue(QStringLiteral("SK0123456789abcdef0123456789abcdef")) << "no valid SID";
        QTest::newRow("sid a number") << "sid" << QJsonValue(12) << "no valid SID";
        QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("hacked")) << "status";
        QTest::newRow("no status") << "status" << QJsonValue() << "status";
        QTest::newRow("unknown type") << "type" << QJsonValue(QStringLiteral("Gold")) << "type";
        QTest::newRow("owner not a SID")
            << "owner_account_sid" << QJsonValue(QStringLiteral("me")) << "owner_account_sid";
        QTest::newRow("date not a date")
            << "date_created" << QJsonValue(QStringLiteral("yesterday")) << "date_created";
        QTest::newRow("date a number") << "date_updated" << QJsonValue(1700000000) << "date_updated";
        QTest::newRow("name a number") << "friendly_name" << QJsonValue(5) << "friendly_name";
        QTest::newRow("name an object") << "friendly_name" << QJsonValue(QJsonObject()) << "friendly_name";
        QTest::newRow("name too long")
            << "friendly_name" << QJsonValue(QString(AccountInfo::maxFriendlyNameLength + 1, u'x'))
            << "friendly_name";
    }

    void accountFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, sentence);
        QJsonObject o = account(parentSid, parentSid);
        QVERIFY(AccountInfo::fromJson(o, nullptr).has_value()); // the good one is accepted
        if (value.isNull())
            o.remove(field);
        else
            o.insert(field, value);
        QString error;
        QVERIFY(!AccountInfo::fromJson(o, &error).has_value());
        QVERIFY2(error.contains(sentence), qPrintable(error));
    }

    void goodAccountKeepsEveryField()
    {
        QString error;
        const auto info = AccountInfo::fromJson(account(otherSid, parentSid), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->ownerAccountSid, parentSid);
        QCOMPARE(info->dateCreated, QDateTime(QDate(2016, 6, 13), QTime(22, 50, 8), Qt::UTC));
        QVERIFY(!info->dateUpdated.isValid()); // null is allowed: absent
    }

    void keyFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("date not a date") << "date_created" << QJsonValue(QStringLiteral("soon"));
        QTest::newRow("name an array") << "friendly_name" << QJsonValue(QJsonArray { 1 });
        QTest::newRow("name too long")
            << "friendly_name" << QJsonValue(QString(ApiKey::maxFriendlyNameLength + 1, u'n'));
        QTest::newRow("flags not a list") << "flags" << QJsonValue(QStringLiteral("rest_api"));
        QTest::newRow("flags not texts") << "flags" << QJsonValue(QJsonArray { 1, 2 });
    }

    void keyFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject key { { QStringLiteral("sid"), QStringLiteral("SK0123456789abcdef0123456789abcdef") },
                          { QStringLiteral("friendly_name"), QStringLiteral("ci") },
                          { QStringLiteral("date_created"), QStringLiteral("2016-06-13T22:50:08Z") },
                          { QStringLiteral("flags"), QJsonArray { QStringLiteral("rest_api") } } };
        QString error;
        QVERIFY(ApiKey::fromJson(key, ApiKey::Source::IamList, QString(), &error).has_value());
        key.insert(field, value);
        QVERIFY(!ApiKey::fromJson(key, ApiKey::Source::IamList, QString(), &error).has_value());
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("SK0123456789abcdef0123456789abcdef")), qPrintable(error));
    }

    void fetchedAccountMustBeTheOneAskedFor()
    {
        CannedServer server;
        QVERIFY(server.isListening());
        server.body = QJsonDocument(account(otherSid, otherSid)).toJson(QJsonDocument::Compact);
        auto client = clientFor(server);
        AccountService service(client.get());
        std::optional<ApiResult<AccountInfo>> result;
        service.fetchAccount(parentSid, [&](ApiResult<AccountInfo> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(result->error().sentence().contains(QLatin1String("not the one asked for")),
                 qPrintable(result->error().sentence()));
    }

    void subaccountsMustBeOwnedByTheParent()
    {
        CannedServer server;
        const QJsonObject page { { QStringLiteral("accounts"),
                                   QJsonArray { account(parentSid, parentSid),
                                                account(otherSid, otherSid) } },
                                 { QStringLiteral("next_page_uri"), QJsonValue() } };
        server.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        auto client = clientFor(server);
        AccountService service(client.get());
        std::optional<ApiResult<QList<AccountInfo>>> result;
        service.listSubaccounts([&](ApiResult<QList<AccountInfo>> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().sentence().contains(QLatin1String("does not own")),
                 qPrintable(result->error().sentence()));

        // A malformed item ends the list with the reason, not with a list missing it.
        QJsonObject broken = account(otherSid, parentSid);
        broken.insert(QStringLiteral("status"), QStringLiteral("💥"));
        server.body = QJsonDocument(QJsonObject { { QStringLiteral("accounts"), QJsonArray { broken } } })
                          .toJson(QJsonDocument::Compact);
        result.reset();
        service.listSubaccounts([&](ApiResult<QList<AccountInfo>> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().sentence().contains(QLatin1String("status")),
                 qPrintable(result->error().sentence()));

        // A good list: the parent left out, its subaccount kept.
        server.body = QJsonDocument(QJsonObject { { QStringLiteral("accounts"),
                                                    QJsonArray { account(parentSid, parentSid),
                                                                 account(otherSid, parentSid) } } })
                          .toJson(QJsonDocument::Compact);
        result.reset();
        service.listSubaccounts([&](ApiResult<QList<AccountInfo>> r) { result.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->error().sentence()));
        QCOMPARE(result->value().size(), 1);
        QCOMPARE(result->value().first().sid, otherSid);
    }
};

QTEST_MAIN(TestAccountAnswers)
#include "tst_accountanswers.moc"
