#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QStringView>

// Wire formats shared by the sandbox's endpoints: dates, SIDs, random credentials.
class SandboxFormat
{
public:
    // "Mon, 13 Jun 2016 22:50:08 +0000" (api v2010 and iam v1), always in English.
    static QString rfc2822(qint64 secsSinceEpoch);
    // "2015-07-31T04:00:00Z" (accounts v1).
    static QString iso8601(qint64 secsSinceEpoch);

    // prefix + 32 lowercase hex digits from the operating system's CSPRNG.
    static QString newSid(QLatin1String prefix);
    // true when text is prefix + 32 hex digits (either case), as the specs' patterns allow.
    static bool isSid(QStringView text, QLatin1String prefix);

    // Random credentials from the CSPRNG: [A-Za-z0-9] (key secrets) and lowercase hex (Auth Tokens).
    static QString randomAlphanumeric(int length);
    static QString randomHex(int length);

    static QByteArray sha256(QByteArrayView data);
    static QString moreInfoUrl(int code);
};
