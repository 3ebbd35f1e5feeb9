#include "SandboxHttpServer.h"

#include "SandboxHttpConnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

SandboxHttpServer::SandboxHttpServer(Handler handler, const SandboxHttpSettings& settings, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_settings(settings)
{ }

// Children go first: every connection (and the listening socket) closes here.
SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(const QHostAddress& address, quint16 port)
{
    delete m_tcp;
    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &SandboxHttpServer::acceptConnections);
    // Out of file descriptors (EMFILE) Qt stops accepting for good; try again shortly instead.
    connect(m_tcp, &QTcpServer::acceptError, this,
            [this] { QTimer::singleShot(100, m_tcp, [tcp = m_tcp] { tcp->resumeAccepting(); }); });
    if (!m_tcp->listen(address, port)) {
        m_errorString = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    return true;
}

quint16 SandboxHttpServer::serverPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void SandboxHttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        if (m_connections >= m_settings.maxConnections) {
            refuseConnection(socket);
            continue;
        }
        ++m_connections;
        auto* connection = new SandboxHttpConnection(socket, m_settings, m_handler, this);
        connect(connection, &SandboxHttpConnection::closed, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
    }
}

void SandboxHttpServer::refuseConnection(QTcpSocket* socket)
{
    // Wire text, not translated.
    bool closeAfter = false;
    socket->write(SandboxHttpConnection::serialize(
        SandboxHttpConnection::closingError(
            503,
            QStringLiteral("Too many connections to the sandbox (at most %1); try again shortly")
                .arg(m_settings.maxConnections)),
        false, &closeAfter));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_settings.idleTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}
