#pragma once

#include "api/ApiKey.h"
#include "api/ApiResult.h"
#include "core/SecretBytes.h"

#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

class ApiClient;
class ApiTask;
struct ApiRequest;

// Which REST API manages the keys: IAM v1 (iam.twilio.com/v1/Keys: types, policies) or v2010
// (api.twilio.com/2010-04-01/Accounts/AC…/Keys.json: Standard keys, regional hosts).
enum class KeyApi { Iam, V2010 };

// What a create asks for.
struct KeyCreateRequest
{
    QString friendlyName;
    bool restricted = false;
    Policy policy; // for Restricted keys
    KeyApi api = KeyApi::Iam;
    // The SIDs of every key that exists before the create (a list the caller has just read). When
    // unset, create() reads the list itself first. After an ambiguous failure, a key with this name
    // whose SID is not in the snapshot is the one this create made (no clock comparison).
    std::optional<QSet<QString>> existingSids;
};

// What a create gave: the key and its secret (shown once), or — after an ambiguous failure that the
// re-read of the list resolved — the key without its secret.
struct CreatedKey
{
    enum class Outcome { Created, CreatedSecretLost };
    ApiKey key;
    SecretBytes secret; // empty when Outcome::CreatedSecretLost
    Outcome outcome = Outcome::Created;
    ApiError cause; // why the answer was lost (CreatedSecretLost)
};

// Changes for update(): unset members stay as they are.
struct KeyUpdate
{
    std::optional<QString> friendlyName;
    std::optional<Policy> policy; // Restricted keys only
};

// List, fetch, create, update and delete API keys. Every call is asynchronous: it returns an ApiTask
// (progress, cancel) and hands its result to the callback once, on the thread's event loop. The
// callback is dropped if the service is destroyed first.
class KeyService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFriendlyNameLength = 64;
    static constexpr int defaultPageSize = 1000;

    explicit KeyService(ApiClient* client, QObject* parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 1000); }
    // The account whose keys this service manages: a subaccount of the credential's account (Twilio lets
    // the parent's Auth Token or Main key manage its subaccounts' keys), or, when empty (the default),
    // the credential's own account. Calls already running keep the account they started with.
    void setTargetAccountSid(const QString& accountSid) { m_targetAccountSid = accountSid; }
    QString targetAccountSid() const;
    // Only when no snapshot of the key SIDs from before the create could be read: a key with the name
    // that appears in the list with a creation date no earlier than the attempt's start minus this
    // skew counts as "created by this attempt" after an ambiguous failure (clocks can disagree by
    // minutes), and KeyDesk never claims that nothing was created.
    void setCreationSkewSecs(int secs) { m_skewSecs = secs; }
    // After a create timed out and the first re-read found nothing, the list is read once more this much
    // later, in case the create was still running on the server.
    void setRecheckDelayMs(int ms) { m_recheckDelayMs = ms; }

    // Every key of the target account (ApiClient::targetAccountSid()), all pages, in one result.
    ApiTask* list(KeyApi api, std::function<void(ApiResult<QList<ApiKey>>)> done);
    // The same list handed over page by page as each page arrives (the caller shows rows at once); done
    // gets the number of keys read, or the error that ended the list (pages already handed over stay
    // valid).
    ApiTask* listPages(KeyApi api, std::function<void(QList<ApiKey> page)> pageReceived,
                       std::function<void(ApiResult<qint64>)> done);
    // IAM v1 gives the policy (and so the type); v2010 only name and dates.
    ApiTask* fetch(const QString& sid, KeyApi api, std::function<void(ApiResult<ApiKey>)> done);
    // Fetches every key's details from IAM v1 (type, permissions), a few requests at a time, and merges
    // them into the list entries; progress reports keys done. Stops at the first failure. (The GUI
    // fetches lazily, one key at a time, through KeyDetailsLoader.)
    ApiTask* fetchDetails(QList<ApiKey> keys, std::function<void(ApiResult<QList<ApiKey>>)> done);
    void setDetailConcurrency(int requests) { m_detailConcurrency = qBound(1, requests, 16); }
    ApiTask* create(const KeyCreateRequest& request, std::function<void(ApiResult<CreatedKey>)> done);
    ApiTask* update(const QString& sid, const KeyUpdate& changes, KeyApi api,
                    std::function<void(ApiResult<ApiKey>)> done);
    ApiTask* remove(const QString& sid, KeyApi api, std::function<void(ApiResult<bool>)> done);

    // Client-side checks, also used by the UI before anything is sent. Empty when fine.
    static QString checkFriendlyName(const QString& name);
    static QString checkCreate(const KeyCreateRequest& request);

    // Parses one list page's items; a bad item fails the whole page.
    static bool parseItems(const QJsonArray& items, ApiKey::Source source, const QString& region,
                           QList<ApiKey>* keys, QString* error);

    ApiClient* client() const { return m_client; }

private:
    ApiTask* newTask();
    void sendForKey(ApiTask* task, const ApiRequest& request, KeyApi api,
                    std::function<void(ApiResult<ApiKey>)> done);
    void postCreate(ApiTask* task, const KeyCreateRequest& request,
                    std::function<void(ApiResult<CreatedKey>)> done);
    // request.existingSids is the snapshot (unset when it could not be read).
    void recoverAmbiguousCreate(ApiTask* task, const KeyCreateRequest& request, const QDateTime& startedAt,
                                const ApiError& cause, std::function<void(ApiResult<CreatedKey>)> done,
                                int checks);
    ApiKey::Source listSource(KeyApi api) const;
    QString keysPath(KeyApi api) const;
    QString keyPath(const QString& sid, KeyApi api) const;

    ApiClient* m_client;
    QString m_targetAccountSid;
    int m_pageSize = defaultPageSize;
    int m_skewSecs = 600;
    int m_detailConcurrency = 4;
    int m_recheckDelayMs = 3000;
};
