#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// One error value for everything that can go wrong talking to Twilio: an API error body in any of the
// shapes Twilio uses (JSON {code, message, more_info, status}, RFC 9457 problem, {"errors":[…]}, v2010
// XML RestException), HTML and empty error pages, cut-off bodies, and network failures.
// sentence() turns it into something a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // no error
        Api, // the server answered with an error status
        Network, // could not connect (refused, DNS, unreachable)
        Timeout, // no complete answer in time
        ConnectionDropped, // the connection closed before the answer was complete
        Tls, // certificate or handshake failure
        BadResponse, // a success status with a body that is cut off or not what was expected
        Cancelled, // the caller cancelled
        InvalidRequest, // refused before sending (client-side check)
    };

    // What the body of an error response looked like; for tests and diagnostics.
    enum class BodyShape {
        None,
        TwilioJson,
        ProblemJson,
        ErrorsArray,
        OtherJson,
        TruncatedJson,
        Xml,
        Html,
        Text
    };

    ApiError() = default;

    // Parses an error response. contentType is the raw Content-Type header (may be empty).
    static ApiError fromHttp(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
    static ApiError transport(Kind kind, const QString& detail);
    static ApiError badResponse(int httpStatus, const QString& detail);
    static ApiError invalidRequest(const QString& message);
    static ApiError cancelled();

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    int twilioCode() const { return m_code; }
    // The server's own message (or the transport's detail), as received.
    QString message() const { return m_message; }
    QString moreInfo() const { return m_moreInfo; }
    BodyShape bodyShape() const { return m_shape; }

    // Where and how the request went, for sentence(): host name, a description of the credential
    // ("API key SK…", "Auth Token of AC…"), and the processing region.
    void setContext(const QString& host, const QString& credential, const QString& region);
    QString host() const { return m_host; }

    // True when a failed request may or may not have reached the server and been carried out: a POST
    // that failed like this must not be repeated blindly.
    bool isAmbiguous() const;
    // True when repeating an idempotent request may succeed (429, 5xx, timeouts, dropped connections).
    bool isTransient() const;

    // A sentence added after sentence(), e.g. what a re-read found out after an ambiguous create.
    void addNote(const QString& note) { m_note = m_note.isEmpty() ? note : m_note + u' ' + note; }
    QString note() const { return m_note; }

    // One or two sentences for a person: what happened and what to check.
    QString sentence() const;
    // "HTTP 401, Twilio error 20003" style tag for logs and the CLI (no secrets in it).
    QString tag() const;

private:
    QString baseSentence() const;

    Kind m_kind = Kind::None;
    BodyShape m_shape = BodyShape::None;
    int m_httpStatus = 0;
    int m_code = 0;
    QString m_message;
    QString m_moreInfo;
    QString m_host;
    QString m_credential;
    QString m_region;
    QString m_note;
};
