#include "ApiTask.h"

#include "api/ApiCall.h"
#include "api/ApiPager.h"

ApiTask::ApiTask(QObject* parent)
    : QObject(parent)
{ }

void ApiTask::track(ApiCall* call)
{
    m_calls.removeAll(nullptr);
    m_calls << call;
}

void ApiTask::track(ApiPager* pager)
{
    m_pagers.removeAll(nullptr);
    m_pagers << pager;
    connect(pager, &ApiPager::progress, this, &ApiTask::progress);
}

void ApiTask::track(ApiTask* task)
{
    m_tasks.removeAll(nullptr);
    m_tasks << task;
    connect(task, &ApiTask::progress, this, &ApiTask::progress);
}

void ApiTask::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    // Copies: aborting finishes synchronously and may track new work.
    const auto calls = m_calls;
    const auto pagers = m_pagers;
    const auto tasks = m_tasks;
    for (const auto& task : tasks)
        if (task)
            task->cancel();
    for (const auto& call : calls)
        if (call)
            call->abort();
    for (const auto& pager : pagers)
        if (pager)
            pager->cancel();
}

void ApiTask::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
