#pragma once

#include "SandboxDelivery.h"
#include "SandboxHttpParser.h"
#include "SandboxHttpSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;
struct SandboxRequest;

// One client connection of SandboxHttpServer: reads at most 64 KiB at a time through SandboxHttpParser,
// answers requests one after the other (pipelined ones wait), and enforces the timeouts. A request that
// breaks a limit gets its error answer, then the connection stops sending (half-close) and discards what
// the client still sends until it closes, so the client reads the answer instead of a reset.
class SandboxHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxDelivery(const SandboxRequest&)>;

    // Takes ownership of socket.
    SandboxHttpConnection(QTcpSocket* socket, const SandboxHttpSettings& settings, const Handler& handler,
                          QObject* parent = nullptr);
    ~SandboxHttpConnection() override;

    // The bytes of an answer: status line, headers and body (all of it unless the delivery cuts it).
    static QByteArray serialize(const SandboxDelivery& delivery, bool headRequest, bool* closeAfter);
    // An error answer in Twilio's shape (code 20000 + status) that closes the connection.
    static SandboxDelivery closingError(int status, const QString& message);

Q_SIGNALS:
    // The socket is gone; the server deletes this object.
    void closed();

private:
    enum class Phase {
        Reading, // reading requests (and writing the last answer)
        Responding, // an answer is delayed by a latency fault
        Closing, // the last answer is being written, then the socket closes
        Lingering // an error was answered; discarding input until the client closes
    };

    void readRequests();
    void deliver(const SandboxDelivery& delivery, bool headRequest);
    void refuse(int status, const QString& message, bool linger);
    void onBytesWritten();
    void onTimeout();
    void armTimer();
    qint64 deadline() const;
    void finish();

    QTcpSocket* m_socket;
    SandboxHttpSettings m_settings;
    const Handler& m_handler;
    SandboxHttpParser m_parser;
    Phase m_phase = Phase::Reading;
    QByteArray m_input; // read but not yet parsed (the start of a pipelined request)
    qsizetype m_inputPos = 0;
    bool m_continueSent = false;
    bool m_halfClosed = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    qint64 m_lastActivity = 0;
    qint64 m_requestStart = 0;
    qint64 m_phaseStart = 0;
    QTimer m_timer;
};
