#pragma once

#include "api/ApiCredentials.h"
#include "api/ApiRequest.h"
#include "api/RetryPolicy.h"
#include "api/TwilioHosts.h"

#include <QObject>
#include <memory>

class ApiCall;
class OAuthTokenSource;
class QNetworkAccessManager;

// The connection to Twilio for one profile: hosts (region, edge, base-URL override), credentials,
// retry policy and timeouts, over one QNetworkAccessManager. Everything is asynchronous: send()
// returns an ApiCall that reports through signals; nothing blocks the calling thread.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    // Uses the given manager instead of an own one (not owned).
    void setNetworkAccessManager(QNetworkAccessManager* manager);
    QNetworkAccessManager* networkAccessManager() const { return m_network; }

    void setHosts(const TwilioHosts& hosts) { m_hosts = hosts; }
    const TwilioHosts& hosts() const { return m_hosts; }

    // OAuthClient credentials get an OAuthTokenSource that exchanges them at oauth.twilio.com/v2/token.
    void setCredentials(ApiCredentials credentials);
    const ApiCredentials& credentials() const { return m_credentials; }
    QString accountSid() const { return m_credentials.accountSid(); }
    OAuthTokenSource* tokenSource() const { return m_tokenSource; }

    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    const RetryPolicy& retryPolicy() const { return m_retry; }
    // Per-attempt limit for a complete answer.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // The most one answer's body may hold (a page of 1000 keys is about 0.5 MB); a longer one is cut
    // off as soon as it passes the limit and ends the call with an error.
    static constexpr qint64 DefaultMaxResponseBytes = 4 * 1024 * 1024;
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    // The most pages one list follows (10,000 pages of 1000 keys is far beyond any account).
    static constexpr int DefaultMaxListPages = 10000;
    void setMaxListPages(int pages) { m_maxListPages = pages; }
    int maxListPages() const { return m_maxListPages; }

    // "keydesk/0.1.0 (Qt 6.4.2; Linux)"
    static QByteArray userAgent();

    // Starts the request; the call belongs to parent (or to this client) and emits finished() once.
    ApiCall* send(const ApiRequest& request, QObject* parent = nullptr);

    // How many HTTP attempts went out so far (retries included); for diagnostics and tests.
    qint64 attemptCount() const { return m_attempts; }

private:
    friend class ApiCall;
    void countAttempt() { ++m_attempts; }

    QNetworkAccessManager* m_network = nullptr;
    TwilioHosts m_hosts;
    ApiCredentials m_credentials;
    OAuthTokenSource* m_tokenSource = nullptr;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    int m_maxListPages = DefaultMaxListPages;
    qint64 m_attempts = 0;
};
