// Issue 9, finding 5: the real keydesk-sandbox process under hostile HTTP. Bodies and header fields are
// capped (413, 431) before they are read, a 150 MB body leaves the process small, slow and idle clients are
// disconnected, connections are capped, and malformed HTTP gets a 400 in Twilio's error shape.
#include "OpenApiValidator.h"
#include "SandboxCommandLine.h"
#include "SandboxHttpSettings.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Answer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Takes one answer framed by its Content-Length off the front of buffer; interim 1xx answers go to
// interim. Nothing while the answer is incomplete.
std::optional<Answer> takeAnswer(QByteArray& buffer, QList<QByteArray>* interim)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Answer a;
        a.head = buffer.left(end);
        a.status = a.head.mid(9, 3).toInt();
        if (a.status >= 100 && a.status < 200) {
            interim->append(a.head);
            buffer.remove(0, end + 4);
            continue;
        }
        const QRegularExpressionMatch length
            = QRegularExpression(QStringLiteral("\\r\\nContent-Length: (\\d+)"),
                                 QRegularExpression::CaseInsensitiveOption)
                  .match(QString::fromLatin1(a.head));
        const qsizetype bodySize = length.hasMatch() ? length.captured(1).toLongLong() : 0;
        if (buffer.size() < end + 4 + bodySize)
            return std::nullopt;
        a.body = buffer.mid(end + 4, bodySize);
        buffer.remove(0, end + 4 + bodySize);
        return a;
    }
}

// A client that writes raw bytes and reads raw answers, waiting on the socket (the server is another
// process, so blocking here stalls nothing it needs).
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(10000);
    }

    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // The next complete answer, or nothing when none came within timeoutMs or the connection closed.
    std::optional<Answer> answer(int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            if (std::optional<Answer> a = takeAnswer(m_buffer, &m_interim))
                return a;
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0
                || (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0))
                return std::nullopt;
            m_socket.waitForReadyRead(int(left));
        }
    }

    // Whether the server closes the connection within timeoutMs (what it sends meanwhile is kept).
    bool waitClosed(int timeoutMs = 15000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        const bool closed = m_socket.waitForDisconnected(timeoutMs);
        m_buffer += m_socket.readAll();
        return closed || m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QTcpSocket& socket() { return m_socket; }
    const QList<QByteArray>& interim() const { return m_interim; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<QByteArray> m_interim;
};

// keydesk-sandbox started directly (SandboxProcess does not give out the process id, needed for
// /proc/PID/status).
class Sandbox
{
public:
    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList& arguments)
    {
        m_process.start(SandboxProcess::defaultProgram(),
                        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                      QStringLiteral("empty") }
                            + arguments);
        if (!m_process.waitForStarted(20000))
            return false;
        while (!m_output.contains("\nfaults: ") || !m_output.endsWith('\n')) {
            if (!m_process.waitForReadyRead(30000))
                return false;
            m_output += m_process.readAllStandardOutput();
        }
        for (const QByteArray& line : m_output.split('\n')) {
            if (line.startsWith("listening on http://127.0.0.1:"))
                m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
            else if (line.startsWith("account-sid: "))
                m_accountSid = QString::fromLatin1(line.mid(13));
            else if (line.startsWith("auth-token: "))
                m_authToken = QString::fromLatin1(line.mid(12));
        }
        return m_port != 0;
    }

    quint16 port() const { return m_port; }
    QString accountSid() const { return m_accountSid; }
    QByteArray authorization() const { return SandboxProcess::basicAuthorization(m_accountSid, m_authToken); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // The process's peak resident memory so far (VmHWM), in MiB; -1 when unreadable.
    double peakMiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
        return -1;
    }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_accountSid;
    QString m_authToken;
};

QByteArray get(const QByteArray& path, const QByteArray& extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

class tst_SandboxLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void hugeBodiesStaySmall();
    void malformedHttp_data();
    void malformedHttp();
    void wellFormedEdgeCases();
    void slowAndIdleClients();
    void connectionCap();
    void cleanupTestCase() { m_shared.reset(); }

private:
    void expectTwilioError(const std::optional<Answer>& answer, int status);
    // Streams a request with a 150 MB body; returns the answer.
    std::optional<Answer> sendHugeBody(quint16 port, const QByteArray& head, bool chunked, qint64* sent);

    std::unique_ptr<Sandbox> m_shared; // for the malformedHttp rows
};

void tst_SandboxLimits::expectTwilioError(const std::optional<Answer>& answer, int status)
{
    QVERIFY2(answer, "no answer");
    QVERIFY2(answer->status == status, answer->head.constData());
    QVERIFY2(answer->head.toLower().contains("content-type: application/json"), answer->head.constData());
    const QStringList problems = OpenApiValidator::validateTwilioError(answer->body, status);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + QString::fromUtf8(answer->body)));
    QCOMPARE(answer->json().value(QStringLiteral("code")).toInt(), 20000 + status);
}

void tst_SandboxLimits::defaults()
{
    // Well under a minute for every timeout, about a thousand connections.
    const SandboxHttpSettings settings;
    QVERIFY(settings.headerTimeoutMs > 0 && settings.headerTimeoutMs <= 30000);
    QVERIFY(settings.requestTimeoutMs > 0 && settings.requestTimeoutMs <= 30000);
    QVERIFY(settings.idleTimeoutMs > 0 && settings.idleTimeoutMs <= 30000);
    QVERIFY(settings.maxConnections > 0 && settings.maxConnections <= 1000);
    QVERIFY(settings.limits.maxBodyBytes >= 32 * 1024); // a Policy of 100 permissions fits
    QVERIFY(SandboxCommandLine::helpText().contains(QLatin1String("--idle-timeout")));

    SandboxCommandLine options;
    QCOMPARE(options.parse({ QStringLiteral("keydesk-sandbox"), QStringLiteral("--header-timeout"),
                             QStringLiteral("250ms"), QStringLiteral("--request-timeout=2s"),
                             QStringLiteral("--idle-timeout"), QStringLiteral("1.5s"),
                             QStringLiteral("--max-connections"), QStringLiteral("7") }),
             SandboxCommandLine::Result::Run);
    QCOMPARE(options.http.headerTimeoutMs, 250);
    QCOMPARE(options.http.requestTimeoutMs, 2000);
    QCOMPARE(options.http.idleTimeoutMs, 1500);
    QCOMPARE(options.http.maxConnections, 7);
}

// A plain blocking socket that keeps sending whatever arrives meanwhile (QTcpSocket would stop at the
// server's half-close), as a careless or hostile client does.
std::optional<Answer> tst_SandboxLimits::sendHugeBody(quint16 port, const QByteArray& head, bool chunked,
                                                      qint64* sent)
{
    constexpr qint64 total = 150 * 1000 * 1000;
    *sent = 0;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const timeval patience { 15, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &patience, sizeof patience);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        return std::nullopt;
    const auto sendAll = [fd](const QByteArray& bytes) {
        for (qsizetype done = 0; done < bytes.size();) {
            const ssize_t n = ::send(fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    };
    if (!sendAll(head))
        return std::nullopt;
    // 32 KiB chunks: the cap is reached by adding up chunks, not by one large chunk size.
    const QByteArray data(32 * 1024, 'a');
    const QByteArray piece = chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n" : data;
    while (*sent < total && sendAll(piece))
        *sent += data.size();
    if (chunked && *sent >= total)
        sendAll("0\r\n\r\n");

    QByteArray buffer;
    QList<QByteArray> interim;
    char chunk[4096];
    for (;;) {
        if (std::optional<Answer> a = takeAnswer(buffer, &interim))
            return a;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return std::nullopt;
        buffer.append(chunk, n);
    }
}

void tst_SandboxLimits::hugeBodiesStaySmall()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    const double before = sandbox.peakMiB();
    QVERIFY(before > 0);
    const QByteArray request = "POST /v1/Keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                               "application/x-www-form-urlencoded\r\n";

    qint64 sent = 0;
    const std::optional<Answer> withLength
        = sendHugeBody(sandbox.port(), request + "Content-Length: 150000000\r\n\r\n", false, &sent);
    expectTwilioError(withLength, 413);
    QVERIFY(sent >= 150000000); // all of it: the server reads on and drops it
    qInfo("Content-Length: %lld MB sent", sent / 1000000);
    const std::optional<Answer> chunked
        = sendHugeBody(sandbox.port(), request + "Transfer-Encoding: chunked\r\n\r\n", true, &sent);
    expectTwilioError(chunked, 413);
    QVERIFY(sent >= 150000000);
    qInfo("chunked: %lld MB sent", sent / 1000000);

    const double peak = sandbox.peakMiB();
    qInfo("keydesk-sandbox peak RSS (VmHWM): %.1f MiB at start, %.1f MiB after two 150 MB bodies", before,
          peak);
    QVERIFY2(peak > 0 && peak < 200, qPrintable(QString::number(peak)));
    QVERIFY(sandbox.isRunning());

    // Still serving.
    RawClient client;
    QVERIFY(client.connectTo(sandbox.port()));
    client.send(get("/2010-04-01/Accounts.json", "Authorization: " + sandbox.authorization() + "\r\n"));
    const std::optional<Answer> accounts = client.answer();
    QVERIFY(accounts);
    QCOMPARE(accounts->status, 200);
}

void tst_SandboxLimits::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    const QByteArray host = "Host: 127.0.0.1\r\n";
    const QByteArray post = "POST /v1/Keys HTTP/1.1\r\n" + host;
    QTest::newRow("garbage") << QByteArray("hello there\r\n\r\n") << 400;
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505;
    QTest::newRow("no Host") << QByteArray("GET /v1/Keys HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("control character")
        << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\x01z\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("conflicting Content-Length")
        << QByteArray(post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!") << 400;
    QTest::newRow("Content-Length list") << QByteArray(post + "Content-Length: 5, 6\r\n\r\nhello!") << 400;
    QTest::newRow("negative Content-Length") << QByteArray(post + "Content-Length: -1\r\n\r\n") << 400;
    QTest::newRow("Content-Length and chunked")
        << QByteArray(post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("gzip coding") << QByteArray(post + "Transfer-Encoding: gzip, chunked\r\n\r\n") << 501;
    QTest::newRow("bad chunk size") << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("chunk longer than its size")
        << QByteArray(post + "Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("unknown expectation")
        << QByteArray(post + "Expect: a-miracle\r\nContent-Length: 1\r\n\r\n") << 417;
    QTest::newRow("two Authorization headers") << QByteArray(
        "GET / HTTP/1.1\r\n" + host + "Authorization: Basic a\r\nAuthorization: Basic b\r\n\r\n")
                                               << 400;
    QTest::newRow("target not a path") << QByteArray("GET ftp://x/ HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("long request line")
        << QByteArray("GET /" + QByteArray(20 * 1024, 'a') + " HTTP/1.1\r\n" + host + "\r\n") << 414;
    QTest::newRow("large header") << QByteArray("GET / HTTP/1.1\r\n" + host
                                                + "X-Big: " + QByteArray(20 * 1024, 'b') + "\r\n\r\n")
                                  << 431;
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": x\r\n";
    QTest::newRow("101 headers") << QByteArray("GET / HTTP/1.1\r\n" + host + many + "\r\n") << 431;
    // Answered from the Content-Length alone: no body byte is ever sent.
    QTest::newRow("body over the cap") << QByteArray(post + "Content-Length: 65537\r\n\r\n") << 413;
}

void tst_SandboxLimits::malformedHttp()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    if (!m_shared) {
        m_shared = std::make_unique<Sandbox>();
        QVERIFY(m_shared->start({}));
    }
    RawClient client;
    QVERIFY(client.connectTo(m_shared->port()));
    client.send(request);
    expectTwilioError(client.answer(), status);
    QVERIFY2(client.waitClosed(), "the connection stays open after a broken request");
    QVERIFY(m_shared->isRunning());
}

void tst_SandboxLimits::wellFormedEdgeCases()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({}));
    const QByteArray auth = "Authorization: " + sandbox.authorization() + "\r\n";
    const QByteArray form = "AccountSid=" + sandbox.accountSid().toLatin1() + "&FriendlyName=edge";
    const QByteArray post = "POST /v1/Keys HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
        + "Content-Type: application/x-www-form-urlencoded\r\n";

    // The same Content-Length twice is one length (RFC 9110, 8.6).
    RawClient same;
    QVERIFY(same.connectTo(sandbox.port()));
    const QByteArray length = QByteArray::number(form.size());
    same.send(post + "Content-Length: " + length + "\r\nContent-Length: " + length + "\r\n\r\n" + form);
    std::optional<Answer> a = same.answer();
    QVERIFY(a);
    QCOMPARE(a->status, 201);

    // Chunked, with an extension and a trailer, then a pipelined GET on the same connection.
    RawClient chunked;
    QVERIFY(chunked.connectTo(sandbox.port()));
    chunked.send(post + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(10, 16) + ";note=1\r\n"
                 + form.left(10) + "\r\n" + QByteArray::number(form.size() - 10, 16) + "\r\n" + form.mid(10)
                 + "\r\n0\r\nX-Trailer: t\r\n\r\n"
                 + get("/v1/Keys?AccountSid=" + sandbox.accountSid().toLatin1(), auth));
    a = chunked.answer();
    QVERIFY(a);
    QCOMPARE(a->status, 201);
    QCOMPARE(a->json().value(QStringLiteral("friendly_name")).toString(), QStringLiteral("edge"));
    a = chunked.answer();
    QVERIFY(a);
    QCOMPARE(a->status, 200);
    QVERIFY(a->body.contains("\"keys\""));

    // Expect: 100-continue gets the interim answer before the body is sent.
    RawClient expect;
    QVERIFY(expect.connectTo(sandbox.port()));
    expect.send(post + "Expect: 100-continue\r\nContent-Length: " + length + "\r\n\r\n");
    QVERIFY(expect.socket().waitForReadyRead(10000));
    QVERIFY(expect.socket().peek(64).startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    expect.send(form);
    a = expect.answer();
    QVERIFY(a);
    QCOMPARE(a->status, 201);
    QCOMPARE(expect.interim().size(), 1);

    // HTTP/1.0 closes after the answer; HEAD has no body.
    RawClient old;
    QVERIFY(old.connectTo(sandbox.port()));
    old.send("HEAD /2010-04-01/Accounts.json HTTP/1.0\r\n" + auth + "\r\n");
    QVERIFY(old.waitClosed());
    QVERIFY(old.socket().state() == QAbstractSocket::UnconnectedState);
}

void tst_SandboxLimits::slowAndIdleClients()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({ QStringLiteral("--header-timeout"), QStringLiteral("300ms"),
                            QStringLiteral("--request-timeout"), QStringLiteral("900ms"),
                            QStringLiteral("--idle-timeout"), QStringLiteral("500ms") }));
    QElapsedTimer timer;

    // Connected, silent: closed without a word.
    RawClient idle;
    QVERIFY(idle.connectTo(sandbox.port()));
    timer.start();
    QVERIFY2(idle.waitClosed(10000), "an idle connection is held");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Idle after an answer (keep-alive): closed too.
    RawClient kept;
    QVERIFY(kept.connectTo(sandbox.port()));
    kept.send(get("/2010-04-01/Accounts.json", "Authorization: " + sandbox.authorization() + "\r\n"));
    std::optional<Answer> a = kept.answer();
    QVERIFY(a);
    QCOMPARE(a->status, 200);
    timer.start();
    QVERIFY2(kept.waitClosed(10000), "an idle keep-alive connection is held");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Header fields that trickle in, a line every 100 ms (each within the idle timeout): 408.
    RawClient slowHeaders;
    QVERIFY(slowHeaders.connectTo(sandbox.port()));
    timer.start();
    slowHeaders.send("GET /2010-04-01/Accounts.json HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < 100 && slowHeaders.socket().state() == QAbstractSocket::ConnectedState; ++i) {
        slowHeaders.send("X-Slow-" + QByteArray::number(i) + ": x\r\n");
        if (slowHeaders.socket().waitForReadyRead(100)) // pacing the client, not synchronisation
            break;
    }
    expectTwilioError(slowHeaders.answer(), 408);
    QVERIFY(slowHeaders.waitClosed());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // A body that trickles in, a byte every 100 ms: 408 once the request timeout is over.
    RawClient slowBody;
    QVERIFY(slowBody.connectTo(sandbox.port()));
    timer.start();
    slowBody.send("POST /v1/Keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n");
    for (int i = 0; i < 100 && slowBody.socket().state() == QAbstractSocket::ConnectedState; ++i) {
        slowBody.send("a");
        if (slowBody.socket().waitForReadyRead(100))
            break;
    }
    expectTwilioError(slowBody.answer(), 408);
    QVERIFY(slowBody.waitClosed());
    QVERIFY2(timer.elapsed() >= 800 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_SandboxLimits::connectionCap()
{
    Sandbox sandbox;
    QVERIFY(sandbox.start({ QStringLiteral("--max-connections"), QStringLiteral("3") }));
    const QByteArray request
        = get("/2010-04-01/Accounts.json", "Authorization: " + sandbox.authorization() + "\r\n");
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<RawClient>());
        QVERIFY(held.back()->connectTo(sandbox.port()));
        held.back()->send(request);
        const std::optional<Answer> a = held.back()->answer();
        QVERIFY(a);
        QCOMPARE(a->status, 200);
    }

    RawClient fourth;
    QVERIFY(fourth.connectTo(sandbox.port()));
    expectTwilioError(fourth.answer(), 503);
    QVERIFY(fourth.waitClosed());

    // One leaves: a new connection is served again.
    held.front()->socket().disconnectFromHost();
    held.erase(held.begin());
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (status != 200 && timer.elapsed() < 10000) {
        RawClient next;
        QVERIFY(next.connectTo(sandbox.port()));
        next.send(request);
        const std::optional<Answer> a = next.answer();
        status = a ? a->status : 0;
    }
    QCOMPARE(status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxLimits)
#include "tst_sandboxlimits.moc"
