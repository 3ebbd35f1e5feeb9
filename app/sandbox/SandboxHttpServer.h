#pragma once

#include "SandboxDelivery.h"
#include "SandboxHttpSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <functional>

class QTcpServer;
class QTcpSocket;
struct SandboxRequest;

// The HTTP/1.1 layer: accepts connections (at most SandboxHttpSettings::maxConnections at once), reads
// requests through SandboxHttpParser under the settings' limits and timeouts, and hands every request to
// one handler that returns a SandboxDelivery, written here so faults can delay the answer, cut it short
// or close the connection without one.
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxDelivery(const SandboxRequest&)>;

    SandboxHttpServer(Handler handler, const SandboxHttpSettings& settings, QObject* parent = nullptr);
    ~SandboxHttpServer() override;

    // False with errorString() when the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const { return m_errorString; }
    int connectionCount() const { return m_connections; }

private:
    void acceptConnections();
    void refuseConnection(QTcpSocket* socket);

    Handler m_handler;
    SandboxHttpSettings m_settings;
    QTcpServer* m_tcp = nullptr;
    int m_connections = 0;
    QString m_errorString;
};
