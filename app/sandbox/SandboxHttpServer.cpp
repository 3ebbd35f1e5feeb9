#include "SandboxHttpServer.h"

#include "SandboxRequest.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return status >= 500 ? QByteArrayLiteral("Server Error") : QByteArrayLiteral("Client Error");
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

SandboxRequest SandboxHttpServer::toSandboxRequest(const QHttpServerRequest& request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = SandboxRequest::parseUrlEncoded(url.query(QUrl::FullyEncoded).toUtf8());
    QByteArray contentType;
    for (const auto& header : request.headers()) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            r.authorization = header.second;
        else if (header.first.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = header.second.toLower();
        else if (header.first.compare("connection", Qt::CaseInsensitive) == 0)
            r.closeConnection = header.second.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    }
    r.body = request.body();
    if (!contentType.startsWith("application/json"))
        r.form = SandboxRequest::parseUrlEncoded(r.body);
    return r;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    SandboxDelivery delivery = m_handler(sandboxRequest);
    delivery.closeAfter = sandboxRequest.closeConnection;
    if (delivery.latencyMs <= 0) {
        deliver(socket, delivery);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delivery.latencyMs, this, [guard, delivery] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            deliver(guard, delivery);
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; nothing is ever missing.
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

void SandboxHttpServer::deliver(QTcpSocket* socket, const SandboxDelivery& delivery)
{
    if (delivery.mode == SandboxDelivery::Mode::Drop) {
        socket->abort();
        return;
    }
    const SandboxResponse& response = delivery.response;
    QByteArray body = response.body;
    qsizetype announcedLength = body.size();
    bool closeAfter = false;
    if (!body.isEmpty() && delivery.mode == SandboxDelivery::Mode::TruncateShort) {
        body.truncate(body.size() / 2);
        closeAfter = true;
    } else if (!body.isEmpty() && delivery.mode == SandboxDelivery::Mode::TruncateJson) {
        body.truncate(body.size() / 2);
        announcedLength = body.size();
    }

    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(announcedLength) + "\r\n";
    }
    for (const auto& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (delivery.closeAfter && !closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(body);
    if (closeAfter)
        socket->disconnectFromHost(); // after the bytes written so far: the body stays short
    else if (delivery.closeAfter)
        socket->disconnectFromHost();
}
