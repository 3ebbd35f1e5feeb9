#include "SandboxHttpParser.h"

#include "SandboxRequest.h"

#include <algorithm>
#include <utility>

// Error messages are wire text for Twilio-style error bodies, not user interface: not translated.

namespace {

constexpr qsizetype maxChunkLine = 1024; // chunk size with extensions, or the CRLF after a chunk

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Field values: visible characters, space, tab and obs-text; no other control characters.
bool isFieldValue(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// The comma-separated elements of every field called name, trimmed and in order.
QList<QByteArray> listElements(const QList<SandboxHttpParser::Header>& headers, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const auto& [fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : value.split(','))
            out.append(trimmedOws(part).toByteArray());
    }
    return out;
}

int fieldCount(const QList<SandboxHttpParser::Header>& headers, QByteArrayView name)
{
    return int(std::count_if(headers.begin(), headers.end(), [&](const SandboxHttpParser::Header& h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

} // namespace

SandboxHttpParser::SandboxHttpParser(const SandboxHttpLimits& limits)
    : m_limits(limits)
{ }

void SandboxHttpParser::reset()
{
    m_state = State::RequestLine;
    m_started = false;
    m_line.clear();
    m_headerBytes = 0;
    m_method.clear();
    m_target.clear();
    m_minorVersion = 1;
    m_headers.clear();
    m_body.clear();
    m_remaining = 0;
    m_expectContinue = false;
    m_errorStatus = 0;
    m_errorMessage.clear();
}

bool SandboxHttpParser::fail(int status, const QString& message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_line.clear();
    m_body.clear();
    return false;
}

QByteArray SandboxHttpParser::header(QByteArrayView name) const
{
    for (const auto& [fieldName, value] : m_headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxHttpParser::keepAlive() const
{
    const QList<QByteArray> options = listElements(m_headers, "connection");
    const auto has = [&](QByteArrayView option) {
        return std::any_of(options.begin(), options.end(),
                           [&](const QByteArray& o) { return o.compare(option, Qt::CaseInsensitive) == 0; });
    };
    if (has("close"))
        return false;
    return m_minorVersion >= 1 || has("keep-alive");
}

// Appends data up to and including the next LF to m_line (at most maxLine bytes), returns the bytes
// used; *complete when the line ended (its CR LF or LF removed).
qsizetype SandboxHttpParser::takeLine(QByteArrayView data, qsizetype maxLine, int tooLongStatus,
                                      bool* complete)
{
    const qsizetype lf = data.indexOf('\n');
    const QByteArrayView piece = lf < 0 ? data : data.first(lf);
    if (m_line.size() + piece.size() > maxLine) {
        fail(tooLongStatus,
             tooLongStatus == 414       ? QStringLiteral("The request line is too long")
                 : tooLongStatus == 431 ? QStringLiteral("The request header fields are too large")
                                        : QStringLiteral("A chunk size line is too long"));
        return lf < 0 ? data.size() : lf + 1;
    }
    m_line.append(piece);
    *complete = lf >= 0;
    if (*complete && m_line.endsWith('\r'))
        m_line.chop(1);
    return lf < 0 ? data.size() : lf + 1;
}

qsizetype SandboxHttpParser::feed(QByteArrayView data)
{
    qsizetype used = 0;
    while (used < data.size() && m_state != State::Complete && m_state != State::Failed) {
        m_started = true;
        const QByteArrayView rest = data.sliced(used);
        switch (m_state) {
        case State::RequestLine:
        case State::HeaderLines:
        case State::Trailers: {
            bool complete = false;
            // m_headerBytes already counts the part of this line kept in m_line (it came in an earlier
            // feed()); takeLine() adds m_line's size itself, so it must not be taken off twice.
            const qsizetype budget = m_limits.maxHeaderBytes - (m_headerBytes - m_line.size());
            const qsizetype n = takeLine(rest, budget, m_state == State::RequestLine ? 414 : 431, &complete);
            used += n;
            m_headerBytes += n;
            if (m_state == State::Failed || !complete)
                break;
            const QByteArray line = std::exchange(m_line, QByteArray());
            if (m_state == State::RequestLine) {
                if (!line.isEmpty() && parseRequestLine(line))
                    m_state = State::HeaderLines;
                // Empty lines before a request are ignored (RFC 9112, 2.2).
            } else if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    m_state = State::Complete;
                else
                    finishHeaders();
            } else if (m_state == State::HeaderLines) {
                parseHeaderLine(line);
            } else {
                // Trailer fields: checked like headers, then dropped.
                const QList<Header> kept = m_headers;
                if (parseHeaderLine(line))
                    m_headers = kept;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, rest.size()));
            m_body.append(rest.first(n));
            m_remaining -= n;
            used += n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd: {
            bool complete = false;
            used += takeLine(rest, maxChunkLine, 400, &complete);
            if (m_state == State::Failed || !complete)
                break;
            const QByteArray line = std::exchange(m_line, QByteArray());
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    fail(400, QStringLiteral("A chunk is longer than its size says"));
                else
                    m_state = State::ChunkSize;
            } else {
                parseChunkSize(line);
            }
            break;
        }
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return used;
}

bool SandboxHttpParser::parseRequestLine(QByteArrayView line)
{
    const auto malformed = [this] {
        return fail(400, QStringLiteral("The request line is not \"METHOD /path HTTP/1.1\""));
    };
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return malformed();
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || method.size() > 32)
        return malformed();
    if (!std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
        return malformed();
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return malformed();
    if (version[5] != '1')
        return fail(505, QStringLiteral("HTTP version not supported; use HTTP/1.1"));
    m_method = method.toByteArray();
    m_target = target.toByteArray();
    m_minorVersion = version[7] == '0' ? 0 : 1;
    return true;
}

bool SandboxHttpParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, QStringLiteral("Folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, QStringLiteral("A header line is not \"Name: value\""));
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(400, QStringLiteral("A header value contains control characters"));
    if (m_headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("The request has too many header fields"));
    m_headers.append({ line.first(colon).toByteArray(), value.toByteArray() });
    return true;
}

bool SandboxHttpParser::finishHeaders()
{
    const int hosts = fieldCount(m_headers, "host");
    if (hosts > 1 || (m_minorVersion == 1 && hosts == 0))
        return fail(400, QStringLiteral("An HTTP/1.1 request needs exactly one Host header"));
    for (const char* single : { "authorization", "content-type" }) {
        if (fieldCount(m_headers, single) > 1)
            return fail(400, QStringLiteral("The %1 header is repeated").arg(QLatin1String(single)));
    }

    const QList<QByteArray> codings = listElements(m_headers, "transfer-encoding");
    const QList<QByteArray> lengths = listElements(m_headers, "content-length");
    const bool hasCodings = fieldCount(m_headers, "transfer-encoding") > 0;
    if (hasCodings && !lengths.isEmpty())
        return fail(400, QStringLiteral("Content-Length and Transfer-Encoding cannot both be sent"));
    if (hasCodings) {
        if (m_minorVersion == 0)
            return fail(400, QStringLiteral("Transfer-Encoding is not allowed in HTTP/1.0"));
        if (codings.size() != 1 || codings.front().compare("chunked", Qt::CaseInsensitive) != 0) {
            if (codings.contains(QByteArray()))
                return fail(400, QStringLiteral("The Transfer-Encoding header is malformed"));
            return fail(501, QStringLiteral("Only the chunked transfer coding is supported"));
        }
    }

    qint64 length = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const QByteArray& text = lengths.at(i);
        const bool digits = !text.isEmpty() && text.size() <= 18
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            return fail(400, QStringLiteral("Content-Length is not a number"));
        const qint64 value = text.toLongLong();
        if (i > 0 && value != length)
            return fail(400, QStringLiteral("Conflicting Content-Length values"));
        length = value;
    }

    const QList<QByteArray> expect = listElements(m_headers, "expect");
    if (!expect.isEmpty()) {
        if (expect.size() != 1 || expect.front().compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, QStringLiteral("Only \"Expect: 100-continue\" is supported"));
        m_expectContinue = m_minorVersion == 1;
    }

    if (hasCodings) {
        m_state = State::ChunkSize;
        return true;
    }
    if (length > m_limits.maxBodyBytes)
        return fail(
            413,
            QStringLiteral("The request body is too large (at most %1 bytes)").arg(m_limits.maxBodyBytes));
    if (length == 0) {
        m_state = State::Complete;
        return true;
    }
    m_body.reserve(qsizetype(length));
    m_remaining = length;
    m_state = State::Body;
    return true;
}

bool SandboxHttpParser::parseChunkSize(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0 && !isFieldValue(line.sliced(semicolon)))
        return fail(400, QStringLiteral("A chunk extension contains control characters"));
    const QByteArrayView size = trimmedOws(semicolon >= 0 ? line.first(semicolon) : line);
    const bool hex
        = !size.isEmpty() && size.size() <= 15 && std::all_of(size.begin(), size.end(), [](char c) {
              return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
          });
    if (!hex)
        return fail(400, QStringLiteral("A chunk size is not a hexadecimal number"));
    const qint64 bytes = size.toByteArray().toLongLong(nullptr, 16);
    if (bytes == 0) {
        m_state = State::Trailers;
        return true;
    }
    if (bytes > m_limits.maxBodyBytes - m_body.size())
        return fail(
            413,
            QStringLiteral("The request body is too large (at most %1 bytes)").arg(m_limits.maxBodyBytes));
    m_remaining = bytes;
    m_state = State::ChunkData;
    return true;
}

bool SandboxHttpParser::toSandboxRequest(SandboxRequest* out) const
{
    QByteArrayView target = m_target;
    if (!target.startsWith('/')) {
        // Absolute form: drop the scheme and authority.
        const QByteArray lower = target.first(std::min<qsizetype>(target.size(), 8)).toByteArray().toLower();
        const qsizetype schemeEnd = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (schemeEnd < 0)
            return false;
        const qsizetype slash = target.indexOf('/', schemeEnd);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target = target.first(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    const QByteArrayView query = question < 0 ? QByteArrayView() : target.sliced(question + 1);

    SandboxRequest r;
    r.method = QString::fromLatin1(m_method);
    r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toByteArray()));
    r.query = SandboxRequest::parseUrlEncoded(query);
    r.authorization = header("authorization");
    r.closeConnection = !keepAlive();
    r.body = m_body;
    if (!header("content-type").trimmed().toLower().startsWith("application/json"))
        r.form = SandboxRequest::parseUrlEncoded(r.body);
    *out = std::move(r);
    return true;
}
