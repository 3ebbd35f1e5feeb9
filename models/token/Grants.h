#pragma once

#include "core/OrderedJson.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One grant as it sits in the token's "grants" object: its wire key and its JSON value.
struct Grant
{
    QString key;
    OrderedJson value;
};

// The typed grants of Twilio's helper libraries. toGrant() writes the fields in the order Twilio's node
// library writes them, and only the fields that are set (node leaves out falsy fields).
struct VoiceGrant
{
    bool incomingAllow = false;
    QString outgoingApplicationSid; // AP…
    OrderedJson outgoingApplicationParams; // an object, written only with an application SID
    QString pushCredentialSid; // CR…
    QString endpointId;
    Grant toGrant() const;
};

struct VideoGrant
{
    QString room; // a room name or RM… SID; empty = any room
    Grant toGrant() const;
};

struct ChatGrant
{
    QString serviceSid; // IS…
    QString endpointId;
    QString deploymentRoleSid; // RL…
    QString pushCredentialSid; // CR…
    Grant toGrant() const;
};

struct SyncGrant
{
    QString serviceSid; // IS…
    QString endpointId;
    Grant toGrant() const;
};

struct TaskRouterGrant
{
    QString workspaceSid; // WS…
    QString workerSid; // WK…
    QString role;
    Grant toGrant() const;
};

struct PlaybackGrant
{
    OrderedJson grant; // the object from the PlayerStreamer PlaybackGrant API, embedded verbatim
    Grant toGrant() const;
};

// What KeyDesk knows about grant keys and their fields, shared by the builder (to refuse) and the
// inspector (to report).
class GrantCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GrantCatalog)

public:
    enum class Status { Current, Legacy, Unknown };

    struct Issue
    {
        enum class Kind { UnknownGrant, LegacyGrant, SidPrefixMismatch, WrongType };
        Kind kind;
        QString path; // e.g. "voice.outgoing.application_sid"
        QString message;
    };

    struct SidField
    {
        QString path; // dotted path below "grants"
        QString prefix; // two letters
        QString meaning; // what the SID names, for people
    };

    static Status status(const QString& grantKey);
    static QString displayName(const QString& grantKey); // "Voice", "Chat (legacy IP Messaging)"…
    static QStringList currentKeys();
    static const QList<SidField>& sidFields();
    // What a two-letter SID prefix names ("AP" → "TwiML App"), or an empty string.
    static QString prefixMeaning(QStringView prefix);

    // Checks one grant: known key, legacy key, value type and SID prefixes of known fields.
    static QList<Issue> check(const Grant& grant);

    // Reads the "grants" object in Twilio's wire format ({"voice":{…}, "video":{…}}), keeping its order.
    // "identity" is not a grant and is refused here (it has its own option).
    static bool fromWireJson(QByteArrayView json, QList<Grant>* grants, QString* error);
};

// ^<prefix>[0-9a-fA-F]{32}$
bool isSid(QStringView text, QStringView prefix);
