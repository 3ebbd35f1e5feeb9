#pragma once

#include "keys/KeyListModel.h"

#include <QAbstractProxyModel>
#include <QSet>
#include <functional>

// Instant search and type filter over a KeyListModel, sorted by value (dates by time, counts as
// numbers), answering the same key lookups as the model mapped through the proxy, so actions never act
// on the wrong row.
//
// Built for 10,000 keys and a keystroke per frame: the sorted order of every source row is kept, so a
// new search is one linear pass (only over the rows still shown when the search narrows) and one
// layout change, never a re-sort or a rowsRemoved per scattered range (QSortFilterProxyModel does both).
// A single key added or removed is a row insertion or removal; larger changes are a layout change.
class KeyFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit KeyFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    KeyListModel* keyModel() const { return m_keys; }

    // Case-insensitive substring of SID or name; whitespace around it is ignored.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Shows only these types (empty: every type).
    void setTypeFilter(const QSet<KeyListModel::TypeDisplay>& types);
    QSet<KeyListModel::TypeDisplay> typeFilter() const { return m_types; }

    ApiKey keyFromIndex(const QModelIndex& proxyIndex) const;
    QModelIndex indexFromSid(const QString& sid, int column = KeyListModel::SidColumn) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // QAbstractProxyModel
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int a, int b) const; // in the current sort order
    void sortAll();
    void rebuildAll();
    QList<int> acceptedAmong(const QList<int>& candidates) const;
    // Runs `change` (which rewrites m_visible) inside one layout change, moving persistent indexes along.
    void changeLayout(const std::function<void()>& change);
    // Recomputes the shown rows from `candidates` (source rows in sort order) inside one layout change.
    void relayout(const QList<int>& candidates, bool resort);
    void rebuildProxyRows();
    void sourceReset();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    KeyListModel* m_keys = nullptr;
    QString m_search; // case-folded
    QSet<KeyListModel::TypeDisplay> m_types;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_sorted; // every source row, in sort order
    QList<int> m_visible; // proxy row -> source row
    QList<int> m_proxyRow; // source row -> proxy row, -1 when filtered out
    QList<QMetaObject::Connection> m_connections;
};
