#pragma once

#include "api/ApiKey.h"
#include "api/ApiResult.h"
#include "api/KeyService.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class ApiTask;

// What a duplicate asks for: a new key with a Restricted key's permissions (or, for a Standard key, a
// new Standard key), adjusted by additions and removals, under a new name.
struct DuplicateRequest
{
    QString sourceSid;
    // The source as already read through IAM v1 (with its policy). When unset, duplicate() fetches it.
    std::optional<ApiKey> source;
    QString friendlyName;
    QStringList add; // permissions added to the source's
    QStringList remove; // permissions of the source left out (each must be in the source's policy)
};

// What a duplicate gave: the source as read, the policies before and after, and the created key.
struct DuplicateResult
{
    ApiKey source;
    Policy before;
    Policy after;
    CreatedKey created;
};

// The duplicate operation shared by keydesk-cli (keys duplicate) and the Keys page: read the source's
// policy, apply the changes, create the new key — through `into`, which may manage another account (a
// subaccount) than `from`. Never posts more than once (KeyService::create's rules hold).
class KeyDuplicator : public QObject
{
    Q_OBJECT

public:
    KeyDuplicator(KeyService* from, KeyService* into, QObject* parent = nullptr);

    // base + add − remove, order kept (additions at the end). False with *error when a removal is not in
    // base, an addition is not a permission, or the result cannot be sent (Policy::problems).
    static bool applyChanges(const Policy& base, const QStringList& add, const QStringList& remove,
                             Policy* out, QString* error);
    // The create request for a source and request, checked (KeyService::checkCreate). Empty *error on
    // success.
    static KeyCreateRequest createRequest(const ApiKey& source, const DuplicateRequest& request,
                                          Policy* before, QString* error);

    // The result goes to done once (an ApiError of kind InvalidRequest for refused changes); dropped
    // when this object is destroyed first.
    ApiTask* duplicate(const DuplicateRequest& request, std::function<void(ApiResult<DuplicateResult>)> done);

private:
    void createFrom(ApiTask* task, const ApiKey& source, const DuplicateRequest& request,
                    std::function<void(ApiResult<DuplicateResult>)> done);

    QPointer<KeyService> m_from;
    QPointer<KeyService> m_into;
};
