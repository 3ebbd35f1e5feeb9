#include "AccountService.h"

#include "api/AnswerFields.h"
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
    QString problem;
    const QJsonValue sid = object.value(QStringLiteral("sid"));
    info.sid = sid.isString() ? sid.toString() : QString();
    if (!ApiCredentials::isAccountSid(info.sid)) {
        if (error)
            *error = AccountService::tr("an account in the answer has no valid SID");
        return std::nullopt;
    }
    const QString what = AccountService::tr("account %1").arg(info.sid);
    static const QStringList statuses { QStringLiteral("active"), QStringLiteral("suspended"),
                                        QStringLiteral("closed") };
    static const QStringList types { QStringLiteral("Trial"), QStringLiteral("Full") };
    const bool ok = AnswerFields::text(object, QStringLiteral("friendly_name"), maxFriendlyNameLength, what,
                                       &info.friendlyName, &problem)
        && AnswerFields::text(object, QStringLiteral("status"), 16, what, &info.status, &problem)
        && AnswerFields::text(object, QStringLiteral("type"), 16, what, &info.type, &problem)
        && AnswerFields::accountSid(object, QStringLiteral("owner_account_sid"), what, &info.ownerAccountSid,
                                    &problem)
        && AnswerFields::date(object, QStringLiteral("date_created"), what, &info.dateCreated, &problem)
        && AnswerFields::date(object, QStringLiteral("date_updated"), what, &info.dateUpdated, &problem);
    if (ok && !statuses.contains(info.status))
        problem = AccountService::tr("%1 has a status that is not active, suspended or closed").arg(what);
    else if (ok && !info.type.isEmpty() && !types.contains(info.type))
        problem = AccountService::tr("%1 has a type that is not Trial or Full").arg(what);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
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
            if (info && info->sid != accountSid)
                done(ApiError::badResponse(call->httpStatus(),
                                           tr("the answer is about account %1, not the one asked for (%2)")
                                               .arg(info->sid, accountSid)));
            else if (info)
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
            if (info->sid == parentSid)
                continue;
            // Twilio lists the account itself and the subaccounts it owns; anything else is not ours.
            if (info->ownerAccountSid != parentSid) {
                *parseError = tr("the answer lists account %1, which account %2 does not own")
                                  .arg(info->sid, parentSid);
                pager->cancel();
                return;
            }
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
