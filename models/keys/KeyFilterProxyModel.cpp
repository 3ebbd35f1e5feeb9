#include "KeyFilterProxyModel.h"

#include <algorithm>
#include <functional>

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void KeyFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    beginResetModel();
    m_keys = qobject_cast<KeyListModel*>(model);
    Q_ASSERT(m_keys || !model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_keys) {
        m_connections << connect(m_keys, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_keys, &QAbstractItemModel::modelReset, this,
                                 &KeyFilterProxyModel::sourceReset);
        m_connections << connect(m_keys, &QAbstractItemModel::rowsInserted, this,
                                 &KeyFilterProxyModel::sourceRowsInserted);
        m_connections << connect(m_keys, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 &KeyFilterProxyModel::sourceRowsAboutToBeRemoved);
        m_connections << connect(m_keys, &QAbstractItemModel::rowsRemoved, this,
                                 &KeyFilterProxyModel::sourceRowsRemoved);
        m_connections << connect(m_keys, &QAbstractItemModel::dataChanged, this,
                                 &KeyFilterProxyModel::sourceDataChanged);
        // KeyListModel never moves rows or changes its layout; if it ever does, start over.
        m_connections << connect(m_keys, &QAbstractItemModel::layoutChanged, this, [this] {
            beginResetModel();
            sourceReset();
        });
    }
    rebuildAll();
    endResetModel();
}

void KeyFilterProxyModel::rebuildAll()
{
    m_sorted.clear();
    m_visible.clear();
    m_proxyRow.clear();
    if (!m_keys)
        return;
    m_sorted.reserve(m_keys->rowCount());
    for (int r = 0; r < m_keys->rowCount(); ++r)
        m_sorted << r;
    sortAll();
    m_visible = acceptedAmong(m_sorted);
    rebuildProxyRows();
}

void KeyFilterProxyModel::sourceReset()
{
    rebuildAll();
    endResetModel();
}

bool KeyFilterProxyModel::accepts(int sourceRow) const
{
    if (!m_search.isEmpty() && !m_keys->searchText(sourceRow).contains(m_search))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(m_keys->typeDisplay(m_keys->keyAt(sourceRow))))
        return false;
    return true;
}

bool KeyFilterProxyModel::lessThan(int left, int right) const
{
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(left, right);
    const ApiKey& a = m_keys->keyAt(left);
    const ApiKey& b = m_keys->keyAt(right);
    // Ties fall back to the SID so the order is total and stable across refreshes.
    auto bySid = [&] {
        return a.sid < b.sid;
    };
    switch (m_sortColumn) {
    case KeyListModel::NameColumn: {
        const int c = QString::compare(a.friendlyName, b.friendlyName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : bySid();
    }
    case KeyListModel::TypeColumn: {
        const int ta = int(m_keys->typeDisplay(a));
        const int tb = int(m_keys->typeDisplay(b));
        return ta != tb ? ta < tb : bySid();
    }
    case KeyListModel::PermissionsColumn: {
        const int pa = a.policy ? a.policy->size() : -1;
        const int pb = b.policy ? b.policy->size() : -1;
        return pa != pb ? pa < pb : bySid();
    }
    case KeyListModel::CreatedColumn: {
        const qint64 ca = m_keys->createdMs(left), cb = m_keys->createdMs(right);
        return ca != cb ? ca < cb : bySid();
    }
    case KeyListModel::UpdatedColumn: {
        const qint64 ua = m_keys->updatedMs(left), ub = m_keys->updatedMs(right);
        return ua != ub ? ua < ub : bySid();
    }
    case KeyListModel::RegionColumn:
        return a.region != b.region ? a.region < b.region : bySid();
    case KeyListModel::SidColumn:
        return bySid();
    default:
        // Unsorted: the source order (ascending row numbers, whatever the order asked).
        return m_sortOrder == Qt::DescendingOrder ? right < left : left < right;
    }
}

void KeyFilterProxyModel::sortAll()
{
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return lessThan(a, b); });
}

void KeyFilterProxyModel::rebuildProxyRows()
{
    m_proxyRow.fill(-1, m_keys ? m_keys->rowCount() : 0);
    for (int p = 0; p < m_visible.size(); ++p)
        m_proxyRow[m_visible.at(p)] = p;
}

void KeyFilterProxyModel::changeLayout(const std::function<void()>& change)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex& index : before)
        sources << qMakePair(index.isValid() ? m_visible.value(index.row(), -1) : -1, index.column());
    change();
    rebuildProxyRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [row, column] : std::as_const(sources)) {
        const int proxyRow = row >= 0 ? m_proxyRow.value(row, -1) : -1;
        after << (proxyRow >= 0 ? createIndex(proxyRow, column) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<int> KeyFilterProxyModel::acceptedAmong(const QList<int>& candidates) const
{
    QList<int> visible;
    visible.reserve(candidates.size());
    for (int r : candidates)
        if (accepts(r))
            visible << r;
    return visible;
}

void KeyFilterProxyModel::relayout(const QList<int>& candidates, bool resort)
{
    changeLayout([&] {
        if (resort)
            sortAll();
        m_visible = acceptedAmong(resort ? m_sorted : candidates);
    });
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search || !m_keys)
        return;
    // Narrowing (the new text contains the old): only rows shown now can still match.
    const bool narrowing = folded.contains(m_search);
    m_search = folded;
    relayout(narrowing ? m_visible : m_sorted, false);
}

void KeyFilterProxyModel::setTypeFilter(const QSet<KeyListModel::TypeDisplay>& types)
{
    if (types == m_types || !m_keys)
        return;
    m_types = types;
    relayout(m_sorted, false);
}

void KeyFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_keys)
        return;
    // m_sorted is re-sorted inside the layout change; the shown rows follow in the new order.
    changeLayout([this] {
        sortAll();
        std::stable_sort(m_visible.begin(), m_visible.end(), [this](int a, int b) { return lessThan(a, b); });
    });
}

void KeyFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // Rows after the insertion point moved down (KeyListModel appends, so usually none did).
    for (int& r : m_sorted)
        if (r >= first)
            r += count;
    for (int& r : m_visible)
        if (r >= first)
            r += count;
    if (count == 1) {
        const auto comp = [this](int a, int b) {
            return lessThan(a, b);
        };
        m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), first, comp) - m_sorted.begin(),
                        first);
        if (accepts(first)) {
            const int at
                = int(std::upper_bound(m_visible.begin(), m_visible.end(), first, comp) - m_visible.begin());
            beginInsertRows({}, at, at);
            m_visible.insert(at, first);
            rebuildProxyRows();
            endInsertRows();
        } else {
            rebuildProxyRows();
        }
        return;
    }
    // A page: merge it into the sorted order in one layout change.
    QList<int> page;
    page.reserve(count);
    for (int r = first; r <= last; ++r)
        page << r;
    const auto comp = [this](int a, int b) {
        return lessThan(a, b);
    };
    std::stable_sort(page.begin(), page.end(), comp);
    QList<int> merged;
    merged.reserve(m_sorted.size() + page.size());
    std::merge(m_sorted.begin(), m_sorted.end(), page.begin(), page.end(), std::back_inserter(merged), comp);
    m_sorted = std::move(merged);
    if (m_visible.isEmpty()) {
        // Nothing shown yet (the first page): plain row insertions, no layout change.
        QList<int> shown = acceptedAmong(m_sorted);
        if (shown.isEmpty()) {
            rebuildProxyRows();
            return;
        }
        beginInsertRows({}, 0, int(shown.size()) - 1);
        m_visible = std::move(shown);
        rebuildProxyRows();
        endInsertRows();
        return;
    }
    relayout(m_sorted, false);
}

void KeyFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Remove the shown rows among them, one proxy row at a time (usually one key was deleted).
    for (int r = last; r >= first; --r) {
        const int proxyRow = m_proxyRow.value(r, -1);
        if (proxyRow < 0)
            continue;
        beginRemoveRows({}, proxyRow, proxyRow);
        m_visible.removeAt(proxyRow);
        for (int p = proxyRow; p < m_visible.size(); ++p)
            m_proxyRow[m_visible.at(p)] = p;
        m_proxyRow[r] = -1;
        endRemoveRows();
    }
}

void KeyFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    auto shift = [&](QList<int>& rows) {
        QList<int> out;
        out.reserve(rows.size());
        for (int r : std::as_const(rows)) {
            if (r >= first && r <= last)
                continue;
            out << (r > last ? r - count : r);
        }
        rows = std::move(out);
    };
    shift(m_sorted);
    shift(m_visible);
    rebuildProxyRows();
}

void KeyFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                            const QList<int>& roles)
{
    if (!topLeft.isValid())
        return;
    const bool sortKeyChanged = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    bool acceptanceChanged = false;
    for (int r = topLeft.row(); r <= bottomRight.row() && !acceptanceChanged; ++r)
        acceptanceChanged = accepts(r) != (m_proxyRow.value(r, -1) >= 0);
    if (!acceptanceChanged && sortKeyChanged && topLeft.row() == bottomRight.row()) {
        // One key's sort value changed (its details arrived): move just that row, and only if it is out
        // of order, so sorted rows do not jump while details load.
        const int r = topLeft.row();
        const auto comp = [this](int a, int b) {
            return lessThan(a, b);
        };
        m_sorted.removeOne(r);
        m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), r, comp) - m_sorted.begin(), r);
        const int p = m_proxyRow.value(r, -1);
        if (p >= 0) {
            const bool inOrder = (p == 0 || !lessThan(r, m_visible.at(p - 1)))
                && (p + 1 >= m_visible.size() || !lessThan(m_visible.at(p + 1), r));
            if (!inOrder) {
                changeLayout([&] {
                    m_visible.removeAt(p);
                    m_visible.insert(
                        std::upper_bound(m_visible.begin(), m_visible.end(), r, comp) - m_visible.begin(), r);
                });
                return;
            }
        }
    } else if (sortKeyChanged || acceptanceChanged) {
        relayout(m_sorted, sortKeyChanged);
        return;
    }
    // Same rows, same places: pass the change on, row by row (rows may not be adjacent here).
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int proxyRow = m_proxyRow.value(r, -1);
        if (proxyRow >= 0)
            Q_EMIT dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()),
                               roles);
    }
}

QModelIndex KeyFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0
        || column >= KeyListModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex KeyFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex KeyFilterProxyModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int KeyFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int KeyFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_keys ? 0 : KeyListModel::ColumnCount;
}

bool KeyFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex KeyFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_keys || !proxyIndex.isValid() || proxyIndex.row() >= m_visible.size())
        return {};
    return m_keys->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex KeyFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_keys || !sourceIndex.isValid())
        return {};
    const int proxyRow = m_proxyRow.value(sourceIndex.row(), -1);
    return proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, sourceIndex.column());
}

ApiKey KeyFilterProxyModel::keyFromIndex(const QModelIndex& proxyIndex) const
{
    if (!m_keys || !proxyIndex.isValid())
        return {};
    return m_keys->keyFromIndex(mapToSource(proxyIndex));
}

QModelIndex KeyFilterProxyModel::indexFromSid(const QString& sid, int column) const
{
    if (!m_keys)
        return {};
    return mapFromSource(m_keys->indexFromSid(sid, column));
}
