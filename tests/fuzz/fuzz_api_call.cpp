// libFuzzer target for how ApiCall reads an answer: status, Content-Type, Retry-After and the body,
// through the real ApiCall with a network manager that answers from the input instead of a socket. This
// reaches the in-place secret-field scanner (secret values taken out of the raw body and blanked before
// JSON parsing), the JSON checks, ApiError::fromHttp and the Retry-After reader.
//
// Input: "<METHOD> <status>[ <network error number>]\n" then header lines "Name: value", an empty line,
// and the body. Example: "POST 201\nContent-Type: application/json\n\n{\"sid\":\"SK…\",\"secret\":\"…\"}".
#include "FuzzSupport.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <cstdint>
#include <cstring>

namespace {

struct Answer
{
    ApiRequest::Method method = ApiRequest::Method::Get;
    int status = 200;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// A finished reply with the answer's status, headers and body; emits its signals from the event loop,
// as a real reply does.
class FuzzReply : public QNetworkReply
{
public:
    FuzzReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request,
              const Answer& answer, QObject* parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        if (answer.status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
        for (const auto& header : answer.headers)
            setRawHeader(header.first, header.second);
        if (answer.error != QNetworkReply::NoError)
            setError(answer.error, QStringLiteral("fuzzed network error"));
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setFinished(true);
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT metaDataChanged();
                if (error() != QNetworkReply::NoError)
                    Q_EMIT errorOccurred(error());
                if (!m_body.isEmpty())
                    Q_EMIT readyRead();
                Q_EMIT downloadProgress(m_body.size(), m_body.size());
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }

    void abort() override { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_read);
        if (n <= 0)
            return -1;
        std::memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

class FuzzNetwork : public QNetworkAccessManager
{
public:
    Answer answer;

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override
    {
        if (outgoingData)
            outgoingData->readAll(); // as a real upload would
        return new FuzzReply(operation, request, answer, this);
    }
};

Answer readAnswer(const uint8_t* data, size_t size)
{
    Answer answer;
    Fuzz::Lines input(data, size);
    const QList<QByteArray> first = input.next().toByteArray().split(' ');
    const QByteArray method = first.value(0);
    answer.method = method == "POST" ? ApiRequest::Method::Post
        : method == "DELETE"         ? ApiRequest::Method::Delete
                                     : ApiRequest::Method::Get;
    bool ok = false;
    const int status = first.value(1).toInt(&ok);
    answer.status = ok && status >= 0 && status <= 999 ? status : 200;
    const int error = first.value(2).toInt(&ok);
    if (ok && error > 0 && error < 500)
        answer.error = QNetworkReply::NetworkError(error);
    while (!input.atEnd()) {
        const QByteArrayView line = input.next();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            answer.headers.append(
                { line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray() });
    }
    answer.body = input.rest().toByteArray();
    return answer;
}

// Every string value of a secret field in the parsed answer is blanked ('*' only).
void checkBlanked(const QJsonValue& value, const QList<QByteArray>& fields)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            checkBlanked(item, fields);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && fields.contains(it.key().toUtf8())) {
                const QString text = it.value().toString();
                Fuzz::check(text.count(u'*') == text.size(), "a secret field left in the parsed answer");
            }
            checkBlanked(it.value(), fields);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application();
    static FuzzNetwork* network = new FuzzNetwork;
    network->answer = readAnswer(data, size);

    ApiClient client;
    client.setNetworkAccessManager(network);
    client.setCredentials(ApiCredentials::apiKey(QStringLiteral("AC0123456789abcdef0123456789abcdef"),
                                                 QStringLiteral("SK0123456789abcdef0123456789abcdef"),
                                                 SecretBytes(QByteArrayView("fuzz-secret"))));
    RetryPolicy retry;
    retry.maxAttempts = 2; // the first retry reports its delay; the harness stops there
    client.setRetryPolicy(retry);

    ApiRequest request;
    request.method = network->answer.method;
    request.product = TwilioProduct::Iam;
    request.path = QStringLiteral("/v1/Keys");
    if (request.method == ApiRequest::Method::Post)
        request.form = { { QStringLiteral("FriendlyName"), QStringLiteral("fuzz") } };
    request.secretFields = { "secret", "auth_token", "access_token", "refresh_token" };

    ApiCall* call = client.send(request);
    QEventLoop loop;
    int retryDelay = -2;
    QObject::connect(call, &ApiCall::retrying, &loop, [&](int, int delayMs, const ApiError&) {
        retryDelay = delayMs;
        call->abort();
    });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    if (!call->isFinished())
        loop.exec();
    Fuzz::check(call->isFinished(), "the call finished");
    if (retryDelay != -2) {
        Fuzz::check(retryDelay >= 0, "a retry delay is never negative");
        Fuzz::check(retryDelay <= qMax(retry.maxDelayMs, retry.maxRetryAfterMs), "Retry-After is capped");
    }
    if (call->ok()) {
        Fuzz::check(call->json().isObject() || call->json().isNull(), "a successful answer is an object");
        checkBlanked(call->json().object(), request.secretFields);
        for (const QByteArray& field : request.secretFields) {
            SecretBytes secret = call->takeSecret(field.constData());
            Fuzz::check(call->takeSecret(field.constData()).isEmpty(), "a secret is taken once");
        }
    } else {
        Fuzz::check(call->error().isError(), "a failed call has an error");
        Fuzz::check(!call->error().sentence().isEmpty(), "a failed call says why");
    }
    delete call;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
