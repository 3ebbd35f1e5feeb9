#pragma once

#include "api/ApiResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

class ApiClient;
class ApiTask;

// An account or subaccount as v2010 describes it (never its auth_token, which the answer carries
// and KeyDesk discards).
struct AccountInfo
{
    QString sid;
    QString friendlyName;
    QString status; // active | suspended | closed
    QString type; // Trial | Full
    QString ownerAccountSid;
    QDateTime dateCreated;
    QDateTime dateUpdated;

    static constexpr int maxFriendlyNameLength = 1024;
    // Every field checked (issue 8, item 9): a valid SID; status active, suspended or closed; type Trial
    // or Full when present; owner an Account SID; dates that parse; text fields of text type and bounded.
    // nullopt with *error (a sentence fragment) otherwise.
    static std::optional<AccountInfo> fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;
};

// Fetches the profile's account and lists its subaccounts (api.twilio.com/2010-04-01/Accounts).
class AccountService : public QObject
{
    Q_OBJECT

public:
    explicit AccountService(ApiClient* client, QObject* parent = nullptr);

    // The account of the credentials (or another SID the credentials may read).
    ApiTask* fetchAccount(const QString& accountSid, std::function<void(ApiResult<AccountInfo>)> done);
    // Every account the credentials see except the parent itself, all pages.
    ApiTask* listSubaccounts(std::function<void(ApiResult<QList<AccountInfo>>)> done);

private:
    ApiClient* m_client;
};
