#pragma once

#include "api/ApiKey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

// Every API key of one account, one row per key, for the Keys page (Core only: no icons, no colours).
//
// Rows are appended page by page as a list arrives (rowsInserted per page, never a reset per page);
// details fetched later (type, policy) replace a row in place with dataChanged. The display role never
// carries a secret: keys have none here.
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SidColumn,
        TypeColumn,
        PermissionsColumn,
        CreatedColumn,
        UpdatedColumn,
        RegionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SidRole = Qt::UserRole + 1, // QString
        TypeRole, // int (ApiKey::Type)
        SortRole, // a value that sorts: QDateTime for dates, int for counts, lower-cased text
        SearchTextRole, // "<sid> <name>" lower-cased, precomputed per row
        DetailsKnownRole, // bool: a detail fetch has told the type and policy
        PermissionCountRole, // int, -1 when not known or not Restricted
    };
    Q_ENUM(Role)

    // How the list shows the key's type.
    enum class TypeDisplay { Main, Standard, Restricted, StandardOrMain, Unknown };

    explicit KeyListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Editing the name column only records the wish: renameRequested() is emitted and the row keeps
    // the old name until the server has accepted it (updateKey()).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends a page of keys (rowsInserted once). A key already in the model is updated in place.
    void appendKeys(const QList<ApiKey>& keys);
    // Replaces a key's row (dataChanged), or appends it when unknown.
    void updateKey(const ApiKey& key);
    // Removes a key's row; false when it is not in the model.
    bool removeKey(const QString& sid);
    // Empties the model (one reset: a new account or a full reload).
    void clear();

    // Keys this session created as Standard (the API cannot tell Standard from Main otherwise), and the
    // credential's own key, which is Main when it can manage keys.
    void markStandard(const QString& sid);
    void setMainKeySid(const QString& sid);

    ApiKey keyFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromSid(const QString& sid, int column = SidColumn) const;
    bool contains(const QString& sid) const { return m_rowOfSid.contains(sid); }
    const ApiKey* find(const QString& sid) const;
    const QList<ApiKey>& keys() const { return m_keys; }
    // Fast paths for the proxy (no QVariant per row): the precomputed search text and the key of a row.
    const QString& searchText(int row) const { return m_cache.at(row).searchText; }
    const ApiKey& keyAt(int row) const { return m_keys.at(row); }
    // Dates as milliseconds since the epoch (0 when unknown), precomputed for sorting.
    qint64 createdMs(int row) const { return m_cache.at(row).createdMs; }
    qint64 updatedMs(int row) const { return m_cache.at(row).updatedMs; }

    TypeDisplay typeDisplay(const ApiKey& key) const;
    static QString typeDisplayLabel(TypeDisplay type);
    // The title of a column, translated.
    static QString columnTitle(Column column);

Q_SIGNALS:
    void renameRequested(const QString& sid, const QString& newName);

private:
    struct RowCache
    {
        QString searchText;
        QString created; // display text
        QString updated;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };
    RowCache cacheFor(const ApiKey& key) const;
    void reindexFrom(int row);

    QList<ApiKey> m_keys;
    QList<RowCache> m_cache;
    QHash<QString, int> m_rowOfSid;
    QSet<QString> m_knownStandard;
    QString m_mainKeySid;
};
