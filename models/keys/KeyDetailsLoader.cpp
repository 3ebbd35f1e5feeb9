#include "KeyDetailsLoader.h"

#include "api/ApiCredentials.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"

KeyDetailsLoader::KeyDetailsLoader(KeyService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

KeyDetailsLoader::~KeyDetailsLoader()
{
    reset();
}

bool KeyDetailsLoader::needs(const QString& sid) const
{
    return ApiCredentials::isKeySid(sid) && !m_loaded.contains(sid) && !m_running.contains(sid)
        && !m_failed.contains(sid);
}

void KeyDetailsLoader::setWanted(const QStringList& sids)
{
    QStringList queue;
    if (!m_pinned.isEmpty() && needs(m_pinned))
        queue << m_pinned;
    for (const QString& sid : sids)
        if (sid != m_pinned && needs(sid) && !queue.contains(sid))
            queue << sid;
    m_queue = std::move(queue);
    pump();
}

void KeyDetailsLoader::requestNow(const QString& sid)
{
    m_pinned = sid;
    // A failed key is tried again when it is selected: the user is asking for it.
    m_failed.remove(sid);
    m_queue.removeAll(sid);
    if (needs(sid))
        m_queue.prepend(sid);
    pump();
}

void KeyDetailsLoader::forget(const QString& sid)
{
    m_loaded.remove(sid);
    m_failed.remove(sid);
    m_queue.removeAll(sid);
    if (auto task = m_running.take(sid); task)
        task->cancel();
}

void KeyDetailsLoader::reset()
{
    ++m_generation;
    m_queue.clear();
    m_pinned.clear();
    m_loaded.clear();
    m_failed.clear();
    const auto running = std::exchange(m_running, {});
    for (const QPointer<ApiTask>& task : running)
        if (task)
            task->cancel();
    m_requests = 0;
}

void KeyDetailsLoader::pump()
{
    if (!m_service)
        return;
    while (m_running.size() < m_concurrency && !m_queue.isEmpty()) {
        const QString sid = m_queue.takeFirst();
        if (!needs(sid))
            continue;
        ++m_requests;
        const quint64 generation = m_generation;
        QPointer<KeyDetailsLoader> self(this);
        ApiTask* task = m_service->fetch(sid, KeyApi::Iam, [self, sid, generation](ApiResult<ApiKey> result) {
            if (!self || self->m_generation != generation || !self->m_running.contains(sid))
                return; // reset or forgotten meanwhile
            self->m_running.remove(sid);
            if (result.ok()) {
                self->m_loaded.insert(sid);
                Q_EMIT self->loaded(result.value());
            } else if (result.error().kind() != ApiError::Kind::Cancelled) {
                self->m_failed.insert(sid, result.error());
                Q_EMIT self->failed(sid, result.error());
            }
            if (!self)
                return;
            self->pump();
        });
        m_running.insert(sid, task);
    }
    if (m_running.isEmpty() && m_queue.isEmpty())
        Q_EMIT idle();
}
