// SandboxHost: the in-process sandbox of `keydesk --sandbox` on a thread of its own (issue 9, finding 5).
// The test thread blocks in QTcpSocket::waitFor… calls, which run no event loop here: every answer comes
// from the server's own thread.
#include "SandboxHost.h"
#include "SandboxSeeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Sends one request and waits, blocking this thread, for the whole answer; returns its status and body.
int blockingGet(const QUrl& base, const QByteArray& pathAndQuery, QByteArray* body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return 0;
    const QByteArray auth
        = (SandboxSeeder::defaultAccountSid() + u':' + SandboxSeeder::defaultAuthToken()).toUtf8().toBase64();
    socket.write("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth
                 + "\r\nConnection: close\r\n\r\n");
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        received += socket.readAll();
    received += socket.readAll();
    const qsizetype split = received.indexOf("\r\n\r\n");
    if (split < 0)
        return 0;
    *body = received.mid(split + 4);
    return received.mid(9, 3).toInt();
}

bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return !socket.waitForConnected(5000) && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class tst_SandboxHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesFromItsOwnThread();
    void settingsApply();
    void takenPort();
    void destructorStops();
};

void tst_SandboxHost::servesFromItsOwnThread()
{
    SandboxHost host;
    SandboxSeeder::Options options;
    options.generatedKeys = 20;
    QVERIFY2(host.start(options), qPrintable(host.errorString()));
    QVERIFY(host.isListening());
    QCOMPARE(host.serverUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(host.mainAccountSid(), SandboxSeeder::defaultAccountSid());
    QVERIFY(host.thread() != QThread::currentThread());
    QVERIFY(host.thread()->isRunning());

    QByteArray body;
    QCOMPARE(blockingGet(host.serverUrl(),
                         "/v1/Keys?PageSize=1000&AccountSid=" + SandboxSeeder::defaultAccountSid().toLatin1(),
                         &body),
             200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("keys")).toArray().size(), 8 + 20);

    const quint16 port = quint16(host.serverUrl().port());
    host.stop();
    QVERIFY(!host.isListening());
    QVERIFY(!host.thread()->isRunning());
    QVERIFY(refusesConnections(port));

    // And again, after a stop.
    QVERIFY(host.start({}));
    QCOMPARE(blockingGet(host.serverUrl(), "/2010-04-01/Accounts.json", &body), 200);
}

void tst_SandboxHost::settingsApply()
{
    SandboxHost host;
    SandboxHttpSettings settings;
    settings.idleTimeoutMs = 200;
    host.setHttpSettings(settings);
    QVERIFY(host.start({}));
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, quint16(host.serverUrl().port()));
    QVERIFY(idle.waitForConnected(5000));
    QVERIFY2(idle.waitForDisconnected(5000), "the idle connection stays open");
}

void tst_SandboxHost::takenPort()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    SandboxHost host;
    QVERIFY(!host.start({}, taken.serverPort()));
    QVERIFY2(host.errorString().contains(QString::number(taken.serverPort())),
             qPrintable(host.errorString()));
    QVERIFY(!host.isListening());
    QVERIFY(!host.thread()->isRunning());
}

void tst_SandboxHost::destructorStops()
{
    quint16 port = 0;
    QTcpSocket open; // a connection still open when the host goes
    {
        SandboxHost host;
        QVERIFY(host.start({}));
        port = quint16(host.serverUrl().port());
        open.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(open.waitForConnected(5000));
    }
    QVERIFY(refusesConnections(port));
}

QTEST_GUILESS_MAIN(tst_SandboxHost)
#include "tst_sandboxhost.moc"
