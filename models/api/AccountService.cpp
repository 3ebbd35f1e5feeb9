#include "AccountService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/ApiPager.h"
#include "api/ApiTask.h"
#include "api/TwilioDate.h"

#include <QJsonArray>
#include <memory>

std::optional<AccountInfo> AccountInfo::fromJson(const QJsonObject& object, QString* error)
{
    AccountInfo info;
    info.sid = object.value(QStringLiteral("sid")).toString();
    if (!ApiCredentials::isAccountSid(info.sid)) {
        if (error)
            *error = AccountService::tr("an account in the answer has no valid SID");
        return std::nullopt;
    }
    info.friendlyName = object.value(QStringLiteral("friendly_name")).toString();
    info.status = object.value(QStringLiteral("status")).toString();
    info.type = object.value(QStringLiteral("type")).toString();
    info.ownerAccountSid = object.value(QStringLiteral("owner_account_sid")).toString();
    info.dateCreated = TwilioDate::parse(object.value(QStringLiteral("date_created")).toString());
    info.dateUpdated = TwilioDate::parse(object.value(QStringLiteral("date_updated")).toString());
    return info;
}

QJsonObject AccountInfo::toJson() const
{
    return {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("friendly_name"), friendlyName },
        { QStringLiteral("status"), status },
        { QStringLiteral("type"), type },
        { QStringLiteral("owner_account_sid"), ownerAccountSid },
        { QStringLiteral("date_created"),
          dateCreated.isValid() ? QJsonValue(dateCreated.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("date_updated"),
          dateUpdated.isValid() ? QJsonValue(dateUpdated.toString(Qt::ISODate)) : QJsonValue() },
    };
}

AccountService::AccountService(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiTask* AccountService::fetchAccount(const QString& accountSid,
                                      std::function<void(ApiResult<AccountInfo>)> done)
{
    auto* task = new ApiTask(this);
    if (!ApiCredentials::isAccountSid(accountSid)) {
        finishTaskLater(
            task, std::move(done),
            ApiError::invalidRequest(
                tr("\"%1\" is not an Account SID (AC followed by 32 hexadecimal digits).").arg(accountSid)));
        return task;
    }
    ApiRequest request;
    request.product = TwilioProduct::Api;
    request.path = QStringLiteral("/2010-04-01/Accounts/%1.json").arg(accountSid);
    request.secretFields = { QByteArrayLiteral("auth_token") }; // never used; kept out of the JSON
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (!call->ok()) {
            done(call->error());
        } else {
            QString error;
            auto info = AccountInfo::fromJson(call->json().object(), &error);
            if (info)
                done(std::move(*info));
            else
                done(ApiError::badResponse(call->httpStatus(), error));
        }
        task->complete();
    });
    return task;
}

ApiTask* AccountService::listSubaccounts(std::function<void(ApiResult<QList<AccountInfo>>)> done)
{
    auto* task = new ApiTask(this);
    const QString parentSid = m_client->accountSid();
    ApiRequest first;
    first.product = TwilioProduct::Api;
    first.path = QStringLiteral("/2010-04-01/Accounts.json");
    first.query.addQueryItem(QStringLiteral("PageSize"), QStringLiteral("1000"));
    first.secretFields = { QByteArrayLiteral("auth_token") }; // one per account; never used
    auto* pager = new ApiPager(m_client, first, QStringLiteral("accounts"), task);
    task->track(pager);
    auto accounts = std::make_shared<QList<AccountInfo>>();
    auto parseError = std::make_shared<QString>();
    connect(pager, &ApiPager::pageReceived, task, [=](const QJsonArray& items) {
        for (const QJsonValue& item : items) {
            QString error;
            auto info = AccountInfo::fromJson(item.toObject(), &error);
            if (!info) {
                *parseError = error;
                pager->cancel();
                return;
            }
            if (info->sid != parentSid)
                accounts->append(std::move(*info));
        }
    });
    connect(pager, &ApiPager::finished, task, [=, done = std::move(done)]() {
        if (!parseError->isEmpty())
            done(ApiError::badResponse(200, *parseError));
        else if (pager->error().isError())
            done(pager->error());
        else
            done(std::move(*accounts));
        task->complete();
    });
    pager->start();
    return task;
}
