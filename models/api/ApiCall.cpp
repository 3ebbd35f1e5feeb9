#include "ApiCall.h"

#include "api/ApiClient.h"
#include "api/ApiUploadDevice.h"
#include "api/OAuthTokenSource.h"
#include "core/SecretBytes.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <cstring>

namespace {

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

void appendPercentEncoded(QByteArray& body, QByteArrayView utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            body.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            body.append('%').append(hex[u >> 4]).append(hex[u & 0xf]);
        }
    }
}

// application/x-www-form-urlencoded. Values can be secrets (the OAuth client secret): the body is
// reserved at its final size up front so appending never reallocates (and leaves a stale copy behind),
// and the UTF-8 temporaries are wiped. The caller wipes the body once it is sent.
QByteArray formBody(const QList<QPair<QString, QString>>& form)
{
    std::vector<QByteArray> names;
    std::vector<QByteArray> values;
    names.reserve(size_t(form.size()));
    values.reserve(size_t(form.size()));
    qsizetype size = 0;
    for (const auto& field : form) {
        names.push_back(field.first.toUtf8());
        values.push_back(field.second.toUtf8());
        size += 3 * (names.back().size() + values.back().size()) + 2;
    }
    QByteArray body;
    body.reserve(size);
    for (size_t i = 0; i < names.size(); ++i) {
        if (!body.isEmpty())
            body.append('&');
        appendPercentEncoded(body, names[i]);
        body.append('=');
        appendPercentEncoded(body, values[i]);
        wipeBytes(values[i]);
    }
    return body;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipJsonSpace(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && isJsonSpace(text[i]))
        ++i;
    return i;
}

// Index just past the closing quote of the JSON string whose opening quote is at `open`; -1 if cut off.
qsizetype jsonStringEnd(QByteArrayView text, qsizetype open)
{
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

int hexValue(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'             ? c - 'a' + 10
            : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                               : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6))).append(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(char(0xe0 | (cp >> 12)))
            .append(char(0x80 | ((cp >> 6) & 0x3f)))
            .append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xf0 | (cp >> 18)))
            .append(char(0x80 | ((cp >> 12) & 0x3f)))
            .append(char(0x80 | ((cp >> 6) & 0x3f)))
            .append(char(0x80 | (cp & 0x3f)));
    }
}

// The UTF-8 value of a JSON string's content (between the quotes). The decoded text is never longer
// than the escaped one, so the reserved buffer never reallocates; it is wiped after the copy.
SecretBytes decodeJsonString(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            int cp = hexValue(raw, i + 1);
            if (cp < 0) {
                out.append(e);
                break;
            }
            i += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && i + 2 < raw.size() && raw[i + 1] == '\\'
                && raw[i + 2] == 'u') {
                const int low = hexValue(raw, i + 3);
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            appendUtf8(out, uint(cp));
            break;
        }
        default:
            out.append(e);
            break; // \" \\ \/
        }
    }
    SecretBytes secret(out);
    wipeBytes(out);
    return secret;
}

// Takes the string values of `fields` out of a raw JSON body: the first value of each into *taken,
// and every value in the body overwritten in place with '*' (same length, so the JSON stays valid).
// A scan of the token stream, not a parse: strings are skipped whole, so a field name inside a value
// never matches, and a string followed by ':' is always a key.
void takeSecretFields(QByteArray& body, const QList<QByteArray>& fields,
                      std::vector<std::pair<QByteArray, SecretBytes>>* taken)
{
    if (fields.isEmpty() || body.isEmpty())
        return;
    char* data = body.data();
    const QByteArrayView text(data, body.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype keyEnd = jsonStringEnd(text, i);
        if (keyEnd < 0)
            return;
        const QByteArrayView key = text.sliced(i + 1, keyEnd - i - 2);
        i = keyEnd;
        const qsizetype colon = skipJsonSpace(text, keyEnd);
        if (colon >= text.size() || text[colon] != ':')
            continue;
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const QByteArray& name) { return name == key; });
        if (field == fields.cend())
            continue;
        const qsizetype open = skipJsonSpace(text, colon + 1);
        if (open >= text.size() || text[open] != '"')
            continue;
        const qsizetype end = jsonStringEnd(text, open);
        if (end < 0)
            return;
        const bool have = std::any_of(taken->cbegin(), taken->cend(),
                                      [&](const auto& entry) { return entry.first == *field; });
        if (!have)
            taken->emplace_back(*field, decodeJsonString(text.sliced(open + 1, end - open - 2)));
        std::memset(data + open + 1, '*', size_t(end - open - 2));
        i = end;
    }
}

// Makes room for `more` bytes in a buffer that may hold a secret, growing it to at most `limit`: a larger
// buffer takes a copy and the old one is wiped, so growing never leaves a stale copy in freed memory.
void reserveWiping(QByteArray& buffer, qint64 more, qint64 limit)
{
    const qint64 needed = buffer.size() + more;
    if (buffer.isDetached() && buffer.capacity() >= needed)
        return;
    QByteArray larger;
    larger.reserve(qsizetype(qMax(needed, qMin<qint64>(2 * buffer.capacity(), limit))));
    larger.append(buffer);
    wipeBytes(buffer);
    buffer = std::move(larger);
}

// "4 MiB", "1000 bytes": a limit as people read it.
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes % 1024 == 0 ? 0 : 1);
}

// Qt stops reading from the socket while this much of the answer waits to be read, so an answer that
// arrives faster than it is read never piles up in memory.
constexpr qint64 ReadBufferBytes = 256 * 1024;

// Retry-After: delta-seconds or an HTTP date. -1 when absent or unreadable.
int retryAfterMs(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin(seconds, 86400.0) * 1000);
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return ms < 0 ? 0 : int(qMin<qint64>(ms, 86400000));
}

ApiError::Kind transportKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ContentReSendError: // the stack wanted to repeat a POST; ApiUploadDevice refused
    case QNetworkReply::UnknownNetworkError: // includes a reset mid-answer
        return ApiError::Kind::ConnectionDropped;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::OperationCanceledError: // not ours (ours disconnects first): a transfer timeout
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}

// Failures that happen before the request could reach the server.
bool neverSent(const ApiError& error, QNetworkReply::NetworkError code)
{
    return error.kind() == ApiError::Kind::Network
        && (code == QNetworkReply::ConnectionRefusedError || code == QNetworkReply::HostNotFoundError);
}

} // namespace

ApiCall::ApiCall(ApiClient* client, ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::attempt);
    // Give every form value storage of its own: the caller's copy shares it (Qt's implicit sharing),
    // and wipeString() cannot wipe shared storage. Now the caller can wipe its copy after send(), and
    // the destructor wipes this one.
    for (auto& field : m_request.form)
        field.second = QString(field.second.constData(), field.second.size());
    m_url = m_request.absoluteUrl.isValid() && !m_request.absoluteUrl.isEmpty()
        ? m_request.absoluteUrl
        : m_client->hosts().url(m_request.product, m_request.path, m_request.query);
}

ApiCall::~ApiCall()
{
    for (auto& field : m_request.form)
        wipeString(field.second);
    clearSecrets();
    wipeBytes(m_body);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    // A refusal before anything is sent finishes inside attempt(); the caller of send() has not
    // connected to finished() yet, so finish() emits it from the event loop then.
    m_starting = true;
    attempt();
    m_starting = false;
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_backoff.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(ApiError::cancelled());
}

void ApiCall::attempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_retryAfterMs = -1;
    wipeBytes(m_body);
    if (!m_request.authenticated) {
        sendWithAuthorization({});
        return;
    }
    const ApiCredentials& credentials = m_client->credentials();
    if (credentials.kind() == ApiCredentials::Kind::OAuthClient && m_client->tokenSource()) {
        QPointer<ApiCall> self(this);
        m_client->tokenSource()->requestAuthorization(this, [self](ApiResult<QByteArray> header) {
            if (!self || self->m_finished)
                return;
            if (!header.ok()) {
                self->finish(header.error());
                return;
            }
            self->sendWithAuthorization(header.take());
        });
        return;
    }
    if (credentials.kind() == ApiCredentials::Kind::None) {
        finish(withContext(ApiError::invalidRequest(tr("No credentials are set for this profile."))));
        return;
    }
    sendWithAuthorization(credentials.authorizationHeader());
}

void ApiCall::sendWithAuthorization(QByteArray authorization)
{
    if (!m_url.isValid() || (m_url.scheme() != u"https" && m_url.scheme() != u"http")) {
        wipeBytes(authorization);
        finish(withContext(
            ApiError::invalidRequest(tr("The request URL \"%1\" is not valid.").arg(m_url.toString()))));
        return;
    }
    QNetworkRequest request(m_url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    wipeBytes(authorization);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Accept-Charset", "utf-8");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkAccessManager* network = m_client->networkAccessManager();
    m_client->countAttempt();
    switch (m_request.method) {
    case ApiRequest::Method::Get:
        m_reply = network->get(request);
        break;
    case ApiRequest::Method::Delete: {
        // An empty body that cannot rewind, for the same reason as POST: Qt's silent resend after a
        // dropped connection would hide that the first DELETE may have worked (KeyDesk's own retry
        // knows to read a 404 after that as done).
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* upload = new ApiUploadDevice(QByteArray());
        m_reply = network->sendCustomRequest(request, QByteArrayLiteral("DELETE"), upload);
        upload->setParent(m_reply);
        break;
    }
    case ApiRequest::Method::Post: {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        // Never let the network stack repeat a POST on its own (see ApiUploadDevice): stream the body from
        // a device that cannot rewind, and keep to HTTP/1.1 where that guarantee is known to hold.
        QByteArray body = formBody(m_request.form);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // The device owns the only copy of the encoded body and wipes it once read to the end, on
        // close() and when destroyed (with the reply).
        auto* upload = new ApiUploadDevice(std::move(body));
        m_reply = network->post(request, upload);
        upload->setParent(m_reply);
        break;
    }
    }
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start(m_client->timeoutMs());
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    bool known = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (!known || announced <= 0)
        return;
    if (announced > m_client->maxResponseBytes()) {
        failTooLarge();
        return;
    }
    // The whole body in one allocation (a compressed answer may still grow past it).
    reserveWiping(m_body, announced - m_body.size(), m_client->maxResponseBytes());
}

void ApiCall::onReadyRead()
{
    if (m_reply && !m_timedOut && !readBody(m_reply))
        failTooLarge();
}

bool ApiCall::readBody(QNetworkReply* reply)
{
    const qint64 limit = m_client->maxResponseBytes();
    for (;;) {
        const qint64 available = reply->bytesAvailable();
        if (available <= 0)
            return true;
        if (m_body.size() + available > limit)
            return false;
        // Read straight into the body: no temporary copy of what may be a secret.
        reserveWiping(m_body, available, limit);
        const qsizetype before = m_body.size();
        m_body.resize(before + qsizetype(available));
        const qint64 got = reply->read(m_body.data() + before, available);
        m_body.resize(before + qsizetype(qMax<qint64>(got, 0)));
        if (got <= 0)
            return true;
    }
}

void ApiCall::failTooLarge()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    m_status = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    wipeBytes(m_body);
    // Not retried: the same request would get the same answer. A POST may have been carried out.
    const ApiError error = ApiError::badResponse(
        m_status,
        tr("the answer is larger than %1, the most KeyDesk reads; it stopped reading there")
            .arg(dataSize(m_client->maxResponseBytes())));
    m_hadAmbiguous = true;
    finish(withContext(error));
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    if (!m_reply)
        return;
    if (!m_timedOut && !readBody(m_reply)) {
        failTooLarge();
        return;
    }
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::move(m_body);
    m_body = QByteArray();
    if (m_timedOut)
        wipeBytes(body);
    const QByteArray contentType = reply->rawHeader("Content-Type");
    m_status = status;
    clearSecrets();
    // Secrets in the answer go into SecretBytes and are blanked in the raw bytes before anything copies
    // or parses them: a QJsonDocument's strings cannot be wiped.
    if (status >= 200 && status < 300 && !m_timedOut)
        takeSecretFields(body, m_request.secretFields, &m_secrets);

    ApiError error;
    if (m_timedOut) {
        error = ApiError::transport(
            ApiError::Kind::Timeout,
            tr("no complete answer within %n second(s)", nullptr, qMax(1, m_client->timeoutMs() / 1000)));
    } else if (status == 0) {
        error = ApiError::transport(transportKind(networkError), reply->errorString());
    } else if (status >= 200 && status < 300) {
        if (networkError != QNetworkReply::NoError) {
            error = ApiError::badResponse(
                status,
                tr("the connection closed in the middle of the answer: %1").arg(reply->errorString()));
        } else if (status != 204 && !body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            m_json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !m_json.isObject()) {
                m_json = {};
                error = ApiError::badResponse(status,
                                              parseError.error != QJsonParseError::NoError
                                                  ? tr("the JSON is cut off or broken: %1 at byte %2")
                                                        .arg(parseError.errorString())
                                                        .arg(parseError.offset)
                                                  : tr("the JSON is not an object"));
            }
        } else if (status != 204 && m_request.method != ApiRequest::Method::Delete) {
            error = ApiError::badResponse(status, tr("the answer has no body"));
        }
    } else if (status >= 300 && status < 400) {
        error = ApiError::fromHttp(status, body, contentType);
    } else {
        error = ApiError::fromHttp(status, body, contentType);
        m_retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"));
        if (status == 401 && m_client->tokenSource() && m_request.authenticated)
            m_client->tokenSource()->invalidate();
    }
    // Bodies can carry secrets (a new key's secret, an auth token); do not leave them in freed memory.
    wipeBytes(body);

    if (!error.isError()) {
        finish({});
        return;
    }
    if (error.isAmbiguous())
        m_hadAmbiguous = true;
    const bool retry = m_attempts < m_client->retryPolicy().maxAttempts
        && (m_request.idempotent() ? shouldRetry(error)
                                   : (error.httpStatus() == 429 || error.twilioCode() == 20429
                                      || neverSent(error, networkError)));
    if (retry) {
        const RetryPolicy& policy = m_client->retryPolicy();
        const int delay = policy.delayBefore(m_attempts + 1, m_retryAfterMs);
        // A server that asks for a longer wait than one call may stall in all gets an answer now:
        // retrying sooner than asked would only be refused again.
        if (m_retryAfterMs > policy.maxRetryAfterMs
            || m_waitedMs + qMax(delay, m_retryAfterMs) > policy.maxTotalWaitMs) {
            if (m_retryAfterMs >= 0)
                error.addNote(
                    tr("The server asked to wait %1 s before trying again (Retry-After), longer than "
                       "KeyDesk waits for one request; try again later.")
                        .arg((qint64(m_retryAfterMs) + 999) / 1000));
            finish(withContext(error));
            return;
        }
        m_waitedMs += delay;
        Q_EMIT retrying(m_attempts + 1, delay, withContext(error));
        m_json = {};
        clearSecrets();
        m_backoff.start(delay);
        return;
    }
    finish(withContext(error));
}

SecretBytes ApiCall::takeSecret(const char* field)
{
    const auto it = std::find_if(m_secrets.begin(), m_secrets.end(),
                                 [&](const auto& entry) { return entry.first == field; });
    if (it == m_secrets.end())
        return {};
    SecretBytes secret = std::move(it->second);
    m_secrets.erase(it);
    return secret;
}

void ApiCall::clearSecrets()
{
    m_secrets.clear(); // SecretBytes wipes itself
}

bool ApiCall::shouldRetry(const ApiError& error) const
{
    return error.isTransient() || error.kind() == ApiError::Kind::BadResponse;
}

ApiError ApiCall::withContext(ApiError error) const
{
    error.setContext(m_url.host().isEmpty() ? m_url.toString()
                                            : m_url.host()
                             + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString()),
                     m_client->credentials().describe(), m_client->hosts().region());
    return error;
}

void ApiCall::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_backoff.stop();
    m_timeout.stop();
    m_error = error.isError() && error.host().isEmpty() ? withContext(error) : error;
    wipeBytes(m_body);
    if (m_starting) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT finished();
}
