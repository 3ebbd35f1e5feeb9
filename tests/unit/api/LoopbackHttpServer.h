#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>
#include <memory>

// A loopback HTTP/1.1 server inside the test process, for answers no real server sends on purpose:
// a body of hundreds of megabytes, endless pages, a 429 that never ends. Each request goes to
// `handler`, which writes the answer itself (whole, or streamed with streamBody()). Every answer
// closes its connection. Header-only, for the tests of models/api.
class LoopbackHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // "/path?query"
    };

    std::function<void(const Request& request, QTcpSocket* socket)> handler;
    QList<Request> requests;
    qint64 bodyBytesStreamed = 0; // by streamBody(), over all answers

    LoopbackHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString& target) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(target));
    }

    // A complete answer with Content-Length.
    static QByteArray response(int status, const QByteArray& body, const QList<QByteArray>& headers = {})
    {
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\nConnection: close\r\n";
        for (const QByteArray& header : headers)
            r += header + "\r\n";
        return r + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    enum class Framing { ContentLength, UntilClose, Chunked };

    // Writes a 200 answer whose JSON-looking body is `total` bytes, 64 KiB at a time and only as fast
    // as the client reads, so neither side needs to hold it; stops when the client goes away.
    void streamBody(QTcpSocket* socket, qint64 total, Framing framing)
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n";
        if (framing == Framing::ContentLength)
            head += "Content-Length: " + QByteArray::number(total) + "\r\n";
        else if (framing == Framing::Chunked)
            head += "Transfer-Encoding: chunked\r\n";
        socket->write(head + "\r\n");
        auto left = std::make_shared<qint64>(total);
        QPointer<QTcpSocket> guard(socket);
        auto pump = [this, socket, guard, left, total, framing] {
            if (!guard || socket->state() != QAbstractSocket::ConnectedState)
                return;
            while (*left > 0 && socket->bytesToWrite() < 256 * 1024) {
                const qint64 n = qMin<qint64>(*left, 64 * 1024);
                QByteArray chunk(n, ' ');
                if (*left == total)
                    chunk[0] = '{';
                if (framing == Framing::Chunked)
                    chunk = QByteArray::number(n, 16) + "\r\n" + chunk + "\r\n";
                socket->write(chunk);
                *left -= n;
                bodyBytesStreamed += n;
            }
            if (*left == 0) {
                if (framing == Framing::Chunked)
                    socket->write("0\r\n\r\n");
                socket->disconnectFromHost();
                *left = -1;
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> first = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const Request request { first.value(0), first.value(1) };
        requests << request;
        if (handler)
            handler(request, socket);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
