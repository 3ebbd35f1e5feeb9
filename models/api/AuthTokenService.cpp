#include "AuthTokenService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/TwilioDate.h"

#include <QJsonObject>

AuthTokenService::AuthTokenService(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

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
        if (token.isEmpty()) {
            done(ApiError::badResponse(call->httpStatus(), tr("the answer has no secondary_auth_token")));
        } else {
            SecondaryAuthToken secondary;
            secondary.accountSid = o.value(QStringLiteral("account_sid")).toString();
            secondary.token = std::move(token);
            secondary.dateCreated = TwilioDate::parse(o.value(QStringLiteral("date_created")).toString());
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
            const QDateTime updated
                = TwilioDate::parse(call->json().object().value(QStringLiteral("date_updated")).toString());
            done(updated.isValid() ? updated : QDateTime::currentDateTimeUtc());
        }
        task->complete();
    });
    return task;
}
