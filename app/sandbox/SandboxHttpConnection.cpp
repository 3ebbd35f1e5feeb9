#include "SandboxHttpConnection.h"

#include "SandboxRequest.h"

#include <QTcpSocket>
#include <algorithm>
#include <sys/socket.h>

// Status lines and error messages are wire text, not user interface: not translated.

namespace {

constexpr qint64 readChunk = 64 * 1024;

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
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return status >= 500 ? QByteArrayLiteral("Server Error") : QByteArrayLiteral("Client Error");
    }
}

} // namespace

SandboxHttpConnection::SandboxHttpConnection(QTcpSocket* socket, const SandboxHttpSettings& settings,
                                             const Handler& handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_handler(handler)
    , m_parser(settings.limits)
{
    m_socket->setParent(this);
    // Qt reads at most this much ahead of the parser; the kernel holds the rest (and slows the client).
    m_socket->setReadBufferSize(readChunk);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SandboxHttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxHttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxHttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxHttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    readRequests();
}

SandboxHttpConnection::~SandboxHttpConnection() = default;

SandboxDelivery SandboxHttpConnection::closingError(int status, const QString& message)
{
    SandboxDelivery delivery;
    delivery.response = SandboxResponse::error(status, 20000 + status, message);
    delivery.closeAfter = true;
    return delivery;
}

QByteArray SandboxHttpConnection::serialize(const SandboxDelivery& delivery, bool headRequest,
                                            bool* closeAfter)
{
    const SandboxResponse& response = delivery.response;
    QByteArray body = response.body;
    qsizetype announcedLength = body.size();
    bool cutShort = false;
    if (!body.isEmpty() && delivery.mode == SandboxDelivery::Mode::TruncateShort) {
        body.truncate(body.size() / 2);
        cutShort = true;
    } else if (!body.isEmpty() && delivery.mode == SandboxDelivery::Mode::TruncateJson) {
        body.truncate(body.size() / 2);
        announcedLength = body.size();
    }

    QByteArray out;
    out.reserve(256 + (headRequest ? 0 : body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(announcedLength) + "\r\n";
    }
    for (const auto& header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (delivery.closeAfter && !cutShort)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headRequest)
        out += body;
    *closeAfter = delivery.closeAfter || cutShort;
    return out;
}

void SandboxHttpConnection::readRequests()
{
    if (m_finished)
        return;
    if (m_phase == Phase::Lingering) {
        // The answer is out; what the client still sends is dropped unread.
        while (m_socket->bytesAvailable() > 0) {
            if (m_socket->skip(m_socket->bytesAvailable()) <= 0)
                break;
            m_lastActivity = m_clock.elapsed();
        }
        armTimer();
        return;
    }
    while (m_phase == Phase::Reading) {
        if (m_socket->bytesToWrite() > 0)
            break; // one answer at a time: go on once it is written (onBytesWritten)
        if (m_inputPos >= m_input.size()) {
            m_input = m_socket->read(readChunk);
            m_inputPos = 0;
            if (m_input.isEmpty())
                break;
            m_lastActivity = m_clock.elapsed();
        }
        const bool wasStarted = m_parser.hasStarted();
        m_inputPos += m_parser.feed(QByteArrayView(m_input).sliced(m_inputPos));
        if (!wasStarted && m_parser.hasStarted())
            m_requestStart = m_clock.elapsed();
        if (m_parser.hasFailed()) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage(), true);
            break;
        }
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        if (!m_parser.isComplete())
            continue;

        SandboxRequest request;
        const bool targetOk = m_parser.toSandboxRequest(&request);
        const bool headRequest = m_parser.method() == "HEAD";
        m_parser.reset();
        m_continueSent = false;
        if (!targetOk) {
            refuse(400, QStringLiteral("The request target is not a path"), false);
            break;
        }
        SandboxDelivery delivery = m_handler(request);
        delivery.closeAfter = request.closeConnection;
        if (delivery.latencyMs > 0) {
            m_phase = Phase::Responding;
            QTimer::singleShot(delivery.latencyMs, this, [this, delivery, headRequest] {
                deliver(delivery, headRequest);
                readRequests();
            });
            break;
        }
        deliver(delivery, headRequest);
    }
    armTimer();
}

void SandboxHttpConnection::deliver(const SandboxDelivery& delivery, bool headRequest)
{
    if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_lastActivity = m_clock.elapsed();
    if (delivery.mode == SandboxDelivery::Mode::Drop) {
        m_socket->abort();
        finish();
        return;
    }
    bool closeAfter = false;
    m_socket->write(serialize(delivery, headRequest, &closeAfter));
    if (closeAfter) {
        // After the bytes written so far (a cut-short body stays short).
        m_phase = Phase::Closing;
        m_phaseStart = m_clock.elapsed();
        m_socket->disconnectFromHost();
    } else {
        m_phase = Phase::Reading;
    }
}

void SandboxHttpConnection::refuse(int status, const QString& message, bool linger)
{
    bool closeAfter = false;
    m_socket->write(serialize(closingError(status, message), false, &closeAfter));
    m_phaseStart = m_clock.elapsed();
    m_lastActivity = m_phaseStart;
    m_input.clear();
    m_inputPos = 0;
    if (!linger) {
        m_phase = Phase::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_phase = Phase::Lingering;
    readRequests(); // drop what is already buffered
}

void SandboxHttpConnection::onBytesWritten()
{
    m_lastActivity = m_clock.elapsed();
    if (m_phase == Phase::Lingering && !m_halfClosed && m_socket->bytesToWrite() == 0) {
        // The whole answer is with the kernel: send FIN after it, keep reading until the client closes.
        m_halfClosed = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    if (m_phase == Phase::Reading)
        readRequests();
    else
        armTimer();
}

qint64 SandboxHttpConnection::deadline() const
{
    qint64 at = m_lastActivity + m_settings.idleTimeoutMs;
    switch (m_phase) {
    case Phase::Reading:
        if (m_parser.hasStarted() && m_socket->bytesToWrite() == 0) {
            const int limit
                = m_parser.headersComplete() ? m_settings.requestTimeoutMs : m_settings.headerTimeoutMs;
            at = std::min(at, m_requestStart + limit);
        }
        break;
    case Phase::Responding:
        return -1;
    case Phase::Closing:
    case Phase::Lingering:
        at = std::min(at, m_phaseStart + m_settings.requestTimeoutMs);
        break;
    }
    return at;
}

void SandboxHttpConnection::armTimer()
{
    if (m_finished)
        return;
    const qint64 at = deadline();
    if (at < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::max<qint64>(0, at - m_clock.elapsed())));
}

void SandboxHttpConnection::onTimeout()
{
    if (m_finished)
        return;
    const qint64 at = deadline();
    if (at < 0)
        return;
    if (at > m_clock.elapsed()) {
        armTimer();
        return;
    }
    if (m_phase == Phase::Reading && m_parser.hasStarted() && m_socket->bytesToWrite() == 0) {
        // A request that does not arrive in time: say so, then close.
        refuse(408, QStringLiteral("The request did not arrive in time"), false);
        armTimer();
        return;
    }
    // Idle between requests, not reading the answer, or not closing: drop the connection.
    m_socket->abort();
    finish();
}

void SandboxHttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT closed();
}
