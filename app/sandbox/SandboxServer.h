#pragma once

#include "SandboxFaults.h"
#include "SandboxHttpSettings.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class SandboxHttpServer;
class SandboxRouter;
class SandboxState;
struct SandboxDelivery;
struct SandboxRequest;

// The local Twilio stand-in as a library object: the GUI (`keydesk --sandbox`) and tests create one on
// port 0 in-process; keydesk-sandbox wraps one in a command line. Binds 127.0.0.1 only. State and fault
// configuration are plain API; nothing here exits the process.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Limits and timeouts of the HTTP layer; they apply from the next start().
    void setHttpSettings(const SandboxHttpSettings& settings) { m_httpSettings = settings; }
    const SandboxHttpSettings& httpSettings() const { return m_httpSettings; }

    // Listens on 127.0.0.1:port (0 = any free port). False with errorString() on failure.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:N": the base URL for every product (api, iam, accounts, oauth).
    QUrl serverUrl() const;
    QString errorString() const { return m_errorString; }

    SandboxState& state() { return *m_state; }
    const SandboxState& state() const { return *m_state; }

    SandboxFaults& faults() { return m_faults; }
    // Replaces the fault rules (see SandboxFaults.h for the syntax); counters start again.
    bool setFaultSpec(const QString& spec, QString* error = nullptr);
    void setFaultSeed(quint64 seed) { m_faults.setSeed(seed); }

    // Persists the state to path after every change. When the file exists it is loaded first (a
    // corrupt file fails with a message and changes nothing); otherwise the current state is written.
    bool attachStateFile(const QString& path, QString* error);
    QString stateFile() const { return m_stateFile; }

    int requestCount() const { return m_requestCount; }

    // Handles one request without the network (used by the HTTP layer; handy in unit tests).
    SandboxDelivery dispatch(const SandboxRequest& request);

Q_SIGNALS:
    void requestHandled(const QString& method, const QString& path, int status);
    void stateSaveFailed(const QString& message);

private:
    void saveState();

    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<SandboxRouter> m_router;
    SandboxHttpServer* m_http = nullptr;
    SandboxHttpSettings m_httpSettings;
    SandboxFaults m_faults;
    quint16 m_port = 0;
    QString m_errorString;
    QString m_stateFile;
    int m_requestCount = 0;
};
