#pragma once

#include "keys/KeyListModel.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Instant search and type filter over a KeyListModel, sorting by value (dates by time, counts as
// numbers). Answers the same key lookups as the model, mapped through the proxy, so actions never act
// on the wrong row.
class KeyFilterProxyModel : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    KeyListModel* m_keys = nullptr;
    QString m_search; // case-folded
    QSet<KeyListModel::TypeDisplay> m_types;
};
