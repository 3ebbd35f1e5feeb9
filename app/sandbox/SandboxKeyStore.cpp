#include "SandboxKeyStore.h"

#include <algorithm>

const SandboxKey* SandboxKeyStore::find(const QString& sid) const
{
    const auto it = m_indexBySid.constFind(sid);
    return it == m_indexBySid.constEnd() ? nullptr : &m_keys[std::size_t(*it)];
}

SandboxKey* SandboxKeyStore::find(const QString& sid)
{
    const auto it = m_indexBySid.constFind(sid);
    return it == m_indexBySid.constEnd() ? nullptr : &m_keys[std::size_t(*it)];
}

const SandboxKey& SandboxKeyStore::append(SandboxKey key)
{
    Q_ASSERT(m_keys.empty() || m_keys.back().seq < key.seq);
    m_indexBySid.insert(key.sid, qsizetype(m_keys.size()));
    m_keys.push_back(std::move(key));
    return m_keys.back();
}

bool SandboxKeyStore::remove(const QString& sid)
{
    const auto it = m_indexBySid.constFind(sid);
    if (it == m_indexBySid.constEnd())
        return false;
    const qsizetype index = *it;
    m_indexBySid.erase(it);
    m_keys.erase(m_keys.begin() + index);
    for (qsizetype i = index; i < qsizetype(m_keys.size()); ++i)
        m_indexBySid[m_keys[std::size_t(i)].sid] = i;
    return true;
}

qsizetype SandboxKeyStore::lowerBound(quint64 seq) const
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), seq,
                                     [](const SandboxKey& key, quint64 value) { return key.seq < value; });
    return qsizetype(it - m_keys.begin());
}
