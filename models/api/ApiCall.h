#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "core/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <vector>

class ApiClient;
class QNetworkReply;

// One logical REST request: sends it, retries idempotent requests on transient failures with backoff
// and Retry-After (timer-driven, never blocking), and ends with either a parsed JSON body or an
// ApiError. Emits finished() exactly once, always from the event loop (never inside send()).
//
// Limits against a hostile or broken server: an answer's body is read as it arrives and the reply is
// aborted as soon as it passes ApiClient::maxResponseBytes() (Content-Length is checked up front), and
// all waits between attempts stay within RetryPolicy::maxTotalWaitMs (a longer Retry-After ends the
// call with an error that says the server asked to wait).
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiClient* client, ApiRequest request, QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    // Stops at once: the reply is aborted or the pending retry dropped; finishes with Kind::Cancelled.
    void abort();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_status; }
    // The parsed body of a successful answer (empty for 204). The request's secretFields are blanked
    // ('*' of the same length) in it; take their values with takeSecret().
    const QJsonDocument& json() const { return m_json; }
    // The value of one of the request's secretFields in a successful answer (the first occurrence),
    // moved out of the call; empty when the field was absent, not a string, or already taken.
    SecretBytes takeSecret(const char* field);
    int attempts() const { return m_attempts; }
    // When the first attempt went out (UTC).
    QDateTime startedAt() const { return m_startedAt; }
    QUrl url() const { return m_url; }
    const ApiRequest& request() const { return m_request; }
    // True when an earlier attempt failed in a way that may have been carried out (for DELETE: a later
    // 404 then means the first attempt deleted it).
    bool hadAmbiguousAttempt() const { return m_hadAmbiguous; }

Q_SIGNALS:
    void finished();
    // A transient failure; the next attempt starts after delayMs.
    void retrying(int nextAttempt, int delayMs, const ApiError& error);

private:
    void attempt();
    void sendWithAuthorization(QByteArray authorization);
    void onMetaDataChanged();
    void onReadyRead();
    // Moves what the reply has into m_body; false once the body would pass the limit.
    bool readBody(QNetworkReply* reply);
    // The answer passed the size limit: abort it and end the call (never retried).
    void failTooLarge();
    void onReplyFinished();
    void onTimeout();
    void finish(ApiError error);
    bool shouldRetry(const ApiError& error) const;
    ApiError withContext(ApiError error) const;
    void clearSecrets();

    ApiClient* m_client;
    ApiRequest m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QDateTime m_startedAt;
    QJsonDocument m_json;
    QByteArray m_body; // the answer so far; may hold secrets, so grown and freed by wiping
    std::vector<std::pair<QByteArray, SecretBytes>> m_secrets;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    int m_retryAfterMs = -1;
    qint64 m_waitedMs = 0; // between attempts, in all
    bool m_timedOut = false;
    bool m_starting = false;
    bool m_finished = false;
    bool m_hadAmbiguous = false;
};
