#pragma once

#include "api/ApiResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class ApiCall;
class ApiPager;

// The handle a service returns for one operation (which may take several requests: pages, a detail
// fetch, the re-read after an ambiguous create). Reports progress, can be cancelled, and deletes
// itself after finished(). The operation's result goes to the callback given to the service.
class ApiTask : public QObject
{
    Q_OBJECT

public:
    explicit ApiTask(QObject* parent = nullptr);

    // Aborts what is running; the callback then receives an ApiError of kind Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // Service side: requests started for this task, so cancel() reaches them.
    void track(ApiCall* call);
    void track(ApiPager* pager);
    // A follow-up operation (the re-read after an ambiguous create): cancelled with this task, its
    // progress reported as ours.
    void track(ApiTask* task);
    // Service side: the callback has run; emits finished() and schedules deletion.
    void complete();
    // Service side: reports progress.
    void reportProgress(qint64 items, int pages) { Q_EMIT progress(items, pages); }

Q_SIGNALS:
    void progress(qint64 items, int pages);
    void finished();

private:
    QList<QPointer<ApiCall>> m_calls;
    QList<QPointer<ApiPager>> m_pagers;
    QList<QPointer<ApiTask>> m_tasks;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Hands a refusal made before anything was sent to the callback through the event loop, like every
// other answer, then completes the task.
template<typename T>
void finishTaskLater(ApiTask* task, std::function<void(ApiResult<T>)> done, ApiError error)
{
    QTimer::singleShot(0, task, [task, done = std::move(done), error]() {
        done(error);
        task->complete();
    });
}
