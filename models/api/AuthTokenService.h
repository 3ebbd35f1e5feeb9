#pragma once

#include "api/ApiResult.h"
#include "core/SecretBytes.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class ApiClient;
class ApiTask;

// A secondary Auth Token just created: shown once, then wiped.
struct SecondaryAuthToken
{
    QString accountSid;
    SecretBytes token;
    QDateTime dateCreated;
};

// Auth Token rotation on accounts.twilio.com/v1/AuthTokens: create the secondary token, promote it
// to primary (the old primary stops working at once), delete it. The create and promote POSTs are
// never repeated automatically.
class AuthTokenService : public QObject
{
    Q_OBJECT

public:
    explicit AuthTokenService(ApiClient* client, QObject* parent = nullptr);

    ApiTask* createSecondary(std::function<void(ApiResult<SecondaryAuthToken>)> done);
    ApiTask* deleteSecondary(std::function<void(ApiResult<bool>)> done);
    // Result: when the promotion happened (date_updated). The new primary token in the answer is the
    // former secondary, which the caller already has; it is discarded.
    ApiTask* promote(std::function<void(ApiResult<QDateTime>)> done);

    // An Auth Token's shape: 32 hexadecimal digits.
    static bool isAuthToken(QByteArrayView token);

private:
    // Empty when the answer's account_sid is the client's account; else a sentence.
    QString checkAccount(const QString& accountSid) const;

    ApiClient* m_client;
};
