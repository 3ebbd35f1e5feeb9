#pragma once

#include "SandboxDelivery.h"

#include <QAbstractHttpServer>
#include <functional>

struct SandboxRequest;

// The HTTP layer: QtHttpServer parses requests and keeps connections; every request goes to one handler
// that returns a SandboxDelivery, which this class writes to the socket itself, so faults can delay the
// answer, cut it short or close the connection without one.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxDelivery(const SandboxRequest&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static SandboxRequest toSandboxRequest(const QHttpServerRequest& request);
    static void deliver(QTcpSocket* socket, const SandboxDelivery& delivery);

    Handler m_handler;
};
