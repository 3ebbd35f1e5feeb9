#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class OrderedJson;

// A complete HTTP answer: status, headers and body.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const OrderedJson& document);
    // Twilio's error body {code, message, more_info, status}.
    static SandboxResponse error(int status, int code, const QString& message);
    // The same error as v2010 answers it for paths without ".json": <TwilioResponse><RestException>.
    static SandboxResponse xmlError(int status, int code, const QString& message);
    static SandboxResponse noContent();

    SandboxResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};
