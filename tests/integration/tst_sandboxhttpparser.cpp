// SandboxHttpParser without a network: the same result however the bytes are split, limits decided as
// early as possible, pipelined requests kept apart (issue 9, finding 5).
#include "SandboxHttpParser.h"
#include "SandboxRequest.h"

#include <QTest>

class tst_SandboxHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAnywhere_data();
    void splitAnywhere();
    void pipelined();
    void bodyCapBeforeTheBody();
    void chunkedCap();
    void headerCaps();
    void keepAlive_data();
    void keepAlive();
    void targets_data();
    void targets();
};

void tst_SandboxHttpParser::splitAnywhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray(
        "GET /v1/Keys?AccountSid=AC1 HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n")
                         << QByteArray();
    QTest::newRow("leading empty line, LF only")
        << QByteArray("\r\nGET / HTTP/1.1\nHost: h\n\n") << QByteArray();
    QTest::newRow("Content-Length") << QByteArray(
        "POST /v1/Keys HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nFriendlyNam")
                                    << QByteArray("FriendlyNam");
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                           "4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nT: 1\r\n\r\n")
                             << QByteArray("Wikipedia");
}

void tst_SandboxHttpParser::splitAnywhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, body);
    SandboxHttpParser whole;
    QCOMPARE(whole.feed(bytes), bytes.size());
    QVERIFY2(whole.isComplete(), qPrintable(whole.errorMessage()));
    QCOMPARE(whole.body(), body);

    SandboxHttpParser byByte;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QVERIFY(!byByte.isComplete());
        QCOMPARE(byByte.feed(QByteArrayView(bytes).sliced(i, 1)), 1);
    }
    QVERIFY(byByte.isComplete());
    QCOMPARE(byByte.method(), whole.method());
    QCOMPARE(byByte.target(), whole.target());
    QCOMPARE(byByte.headers(), whole.headers());
    QCOMPARE(byByte.body(), body);
}

void tst_SandboxHttpParser::pipelined()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: h\r\n\r\n";
    const QByteArray both = first + second;
    SandboxHttpParser parser;
    const qsizetype used = parser.feed(both);
    QCOMPARE(used, first.size());
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.body(), QByteArray("abc"));
    parser.reset();
    QVERIFY(!parser.hasStarted());
    QCOMPARE(parser.feed(QByteArrayView(both).sliced(used)), second.size());
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.target(), QByteArray("/b"));
    QVERIFY(parser.body().isEmpty());
}

void tst_SandboxHttpParser::bodyCapBeforeTheBody()
{
    SandboxHttpLimits limits;
    limits.maxBodyBytes = 100;
    SandboxHttpParser parser(limits);
    parser.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\n\r\n");
    QVERIFY(parser.hasFailed()); // no body byte needed
    QCOMPARE(parser.errorStatus(), 413);

    SandboxHttpParser exact(limits);
    exact.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'x'));
    QVERIFY(exact.isComplete());

    SandboxHttpParser huge(limits);
    huge.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QCOMPARE(huge.errorStatus(), 400);
}

void tst_SandboxHttpParser::chunkedCap()
{
    SandboxHttpLimits limits;
    limits.maxBodyBytes = 100;
    SandboxHttpParser parser(limits);
    const QByteArray head = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
    parser.feed(head);
    const QByteArray chunk = "28\r\n" + QByteArray(40, 'x') + "\r\n";
    parser.feed(chunk);
    parser.feed(chunk);
    QVERIFY(!parser.hasFailed());
    parser.feed("28\r\n"); // 120 > 100: refused at the size line, before the data
    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.errorStatus(), 413);

    SandboxHttpParser overflow(limits);
    overflow.feed(head + "fffffffffffffffffff\r\n");
    QCOMPARE(overflow.errorStatus(), 400);
}

void tst_SandboxHttpParser::headerCaps()
{
    SandboxHttpLimits limits;
    limits.maxHeaderBytes = 200;
    limits.maxHeaderCount = 3;
    SandboxHttpParser longLine(limits);
    // Refused while the line is still arriving: nothing near the whole line is kept.
    longLine.feed("GET /" + QByteArray(250, 'a'));
    QCOMPARE(longLine.errorStatus(), 414);

    SandboxHttpParser longHeader(limits);
    longHeader.feed("GET / HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(250, 'a'));
    QCOMPARE(longHeader.errorStatus(), 431);

    SandboxHttpParser many(limits);
    many.feed("GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n");
    QCOMPARE(many.errorStatus(), 431);
}

void tst_SandboxHttpParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void tst_SandboxHttpParser::keepAlive()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepAlive);
    SandboxHttpParser parser;
    parser.feed(bytes);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.keepAlive(), keepAlive);
    SandboxRequest request;
    QVERIFY(parser.toSandboxRequest(&request));
    QCOMPARE(request.closeConnection, !keepAlive);
}

void tst_SandboxHttpParser::targets_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("origin form") << QByteArray("/v1/Keys?PageSize=5") << true << QStringLiteral("/v1/Keys")
                                 << QStringLiteral("5");
    QTest::newRow("percent-encoded") << QByteArray("/2010-04-01/Accounts/AC%31.json?PageSize=%32") << true
                                     << QStringLiteral("/2010-04-01/Accounts/AC1.json")
                                     << QStringLiteral("2");
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1:9/v1/Keys?PageSize=7#frag") << true
                                   << QStringLiteral("/v1/Keys") << QStringLiteral("7");
    QTest::newRow("authority only") << QByteArray("HTTP://h") << true << QStringLiteral("/") << QString();
    QTest::newRow("asterisk") << QByteArray("*") << false << QString() << QString();
}

void tst_SandboxHttpParser::targets()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, ok);
    QFETCH(QString, path);
    QFETCH(QString, pageSize);
    SandboxHttpParser parser;
    parser.feed("OPTIONS " + target + " HTTP/1.1\r\nHost: h\r\n\r\n");
    QVERIFY(parser.isComplete());
    SandboxRequest request;
    QCOMPARE(parser.toSandboxRequest(&request), ok);
    if (ok) {
        QCOMPARE(request.path, path);
        QCOMPARE(request.query.value(QStringLiteral("PageSize")), pageSize);
    }
}

QTEST_GUILESS_MAIN(tst_SandboxHttpParser)
#include "tst_sandboxhttpparser.moc"
