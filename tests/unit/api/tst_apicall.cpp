#include "LoopbackHttpServer.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

// The process's peak resident set (VmHWM) in bytes; -1 when /proc is not there.
qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Starts the peak over from the current resident set (Linux 4.0+), so one case measures only itself.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

std::unique_ptr<ApiClient> loopbackClient()
{
    auto client = std::make_unique<ApiClient>();
    RetryPolicy retry;
    retry.baseDelayMs = 5;
    retry.maxDelayMs = 20;
    client->setRetryPolicy(retry);
    client->setTimeoutMs(60000);
    return client;
}

ApiRequest get(const LoopbackHttpServer& server, const QString& target = QStringLiteral("/v1/Keys"))
{
    ApiRequest request;
    request.absoluteUrl = server.url(target);
    request.authenticated = false;
    return request;
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

// The limits of one REST call (issue 9 finding 6): how much of an answer it reads, and how long a
// server's Retry-After can hold it. Against a loopback server inside this process.
class TestApiCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        ApiClient client;
        QCOMPARE(client.maxResponseBytes(), 4 * MiB);
        QVERIFY(client.retryPolicy().maxTotalWaitMs < 60000);
    }

    // A 300 MB answer ends in an error after a few MB, with the process well under 200 MB at its
    // peak; with or without Content-Length.
    void hugeAnswerIsCutOffEarly_data()
    {
        QTest::addColumn<int>("framing");
        QTest::newRow("Content-Length") << int(LoopbackHttpServer::Framing::ContentLength);
        QTest::newRow("until close") << int(LoopbackHttpServer::Framing::UntilClose);
        QTest::newRow("chunked") << int(LoopbackHttpServer::Framing::Chunked);
    }

    void hugeAnswerIsCutOffEarly()
    {
        QFETCH(int, framing);
        const qint64 total = 300 * MiB;
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [&](const LoopbackHttpServer::Request&, QTcpSocket* socket) {
            server.streamBody(socket, total, LoopbackHttpServer::Framing(framing));
        };
        const bool peakResets = resetPeakRss();
        auto client = loopbackClient();
        QElapsedTimer clock;
        clock.start();
        ApiCall* call = client->send(get(server));
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 60000);
        const qint64 peak = peakRssBytes();
        qInfo("peak RSS %lld MB (%s), %lld MB sent by the server, %lld ms", peak / MiB,
              peakResets ? "this case" : "since start", server.bodyBytesStreamed / MiB,
              qint64(clock.elapsed()));

        QVERIFY(!call->ok());
        QCOMPARE(call->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(call->error().sentence().contains(QStringLiteral("4 MiB")),
                 qPrintable(call->error().sentence()));
        QCOMPARE(call->attempts(), 1); // the same answer again would not be smaller
        QCOMPARE(server.requests.size(), 1);
        QVERIFY2(server.bodyBytesStreamed < 64 * MiB, "the reply was not aborted once over the limit");
        if (peak >= 0)
            QVERIFY2(peak < 200 * MiB, qPrintable(QStringLiteral("peak RSS %1 MB").arg(peak / MiB)));
    }

    void bodyLimitIsSettable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("tooLarge");
        QTest::newRow("200 at the limit") << 200 << 1000 << false;
        QTest::newRow("200 one byte over") << 200 << 1001 << true;
        QTest::newRow("404 over") << 404 << 5000 << true;
    }

    void bodyLimitIsSettable()
    {
        QFETCH(int, status);
        QFETCH(int, size);
        QFETCH(bool, tooLarge);
        QByteArray body = "{\"sid\":\"SK1\",\"pad\":\"\"}";
        body.insert(body.size() - 2, QByteArray(size - body.size(), 'x'));
        QCOMPARE(body.size(), size);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [&](const LoopbackHttpServer::Request&, QTcpSocket* socket) {
            socket->write(LoopbackHttpServer::response(status, body, { "Content-Type: application/json" }));
            socket->disconnectFromHost();
        };
        auto client = loopbackClient();
        client->setMaxResponseBytes(1000);
        ApiCall* call = client->send(get(server));
        QTRY_VERIFY(call->isFinished());
        if (!tooLarge) {
            QVERIFY2(call->ok(), qPrintable(call->error().sentence()));
            QCOMPARE(call->json().object().value(QStringLiteral("sid")).toString(), QStringLiteral("SK1"));
            return;
        }
        QVERIFY(!call->ok());
        QCOMPARE(call->error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(call->error().httpStatus(), status);
        QVERIFY2(call->error().sentence().contains(QStringLiteral("1,000 bytes"))
                     || call->error().sentence().contains(QStringLiteral("1000 bytes")),
                 qPrintable(call->error().sentence()));
        QCOMPARE(server.requests.size(), 1);
    }

    // A Retry-After longer than a call may wait in all ends the call at once, and says why.
    void longRetryAfterEndsTheCall()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](const LoopbackHttpServer::Request&, QTcpSocket* socket) {
            socket->write(LoopbackHttpServer::response(
                429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}",
                { "Content-Type: application/json", "Retry-After: 120" }));
            socket->disconnectFromHost();
        };
        auto client = std::make_unique<ApiClient>(); // the default policy
        client->setTimeoutMs(10000);
        QElapsedTimer clock;
        clock.start();
        ApiCall* call = client->send(get(server));
        QSignalSpy retrying(call, &ApiCall::retrying);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(call->error().httpStatus(), 429);
        const QString sentence = call->error().sentence();
        QVERIFY2(sentence.contains(QStringLiteral("asked to wait 120 s")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("Retry-After")), qPrintable(sentence));
    }

    // Short waits add up: the call stops once the next one would pass the total.
    void retryAfterWaitsAddUpToALimit()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](const LoopbackHttpServer::Request&, QTcpSocket* socket) {
            socket->write(LoopbackHttpServer::response(429, {}, { "Retry-After: 1" }));
            socket->disconnectFromHost();
        };
        auto client = loopbackClient();
        RetryPolicy retry = client->retryPolicy();
        retry.maxAttempts = 100;
        retry.maxTotalWaitMs = 1500;
        client->setRetryPolicy(retry);
        QElapsedTimer clock;
        clock.start();
        ApiCall* call = client->send(get(server));
        QSignalSpy retrying(call, &ApiCall::retrying);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 10000);
        QCOMPARE(retrying.count(), 1); // waited 1 s once; a second second would pass 1.5 s
        QCOMPARE(retrying.first().at(1).toInt(), 1000);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(clock.elapsed() >= 900 && clock.elapsed() < 5000);
        const QString sentence = call->error().sentence();
        QVERIFY2(sentence.contains(QStringLiteral("asked to wait 1 s")), qPrintable(sentence));
    }

    // A POST is repeated after a 429 too; the same limit holds.
    void postRetryAfterIsBounded()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.handler = [](const LoopbackHttpServer::Request&, QTcpSocket* socket) {
            socket->write(LoopbackHttpServer::response(429, {}, { "Retry-After: 3600" }));
            socket->disconnectFromHost();
        };
        auto client = loopbackClient();
        ApiRequest request = get(server);
        request.method = ApiRequest::Method::Post;
        request.form = { { QStringLiteral("FriendlyName"), QStringLiteral("x") } };
        ApiCall* call = client->send(request);
        QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(call->error().sentence().contains(QStringLiteral("Retry-After")));
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
