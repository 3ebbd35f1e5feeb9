#pragma once

#include "SandboxHttpSettings.h"
#include "SandboxSeeder.h"

#include <QString>
#include <QThread>
#include <QUrl>

class SandboxServer;

// A SandboxServer on a thread of its own, for the in-process sandbox of `keydesk --sandbox`: a slow or
// hostile client, seeding thousands of keys or a large answer never stall the GUI thread. The server is
// created, used and destroyed on that thread only; this object answers from copies taken at start().
//
//     SandboxHost host;
//     if (host.start(options)) client.setBaseUrl(host.serverUrl()); else show(host.errorString());
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost(); // stops the server and joins its thread
    SandboxHost(const SandboxHost&) = delete;
    SandboxHost& operator=(const SandboxHost&) = delete;

    // Limits and timeouts for the next start().
    void setHttpSettings(const SandboxHttpSettings& settings) { m_settings = settings; }

    // Seeds a new state with seed, then listens on 127.0.0.1:port (0 = a free port). Blocks until the
    // server listens (true) or failed (false, errorString()).
    bool start(const SandboxSeeder::Options& seed, quint16 port = 0);
    void stop();

    bool isListening() const { return !m_url.isEmpty(); }
    QUrl serverUrl() const { return m_url; }
    QString mainAccountSid() const { return m_mainAccountSid; }
    QString errorString() const { return m_error; }
    // The thread the server runs on (tests check it is not theirs).
    const QThread* thread() const { return &m_thread; }

private:
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; work is queued to it
    SandboxServer* m_server = nullptr; // created and deleted on m_thread
    SandboxHttpSettings m_settings;
    QUrl m_url;
    QString m_mainAccountSid;
    QString m_error;
};
