#pragma once

#include "api/ApiError.h"
#include "api/ApiKey.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ApiTask;
class KeyService;

// Fetches keys' details (type and policy, IAM v1) one key per request, only for the keys someone looks
// at: the rows in view and the selected key, never the whole list up front. Requests are de-duplicated
// (a key loaded or in flight is not asked for again), a few run at once, keys that scrolled away before
// their turn are dropped, and one failure does not stop the others.
class KeyDetailsLoader : public QObject
{
    Q_OBJECT

public:
    explicit KeyDetailsLoader(KeyService* service, QObject* parent = nullptr);
    ~KeyDetailsLoader() override;

    void setConcurrency(int requests) { m_concurrency = qBound(1, requests, 16); }

    // The keys in view, in order: they replace what was waiting (a key in flight finishes).
    void setWanted(const QStringList& sids);
    // The selected key: goes first, and stays wanted when the view changes.
    void requestNow(const QString& sid);
    // A key changed (renamed, new permissions) or was deleted: its details are loaded again when wanted.
    void forget(const QString& sid);
    // Stops everything and forgets what was loaded (another account, a full reload).
    void reset();

    bool isLoaded(const QString& sid) const { return m_loaded.contains(sid); }
    bool isLoading(const QString& sid) const { return m_running.contains(sid); }
    bool hasFailed(const QString& sid) const { return m_failed.contains(sid); }
    ApiError failure(const QString& sid) const { return m_failed.value(sid); }
    int waitingCount() const { return int(m_queue.size()); }
    int runningCount() const { return int(m_running.size()); }
    // How many requests went out since the last reset (for tests and the benchmark).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void loaded(const ApiKey& key);
    void failed(const QString& sid, const ApiError& error);
    // Nothing waiting and nothing in flight.
    void idle();

private:
    bool needs(const QString& sid) const;
    void pump();

    QPointer<KeyService> m_service;
    QStringList m_queue;
    QString m_pinned;
    QHash<QString, QPointer<ApiTask>> m_running;
    QSet<QString> m_loaded;
    QHash<QString, ApiError> m_failed;
    int m_concurrency = 4;
    int m_requests = 0;
    quint64 m_generation = 0;
};
