#pragma once

#include "SandboxHttpSettings.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

struct SandboxRequest;

// An incremental HTTP/1.1 request parser with no I/O: feed() it bytes as they arrive, it keeps at most
// one header line and the body (both capped) and stops at the end of each request, so pipelined requests
// and hostile input are handled the same way. Refuses, with the HTTP status to answer:
//   400 malformed request line, header or chunk; obs-fold; control characters; a missing or repeated Host;
//       conflicting Content-Length values; Content-Length together with Transfer-Encoding
//   413 a body over maxBodyBytes, decided from Content-Length before any body byte is read, or as soon
//       as the chunks go past it
//   414 a request line over maxHeaderBytes
//   417 an Expect other than 100-continue
//   431 header fields over maxHeaderBytes or maxHeaderCount
//   501 a transfer coding other than chunked
//   505 an HTTP version other than 1.0 and 1.1
class SandboxHttpParser
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    explicit SandboxHttpParser(const SandboxHttpLimits& limits = {});

    // Consumes bytes of data and returns how many it used: everything, or fewer when the request became
    // complete (the rest belongs to the next one) or the parser failed.
    qsizetype feed(QByteArrayView data);
    // Starts over for the next request on the same connection.
    void reset();

    bool hasStarted() const { return m_started; } // at least one byte of this request arrived
    bool headersComplete() const { return m_state >= State::Body; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; } // wire text (English), for the error body

    const QByteArray& method() const { return m_method; }
    const QByteArray& target() const { return m_target; }
    int minorVersion() const { return m_minorVersion; } // HTTP/1.x
    const QList<Header>& headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // the first value, or empty
    const QByteArray& body() const { return m_body; }
    // "Expect: 100-continue" on HTTP/1.1 with a body still to come: the client waits for an interim 100.
    bool expectsContinue() const { return m_expectContinue && m_state == State::Body; }
    // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;

    // The complete request as the handlers see it. False for a target that is not a path (origin form)
    // or an http(s) URL (absolute form).
    bool toSandboxRequest(SandboxRequest* out) const;

private:
    enum class State {
        RequestLine,
        HeaderLines,
        Body, // Content-Length
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed
    };

    qsizetype takeLine(QByteArrayView data, qsizetype limit, int tooLongStatus, bool* complete);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHeaders();
    bool parseChunkSize(QByteArrayView line);
    bool fail(int status, const QString& message);

    SandboxHttpLimits m_limits;
    State m_state = State::RequestLine;
    bool m_started = false;
    QByteArray m_line; // the header or chunk-size line being assembled (without CR LF)
    qsizetype m_headerBytes = 0;
    QByteArray m_method;
    QByteArray m_target;
    int m_minorVersion = 1;
    QList<Header> m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; // body or chunk bytes still to read
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QString m_errorMessage;
};
