#include "KeyFilterProxyModel.h"

KeyFilterProxyModel::KeyFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(KeyListModel::SortRole);
    setDynamicSortFilter(true);
}

void KeyFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_keys = qobject_cast<KeyListModel*>(model);
    Q_ASSERT(m_keys || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxyModel::setSearchText(const QString& text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void KeyFilterProxyModel::setTypeFilter(const QSet<KeyListModel::TypeDisplay>& types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateRowsFilter();
}

bool KeyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_keys)
        return false;
    if (!m_search.isEmpty() && !m_keys->searchText(sourceRow).contains(m_search))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(m_keys->typeDisplay(m_keys->keyAt(sourceRow))))
        return false;
    return true;
}

bool KeyFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_keys)
        return QSortFilterProxyModel::lessThan(left, right);
    const ApiKey& a = m_keys->keyAt(left.row());
    const ApiKey& b = m_keys->keyAt(right.row());
    // Ties fall back to the SID so the order is stable and total.
    auto bySid = [&] {
        return a.sid < b.sid;
    };
    switch (left.column()) {
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
    case KeyListModel::CreatedColumn:
        return a.dateCreated != b.dateCreated ? a.dateCreated < b.dateCreated : bySid();
    case KeyListModel::UpdatedColumn:
        return a.dateUpdated != b.dateUpdated ? a.dateUpdated < b.dateUpdated : bySid();
    case KeyListModel::RegionColumn:
        return a.region != b.region ? a.region < b.region : bySid();
    default:
        return bySid();
    }
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
