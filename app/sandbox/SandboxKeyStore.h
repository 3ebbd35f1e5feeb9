#pragma once

#include "SandboxKey.h"

#include <QHash>
#include <vector>

// The keys of one account in creation order, with an index by SID. Lookups by SID are O(1); a page is
// found by position (Page) or by binary search on the creation sequence (PageToken), so listing costs
// O(page) however many keys there are. Deleting shifts the tail: O(n), fine for tens of thousands.
class SandboxKeyStore
{
public:
    qsizetype size() const { return qsizetype(m_keys.size()); }
    const SandboxKey& at(qsizetype index) const { return m_keys[std::size_t(index)]; }

    const SandboxKey* find(const QString& sid) const;
    SandboxKey* find(const QString& sid);

    // Keys must arrive in increasing seq order (the state hands out seq numbers).
    const SandboxKey& append(SandboxKey key);
    bool remove(const QString& sid);

    // Index of the first key whose seq is >= seq (size() when none).
    qsizetype lowerBound(quint64 seq) const;

private:
    std::vector<SandboxKey> m_keys;
    QHash<QString, qsizetype> m_indexBySid;
};
