#include "SandboxServer.h"

#include "SandboxDelivery.h"
#include "SandboxFormat.h"
#include "SandboxHttpServer.h"
#include "SandboxRequest.h"
#include "SandboxRouter.h"
#include "SandboxState.h"
#include "SandboxStateFile.h"

#include <QFileInfo>
#include <QHostAddress>

namespace {

SandboxResponse faultResponse(int status, int retryAfter)
{
    // Wire text, not translated.
    QString message;
    switch (status) {
    case 429:
        message = QStringLiteral("Too Many Requests");
        break;
    case 500:
        message = QStringLiteral("Internal Server Error");
        break;
    case 503:
        message = QStringLiteral("Service Unavailable");
        break;
    default:
        message = QStringLiteral("Injected fault");
        break;
    }
    SandboxResponse r
        = SandboxResponse::error(status, 20000 + status, message + QStringLiteral(" (sandbox fault)"));
    if (retryAfter >= 0)
        r.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    return r;
}

} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_router(std::make_unique<SandboxRouter>(*m_state))
{ }

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(quint16 port)
{
    stop();
    m_errorString.clear();
    auto* http = new SandboxHttpServer([this](const SandboxRequest& request) { return dispatch(request); },
                                       m_httpSettings, this);
    if (!http->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(http->errorString());
        delete http;
        return false;
    }
    m_http = http;
    m_port = http->serverPort();
    m_router->setBaseUrl(serverUrl().toString(QUrl::FullyEncoded));
    return true;
}

void SandboxServer::stop()
{
    if (m_http) {
        delete m_http; // closes the listening socket and every connection it owns
        m_http = nullptr;
    }
    m_port = 0;
}

QUrl SandboxServer::serverUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool SandboxServer::setFaultSpec(const QString& spec, QString* error)
{
    return m_faults.setSpec(spec, error);
}

bool SandboxServer::attachStateFile(const QString& path, QString* error)
{
    disconnect(m_state.get(), &SandboxState::changed, this, &SandboxServer::saveState);
    m_stateFile.clear();
    if (QFileInfo::exists(path)) {
        if (!SandboxStateFile::load(path, m_state.get(), error))
            return false;
    } else if (!SandboxStateFile::save(path, *m_state, error)) {
        return false;
    }
    m_stateFile = path;
    connect(m_state.get(), &SandboxState::changed, this, &SandboxServer::saveState);
    return true;
}

void SandboxServer::saveState()
{
    if (m_stateFile.isEmpty())
        return;
    QString error;
    if (!SandboxStateFile::save(m_stateFile, *m_state, &error)) {
        qWarning("keydesk-sandbox: %s", qPrintable(error));
        Q_EMIT stateSaveFailed(error);
    }
}

SandboxDelivery SandboxServer::dispatch(const SandboxRequest& request)
{
    ++m_requestCount;
    const SandboxFaults::Decision decision = m_faults.decide(request.method, request.path);
    SandboxDelivery out;
    out.latencyMs = decision.latencyMs;
    switch (decision.action) {
    case SandboxFaults::Decision::Action::Status:
        out.response = faultResponse(decision.status, decision.retryAfter);
        break;
    case SandboxFaults::Decision::Action::Drop:
        out.mode = SandboxDelivery::Mode::Drop;
        if (decision.dropAfterProcessing)
            out.response = m_router->handle(request);
        break;
    case SandboxFaults::Decision::Action::Truncate:
        out.response = m_router->handle(request);
        out.mode = decision.truncateJson ? SandboxDelivery::Mode::TruncateJson
                                         : SandboxDelivery::Mode::TruncateShort;
        break;
    case SandboxFaults::Decision::Action::None:
        out.response = m_router->handle(request);
        break;
    }
    out.response.withHeader(QByteArrayLiteral("Twilio-Request-Id"),
                            SandboxFormat::newSid(QLatin1String("RQ")).toLatin1());
    Q_EMIT requestHandled(request.method, request.path,
                          out.mode == SandboxDelivery::Mode::Drop ? 0 : out.response.status);
    return out;
}
