#include "AuthTokenService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/ApiTask.h"
#include "api/TwilioDate.h"

#include <QJsonObject>

AuthTokenService::AuthTokenService(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

bool AuthTokenService::isAuthToken(QByteArrayView token)
{
    if (token.size() != 32)
        return false;
    for (const char c : token)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

QString AuthTokenService::checkAccount(const QString& accountSid) const
{
    if (!ApiCredentials::isAccountSid(accountSid))
        return tr("the answer's account_sid is not an Account SID");
    if (accountSid != m_client->accountSid())
        return tr("the answer is about account %1, not %2").arg(accountSid, m_client->accountSid());
    return {};
}

ApiTask* AuthTokenService::createSecondary(std::function<void(ApiResult<SecondaryAuthToken>)> done)
{
    auto* task = new ApiTask(this);
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.product = TwilioProduct::Accounts;
    request.path = QStringLiteral("/v1/AuthTokens/Secondary");
    request.secretFields = { QByteArrayLiteral("secondary_auth_token") };
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (!call->ok()) {
            ApiError error = call->error();
            if (error.isAmbiguous())
                error.addNote(
                    tr("The secondary token may or may not exist now; if creating it again fails, delete "
                       "it and create a new one."));
            done(error);
            task->complete();
            return;
        }
        const QJsonObject o = call->json().object();
        SecretBytes token = call->takeSecret("secondary_auth_token");
        SecondaryAuthToken secondary;
        secondary.accountSid = o.value(QStringLiteral("account_sid")).toString();
        secondary.dateCreated = TwilioDate::parse(o.value(QStringLiteral("date_created")).toString());
        // Checked before anything is shown or kept: a malformed answer is an error, never a token.
        QString problem;
        if (token.isEmpty())
            problem = tr("the answer has no secondary_auth_token");
        else if (!isAuthToken(token.view()))
            problem = tr("the secondary_auth_token in the answer is not 32 hexadecimal digits (not shown)");
        else if (const QString sid = checkAccount(secondary.accountSid); !sid.isEmpty())
            problem = sid;
        else if (!secondary.dateCreated.isValid())
            problem = tr("the answer's date_created cannot be read");
        if (!problem.isEmpty()) {
            token.clear();
            done(ApiError::badResponse(call->httpStatus(), problem));
        } else {
            secondary.token = std::move(token);
            done(std::move(secondary));
        }
        task->complete();
    });
    return task;
}

ApiTask* AuthTokenService::deleteSecondary(std::function<void(ApiResult<bool>)> done)
{
    auto* task = new ApiTask(this);
    ApiRequest request;
    request.method = ApiRequest::Method::Delete;
    request.product = TwilioProduct::Accounts;
    request.path = QStringLiteral("/v1/AuthTokens/Secondary");
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (call->ok())
            done(true);
        else if (call->error().httpStatus() == 404 && call->hadAmbiguousAttempt())
            done(true); // the first attempt deleted it; its answer was lost
        else
            done(call->error());
        task->complete();
    });
    return task;
}

ApiTask* AuthTokenService::promote(std::function<void(ApiResult<QDateTime>)> done)
{
    auto* task = new ApiTask(this);
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.product = TwilioProduct::Accounts;
    request.path = QStringLiteral("/v1/AuthTokens/Promote");
    // The answer carries the promoted (now primary) auth token, which nothing here needs: blank it.
    request.secretFields = { QByteArrayLiteral("auth_token"), QByteArrayLiteral("secondary_auth_token") };
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (!call->ok()) {
            done(call->error());
        } else {
            const QJsonObject o = call->json().object();
            const QDateTime updated = TwilioDate::parse(o.value(QStringLiteral("date_updated")).toString());
            if (const QString problem = checkAccount(o.value(QStringLiteral("account_sid")).toString());
                !problem.isEmpty())
                done(ApiError::badResponse(call->httpStatus(), problem));
            else
                done(updated.isValid() ? updated : QDateTime::currentDateTimeUtc());
        }
        task->complete();
    });
    return task;
}
