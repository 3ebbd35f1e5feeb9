#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

// A request as the sandbox's handlers see it, independent of QtHttpServer so tests and handlers can
// build one directly.
struct SandboxRequest
{
    QString method; // "GET", "POST", …
    QString path; // percent-decoded, without the query
    QHash<QString, QString> query; // the last value wins for repeated names
    QHash<QString, QString> form; // application/x-www-form-urlencoded body
    QByteArray authorization; // the raw Authorization header
    QByteArray body;
    bool closeConnection = false; // "Connection: close": close after answering

    // Decodes name=value&… with '+' as space and percent escapes, UTF-8 (form and query encoding).
    static QHash<QString, QString> parseUrlEncoded(QByteArrayView text);
};
