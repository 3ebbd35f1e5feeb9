#include "KeyDuplicator.h"

#include "api/ApiTask.h"
#include "keys/PermissionCatalog.h"

KeyDuplicator::KeyDuplicator(KeyService* from, KeyService* into, QObject* parent)
    : QObject(parent)
    , m_from(from)
    , m_into(into ? into : from)
{ }

bool KeyDuplicator::applyChanges(const Policy& base, const QStringList& add, const QStringList& remove,
                                 Policy* out, QString* error)
{
    Policy policy = base;
    const PermissionCatalog& catalog = PermissionCatalog::builtIn();
    for (const QString& raw : remove) {
        const QString permission = raw.trimmed();
        // Granted through "…/<resource>/*": the wildcard becomes the resource's other actions.
        const auto parts = PermissionCatalog::split(permission);
        const QString wildcard
            = parts ? PermissionCatalog::wildcard(parts->product, parts->resource) : QString();
        if (!policy.contains(permission) && parts && policy.contains(wildcard)
            && catalog.actions(parts->product, parts->resource).contains(parts->action)) {
            policy.remove(wildcard);
            for (const QString& action : catalog.actions(parts->product, parts->resource))
                policy.add(PermissionCatalog::join(parts->product, parts->resource, action));
        }
        if (!policy.remove(permission)) {
            *error = tr("the key does not have the permission \"%1\" to leave out").arg(permission);
            return false;
        }
    }
    for (const QString& raw : add) {
        const QString permission = raw.trimmed();
        if (!Policy::isWellFormedPermission(permission)) {
            *error = tr("\"%1\" is not a permission: they look like /twilio/<product>/<resource>/<action>")
                         .arg(permission);
            return false;
        }
        if (!PermissionCatalog::allows(policy.allow(), permission))
            policy.add(permission);
    }
    if (!policy.isValid(error))
        return false;
    *out = std::move(policy);
    return true;
}

KeyCreateRequest KeyDuplicator::createRequest(const ApiKey& source, const DuplicateRequest& request,
                                              Policy* before, QString* error)
{
    KeyCreateRequest create;
    create.friendlyName = request.friendlyName;
    create.api = KeyApi::Iam;
    create.restricted = source.type == ApiKey::Type::Restricted || source.policy.has_value();
    error->clear();
    if (create.restricted) {
        if (!source.policy) {
            *error = tr("the permissions of key %1 are not known yet").arg(source.sid);
            return create;
        }
        *before = *source.policy;
        if (!applyChanges(*source.policy, request.add, request.remove, &create.policy, error))
            return create;
    } else if (!request.add.isEmpty() || !request.remove.isEmpty()) {
        *error = tr("key %1 is a %2 key without permissions; only Restricted keys can be duplicated with "
                    "changed permissions")
                     .arg(source.sid, ApiKey::typeLabel(source.type));
        return create;
    }
    *error = KeyService::checkCreate(create);
    return create;
}

ApiTask* KeyDuplicator::duplicate(const DuplicateRequest& request,
                                  std::function<void(ApiResult<DuplicateResult>)> done)
{
    auto* task = new ApiTask(this);
    if (!m_from || !m_into) {
        finishTaskLater(task, std::move(done), ApiError::invalidRequest(tr("The connection is closed.")));
        return task;
    }
    if (request.source && request.source->detailsKnown()) {
        createFrom(task, *request.source, request, std::move(done));
        return task;
    }
    QPointer<ApiTask> guard(task);
    ApiTask* fetch = m_from->fetch(request.sourceSid, KeyApi::Iam,
                                   [=, done = std::move(done)](ApiResult<ApiKey> source) mutable {
                                       if (!guard)
                                           return;
                                       if (!source.ok()) {
                                           done(source.error());
                                           task->complete();
                                           return;
                                       }
                                       createFrom(task, source.value(), request, std::move(done));
                                   });
    task->track(fetch);
    return task;
}

void KeyDuplicator::createFrom(ApiTask* task, const ApiKey& source, const DuplicateRequest& request,
                               std::function<void(ApiResult<DuplicateResult>)> done)
{
    if (task->isCancelled() || !m_into) {
        done(ApiError::cancelled());
        task->complete();
        return;
    }
    Policy before;
    QString error;
    const KeyCreateRequest create = createRequest(source, request, &before, &error);
    if (!error.isEmpty()) {
        done(ApiError::invalidRequest(error));
        task->complete();
        return;
    }
    QPointer<ApiTask> guard(task);
    ApiTask* creating
        = m_into->create(create, [=, done = std::move(done)](ApiResult<CreatedKey> created) mutable {
              if (!guard)
                  return;
              if (!created.ok()) {
                  done(created.error());
              } else {
                  DuplicateResult result;
                  result.source = source;
                  result.before = before;
                  result.after = create.policy;
                  result.created = created.take();
                  done(std::move(result));
              }
              task->complete();
          });
    task->track(creating);
}
