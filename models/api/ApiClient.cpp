#include "ApiClient.h"

#include "api/ApiCall.h"
#include "api/OAuthTokenSource.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Never follow redirects with credentials attached; a redirect is reported as an error.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setNetworkAccessManager(QNetworkAccessManager* manager)
{
    if (m_network && m_network->parent() == this)
        m_network->deleteLater();
    m_network = manager;
}

void ApiClient::setCredentials(ApiCredentials credentials)
{
    m_credentials = std::move(credentials);
    delete m_tokenSource;
    m_tokenSource = nullptr;
    if (m_credentials.kind() == ApiCredentials::Kind::OAuthClient)
        m_tokenSource = new OAuthTokenSource(this, this);
}

QByteArray ApiClient::userAgent()
{
    QString os = QSysInfo::kernelType();
    if (!os.isEmpty())
        os[0] = os.at(0).toUpper();
    return QStringLiteral("keydesk/%1 (Qt %2; %3)")
        .arg(QStringLiteral(KEYDESK_VERSION), QString::fromLatin1(qVersion()), os)
        .toUtf8();
}

ApiCall* ApiClient::send(const ApiRequest& request, QObject* parent)
{
    auto* call = new ApiCall(this, request, parent ? parent : this);
    call->start();
    return call;
}
