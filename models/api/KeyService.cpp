#include "KeyService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiPager.h"
#include "api/ApiTask.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace {

ApiError invalid(const QString& message)
{
    return ApiError::invalidRequest(message);
}

} // namespace

KeyService::KeyService(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QString KeyService::targetAccountSid() const
{
    return m_targetAccountSid.isEmpty() ? m_client->accountSid() : m_targetAccountSid;
}

ApiTask* KeyService::newTask()
{
    return new ApiTask(this);
}

ApiKey::Source KeyService::listSource(KeyApi api) const
{
    return api == KeyApi::Iam ? ApiKey::Source::IamList : ApiKey::Source::V2010;
}

QString KeyService::keysPath(KeyApi api) const
{
    if (api == KeyApi::Iam)
        return QStringLiteral("/v1/Keys");
    return QStringLiteral("/2010-04-01/Accounts/%1/Keys.json").arg(targetAccountSid());
}

QString KeyService::keyPath(const QString& sid, KeyApi api) const
{
    if (api == KeyApi::Iam)
        return QStringLiteral("/v1/Keys/%1").arg(sid);
    return QStringLiteral("/2010-04-01/Accounts/%1/Keys/%2.json").arg(targetAccountSid(), sid);
}

QString KeyService::checkFriendlyName(const QString& name)
{
    const qsizetype length = name.toUcs4().size();
    if (length > maxFriendlyNameLength)
        return tr("The name has %1 characters; Twilio allows at most %2.")
            .arg(length)
            .arg(maxFriendlyNameLength);
    return {};
}

QString KeyService::checkCreate(const KeyCreateRequest& request)
{
    if (const QString nameProblem = checkFriendlyName(request.friendlyName); !nameProblem.isEmpty())
        return nameProblem;
    if (request.restricted) {
        if (request.api == KeyApi::V2010)
            return tr(
                "Restricted keys can be created only through IAM v1 (--api iam); v2010 makes Standard keys.");
        QString error;
        if (!request.policy.isValid(&error))
            return tr("The permissions cannot be sent: %1.").arg(error);
    } else if (!request.policy.isEmpty()) {
        return tr("Only Restricted keys have permissions.");
    }
    return {};
}

bool KeyService::parseItems(const QJsonArray& items, ApiKey::Source source, const QString& region,
                            QList<ApiKey>* keys, QString* error)
{
    for (const QJsonValue& item : items) {
        if (!item.isObject()) {
            *error = tr("a list item is not an object");
            return false;
        }
        auto key = ApiKey::fromJson(item.toObject(), source, region, error);
        if (!key)
            return false;
        keys->append(std::move(*key));
    }
    return true;
}

ApiTask* KeyService::list(KeyApi api, std::function<void(ApiResult<QList<ApiKey>>)> done)
{
    auto keys = std::make_shared<QList<ApiKey>>();
    return listPages(
        api, [keys](QList<ApiKey> page) { keys->append(std::move(page)); },
        [keys, done = std::move(done)](ApiResult<qint64> count) {
            if (count.ok())
                done(std::move(*keys));
            else
                done(count.error());
        });
}

ApiTask* KeyService::listPages(KeyApi api, std::function<void(QList<ApiKey> page)> pageReceived,
                               std::function<void(ApiResult<qint64>)> done)
{
    ApiTask* task = newTask();
    if (!ApiCredentials::isAccountSid(targetAccountSid())) {
        finishTaskLater(task, std::move(done), invalid(tr("The profile has no valid Account SID.")));
        return task;
    }
    ApiRequest first;
    first.product = api == KeyApi::Iam ? TwilioProduct::Iam : TwilioProduct::Api;
    first.path = keysPath(api);
    if (api == KeyApi::Iam)
        first.query.addQueryItem(QStringLiteral("AccountSid"), targetAccountSid());
    first.query.addQueryItem(QStringLiteral("PageSize"), QString::number(m_pageSize));

    auto* pager = new ApiPager(m_client, first, QStringLiteral("keys"), task);
    task->track(pager);
    auto count = std::make_shared<qint64>(0);
    auto parseError = std::make_shared<QString>();
    const ApiKey::Source source = listSource(api);
    const QString region = m_client->hosts().region();
    connect(pager, &ApiPager::pageReceived, task,
            [=, pageReceived = std::move(pageReceived)](const QJsonArray& items) {
                if (!parseError->isEmpty())
                    return;
                QList<ApiKey> page;
                page.reserve(items.size());
                QString error;
                if (!parseItems(items, source, region, &page, &error)) {
                    *parseError = error.isEmpty() ? tr("a key in the list cannot be read") : error;
                    pager->cancel();
                    return;
                }
                *count += page.size();
                pageReceived(std::move(page));
            });
    connect(pager, &ApiPager::finished, task, [=, done = std::move(done)]() {
        if (!parseError->isEmpty())
            done(ApiError::badResponse(200, *parseError));
        else if (pager->error().isError())
            done(pager->error());
        else
            done(*count);
        task->complete();
    });
    pager->start();
    return task;
}

// Sends a request whose answer is one key (fetch, update) and finishes the task with it.
void KeyService::sendForKey(ApiTask* task, const ApiRequest& request, KeyApi api,
                            std::function<void(ApiResult<ApiKey>)> done)
{
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    const QString region = m_client->hosts().region();
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (!call->ok()) {
            done(call->error());
        } else {
            QString error;
            auto key = ApiKey::fromJson(call->json().object(),
                                        api == KeyApi::Iam ? ApiKey::Source::IamFetch : ApiKey::Source::V2010,
                                        region, &error);
            if (key)
                done(std::move(*key));
            else
                done(ApiError::badResponse(call->httpStatus(), error));
        }
        task->complete();
    });
}

ApiTask* KeyService::fetch(const QString& sid, KeyApi api, std::function<void(ApiResult<ApiKey>)> done)
{
    ApiTask* task = newTask();
    if (!ApiCredentials::isKeySid(sid)) {
        finishTaskLater(
            task, std::move(done),
            invalid(tr("\"%1\" is not an API key SID (SK followed by 32 hexadecimal digits).").arg(sid)));
        return task;
    }
    ApiRequest request;
    request.product = api == KeyApi::Iam ? TwilioProduct::Iam : TwilioProduct::Api;
    request.path = keyPath(sid, api);
    sendForKey(task, request, api, std::move(done));
    return task;
}

ApiTask* KeyService::fetchDetails(QList<ApiKey> keys, std::function<void(ApiResult<QList<ApiKey>>)> done)
{
    ApiTask* task = newTask();
    struct State
    {
        QList<ApiKey> keys;
        std::function<void(ApiResult<QList<ApiKey>>)> done;
        qsizetype next = 0;
        qsizetype finished = 0;
        int running = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->keys = std::move(keys);
    state->done = std::move(done);
    if (state->keys.isEmpty()) {
        QTimer::singleShot(0, task, [task, state]() {
            state->done(QList<ApiKey>());
            task->complete();
        });
        return task;
    }
    // Starts fetches until the concurrency limit; each finished fetch starts the next.
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, task, state, weakPump = std::weak_ptr<std::function<void()>>(pump)]() {
        while (!state->failed && state->running < m_detailConcurrency && state->next < state->keys.size()) {
            const qsizetype index = state->next++;
            ++state->running;
            ApiTask* one = fetch(state->keys.at(index).sid, KeyApi::Iam,
                                 [task, state, index, weakPump](ApiResult<ApiKey> r) {
                                     --state->running;
                                     if (state->failed)
                                         return;
                                     if (!r.ok()) {
                                         state->failed = true;
                                         task->cancel(); // the other fetches in flight
                                         state->done(r.error());
                                         task->complete();
                                         return;
                                     }
                                     state->keys[index].mergeDetails(r.value());
                                     ++state->finished;
                                     task->reportProgress(state->finished, 0);
                                     if (state->finished == state->keys.size()) {
                                         state->done(std::move(state->keys));
                                         task->complete();
                                     } else if (auto p = weakPump.lock()) {
                                         (*p)();
                                     }
                                 });
            task->track(one);
        }
    };
    // The pump lives as long as the task (held by this connection's functor); the fetch callbacks only
    // hold it weakly, so there is no reference cycle.
    connect(task, &ApiTask::finished, task, [pump] {});
    (*pump)();
    return task;
}

ApiTask* KeyService::create(const KeyCreateRequest& request, std::function<void(ApiResult<CreatedKey>)> done)
{
    ApiTask* task = newTask();
    QString problem = checkCreate(request);
    if (problem.isEmpty() && !ApiCredentials::isAccountSid(targetAccountSid()))
        problem = tr("The profile has no valid Account SID.");
    if (!problem.isEmpty()) {
        finishTaskLater(task, std::move(done), invalid(problem));
        return task;
    }
    if (request.existingSids) {
        postCreate(task, request, std::move(done));
        return task;
    }
    // Snapshot the keys that exist now, so that after an ambiguous failure the new key is told apart
    // by its SID rather than by comparing Twilio's clock with ours.
    QPointer<ApiTask> guard(task);
    ApiTask* listTask = list(request.api, [=, done = std::move(done)](ApiResult<QList<ApiKey>> keys) mutable {
        if (!guard)
            return;
        if (task->isCancelled()) {
            done(ApiError::cancelled());
            task->complete();
            return;
        }
        KeyCreateRequest withSnapshot = request;
        if (keys.ok()) {
            QSet<QString> sids;
            for (const ApiKey& key : keys.value())
                sids.insert(key.sid);
            withSnapshot.existingSids = std::move(sids);
        }
        // A failed read leaves the snapshot unset: the create still goes ahead, and an ambiguous failure
        // is then reported as unconfirmed.
        postCreate(task, withSnapshot, std::move(done));
    });
    task->track(listTask);
    return task;
}

void KeyService::postCreate(ApiTask* task, const KeyCreateRequest& request,
                            std::function<void(ApiResult<CreatedKey>)> done)
{
    ApiRequest post;
    post.method = ApiRequest::Method::Post;
    post.product = request.api == KeyApi::Iam ? TwilioProduct::Iam : TwilioProduct::Api;
    post.path = keysPath(request.api);
    if (request.api == KeyApi::Iam)
        post.form << qMakePair(QStringLiteral("AccountSid"), targetAccountSid());
    if (!request.friendlyName.isEmpty())
        post.form << qMakePair(QStringLiteral("FriendlyName"), request.friendlyName);
    if (request.restricted) {
        post.form << qMakePair(QStringLiteral("KeyType"), QStringLiteral("restricted"));
        post.form << qMakePair(QStringLiteral("Policy"), QString::fromUtf8(request.policy.toJson()));
    }
    post.secretFields = { QByteArrayLiteral("secret") };
    ApiCall* call = m_client->send(post, task);
    task->track(call);
    const QString region = m_client->hosts().region();
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() mutable {
        if (call->ok()) {
            QJsonObject o = call->json().object();
            SecretBytes secret = call->takeSecret("secret");
            o.remove(QStringLiteral("secret")); // only '*' left there
            QString error;
            auto key = ApiKey::fromJson(
                o, request.api == KeyApi::Iam ? ApiKey::Source::IamFetch : ApiKey::Source::V2010, region,
                &error);
            if (key && request.api == KeyApi::Iam && !key->policy && !request.restricted)
                key->type = ApiKey::Type::Standard; // a created key is never Main
            if (key && request.api == KeyApi::V2010)
                key->type = ApiKey::Type::Standard;
            if (key && !secret.isEmpty()) {
                CreatedKey created;
                created.key = std::move(*key);
                created.secret = std::move(secret);
                done(std::move(created));
                task->complete();
                return;
            }
            // A 201 we cannot read: the key exists but the answer is useless. Find it.
            const ApiError cause
                = ApiError::badResponse(call->httpStatus(), key ? tr("the answer has no secret") : error);
            recoverAmbiguousCreate(task, request, call->startedAt(), cause, std::move(done), 1);
            return;
        }
        // A 5xx may have come after the key was made; look rather than guess.
        if ((call->error().isAmbiguous() || call->error().httpStatus() >= 500) && !task->isCancelled()) {
            // A timed-out create may still be running on Twilio's side: look twice.
            const int checks = call->error().kind() == ApiError::Kind::Timeout ? 2 : 1;
            recoverAmbiguousCreate(task, request, call->startedAt(), call->error(), std::move(done), checks);
            return;
        }
        done(call->error());
        task->complete();
    });
}

void KeyService::recoverAmbiguousCreate(ApiTask* task, const KeyCreateRequest& request,
                                        const QDateTime& startedAt, const ApiError& cause,
                                        std::function<void(ApiResult<CreatedKey>)> done, int checks)
{
    // Never post again: re-read the list and look for a key with this name that was not there before
    // the attempt (or, without a snapshot, that was made shortly before or after it began).
    QPointer<ApiTask> guard(task);
    ApiTask* listTask = list(request.api, [=, done = std::move(done)](ApiResult<QList<ApiKey>> keys) {
        if (!guard)
            return;
        if (!keys.ok()) {
            ApiError unknown = cause;
            unknown.addNote(
                tr("KeyDesk could not re-read the key list to check whether the key was created (%1) "
                   "Look at the list before trying again.")
                    .arg(keys.error().sentence()));
            done(unknown);
            task->complete();
            return;
        }
        const QDateTime since = startedAt.addSecs(-m_skewSecs);
        const ApiKey* found = nullptr;
        for (const ApiKey& key : keys.value()) {
            if (key.friendlyName != request.friendlyName)
                continue;
            const bool isNew = request.existingSids ? !request.existingSids->contains(key.sid)
                                                    : key.dateCreated.isValid() && key.dateCreated >= since;
            if (isNew && (!found || key.dateCreated > found->dateCreated))
                found = &key;
        }
        if (found) {
            CreatedKey created;
            created.key = *found;
            if (created.key.type == ApiKey::Type::Unknown || created.key.type == ApiKey::Type::Main)
                created.key.type = request.restricted ? ApiKey::Type::Restricted : ApiKey::Type::Standard;
            if (request.restricted)
                created.key.policy = request.policy;
            created.outcome = CreatedKey::Outcome::CreatedSecretLost;
            created.cause = cause;
            done(std::move(created));
        } else if (checks > 1 && !task->isCancelled()) {
            // The request may still be in progress on the server: look again a little later.
            QTimer::singleShot(m_recheckDelayMs, task, [=]() {
                if (task->isCancelled()) {
                    done(ApiError::cancelled());
                    task->complete();
                    return;
                }
                recoverAmbiguousCreate(task, request, startedAt, cause, done, checks - 1);
            });
            return;
        } else {
            ApiError notCreated = cause;
            if (request.existingSids)
                notCreated.addNote(
                    tr("KeyDesk re-read the key list: no key was created, so it is safe to try again."));
            else
                notCreated.addNote(
                    tr("KeyDesk could not confirm whether the key was created (it could not read the key "
                       "list before the attempt to compare with); check the key list before retrying."));
            done(notCreated);
        }
        task->complete();
    });
    task->track(listTask);
}

ApiTask* KeyService::update(const QString& sid, const KeyUpdate& changes, KeyApi api,
                            std::function<void(ApiResult<ApiKey>)> done)
{
    ApiTask* task = newTask();
    QString problem;
    if (!ApiCredentials::isKeySid(sid))
        problem = tr("\"%1\" is not an API key SID (SK followed by 32 hexadecimal digits).").arg(sid);
    else if (!changes.friendlyName && !changes.policy)
        problem = tr("Nothing to change: give a new name or permissions.");
    else if (changes.friendlyName)
        problem = checkFriendlyName(*changes.friendlyName);
    if (problem.isEmpty() && changes.policy) {
        QString error;
        if (api == KeyApi::V2010)
            problem = tr("Permissions can be changed only through IAM v1.");
        else if (!changes.policy->isValid(&error))
            problem = tr("The permissions cannot be sent: %1.").arg(error);
    }
    if (!problem.isEmpty()) {
        finishTaskLater(task, std::move(done), invalid(problem));
        return task;
    }
    ApiRequest post;
    post.method = ApiRequest::Method::Post;
    post.product = api == KeyApi::Iam ? TwilioProduct::Iam : TwilioProduct::Api;
    post.path = keyPath(sid, api);
    if (changes.friendlyName)
        post.form << qMakePair(QStringLiteral("FriendlyName"), *changes.friendlyName);
    if (changes.policy)
        post.form << qMakePair(QStringLiteral("Policy"), QString::fromUtf8(changes.policy->toJson()));
    post.secretFields = { QByteArrayLiteral("secret") };
    sendForKey(task, post, api, std::move(done));
    return task;
}

ApiTask* KeyService::remove(const QString& sid, KeyApi api, std::function<void(ApiResult<bool>)> done)
{
    ApiTask* task = newTask();
    if (!ApiCredentials::isKeySid(sid)) {
        finishTaskLater(
            task, std::move(done),
            invalid(tr("\"%1\" is not an API key SID (SK followed by 32 hexadecimal digits).").arg(sid)));
        return task;
    }
    ApiRequest request;
    request.method = ApiRequest::Method::Delete;
    request.product = api == KeyApi::Iam ? TwilioProduct::Iam : TwilioProduct::Api;
    request.path = keyPath(sid, api);
    ApiCall* call = m_client->send(request, task);
    task->track(call);
    connect(call, &ApiCall::finished, task, [=, done = std::move(done)]() {
        if (call->ok())
            done(true);
        else if (call->error().httpStatus() == 404 && call->hadAmbiguousAttempt())
            done(true); // an earlier attempt whose answer was lost did the delete
        else
            done(call->error());
        task->complete();
    });
    return task;
}
