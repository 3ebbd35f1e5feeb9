// keydesk-sandbox against Twilio's rules and specs: the real process on loopback (SandboxProcess),
// plus the SandboxServer library in-process.
#include "OpenApiValidator.h"
#include "PolicyRules.h"
#include "SandboxDelivery.h"
#include "SandboxFaults.h"
#include "SandboxProcess.h"
#include "SandboxRequest.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "keys/PermissionCatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

using Form = QList<QPair<QString, QString>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

QByteArray encodeForm(const Form& form)
{
    QByteArray out;
    for (const auto& [name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString sharedFile(const char* relative)
{
    return QStringLiteral(KEYDESK_SHARED_DIR "/twilio/") + QLatin1String(relative);
}

QString repeated(QChar c, int n)
{
    return QString(n, c);
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void bannerAndHelp();
    void badOptionsExitTwo_data();
    void badOptionsExitTwo();
    void catalogMatchesShared();
    void policyFieldWireMessages_data();
    void policyFieldWireMessages();
    void validatorCatchesDrift();

    void v2010Accounts();
    void v2010KeysLifecycle();
    void v2010NeedsJsonSuffix();
    void iamKeysLifecycle();
    void errors_data();
    void errors();
    void keyTypes();
    void authTokenOnlyForTheAuthToken();
    void mainKeysStayPut();
    void authTokenRotation();
    void oauthBearer();

    void pagingBothEnvelopes();
    void persistenceAcrossRestart();
    void corruptStateFile_data();
    void corruptStateFile();

    void faultStatuses();
    void faultLatency();
    void faultDrop();
    void faultTruncate();
    void faultSpecErrors_data();
    void faultSpecErrors();
    void faultRatesAreDeterministic();

    void inProcessServer();
    void tenThousandKeysInProcess();

private:
    Reply send(const QString& method, const QUrl& url, const QByteArray& authorization,
               const Form& form = {});
    Reply sendTo(const SandboxProcess& sandbox, const QString& method, const QString& pathAndQuery,
                 const QByteArray& authorization, const Form& form = {})
    {
        return send(method, sandbox.url(pathAndQuery), authorization, form);
    }
    // Writes a raw HTTP request and returns what came back once the server closed the connection.
    QByteArray rawExchange(quint16 port, const QByteArray& request, bool* closed);
    void expectError(const Reply& reply, int status, int code);
    void expectValid(const OpenApiValidator& spec, const QString& path, const QString& method,
                     const Reply& reply);
    QString mainAccount() const { return m_sandbox.accountSid(); }
    // A new Restricted key of the main account with these permissions: "Basic …" for it, and its SID.
    QByteArray restrictedKey(const QStringList& allow, QString* sid = nullptr);

    QNetworkAccessManager m_nam;
    SandboxProcess m_sandbox;
    OpenApiValidator m_api;
    OpenApiValidator m_iam;
    OpenApiValidator m_accounts;
    OpenApiValidator m_oauth;
    QString m_standardKeySid; // a Standard key of the main account, made in initTestCase
};

Reply tst_SandboxServer::send(const QString& method, const QUrl& url, const QByteArray& authorization,
                              const Form& form)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QByteArray body;
    if (method == QLatin1String("POST")) {
        body = encodeForm(form);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    QNetworkReply* reply = method == QLatin1String("POST") || method == QLatin1String("PUT")
        ? m_nam.sendCustomRequest(request, method.toLatin1(), body)
        : m_nam.sendCustomRequest(request, method.toLatin1());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply r;
    r.finished = reply->isFinished() || finished.wait(30000);
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QByteArray tst_SandboxServer::rawExchange(quint16 port, const QByteArray& request, bool* closed)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (socket.state() != QAbstractSocket::ConnectedState && !connected.wait(10000)) {
        *closed = false;
        return {};
    }
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    *closed = disconnected.wait(15000);
    received += socket.readAll();
    return received;
}

void tst_SandboxServer::expectError(const Reply& reply, int status, int code)
{
    QVERIFY2(reply.finished, "no answer");
    QCOMPARE(reply.status, status);
    const QStringList problems = OpenApiValidator::validateTwilioError(reply.body, status);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(reply.body)));
    QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), code);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void tst_SandboxServer::expectValid(const OpenApiValidator& spec, const QString& path, const QString& method,
                                    const Reply& reply)
{
    QVERIFY2(reply.finished, "no answer");
    const QStringList problems = spec.validateResponse(path, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 %2 -> %3:\n").arg(method, path).arg(reply.status)
                        + problems.join(u'\n') + u'\n' + QString::fromUtf8(reply.body.left(2000))));
}

void tst_SandboxServer::initTestCase()
{
    QString error;
    QVERIFY2(m_api.load(sharedFile("openapi/twilio_api_v2010.json"), &error), qPrintable(error));
    QVERIFY2(m_iam.load(sharedFile("openapi/twilio_iam_v1.json"), &error), qPrintable(error));
    QVERIFY2(m_accounts.load(sharedFile("openapi/twilio_accounts_v1.json"), &error), qPrintable(error));
    QVERIFY2(m_oauth.load(sharedFile("openapi/twilio_oauth_v2.json"), &error), qPrintable(error));
    QVERIFY2(m_sandbox.start({ QStringLiteral("--seed"), QStringLiteral("demo") }),
             qPrintable(m_sandbox.errorString()));
    const Reply standard = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"),
                                  m_sandbox.basicAuthorization(),
                                  { { QStringLiteral("AccountSid"), mainAccount() },
                                    { QStringLiteral("FriendlyName"), QStringLiteral("errors target") } });
    QCOMPARE(standard.status, 201);
    m_standardKeySid = standard.json().value(QStringLiteral("sid")).toString();
}

QByteArray tst_SandboxServer::restrictedKey(const QStringList& allow, QString* sid)
{
    const QJsonObject policy { { QStringLiteral("allow"), QJsonArray::fromStringList(allow) } };
    const Reply created = sendTo(
        m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), m_sandbox.basicAuthorization(),
        { { QStringLiteral("AccountSid"), mainAccount() },
          { QStringLiteral("KeyType"), QStringLiteral("restricted") },
          { QStringLiteral("Policy"),
            QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact)) } });
    if (created.status != 201)
        return {};
    if (sid)
        *sid = created.json().value(QStringLiteral("sid")).toString();
    return SandboxProcess::basicAuthorization(created.json().value(QStringLiteral("sid")).toString(),
                                              created.json().value(QStringLiteral("secret")).toString());
}

void tst_SandboxServer::cleanupTestCase()
{
    QVERIFY(m_sandbox.stop());
}

// ---------------------------------------------------------------- command line

void tst_SandboxServer::bannerAndHelp()
{
    QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox.port() != 0);
    QCOMPARE(m_sandbox.accountSid(), SandboxSeeder::defaultAccountSid());
    QCOMPARE(m_sandbox.authToken(), SandboxSeeder::defaultAuthToken());
    QCOMPARE(m_sandbox.oauthClientId(), SandboxSeeder::defaultOAuthClientId());
    QVERIFY(m_sandbox.oauthClientId().startsWith(QLatin1String("OQ"))
            && m_sandbox.oauthClientId().size() == 34);
    QCOMPARE(m_sandbox.mainKeySid(), SandboxSeeder::defaultMainKeySid());
    QCOMPARE(m_sandbox.value(QStringLiteral("faults")), QStringLiteral("none"));

    QByteArray out;
    QByteArray err;
    QCOMPARE(SandboxProcess::run({ QStringLiteral("--help") }, &out, &err), 0);
    QVERIFY(out.contains("--faults SPEC"));
    QVERIFY(out.contains("safe"));
    QVERIFY(out.contains(SandboxSeeder::defaultAccountSid().toLatin1()));
}

void tst_SandboxServer::badOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("http") }
                          << QByteArray("--port");
    QTest::newRow("seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("lots") }
                          << QByteArray("--seed");
    QTest::newRow("keys") << QStringList { QStringLiteral("--keys"), QStringLiteral("-3") }
                          << QByteArray("--keys");
    QTest::newRow("account") << QStringList { QStringLiteral("--account-sid"), QStringLiteral("AC12") }
                             << QByteArray("--account-sid");
    QTest::newRow("faults") << QStringList { QStringLiteral("--faults"), QStringLiteral("explode@/v1") }
                            << QByteArray("explode");
    QTest::newRow("unknown") << QStringList { QStringLiteral("--verbose") } << QByteArray("--verbose");
    QTest::newRow("idle timeout") << QStringList { QStringLiteral("--idle-timeout"), QStringLiteral("soon") }
                                  << QByteArray("--idle-timeout");
    QTest::newRow("header timeout 0")
        << QStringList { QStringLiteral("--header-timeout"), QStringLiteral("0") }
        << QByteArray("--header-timeout");
    QTest::newRow("connections 1001")
        << QStringList { QStringLiteral("--max-connections"), QStringLiteral("1001") }
        << QByteArray("--max-connections");
}

void tst_SandboxServer::badOptionsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    QByteArray err;
    QCOMPARE(SandboxProcess::run(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(mentions), err.constData());
}

void tst_SandboxServer::catalogMatchesShared()
{
    // The sandbox checks policies against the catalog the client's editor shows (PermissionCatalog,
    // resources/permissions/), which must stay equal to the shared reference list.
    QFile shared(sharedFile("restricted-permissions.txt"));
    QVERIFY(shared.open(QIODevice::ReadOnly));
    QCOMPARE(PermissionCatalog::builtIn().permissions(), PermissionCatalog::parse(shared.readAll()));
    QCOMPARE(PermissionCatalog::builtIn().size(), 514);
}

// The Policy form field goes through the client's parser (Policy::parse) and the shared catalog; the
// answers stay Twilio-style English wire text.
void tst_SandboxServer::policyFieldWireMessages_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::addColumn<QStringList>("allow");

    QStringList many;
    for (const QString& p : PermissionCatalog::builtIn().permissions()) {
        if (!p.endsWith(QLatin1String("/*")) && many.size() < 101)
            many.append(QStringLiteral("\"%1\"").arg(p));
    }
    QTest::newRow("ok, repeats dropped")
        << QStringLiteral("{\"allow\":[\"/twilio/voice/calls/read\",\"/twilio/iam/api-keys/*\","
                          "\"/twilio/voice/calls/read\"]}")
        << QString()
        << QStringList { QStringLiteral("/twilio/voice/calls/read"),
                         QStringLiteral("/twilio/iam/api-keys/*") };
    QTest::newRow("wildcard of a catalog resource")
        << QStringLiteral("{\"allow\":[\"/twilio/voice/calls.recordings/*\"]}") << QString()
        << QStringList { QStringLiteral("/twilio/voice/calls.recordings/*") };
    QTest::newRow("not json") << QStringLiteral("{allow:")
                              << QStringLiteral("Policy is not valid JSON (offset") << QStringList();
    QTest::newRow("list")
        << QStringLiteral("[\"/twilio/voice/calls/read\"]")
        << QStringLiteral("Policy must be a JSON object of the form {\"allow\":[\"<permission>\", ...]}")
        << QStringList();
    QTest::newRow("deny") << QStringLiteral("{\"allow\":[],\"deny\":[]}")
                          << QStringLiteral(
                                 "Policy has an unsupported member 'deny'; only \"allow\" is accepted")
                          << QStringList();
    QTest::newRow("allow not a list")
        << QStringLiteral("{\"allow\":\"/twilio/voice/calls/read\"}")
        << QStringLiteral("Policy must contain an \"allow\" array of permission strings") << QStringList();
    QTest::newRow("number") << QStringLiteral("{\"allow\":[7]}")
                            << QStringLiteral("Policy \"allow\" entries must be strings") << QStringList();
    QTest::newRow("unknown") << QStringLiteral("{\"allow\":[\"/twilio/fakepermission/doesnotexist\"]}")
                             << QStringLiteral("assertion '/twilio/fakepermission/doesnotexist' is invalid")
                             << QStringList();
    QTest::newRow("wildcard of an unknown resource")
        << QStringLiteral("{\"allow\":[\"/twilio/voice/nothing/*\"]}")
        << QStringLiteral("assertion '/twilio/voice/nothing/*' is invalid") << QStringList();
    QTest::newRow("empty") << QStringLiteral("{\"allow\":[]}")
                           << QStringLiteral("Policy must allow at least one permission") << QStringList();
    QTest::newRow("101") << QStringLiteral("{\"allow\":[") + many.join(u',') + QStringLiteral("]}")
                         << QStringLiteral("Policy has 101 permissions; a key may have at most 100")
                         << QStringList();
}

void tst_SandboxServer::policyFieldWireMessages()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QStringList, allow);
    QStringList read;
    QString error;
    QCOMPARE(PolicyRules::readPolicyField(field, &read, &error), message.isEmpty());
    if (message.isEmpty()) {
        QCOMPARE(read, allow);
    } else {
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
}

void tst_SandboxServer::validatorCatchesDrift()
{
    // The checks below rely on the validator; make sure it is not vacuous.
    QJsonObject key { { QStringLiteral("sid"), QStringLiteral("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") },
                      { QStringLiteral("friendly_name"), QStringLiteral("foo") },
                      { QStringLiteral("date_created"), QStringLiteral("Mon, 13 Jun 2016 22:50:08 +0000") },
                      { QStringLiteral("date_updated"), QStringLiteral("Mon, 13 Jun 2016 22:50:08 +0000") } };
    QVERIFY(m_api.validateSchema(QStringLiteral("api.v2010.account.key"), key).isEmpty());
    QJsonObject isoDate = key;
    isoDate.insert(QStringLiteral("date_created"), QStringLiteral("2016-06-13T22:50:08Z"));
    QVERIFY(!m_api.validateSchema(QStringLiteral("api.v2010.account.key"), isoDate).isEmpty());
    QJsonObject extra = key;
    extra.insert(QStringLiteral("secret"), QStringLiteral("leaked"));
    QVERIFY(!m_api.validateSchema(QStringLiteral("api.v2010.account.key"), extra).isEmpty());
    QJsonObject missing = key;
    missing.remove(QStringLiteral("friendly_name"));
    QVERIFY(!m_api.validateSchema(QStringLiteral("api.v2010.account.key"), missing).isEmpty());
    QJsonObject badSid = key;
    badSid.insert(QStringLiteral("sid"), QStringLiteral("AKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QVERIFY(!m_api.validateSchema(QStringLiteral("api.v2010.account.key"), badSid).isEmpty());
    QVERIFY(!m_iam.validateResponse(QStringLiteral("/v1/Keys/{Sid}"), QStringLiteral("GET"), 418, "{}")
                 .isEmpty());
    QVERIFY(!OpenApiValidator::validateTwilioError("{\"code\":20404,\"message\":\"x\",\"status\":404}", 404)
                 .isEmpty());
}

// ---------------------------------------------------------------- api v2010

void tst_SandboxServer::v2010Accounts()
{
    const QByteArray auth = m_sandbox.basicAuthorization();
    Reply list = sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), auth);
    QCOMPARE(list.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts.json"), QStringLiteral("GET"), list);
    const QJsonArray accounts = list.json().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 3); // main + Staging + EU support
    QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("sid")).toString(), mainAccount());

    Reply fetch = sendTo(m_sandbox, QStringLiteral("GET"),
                         QStringLiteral("/2010-04-01/Accounts/%1.json").arg(mainAccount()), auth);
    QCOMPARE(fetch.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{Sid}.json"), QStringLiteral("GET"), fetch);
    QCOMPARE(fetch.json().value(QStringLiteral("owner_account_sid")).toString(), mainAccount());

    Reply created = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/2010-04-01/Accounts.json"),
                           auth, { { QStringLiteral("FriendlyName"), QStringLiteral("QA subaccount") } });
    QCOMPARE(created.status, 201);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts.json"), QStringLiteral("POST"), created);
    const QString subSid = created.json().value(QStringLiteral("sid")).toString();
    const QString subToken = created.json().value(QStringLiteral("auth_token")).toString();
    QCOMPARE(created.json().value(QStringLiteral("owner_account_sid")).toString(), mainAccount());

    Reply updated = sendTo(m_sandbox, QStringLiteral("POST"),
                           QStringLiteral("/2010-04-01/Accounts/%1.json").arg(subSid), auth,
                           { { QStringLiteral("FriendlyName"), QStringLiteral("QA renamed") } });
    QCOMPARE(updated.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{Sid}.json"), QStringLiteral("POST"), updated);
    QCOMPARE(updated.json().value(QStringLiteral("friendly_name")).toString(), QStringLiteral("QA renamed"));

    // Filters and the subaccount's own view.
    Reply filtered = sendTo(m_sandbox, QStringLiteral("GET"),
                            QStringLiteral("/2010-04-01/Accounts.json?FriendlyName=QA%20renamed"), auth);
    QCOMPARE(filtered.json().value(QStringLiteral("accounts")).toArray().size(), 1);
    QVERIFY(filtered.json()
                .value(QStringLiteral("uri"))
                .toString()
                .contains(QLatin1String("FriendlyName=QA%20renamed")));
    const QByteArray subAuth = SandboxProcess::basicAuthorization(subSid, subToken);
    Reply own
        = sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), subAuth);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(QStringLiteral("accounts")).toArray().size(), 1);

    expectError(
        sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/2010-04-01/Accounts.json"), subAuth), 400,
        21101);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"),
                       QStringLiteral("/2010-04-01/Accounts/%1.json").arg(mainAccount()), subAuth),
                401, 20003);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"),
                       QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000.json"), auth),
                404, 20404);
}

void tst_SandboxServer::v2010KeysLifecycle()
{
    const QByteArray auth = m_sandbox.basicAuthorization();
    const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Keys").arg(mainAccount());
    const QString name64 = repeated(u'k', 64);

    Reply created = sendTo(m_sandbox, QStringLiteral("POST"), base + QStringLiteral(".json"), auth,
                           { { QStringLiteral("FriendlyName"), name64 },
                             { QStringLiteral("KeyType"), QStringLiteral("restricted") } });
    QCOMPARE(created.status, 201);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Keys.json"), QStringLiteral("POST"),
                created);
    const QString sid = created.json().value(QStringLiteral("sid")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^SK[0-9a-f]{32}$")).match(sid).hasMatch());
    QCOMPARE(created.json().value(QStringLiteral("friendly_name")).toString(), name64);
    QCOMPARE(created.json().value(QStringLiteral("secret")).toString().size(), 32);

    // v2010 ignores KeyType: the key is Standard (IAM fetch shows no policy).
    Reply iamView = sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + sid, auth);
    QVERIFY(iamView.json().value(QStringLiteral("policy")).isNull());

    Reply fetched
        = sendTo(m_sandbox, QStringLiteral("GET"), base + u'/' + sid + QStringLiteral(".json"), auth);
    QCOMPARE(fetched.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json"),
                QStringLiteral("GET"), fetched);
    QVERIFY(!fetched.json().contains(QStringLiteral("secret")));

    Reply updated
        = sendTo(m_sandbox, QStringLiteral("POST"), base + u'/' + sid + QStringLiteral(".json"), auth,
                 { { QStringLiteral("FriendlyName"), QStringLiteral("renamed \u00e9\u00e8 key") } });
    QCOMPARE(updated.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json"),
                QStringLiteral("POST"), updated);
    QCOMPARE(updated.json().value(QStringLiteral("friendly_name")).toString(),
             QStringLiteral("renamed \u00e9\u00e8 key"));

    Reply list = sendTo(m_sandbox, QStringLiteral("GET"), base + QStringLiteral(".json?PageSize=1000"), auth);
    QCOMPARE(list.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Keys.json"), QStringLiteral("GET"),
                list);
    QCOMPARE(list.json()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .last()
                 .toObject()
                 .value(QStringLiteral("sid"))
                 .toString(),
             sid);

    Reply signing
        = sendTo(m_sandbox, QStringLiteral("GET"),
                 QStringLiteral("/2010-04-01/Accounts/%1/SigningKeys.json").arg(mainAccount()), auth);
    QCOMPARE(signing.status, 200);
    expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/SigningKeys.json"),
                QStringLiteral("GET"), signing);

    Reply deleted
        = sendTo(m_sandbox, QStringLiteral("DELETE"), base + u'/' + sid + QStringLiteral(".json"), auth);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), base + u'/' + sid + QStringLiteral(".json"), auth),
                404, 20404);
    expectError(
        sendTo(m_sandbox, QStringLiteral("DELETE"), base + u'/' + sid + QStringLiteral(".json"), auth), 404,
        20404);
}

void tst_SandboxServer::v2010NeedsJsonSuffix()
{
    Reply xml = sendTo(m_sandbox, QStringLiteral("GET"),
                       QStringLiteral("/2010-04-01/Accounts/%1/Keys").arg(mainAccount()),
                       m_sandbox.basicAuthorization());
    QCOMPARE(xml.status, 404);
    QVERIFY(xml.header("Content-Type").startsWith("application/xml"));
    QVERIFY(xml.body.contains("<TwilioResponse><RestException><Code>20404</Code>"));
    QVERIFY(xml.body.contains(".json"));
    Reply unauthenticated = sendTo(m_sandbox, QStringLiteral("GET"),
                                   QStringLiteral("/2010-04-01/Accounts/%1/Keys").arg(mainAccount()), {});
    QCOMPARE(unauthenticated.status, 401);
    QVERIFY(unauthenticated.body.contains("<Code>20003</Code>"));
}

// ---------------------------------------------------------------- iam v1

void tst_SandboxServer::iamKeysLifecycle()
{
    const QByteArray auth = m_sandbox.basicAuthorization();
    Reply standard = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), auth,
                            { { QStringLiteral("AccountSid"), mainAccount() },
                              { QStringLiteral("FriendlyName"), QStringLiteral("std") } });
    QCOMPARE(standard.status, 201);
    expectValid(m_iam, QStringLiteral("/v1/Keys"), QStringLiteral("POST"), standard);
    QVERIFY(standard.json().value(QStringLiteral("policy")).isNull());

    const QString policy = QStringLiteral(
        "{\"allow\":[\"/twilio/messaging/messages/read\",\"/twilio/messaging/messages/read\","
        "\"/twilio/voice/calls/*\"]}");
    Reply restricted = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), auth,
                              { { QStringLiteral("AccountSid"), mainAccount() },
                                { QStringLiteral("KeyType"), QStringLiteral("restricted") },
                                { QStringLiteral("Policy"), policy } });
    QCOMPARE(restricted.status, 201);
    expectValid(m_iam, QStringLiteral("/v1/Keys"), QStringLiteral("POST"), restricted);
    const QString sid = restricted.json().value(QStringLiteral("sid")).toString();
    QCOMPARE(restricted.json()
                 .value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("allow"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(restricted.json().value(QStringLiteral("friendly_name")),
             QJsonValue(QJsonValue::Null)); // omitted name

    Reply fetched = sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + sid, auth);
    QCOMPARE(fetched.status, 200);
    expectValid(m_iam, QStringLiteral("/v1/Keys/{Sid}"), QStringLiteral("GET"), fetched);
    QVERIFY(!fetched.json().contains(QStringLiteral("secret")));
    QVERIFY(!fetched.json().contains(QStringLiteral("flags")));

    Reply list = sendTo(m_sandbox, QStringLiteral("GET"),
                        QStringLiteral("/v1/Keys?AccountSid=%1&PageSize=1000").arg(mainAccount()), auth);
    QCOMPARE(list.status, 200);
    expectValid(m_iam, QStringLiteral("/v1/Keys"), QStringLiteral("GET"), list);
    const QJsonObject last = list.json().value(QStringLiteral("keys")).toArray().last().toObject();
    QCOMPARE(last.value(QStringLiteral("sid")).toString(), sid);
    QVERIFY(!last.contains(QStringLiteral("policy")));
    QVERIFY(!last.contains(QStringLiteral("type")));
    QCOMPARE(list.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("keys"));

    Reply updated = sendTo(
        m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys/") + sid, auth,
        { { QStringLiteral("FriendlyName"), QStringLiteral("reader") },
          { QStringLiteral("Policy"), QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/read\"]}") } });
    QCOMPARE(updated.status, 200);
    expectValid(m_iam, QStringLiteral("/v1/Keys/{Sid}"), QStringLiteral("POST"), updated);
    QCOMPARE(
        updated.json().value(QStringLiteral("policy")).toObject().value(QStringLiteral("allow")).toArray(),
        QJsonArray { QStringLiteral("/twilio/iam/api-keys/read") });
    QCOMPARE(updated.json().value(QStringLiteral("friendly_name")).toString(), QStringLiteral("reader"));

    // Standard keys take a name but no policy.
    const QString standardSid = standard.json().value(QStringLiteral("sid")).toString();
    expectError(sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys/") + standardSid, auth,
                       { { QStringLiteral("Policy"),
                           QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/read\"]}") } }),
                400, 20001);

    for (const QString& s : { sid, standardSid }) {
        Reply deleted = sendTo(m_sandbox, QStringLiteral("DELETE"), QStringLiteral("/v1/Keys/") + s, auth);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        expectError(sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + s, auth), 404,
                    20404);
    }
}

void tst_SandboxServer::errors_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path"); // {AC} main account, {SK} the demo Main key, {STD} a Standard key
    QTest::addColumn<QStringList>("form"); // name=value
    QTest::addColumn<QString>("credential"); // main, none, badToken, badKeySecret, badBearer
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");

    const QString name65 = QStringLiteral("FriendlyName=") + repeated(u'x', 65);
    const QString restricted = QStringLiteral("KeyType=restricted");
    const QString account = QStringLiteral("AccountSid={AC}");
    QStringList many;
    for (const QString& p : PermissionCatalog::builtIn().permissions()) {
        if (!p.endsWith(QLatin1String("/*")) && many.size() < 101)
            many.append(QStringLiteral("\"%1\"").arg(p));
    }
    const QString policy101 = QStringLiteral("Policy={\"allow\":[") + many.join(u',') + QStringLiteral("]}");

    QTest::newRow("v2010 create name 65")
        << "POST"
        << "/2010-04-01/Accounts/{AC}/Keys.json" << QStringList { name65 } << "main" << 400 << 70001;
    QTest::newRow("v2010 update name 65")
        << "POST"
        << "/2010-04-01/Accounts/{AC}/Keys/{STD}.json" << QStringList { name65 } << "main" << 400 << 70001;
    QTest::newRow("iam create name 65")
        << "POST"
        << "/v1/Keys" << QStringList { account, name65 } << "main" << 400 << 70001;
    QTest::newRow("iam update name 65")
        << "POST"
        << "/v1/Keys/{STD}" << QStringList { name65 } << "main" << 400 << 70001;
    QTest::newRow("policy not json") << "POST"
                                     << "/v1/Keys"
                                     << QStringList { account, restricted, QStringLiteral("Policy={allow:") }
                                     << "main" << 400 << 70002;
    QTest::newRow("policy not an object")
        << "POST"
        << "/v1/Keys"
        << QStringList { account, restricted, QStringLiteral("Policy=[\"/twilio/voice/calls/read\"]") }
        << "main" << 400 << 70002;
    QTest::newRow("policy deny member")
        << "POST"
        << "/v1/Keys"
        << QStringList { account, restricted,
                         QStringLiteral("Policy={\"allow\":[\"/twilio/voice/calls/read\"],\"deny\":[]}") }
        << "main" << 400 << 70002;
    QTest::newRow("policy unknown permission")
        << "POST"
        << "/v1/Keys"
        << QStringList { account, restricted,
                         QStringLiteral("Policy={\"allow\":[\"/twilio/fakepermission/doesnotexist\"]}") }
        << "main" << 400 << 70002;
    QTest::newRow("policy empty") << "POST"
                                  << "/v1/Keys"
                                  << QStringList { account, restricted,
                                                   QStringLiteral("Policy={\"allow\":[]}") }
                                  << "main" << 400 << 70002;
    QTest::newRow("policy 101 permissions")
        << "POST"
        << "/v1/Keys" << QStringList { account, restricted, policy101 } << "main" << 400 << 70002;
    QTest::newRow("KeyType standard")
        << "POST"
        << "/v1/Keys" << QStringList { account, QStringLiteral("KeyType=standard") } << "main" << 400
        << 20001;
    QTest::newRow("restricted without policy")
        << "POST"
        << "/v1/Keys" << QStringList { account, restricted } << "main" << 400 << 20001;
    QTest::newRow("policy without KeyType")
        << "POST"
        << "/v1/Keys"
        << QStringList { account, QStringLiteral("Policy={\"allow\":[\"/twilio/voice/calls/read\"]}") }
        << "main" << 400 << 20001;
    QTest::newRow("iam create without AccountSid") << "POST"
                                                   << "/v1/Keys" << QStringList {} << "main" << 400 << 20001;
    QTest::newRow("iam list without AccountSid") << "GET"
                                                 << "/v1/Keys" << QStringList {} << "main" << 400 << 20001;
    QTest::newRow("iam list unknown account") << "GET"
                                              << "/v1/Keys?AccountSid=AC00000000000000000000000000000000"
                                              << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("v2010 PageSize 0")
        << "GET"
        << "/2010-04-01/Accounts/{AC}/Keys.json?PageSize=0" << QStringList {} << "main" << 400 << 20007;
    QTest::newRow("v2010 PageSize 1001")
        << "GET"
        << "/2010-04-01/Accounts/{AC}/Keys.json?PageSize=1001" << QStringList {} << "main" << 400 << 20007;
    QTest::newRow("accounts PageSize 1001")
        << "GET"
        << "/2010-04-01/Accounts.json?PageSize=1001" << QStringList {} << "main" << 400 << 20007;
    QTest::newRow("iam PageSize 1001")
        << "GET"
        << "/v1/Keys?AccountSid={AC}&PageSize=1001" << QStringList {} << "main" << 400 << 20007;
    QTest::newRow("iam PageSize text")
        << "GET"
        << "/v1/Keys?AccountSid={AC}&PageSize=ten" << QStringList {} << "main" << 400 << 20007;
    QTest::newRow("bad PageToken") << "GET"
                                   << "/v1/Keys?AccountSid={AC}&PageToken=PZ12" << QStringList {} << "main"
                                   << 400 << 21481;
    QTest::newRow("v2010 unknown SK")
        << "GET"
        << "/2010-04-01/Accounts/{AC}/Keys/SK00000000000000000000000000000000.json" << QStringList {}
        << "main" << 404 << 20404;
    QTest::newRow("iam unknown SK") << "GET"
                                    << "/v1/Keys/SK00000000000000000000000000000000" << QStringList {}
                                    << "main" << 404 << 20404;
    QTest::newRow("iam malformed SK") << "DELETE"
                                      << "/v1/Keys/nope" << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("unknown path") << "GET"
                                  << "/v3/Anything" << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("v2010 unknown subresource")
        << "GET"
        << "/2010-04-01/Accounts/{AC}/Calls.json" << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("no credentials") << "GET"
                                    << "/v1/Keys?AccountSid={AC}" << QStringList {} << "none" << 401 << 20003;
    QTest::newRow("wrong auth token")
        << "GET"
        << "/2010-04-01/Accounts.json" << QStringList {} << "badToken" << 401 << 20003;
    QTest::newRow("wrong key secret")
        << "GET"
        << "/v1/Keys?AccountSid={AC}" << QStringList {} << "badKeySecret" << 401 << 20003;
    QTest::newRow("unknown bearer") << "GET"
                                    << "/v1/Keys?AccountSid={AC}" << QStringList {} << "badBearer" << 401
                                    << 20003;
    QTest::newRow("no credentials on secondary token")
        << "POST"
        << "/v1/AuthTokens/Secondary" << QStringList {} << "none" << 401 << 20003;
    QTest::newRow("PUT /v1/Keys") << "PUT"
                                  << "/v1/Keys" << QStringList {} << "main" << 405 << 20004;
    QTest::newRow("PATCH /v1/Keys/SK") << "PATCH"
                                       << "/v1/Keys/{SK}" << QStringList {} << "main" << 405 << 20004;
    QTest::newRow("DELETE Accounts.json")
        << "DELETE"
        << "/2010-04-01/Accounts.json" << QStringList {} << "main" << 405 << 20004;
    QTest::newRow("DELETE Keys.json")
        << "DELETE"
        << "/2010-04-01/Accounts/{AC}/Keys.json" << QStringList {} << "none" << 405 << 20004;
    QTest::newRow("GET Promote") << "GET"
                                 << "/v1/AuthTokens/Promote" << QStringList {} << "main" << 405 << 20004;
    QTest::newRow("GET /v2/token") << "GET"
                                   << "/v2/token" << QStringList {} << "none" << 405 << 20004;
    QTest::newRow("promote without secondary")
        << "POST"
        << "/v1/AuthTokens/Promote" << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("delete missing secondary")
        << "DELETE"
        << "/v1/AuthTokens/Secondary" << QStringList {} << "main" << 404 << 20404;
    QTest::newRow("oauth grant password")
        << "POST"
        << "/v2/token" << QStringList { QStringLiteral("grant_type=password") } << "none" << 400 << 20001;
    QTest::newRow("oauth wrong secret")
        << "POST"
        << "/v2/token"
        << QStringList { QStringLiteral("grant_type=client_credentials"),
                         QStringLiteral("client_id=") + SandboxSeeder::defaultOAuthClientId(),
                         QStringLiteral("client_secret=nope") }
        << "none" << 401 << 20003;
    QTest::newRow("account status invalid")
        << "POST"
        << "/2010-04-01/Accounts/{AC}.json" << QStringList { QStringLiteral("Status=sleeping") } << "main"
        << 400 << 20001;
}

void tst_SandboxServer::errors()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, form);
    QFETCH(QString, credential);
    QFETCH(int, status);
    QFETCH(int, code);

    const auto fill = [&](QString text) {
        return text.replace(QLatin1String("{AC}"), mainAccount())
            .replace(QLatin1String("{SK}"), m_sandbox.mainKeySid())
            .replace(QLatin1String("{STD}"), m_standardKeySid);
    };
    Form fields;
    for (const QString& pair : form) {
        const qsizetype eq = pair.indexOf(u'=');
        fields.append({ pair.left(eq), fill(pair.mid(eq + 1)) });
    }
    QByteArray auth;
    if (credential == QLatin1String("main"))
        auth = m_sandbox.basicAuthorization();
    else if (credential == QLatin1String("badToken"))
        auth = SandboxProcess::basicAuthorization(mainAccount(),
                                                  QStringLiteral("0123456789abcdef0123456789abcdef"));
    else if (credential == QLatin1String("badKeySecret"))
        auth = SandboxProcess::basicAuthorization(m_sandbox.mainKeySid(), QStringLiteral("not-the-secret"));
    else if (credential == QLatin1String("badBearer"))
        auth = QByteArrayLiteral("Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");

    const Reply reply = sendTo(m_sandbox, method, fill(path), auth, fields);
    expectError(reply, status, code);
    if (status == 405)
        QVERIFY(!reply.header("Allow").isEmpty());
    if (status == 401)
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Basic"));
}

void tst_SandboxServer::keyTypes()
{
    const QByteArray auth = m_sandbox.basicAuthorization();
    const QString keysJson = QStringLiteral("/2010-04-01/Accounts/%1/Keys.json").arg(mainAccount());
    const QString iamList = QStringLiteral("/v1/Keys?AccountSid=%1").arg(mainAccount());

    // Main key: everything, including creating keys.
    const QByteArray mainKey
        = SandboxProcess::basicAuthorization(m_sandbox.mainKeySid(), m_sandbox.mainKeySecret());
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), keysJson, mainKey).status, 200);
    QCOMPARE(
        sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), mainKey).status,
        200);
    Reply standard = sendTo(m_sandbox, QStringLiteral("POST"), keysJson, mainKey,
                            { { QStringLiteral("FriendlyName"), QStringLiteral("made by the Main key") } });
    QCOMPARE(standard.status, 201);

    // Standard key: 401/20003 on /Keys and /Accounts, both APIs.
    const QByteArray standardKey
        = SandboxProcess::basicAuthorization(standard.json().value(QStringLiteral("sid")).toString(),
                                             standard.json().value(QStringLiteral("secret")).toString());
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), keysJson, standardKey), 401, 20003);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), iamList, standardKey), 401, 20003);
    expectError(sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), standardKey,
                       { { QStringLiteral("AccountSid"), mainAccount() } }),
                401, 20003);
    expectError(
        sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), standardKey),
        401, 20003);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"),
                       QStringLiteral("/2010-04-01/Accounts/%1.json").arg(mainAccount()), standardKey),
                401, 20003);
    expectError(
        sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Secondary"), standardKey),
        401, 20003);

    // Restricted key: only what its policy allows.
    Reply reader = sendTo(
        m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), auth,
        { { QStringLiteral("AccountSid"), mainAccount() },
          { QStringLiteral("KeyType"), QStringLiteral("restricted") },
          { QStringLiteral("Policy"), QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/read\"]}") } });
    QCOMPARE(reader.status, 201);
    const QString readerSid = reader.json().value(QStringLiteral("sid")).toString();
    const QByteArray readerKey = SandboxProcess::basicAuthorization(
        readerSid, reader.json().value(QStringLiteral("secret")).toString());
    QCOMPARE(
        sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + readerSid, readerKey).status,
        200);
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"),
                    QStringLiteral("/2010-04-01/Accounts/%1/Keys/%2.json").arg(mainAccount(), readerSid),
                    readerKey)
                 .status,
             200);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), iamList, readerKey), 403, 70051);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), keysJson, readerKey), 403, 70051);
    expectError(
        sendTo(m_sandbox, QStringLiteral("DELETE"), QStringLiteral("/v1/Keys/") + readerSid, readerKey), 403,
        70051);
    expectError(
        sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Secondary"), readerKey), 403,
        70051);

    // A key admin (api-keys/*) may list and create Restricted keys within its own permissions only.
    Reply admin = sendTo(
        m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), auth,
        { { QStringLiteral("AccountSid"), mainAccount() },
          { QStringLiteral("KeyType"), QStringLiteral("restricted") },
          { QStringLiteral("Policy"), QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/*\"]}") } });
    const QByteArray adminKey
        = SandboxProcess::basicAuthorization(admin.json().value(QStringLiteral("sid")).toString(),
                                             admin.json().value(QStringLiteral("secret")).toString());
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), iamList, adminKey).status, 200);
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), adminKey,
                    { { QStringLiteral("AccountSid"), mainAccount() },
                      { QStringLiteral("KeyType"), QStringLiteral("restricted") },
                      { QStringLiteral("Policy"),
                        QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/list\"]}") } })
                 .status,
             201);
    expectError(sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), adminKey,
                       { { QStringLiteral("AccountSid"), mainAccount() },
                         { QStringLiteral("KeyType"), QStringLiteral("restricted") },
                         { QStringLiteral("Policy"),
                           QStringLiteral("{\"allow\":[\"/twilio/voice/calls/read\"]}") } }),
                400, 70152);
    expectError(sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), adminKey,
                       { { QStringLiteral("AccountSid"), mainAccount() } }),
                400, 70152);
    expectError(
        sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), adminKey), 403,
        70051);

    // A deleted key stops working at once.
    QCOMPARE(
        sendTo(m_sandbox, QStringLiteral("DELETE"), QStringLiteral("/v1/Keys/") + readerSid, auth).status,
        204);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + readerSid, readerKey),
                401, 20003);
}

// Issue 9, finding 1: a key's policy never reaches the Auth Token. Only a caller that authenticated with
// the Auth Token itself sees auth_token (null otherwise, as the spec allows), whatever the key may read.
void tst_SandboxServer::authTokenOnlyForTheAuthToken()
{
    const QString fetchPath = QStringLiteral("/2010-04-01/Accounts/%1.json").arg(mainAccount());
    const QString listPath = QStringLiteral("/2010-04-01/Accounts.json");
    const QByteArray token = m_sandbox.authToken().toUtf8();

    const QByteArray reader = restrictedKey(
        { QStringLiteral("/twilio/iam/accounts/read"), QStringLiteral("/twilio/iam/accounts/list") });
    QVERIFY(!reader.isEmpty());
    const QByteArray mainKey
        = SandboxProcess::basicAuthorization(m_sandbox.mainKeySid(), m_sandbox.mainKeySecret());
    const Reply oauth = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v2/token"), {},
                               { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                                 { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                                 { QStringLiteral("client_secret"), m_sandbox.oauthClientSecret() } });
    QCOMPARE(oauth.status, 200);
    const QByteArray bearer
        = "Bearer " + oauth.json().value(QStringLiteral("access_token")).toString().toLatin1();

    for (const auto& [name, auth] :
         { std::pair { "restricted key", reader }, std::pair { "Main key", mainKey },
           std::pair { "Bearer token", bearer } }) {
        const Reply fetched = sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, auth);
        QVERIFY2(fetched.status == 200, name);
        expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{Sid}.json"), QStringLiteral("GET"), fetched);
        QVERIFY2(fetched.json().contains(QStringLiteral("auth_token")), name);
        QVERIFY2(fetched.json().value(QStringLiteral("auth_token")).isNull(), name);
        QVERIFY2(!fetched.body.contains(token), name);

        const Reply listed = sendTo(m_sandbox, QStringLiteral("GET"), listPath, auth);
        QVERIFY2(listed.status == 200, name);
        expectValid(m_api, listPath, QStringLiteral("GET"), listed);
        QVERIFY2(listed.json().value(QStringLiteral("accounts")).toArray().size() >= 3, name);
        for (const QJsonValue& account : listed.json().value(QStringLiteral("accounts")).toArray())
            QVERIFY2(account.toObject().value(QStringLiteral("auth_token")).isNull(), name);
    }

    // A subaccount made or renamed by a key: no token for it either.
    const Reply created = sendTo(m_sandbox, QStringLiteral("POST"), listPath, mainKey,
                                 { { QStringLiteral("FriendlyName"), QStringLiteral("made by a key") } });
    QCOMPARE(created.status, 201);
    expectValid(m_api, listPath, QStringLiteral("POST"), created);
    QVERIFY(created.json().value(QStringLiteral("auth_token")).isNull());
    const QString subSid = created.json().value(QStringLiteral("sid")).toString();
    const Reply renamed = sendTo(m_sandbox, QStringLiteral("POST"),
                                 QStringLiteral("/2010-04-01/Accounts/%1.json").arg(subSid), mainKey,
                                 { { QStringLiteral("FriendlyName"), QStringLiteral("renamed by a key") } });
    QCOMPARE(renamed.status, 200);
    QVERIFY(renamed.json().value(QStringLiteral("auth_token")).isNull());

    // The Auth Token itself still sees its own token and its subaccounts'.
    const Reply own = sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, m_sandbox.basicAuthorization());
    QCOMPARE(own.json().value(QStringLiteral("auth_token")).toString(), m_sandbox.authToken());
    const Reply sub
        = sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts/%1.json").arg(subSid),
                 m_sandbox.basicAuthorization());
    QVERIFY(!sub.json().value(QStringLiteral("auth_token")).toString().isEmpty());
}

// Issue 9, finding 1: Main keys are managed in the Console only. No credential deletes or changes one
// through the API (403, 70051), however broad its key permissions.
void tst_SandboxServer::mainKeysStayPut()
{
    const QString mainSid = m_sandbox.mainKeySid();
    const QString iamPath = QStringLiteral("/v1/Keys/") + mainSid;
    const QString v2010Path
        = QStringLiteral("/2010-04-01/Accounts/%1/Keys/%2.json").arg(mainAccount(), mainSid);
    QString deleterSid;
    const QByteArray deleter = restrictedKey({ QStringLiteral("/twilio/iam/api-keys/*") }, &deleterSid);
    QVERIFY(!deleter.isEmpty());
    const QByteArray mainKey = SandboxProcess::basicAuthorization(mainSid, m_sandbox.mainKeySecret());
    const Form rename { { QStringLiteral("FriendlyName"), QStringLiteral("taken over") } };

    for (const auto& [name, auth] :
         { std::pair { "restricted key", deleter }, std::pair { "Main key", mainKey },
           std::pair { "Auth Token", m_sandbox.basicAuthorization() } }) {
        qInfo("as %s", name);
        expectError(sendTo(m_sandbox, QStringLiteral("DELETE"), iamPath, auth), 403, 70051);
        expectError(sendTo(m_sandbox, QStringLiteral("DELETE"), v2010Path, auth), 403, 70051);
        expectError(sendTo(m_sandbox, QStringLiteral("POST"), iamPath, auth, rename), 403, 70051);
        expectError(sendTo(m_sandbox, QStringLiteral("POST"), v2010Path, auth, rename), 403, 70051);
        QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), iamPath, auth).status, 200);
    }
    const Reply kept = sendTo(m_sandbox, QStringLiteral("GET"), iamPath, m_sandbox.basicAuthorization());
    QCOMPARE(kept.json().value(QStringLiteral("friendly_name")).toString(),
             QStringLiteral("Main key (Console)"));
    QVERIFY(sendTo(m_sandbox, QStringLiteral("DELETE"), iamPath, m_sandbox.basicAuthorization())
                .body.contains("Console"));
    // The Main key still authenticates.
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys?AccountSid=") + mainAccount(),
                    mainKey)
                 .status,
             200);

    // The same Restricted key may still delete other keys.
    QString victimSid;
    QVERIFY(!restrictedKey({ QStringLiteral("/twilio/iam/api-keys/read") }, &victimSid).isEmpty());
    QCOMPARE(
        sendTo(m_sandbox, QStringLiteral("DELETE"), QStringLiteral("/v1/Keys/") + victimSid, deleter).status,
        204);
}

// ---------------------------------------------------------------- accounts v1, oauth v2

void tst_SandboxServer::authTokenRotation()
{
    // On the Staging subaccount, so the main credentials stay put for the other tests.
    const Reply accounts = sendTo(m_sandbox, QStringLiteral("GET"),
                                  QStringLiteral("/2010-04-01/Accounts.json?FriendlyName=Staging"),
                                  m_sandbox.basicAuthorization());
    const QJsonObject staging
        = accounts.json().value(QStringLiteral("accounts")).toArray().first().toObject();
    const QString sid = staging.value(QStringLiteral("sid")).toString();
    const QString primary = staging.value(QStringLiteral("auth_token")).toString();
    QVERIFY(!primary.isEmpty());
    const QByteArray oldAuth = SandboxProcess::basicAuthorization(sid, primary);
    const QString fetchPath = QStringLiteral("/2010-04-01/Accounts/%1.json").arg(sid);

    Reply secondary
        = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Secondary"), oldAuth);
    QCOMPARE(secondary.status, 201);
    expectValid(m_accounts, QStringLiteral("/v1/AuthTokens/Secondary"), QStringLiteral("POST"), secondary);
    QCOMPARE(secondary.json().value(QStringLiteral("account_sid")).toString(), sid);
    const QString secondaryToken = secondary.json().value(QStringLiteral("secondary_auth_token")).toString();
    const QByteArray newAuth = SandboxProcess::basicAuthorization(sid, secondaryToken);
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, newAuth).status, 200); // works at once
    QCOMPARE(sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, oldAuth).status, 200);

    // Delete, then create again and promote.
    Reply deleted
        = sendTo(m_sandbox, QStringLiteral("DELETE"), QStringLiteral("/v1/AuthTokens/Secondary"), oldAuth);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, newAuth), 401, 20003);
    secondary
        = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Secondary"), oldAuth);
    const QString promotedToken = secondary.json().value(QStringLiteral("secondary_auth_token")).toString();

    Reply promoted
        = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Promote"), oldAuth);
    QCOMPARE(promoted.status, 200);
    expectValid(m_accounts, QStringLiteral("/v1/AuthTokens/Promote"), QStringLiteral("POST"), promoted);
    QCOMPARE(promoted.json().value(QStringLiteral("auth_token")).toString(), promotedToken);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, oldAuth), 401,
                20003); // old primary dead at once
    const QByteArray promotedAuth = SandboxProcess::basicAuthorization(sid, promotedToken);
    Reply fetched = sendTo(m_sandbox, QStringLiteral("GET"), fetchPath, promotedAuth);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(QStringLiteral("auth_token")).toString(), promotedToken);
    expectError(
        sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/AuthTokens/Promote"), promotedAuth),
        404, 20404);
}

void tst_SandboxServer::oauthBearer()
{
    Reply token = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v2/token"), {},
                         { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                           { QStringLiteral("client_id"), m_sandbox.oauthClientId() },
                           { QStringLiteral("client_secret"), m_sandbox.oauthClientSecret() } });
    QCOMPARE(token.status, 200);
    expectValid(m_oauth, QStringLiteral("/v2/token"), QStringLiteral("POST"), token);
    QCOMPARE(token.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.json().value(QStringLiteral("expires_in")).toInt(), 3600);
    const QString accessToken = token.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(accessToken.count(u'.'), 2); // a JWT

    const QByteArray bearer = QByteArrayLiteral("Bearer ") + accessToken.toLatin1();
    Reply list = sendTo(m_sandbox, QStringLiteral("GET"),
                        QStringLiteral("/v1/Keys?AccountSid=%1").arg(mainAccount()), bearer);
    QCOMPARE(list.status, 200);
    QCOMPARE(
        sendTo(m_sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), bearer).status,
        200);
    Reply created = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v1/Keys"), bearer,
                           { { QStringLiteral("AccountSid"), mainAccount() },
                             { QStringLiteral("FriendlyName"), QStringLiteral("via OAuth") } });
    QCOMPARE(created.status, 201);

    // client_secret_basic works too; a tampered token does not.
    Reply basic
        = sendTo(m_sandbox, QStringLiteral("POST"), QStringLiteral("/v2/token"),
                 SandboxProcess::basicAuthorization(m_sandbox.oauthClientId(), m_sandbox.oauthClientSecret()),
                 { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } });
    QCOMPARE(basic.status, 200);
    expectError(sendTo(m_sandbox, QStringLiteral("GET"),
                       QStringLiteral("/v1/Keys?AccountSid=%1").arg(mainAccount()), bearer + "x"),
                401, 20003);
}

// ---------------------------------------------------------------- paging, persistence

void tst_SandboxServer::pagingBothEnvelopes()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({ QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--keys"),
                             QStringLiteral("2500") }),
             qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.value(QStringLiteral("keys")), QStringLiteral("2500"));
    const QByteArray auth = sandbox.basicAuthorization();

    // v2010: relative next_page_uri to the end.
    QStringList v2010Sids;
    QList<int> v2010Pages;
    QString lastUri;
    QString next
        = QStringLiteral("/2010-04-01/Accounts/%1/Keys.json?PageSize=1000").arg(sandbox.accountSid());
    while (!next.isEmpty()) {
        QVERIFY(next.startsWith(u'/'));
        const Reply page = sendTo(sandbox, QStringLiteral("GET"), next, auth);
        QCOMPARE(page.status, 200);
        expectValid(m_api, QStringLiteral("/2010-04-01/Accounts/{AccountSid}/Keys.json"),
                    QStringLiteral("GET"), page);
        const QJsonObject o = page.json();
        QCOMPARE(o.value(QStringLiteral("page")).toInt(), v2010Pages.size());
        QCOMPARE(o.value(QStringLiteral("page_size")).toInt(), 1000);
        QCOMPARE(o.value(QStringLiteral("start")).toInt(), 1000 * v2010Pages.size());
        const QJsonArray keys = o.value(QStringLiteral("keys")).toArray();
        QCOMPARE(o.value(QStringLiteral("end")).toInt(), 1000 * v2010Pages.size() + keys.size() - 1);
        QCOMPARE(o.value(QStringLiteral("previous_page_uri")).isNull(), v2010Pages.isEmpty());
        v2010Pages.append(keys.size());
        for (const QJsonValue& k : keys)
            v2010Sids.append(k.toObject().value(QStringLiteral("sid")).toString());
        lastUri = o.value(QStringLiteral("uri")).toString();
        next = o.value(QStringLiteral("next_page_uri")).toString();
        QVERIFY(v2010Pages.size() <= 3);
        if (next.isEmpty()) {
            // previous_page_uri from the last page gives the middle page again.
            const Reply previous = sendTo(sandbox, QStringLiteral("GET"),
                                          o.value(QStringLiteral("previous_page_uri")).toString(), auth);
            QCOMPARE(previous.status, 200);
            const QJsonArray middle = previous.json().value(QStringLiteral("keys")).toArray();
            QCOMPARE(middle.size(), 1000);
            QCOMPARE(middle.first().toObject().value(QStringLiteral("sid")).toString(), v2010Sids.at(1000));
            QCOMPARE(previous.json().value(QStringLiteral("page")).toInt(), 1);
        }
    }
    QCOMPARE(v2010Pages, (QList<int> { 1000, 1000, 500 }));
    QCOMPARE(QSet<QString>(v2010Sids.begin(), v2010Sids.end()).size(), 2500);

    // v1: absolute meta.next_page_url to the end; the same keys in the same order.
    QStringList v1Sids;
    QList<int> v1Pages;
    QString nextUrl
        = sandbox.url(QStringLiteral("/v1/Keys?AccountSid=%1&PageSize=1000").arg(sandbox.accountSid()))
              .toString();
    while (!nextUrl.isEmpty()) {
        QVERIFY2(nextUrl.startsWith(sandbox.baseUrl().toString()), qPrintable(nextUrl));
        const Reply page = send(QStringLiteral("GET"), QUrl(nextUrl), auth);
        QCOMPARE(page.status, 200);
        expectValid(m_iam, QStringLiteral("/v1/Keys"), QStringLiteral("GET"), page);
        const QJsonObject meta = page.json().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("key")).toString(), QStringLiteral("keys"));
        QCOMPARE(meta.value(QStringLiteral("page")).toInt(), v1Pages.size());
        QVERIFY(meta.value(QStringLiteral("first_page_url"))
                    .toString()
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        const QJsonArray keys = page.json().value(QStringLiteral("keys")).toArray();
        v1Pages.append(keys.size());
        for (const QJsonValue& k : keys)
            v1Sids.append(k.toObject().value(QStringLiteral("sid")).toString());
        nextUrl = meta.value(QStringLiteral("next_page_url")).toString();
        QVERIFY(v1Pages.size() <= 3);
    }
    QCOMPARE(v1Pages, (QList<int> { 1000, 1000, 500 }));
    QCOMPARE(v1Sids, v2010Sids);

    // Page without a token is an offset; a page past the end is empty with no next link.
    const Reply second = sendTo(
        sandbox, QStringLiteral("GET"),
        QStringLiteral("/v1/Keys?AccountSid=%1&PageSize=1000&Page=1").arg(sandbox.accountSid()), auth);
    QCOMPARE(second.json()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("sid"))
                 .toString(),
             v2010Sids.at(1000));
    const Reply beyond = sendTo(
        sandbox, QStringLiteral("GET"),
        QStringLiteral("/v1/Keys?AccountSid=%1&PageSize=1000&Page=7").arg(sandbox.accountSid()), auth);
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.json().value(QStringLiteral("keys")).toArray().isEmpty());
    QVERIFY(beyond.json()
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("next_page_url"))
                .isNull());

    // Generated keys are a mix of Standard and Restricted.
    const Reply third
        = send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/v1/Keys/") + v2010Sids.at(2)), auth);
    QVERIFY(third.json().value(QStringLiteral("policy")).isObject());
    const Reply first
        = send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/v1/Keys/") + v2010Sids.at(0)), auth);
    QVERIFY(first.json().value(QStringLiteral("policy")).isNull());
    QVERIFY(sandbox.stop());
}

void tst_SandboxServer::persistenceAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("sandbox-state.json"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(
                 { QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--state"), stateFile }),
             qPrintable(sandbox.errorString()));
    QVERIFY(QFile::exists(stateFile));
    const QByteArray auth = sandbox.basicAuthorization();
    const QString accountSid = sandbox.accountSid();

    Reply kept = send(
        QStringLiteral("POST"), sandbox.url(QStringLiteral("/v1/Keys")), auth,
        { { QStringLiteral("AccountSid"), accountSid },
          { QStringLiteral("FriendlyName"), QStringLiteral("kept") },
          { QStringLiteral("KeyType"), QStringLiteral("restricted") },
          { QStringLiteral("Policy"), QStringLiteral("{\"allow\":[\"/twilio/iam/api-keys/read\"]}") } });
    QCOMPARE(kept.status, 201);
    const QString keptSid = kept.json().value(QStringLiteral("sid")).toString();
    const QString keptSecret = kept.json().value(QStringLiteral("secret")).toString();
    {
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(keptSecret.toLatin1()), "key secrets must not be stored");
    }
    Reply gone = send(QStringLiteral("POST"), sandbox.url(QStringLiteral("/v1/Keys")), auth,
                      { { QStringLiteral("AccountSid"), accountSid } });
    const QString goneSid = gone.json().value(QStringLiteral("sid")).toString();
    QCOMPARE(send(QStringLiteral("DELETE"), sandbox.url(QStringLiteral("/v1/Keys/") + goneSid), auth).status,
             204);
    QCOMPARE(send(QStringLiteral("POST"), sandbox.url(QStringLiteral("/v1/Keys/") + keptSid), auth,
                  { { QStringLiteral("FriendlyName"), QStringLiteral("kept and renamed") } })
                 .status,
             200);
    Reply secondary
        = send(QStringLiteral("POST"), sandbox.url(QStringLiteral("/v1/AuthTokens/Secondary")), auth);
    const QString secondaryToken = secondary.json().value(QStringLiteral("secondary_auth_token")).toString();
    QVERIFY(sandbox.stop());

    // Restart from the file (and --seed demo does not apply to an existing file).
    QVERIFY2(sandbox.start(
                 { QStringLiteral("--state"), stateFile, QStringLiteral("--seed"), QStringLiteral("demo") }),
             qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.standardError().contains("do not apply")
            || sandbox.value(QStringLiteral("keys")) == QLatin1String("1"));
    QCOMPARE(sandbox.value(QStringLiteral("keys")), QStringLiteral("1"));
    QCOMPARE(sandbox.accountSid(), accountSid);
    const Reply fetched
        = send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/v1/Keys/") + keptSid),
               SandboxProcess::basicAuthorization(keptSid, keptSecret)); // the secret still authenticates
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(QStringLiteral("friendly_name")).toString(),
             QStringLiteral("kept and renamed"));
    QCOMPARE(fetched.json()
                 .value(QStringLiteral("policy"))
                 .toObject()
                 .value(QStringLiteral("allow"))
                 .toArray()
                 .size(),
             1);
    expectError(send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/v1/Keys/") + goneSid),
                     sandbox.basicAuthorization()),
                404, 20404);
    QCOMPARE(send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/2010-04-01/Accounts.json")),
                  SandboxProcess::basicAuthorization(accountSid, secondaryToken))
                 .status,
             200);
    // New keys continue the sequence: the restored key stays first.
    QCOMPARE(send(QStringLiteral("POST"), sandbox.url(QStringLiteral("/v1/Keys")),
                  sandbox.basicAuthorization(), { { QStringLiteral("AccountSid"), accountSid } })
                 .status,
             201);
    const Reply list
        = send(QStringLiteral("GET"), sandbox.url(QStringLiteral("/v1/Keys?AccountSid=") + accountSid),
               sandbox.basicAuthorization());
    QCOMPARE(list.json()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("sid"))
                 .toString(),
             keptSid);
    QVERIFY(sandbox.stop());
}

void tst_SandboxServer::corruptStateFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("garbage") << QByteArray("\x00\x01not json at all", 17) << QByteArray("not valid JSON");
    QTest::newRow("truncated") << QByteArray(
        "{\"format\":\"keydesk-sandbox-state\",\"version\":1,\"accounts\":[")
                               << QByteArray("not valid JSON");
    QTest::newRow("other format") << QByteArray("{\"format\":\"something-else\",\"version\":1}")
                                  << QByteArray("format");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QByteArray("not a JSON object");
    QTest::newRow("no accounts") << QByteArray("{\"format\":\"keydesk-sandbox-state\",\"version\":1,\"next_"
                                               "seq\":1,\"accounts\":[],\"keys\":[],\"oauth_clients\":[]}")
                                 << QByteArray("main account");
    QTest::newRow("bad key sid") << QByteArray(
        "{\"format\":\"keydesk-sandbox-state\",\"version\":1,\"next_seq\":3,\"accounts\":[{\"seq\":1,"
        "\"sid\":\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"owner_account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\","
        "\"friendly_name\":\"x\",\"status\":\"active\",\"type\":\"Full\",\"date_created\":1,\"date_updated\":"
        "1,"
        "\"auth_token\":\"abcdefgh\",\"auth_token_date\":1,\"secondary_auth_token\":null,"
        "\"secondary_date_created\":0}],\"keys\":[{\"seq\":2,\"sid\":\"SKnothex\",\"account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":null,\"type\":\"standard\",\"policy\":[],"
        "\"secret_sha256\":\"00\",\"date_created\":1,\"date_updated\":1}],\"oauth_clients\":[]}")
                                 << QByteArray("$.keys[0].sid");
}

void tst_SandboxServer::corruptStateFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        SandboxProcess::run(
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"), path }, &out, &err),
        2);
    QVERIFY2(err.contains(mentions), err.constData());
    QVERIFY2(err.contains(path.toUtf8()), err.constData());
    QVERIFY(!out.contains("listening on"));
    // The file is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

// ---------------------------------------------------------------- faults

void tst_SandboxServer::faultStatuses()
{
    SandboxProcess sandbox;
    QVERIFY2(
        sandbox.start(
            { QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--faults"),
              QStringLiteral("429@GET /v1/Keys:count=1,retry-after=7;500@/2010-04-01/Accounts.json:count=1;"
                             "503@/2010-04-01/Accounts/*/Keys.json:after=1,count=1") }),
        qPrintable(sandbox.errorString()));
    const QByteArray auth = sandbox.basicAuthorization();
    const QString iamList = QStringLiteral("/v1/Keys?AccountSid=") + sandbox.accountSid();
    const QString keysJson = QStringLiteral("/2010-04-01/Accounts/%1/Keys.json").arg(sandbox.accountSid());

    const Reply throttled = sendTo(sandbox, QStringLiteral("GET"), iamList, auth);
    expectError(throttled, 429, 20429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
    QCOMPARE(sendTo(sandbox, QStringLiteral("GET"), iamList, auth).status, 200); // count=1

    expectError(sendTo(sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), auth),
                500, 20500);
    QCOMPARE(sendTo(sandbox, QStringLiteral("GET"), QStringLiteral("/2010-04-01/Accounts.json"), auth).status,
             200);

    QCOMPARE(sendTo(sandbox, QStringLiteral("GET"), keysJson, auth).status, 200); // after=1
    expectError(sendTo(sandbox, QStringLiteral("GET"), keysJson, auth), 503, 20503);
    QCOMPARE(sendTo(sandbox, QStringLiteral("GET"), keysJson, auth).status, 200);
}

void tst_SandboxServer::faultLatency()
{
    SandboxProcess sandbox;
    QVERIFY2(
        sandbox.start({ QStringLiteral("--faults"), QStringLiteral("latency=400ms@POST /v2/token:count=1") }),
        qPrintable(sandbox.errorString()));
    const Form form { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                      { QStringLiteral("client_id"), sandbox.oauthClientId() },
                      { QStringLiteral("client_secret"), sandbox.oauthClientSecret() } };
    QElapsedTimer timer;
    timer.start();
    const Reply slow = sendTo(sandbox, QStringLiteral("POST"), QStringLiteral("/v2/token"), {}, form);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(slow.status, 200);
    QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
    QCOMPARE(sendTo(sandbox, QStringLiteral("POST"), QStringLiteral("/v2/token"), {}, form).status, 200);
}

void tst_SandboxServer::faultDrop()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(
                 { QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--faults"),
                   QStringLiteral("drop@POST /v1/Keys:count=1;drop@DELETE /v1/Keys/:count=1,stage=after") }),
             qPrintable(sandbox.errorString()));
    const QByteArray auth = sandbox.basicAuthorization();
    const QByteArray body = "AccountSid=" + sandbox.accountSid().toLatin1() + "&FriendlyName=dropped";
    const QByteArray post = "POST /v1/Keys HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    bool closed = false;
    QCOMPARE(rawExchange(sandbox.port(), post, &closed), QByteArray()); // closed without a byte
    QVERIFY(closed);
    const QString list = QStringLiteral("/v1/Keys?AccountSid=") + sandbox.accountSid();
    QCOMPARE(sendTo(sandbox, QStringLiteral("GET"), list, auth)
                 .json()
                 .value(QStringLiteral("keys"))
                 .toArray()
                 .size(),
             0);

    // count=1 is spent: the same request now creates the key.
    const QByteArray answer
        = rawExchange(sandbox.port(),
                      QByteArray(post).replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"), &closed);
    QVERIFY(closed); // Connection: close is honoured
    QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.constData());
    const Reply keys = sendTo(sandbox, QStringLiteral("GET"), list, auth);
    QCOMPARE(keys.json().value(QStringLiteral("keys")).toArray().size(), 1);
    const QString sid = keys.json()
                            .value(QStringLiteral("keys"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sid"))
                            .toString();

    // stage=after: the delete happens, the answer never comes.
    const QByteArray del = "DELETE /v1/Keys/" + sid.toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth + "\r\n\r\n";
    QCOMPARE(rawExchange(sandbox.port(), del, &closed), QByteArray());
    QVERIFY(closed);
    expectError(sendTo(sandbox, QStringLiteral("GET"), QStringLiteral("/v1/Keys/") + sid, auth), 404, 20404);
}

void tst_SandboxServer::faultTruncate()
{
    SandboxProcess sandbox;
    QVERIFY2(
        sandbox.start({ QStringLiteral("--faults"),
                        QStringLiteral("truncate@GET /2010-04-01/Accounts/*/Keys.json:count=1;truncate@GET "
                                       "/v1/Keys:count=1,mode=json") }),
        qPrintable(sandbox.errorString()));
    const QByteArray auth = sandbox.basicAuthorization();

    // mode=short: the announced Content-Length is longer than the body, then the connection closes.
    const QByteArray get = "GET /2010-04-01/Accounts/" + sandbox.accountSid().toLatin1()
        + "/Keys.json HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth + "\r\n\r\n";
    bool closed = false;
    const QByteArray answer = rawExchange(sandbox.port(), get, &closed);
    QVERIFY(closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(100).constData());
    const qsizetype split = answer.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"))
                                               .match(QString::fromLatin1(answer.left(split)));
    QVERIFY(length.hasMatch());
    const qsizetype bodySize = answer.size() - split - 4;
    QVERIFY2(length.captured(1).toLongLong() > bodySize,
             qPrintable(length.captured(1) + u' ' + QString::number(bodySize)));
    QVERIFY(bodySize > 0);

    // mode=json: HTTP is complete, the JSON is cut.
    const Reply cut = sendTo(sandbox, QStringLiteral("GET"),
                             QStringLiteral("/v1/Keys?AccountSid=") + sandbox.accountSid(), auth);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, QNetworkReply::NoError);
    QJsonParseError parseError;
    QVERIFY(QJsonDocument::fromJson(cut.body, &parseError).isNull());
    QCOMPARE(cut.header("Content-Length").toLongLong(), cut.body.size());

    // Both rules are spent: whole answers again.
    const Reply whole = sendTo(sandbox, QStringLiteral("GET"),
                               QStringLiteral("/v1/Keys?AccountSid=") + sandbox.accountSid(), auth);
    QVERIFY(QJsonDocument::fromJson(whole.body).isObject());
}

void tst_SandboxServer::faultSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("example") << QStringLiteral(
        "latency=200ms;429@/v1/Keys:rate=0.5,retry-after=1;500:rate=0.1;drop@POST "
        "/v1/Keys:count=1;truncate:rate=0.2")
                             << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("glob") << QStringLiteral("503@GET /2010-04-01/Accounts/*/Keys*:after=2") << true;
    QTest::newRow("unknown kind") << QStringLiteral("boom") << false;
    QTest::newRow("status 200") << QStringLiteral("200") << false;
    QTest::newRow("rate 2") << QStringLiteral("500:rate=2") << false;
    QTest::newRow("bad duration") << QStringLiteral("latency=soon") << false;
    QTest::newRow("latency without duration") << QStringLiteral("latency") << false;
    QTest::newRow("bad method") << QStringLiteral("drop@FETCH /v1/Keys") << false;
    QTest::newRow("relative path") << QStringLiteral("drop@GET v1/Keys") << false;
    QTest::newRow("unknown param") << QStringLiteral("500:often=1") << false;
    QTest::newRow("mode on drop") << QStringLiteral("drop:mode=json") << false;
}

void tst_SandboxServer::faultSpecErrors()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    std::vector<SandboxFaultRule> rules;
    QString error;
    QCOMPARE(SandboxFaults::parse(spec, &rules, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_SandboxServer::faultRatesAreDeterministic()
{
    SandboxServer server;
    SandboxSeeder::seed(server.state(), {});
    SandboxRequest request;
    request.method = QStringLiteral("GET");
    request.path = QStringLiteral("/2010-04-01/Accounts.json");
    request.authorization = SandboxProcess::basicAuthorization(SandboxSeeder::defaultAccountSid(),
                                                               SandboxSeeder::defaultAuthToken());
    const auto run = [&](quint64 seed) {
        server.setFaultSeed(seed);
        server.setFaultSpec(QStringLiteral("500:rate=0.5"));
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(server.dispatch(request).response.status);
        return statuses;
    };
    const QList<int> first = run(42);
    QCOMPARE(run(42), first);
    QVERIFY(first.contains(500) && first.contains(200));
    QVERIFY(run(7) != first);

    // A 429 carries Retry-After even when the rule names none.
    QVERIFY(server.setFaultSpec(QStringLiteral("429:count=1")));
    const SandboxDelivery throttled = server.dispatch(request);
    QCOMPARE(throttled.response.status, 429);
    QCOMPARE(throttled.response.header("Retry-After"), QByteArray("1"));
    QCOMPARE(server.dispatch(request).response.status, 200);
    QCOMPARE(server.faults().rules().front().fired, 1);
}

// ---------------------------------------------------------------- in-process

void tst_SandboxServer::inProcessServer()
{
    SandboxServer server;
    SandboxSeeder::seed(server.state(), {});
    QVERIFY2(server.start(0), qPrintable(server.errorString()));
    QVERIFY(server.isListening());
    QCOMPARE(server.serverUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.serverUrl().port() > 0);
    QSignalSpy handled(&server, &SandboxServer::requestHandled);

    const QByteArray auth = SandboxProcess::basicAuthorization(SandboxSeeder::defaultAccountSid(),
                                                               SandboxSeeder::defaultAuthToken());
    const QUrl list(server.serverUrl().toString() + QStringLiteral("/v1/Keys?AccountSid=")
                    + SandboxSeeder::defaultAccountSid());
    Reply reply = send(QStringLiteral("GET"), list, auth);
    QCOMPARE(reply.status, 200);
    const int before = reply.json().value(QStringLiteral("keys")).toArray().size();
    QCOMPARE(before, 8); // Main key + 3 Standard + 4 Restricted
    QCOMPARE(handled.size(), 1);

    // State and faults are plain API.
    const SandboxState::NewKey key = server.state().createKey(
        SandboxSeeder::defaultAccountSid(), SandboxKeyType::Main, QStringLiteral("in-process main"));
    QVERIFY(key.key);
    QVERIFY(server.setFaultSpec(QStringLiteral("503@/v1/Keys:count=1")));
    expectError(send(QStringLiteral("GET"), list, auth), 503, 20503);
    reply = send(QStringLiteral("GET"), list, SandboxProcess::basicAuthorization(key.key->sid, key.secret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("keys")).toArray().size(), before + 1);

    server.stop();
    QVERIFY(!server.isListening());
    QVERIFY(!send(QStringLiteral("GET"), list, auth).status);
}

void tst_SandboxServer::tenThousandKeysInProcess()
{
    SandboxServer server;
    SandboxSeeder::Options options;
    options.content = SandboxSeeder::Content::Empty;
    options.generatedKeys = 10000;
    QElapsedTimer seeding;
    seeding.start();
    SandboxSeeder::seed(server.state(), options);
    const qint64 seedMs = seeding.elapsed();
    QCOMPARE(server.state().keyCount(), 10000);
    QVERIFY(server.start(0));

    const QByteArray auth = SandboxProcess::basicAuthorization(SandboxSeeder::defaultAccountSid(),
                                                               SandboxSeeder::defaultAuthToken());
    QElapsedTimer paging;
    paging.start();
    int total = 0;
    int pages = 0;
    QString next = server.serverUrl().toString() + QStringLiteral("/v1/Keys?PageSize=1000&AccountSid=")
        + SandboxSeeder::defaultAccountSid();
    while (!next.isEmpty() && pages < 20) {
        const Reply page = send(QStringLiteral("GET"), QUrl(next), auth);
        QCOMPARE(page.status, 200);
        total += page.json().value(QStringLiteral("keys")).toArray().size();
        next = page.json()
                   .value(QStringLiteral("meta"))
                   .toObject()
                   .value(QStringLiteral("next_page_url"))
                   .toString();
        ++pages;
    }
    QCOMPARE(total, 10000);
    QCOMPARE(pages, 10);
    // Numbers for the report, not pass/fail.
    qInfo("10000 keys: seeded in %lld ms, listed over loopback in %lld ms (10 pages of 1000)", seedMs,
          paging.elapsed());
}

QTEST_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
