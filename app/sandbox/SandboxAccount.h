#pragma once

#include <QString>

// An account (the main one or a subaccount) with its Auth Tokens. Sandbox credentials are made up, so
// the tokens are kept as text: FetchAccount returns auth_token, as Twilio does, but only to a caller that
// authenticated with the account's Auth Token itself (never to an API key or a Bearer token).
struct SandboxAccount
{
    quint64 seq = 0;
    QString sid;
    QString ownerAccountSid; // the main account's own SID for the main account
    QString friendlyName;
    QString status = QStringLiteral("active"); // active | suspended | closed
    QString type = QStringLiteral("Full"); // Trial | Full
    qint64 dateCreated = 0;
    qint64 dateUpdated = 0;
    QString authToken;
    qint64 authTokenDate = 0; // when the current primary became primary
    QString secondaryAuthToken; // empty when there is none
    qint64 secondaryDateCreated = 0;

    bool isSubaccount() const { return ownerAccountSid != sid; }
};
