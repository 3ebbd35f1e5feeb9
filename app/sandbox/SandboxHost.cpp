#include "SandboxHost.h"

#include "SandboxServer.h"
#include "SandboxState.h"

SandboxHost::SandboxHost()
{
    m_thread.setObjectName(QStringLiteral("keydesk-sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxSeeder::Options& seed, quint16 port)
{
    stop();
    m_error.clear();
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool listening = false;
    // Blocking: this thread waits (without an event loop) until the server thread has run it.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new SandboxServer;
            m_server->setHttpSettings(m_settings);
            SandboxSeeder::seed(m_server->state(), seed);
            listening = m_server->start(port);
            if (listening) {
                m_url = m_server->serverUrl();
                m_mainAccountSid = m_server->state().mainAccountSid();
            } else {
                m_error = m_server->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        stop();
    return listening;
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server; // closes every connection on the thread that owns them
            m_server = nullptr;
            m_context->deleteLater(); // when the thread finishes
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
    m_url.clear();
    m_mainAccountSid.clear();
}
