#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

enum class SandboxKeyType { Main, Standard, Restricted };

// One API key as the sandbox stores it. The secret itself is never kept: only its SHA-256, which
// authentication compares in constant time.
struct SandboxKey
{
    quint64 seq = 0; // global creation order; page tokens refer to it
    QString sid;
    QString accountSid;
    std::optional<QString> friendlyName; // null when created without one, as Twilio does
    qint64 dateCreated = 0; // seconds since the epoch, UTC
    qint64 dateUpdated = 0;
    SandboxKeyType type = SandboxKeyType::Standard;
    QStringList policy; // the "allow" list of a Restricted key; empty otherwise
    QByteArray secretSha256; // raw 32 bytes
};
