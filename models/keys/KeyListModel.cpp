#include "KeyListModel.h"

#include <QLocale>

namespace {

QString dateText(const QDateTime& dt)
{
    // ISO-like and local: sortable by eye, unambiguous in every locale.
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

KeyListModel::KeyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int KeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

KeyListModel::RowCache KeyListModel::cacheFor(const ApiKey& key) const
{
    RowCache cache;
    cache.searchText = (key.sid + u' ' + key.friendlyName).toCaseFolded();
    cache.created = dateText(key.dateCreated);
    cache.updated = dateText(key.dateUpdated);
    cache.createdMs = key.dateCreated.isValid() ? key.dateCreated.toMSecsSinceEpoch() : 0;
    cache.updatedMs = key.dateUpdated.isValid() ? key.dateUpdated.toMSecsSinceEpoch() : 0;
    return cache;
}

KeyListModel::TypeDisplay KeyListModel::typeDisplay(const ApiKey& key) const
{
    if (!m_mainKeySid.isEmpty() && key.sid == m_mainKeySid && key.type != ApiKey::Type::Restricted)
        return TypeDisplay::Main;
    switch (key.type) {
    case ApiKey::Type::Main:
        return TypeDisplay::Main;
    case ApiKey::Type::Restricted:
        return TypeDisplay::Restricted;
    case ApiKey::Type::Standard:
        // A fetch cannot tell Standard from Main (neither has a policy): only keys made here are certain.
        return m_knownStandard.contains(key.sid) ? TypeDisplay::Standard : TypeDisplay::StandardOrMain;
    case ApiKey::Type::Unknown:
        break;
    }
    if (m_knownStandard.contains(key.sid))
        return TypeDisplay::Standard;
    // An IAM list item that can sign tokens is not Restricted.
    if (key.flags.contains(QStringLiteral("signing")))
        return TypeDisplay::StandardOrMain;
    return TypeDisplay::Unknown;
}

QString KeyListModel::typeDisplayLabel(TypeDisplay type)
{
    switch (type) {
    case TypeDisplay::Main:
        return tr("Main");
    case TypeDisplay::Standard:
        return tr("Standard");
    case TypeDisplay::Restricted:
        return tr("Restricted");
    case TypeDisplay::StandardOrMain:
        return tr("Standard or Main");
    case TypeDisplay::Unknown:
        break;
    }
    return tr("Not known yet");
}

QString KeyListModel::columnTitle(Column column)
{
    switch (column) {
    case SidColumn:
        return tr("SID");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case PermissionsColumn:
        return tr("Permissions");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case RegionColumn:
        return tr("Region");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& key = m_keys.at(index.row());
    const RowCache& cache = m_cache.at(index.row());
    const int permissionCount = key.policy ? key.policy->size() : -1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SidColumn:
            return key.sid;
        case NameColumn:
            return key.friendlyName;
        case TypeColumn:
            return typeDisplayLabel(typeDisplay(key));
        case PermissionsColumn:
            if (permissionCount >= 0)
                return permissionCount;
            return typeDisplay(key) == TypeDisplay::Restricted ? QString() : QStringLiteral("—");
        case CreatedColumn:
            return cache.created;
        case UpdatedColumn:
            return cache.updated;
        case RegionColumn:
            return key.region;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TypeColumn:
            if (typeDisplay(key) == TypeDisplay::StandardOrMain)
                return tr("Twilio's API describes Standard and Main keys alike; the Console shows which.");
            if (typeDisplay(key) == TypeDisplay::Unknown)
                return tr("Select the key to read its type.");
            return {};
        case CreatedColumn:
            return key.dateCreated.isValid() ? key.dateCreated.toUTC().toString(Qt::ISODate) : QVariant();
        case UpdatedColumn:
            return key.dateUpdated.isValid() ? key.dateUpdated.toUTC().toString(Qt::ISODate) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PermissionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SidRole:
        return key.sid;
    case TypeRole:
        return int(typeDisplay(key));
    case SearchTextRole:
        return cache.searchText;
    case DetailsKnownRole:
        return key.detailsKnown();
    case PermissionCountRole:
        return permissionCount;
    case SortRole:
        switch (index.column()) {
        case SidColumn:
            return key.sid;
        case NameColumn:
            return key.friendlyName.toCaseFolded();
        case TypeColumn:
            return int(typeDisplay(key));
        case PermissionsColumn:
            return permissionCount;
        case CreatedColumn:
            return key.dateCreated;
        case UpdatedColumn:
            return key.dateUpdated;
        case RegionColumn:
            return key.region;
        }
        return {};
    }
    return {};
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    return {};
}

Qt::ItemFlags KeyListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool KeyListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != NameColumn)
        return false;
    const QString name = value.toString();
    const ApiKey& key = m_keys.at(index.row());
    if (name == key.friendlyName)
        return false;
    Q_EMIT renameRequested(key.sid, name);
    return false; // the row changes when the server has accepted the name
}

QHash<int, QByteArray> KeyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SidRole, "sid");
    names.insert(TypeRole, "keyType");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    names.insert(DetailsKnownRole, "detailsKnown");
    names.insert(PermissionCountRole, "permissionCount");
    return names;
}

void KeyListModel::appendKeys(const QList<ApiKey>& keys)
{
    QList<ApiKey> fresh;
    fresh.reserve(keys.size());
    QSet<QString> inPage;
    for (const ApiKey& key : keys) {
        if (m_rowOfSid.contains(key.sid))
            updateKey(key);
        else if (!inPage.contains(key.sid)) {
            inPage.insert(key.sid);
            fresh.append(key);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_keys.reserve(m_keys.size() + fresh.size());
    m_cache.reserve(m_cache.size() + fresh.size());
    for (ApiKey& key : fresh) {
        m_rowOfSid.insert(key.sid, int(m_keys.size()));
        m_cache.append(cacheFor(key));
        m_keys.append(std::move(key));
    }
    endInsertRows();
}

void KeyListModel::updateKey(const ApiKey& key)
{
    const auto it = m_rowOfSid.constFind(key.sid);
    if (it == m_rowOfSid.constEnd()) {
        appendKeys({ key });
        return;
    }
    const int row = *it;
    ApiKey merged = key;
    const ApiKey& old = m_keys.at(row);
    if (merged.flags.isEmpty())
        merged.flags = old.flags; // a fetch carries no flags; keep what the list said
    if (!merged.detailsKnown() && old.detailsKnown()) {
        // A list item (the same key in a later page) knows no policy: keep what a fetch told.
        merged.policy = old.policy;
        merged.source = old.source;
        if (merged.type == ApiKey::Type::Unknown || merged.type == ApiKey::Type::Standard)
            merged.type = old.type;
    }
    if (merged.type == ApiKey::Type::Standard && old.type == ApiKey::Type::Main)
        merged.type = ApiKey::Type::Main;
    if (merged.region.isEmpty())
        merged.region = old.region;
    // Only the columns that changed: a view refreshes an open editor of any cell in the range, so a
    // detail fetch must not reset a name the user is typing.
    const ApiKey& before = m_keys.at(row);
    const int countBefore = before.policy ? before.policy->size() : -1;
    const int countAfter = merged.policy ? merged.policy->size() : -1;
    const bool changed[ColumnCount] = {
        before.friendlyName != merged.friendlyName,
        false, // SID
        typeDisplay(before) != typeDisplay(merged),
        countBefore != countAfter || before.detailsKnown() != merged.detailsKnown(),
        before.dateCreated != merged.dateCreated,
        before.dateUpdated != merged.dateUpdated,
        before.region != merged.region,
    };
    int first = ColumnCount, last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (changed[column]) {
            first = qMin(first, column);
            last = qMax(last, column);
        }
    }
    m_keys[row] = std::move(merged);
    m_cache[row] = cacheFor(m_keys.at(row));
    // Nothing a column shows changed (a key fetched again): no signal, so sorted views do not move.
    // The policy itself may differ only with the permission count, which is a column.
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

bool KeyListModel::removeKey(const QString& sid)
{
    const auto it = m_rowOfSid.constFind(sid);
    if (it == m_rowOfSid.constEnd())
        return false;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_cache.removeAt(row);
    m_rowOfSid.remove(sid);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

void KeyListModel::reindexFrom(int row)
{
    for (int r = row; r < m_keys.size(); ++r)
        m_rowOfSid[m_keys.at(r).sid] = r;
}

void KeyListModel::clear()
{
    beginResetModel();
    m_keys.clear();
    m_cache.clear();
    m_rowOfSid.clear();
    endResetModel();
}

void KeyListModel::markStandard(const QString& sid)
{
    m_knownStandard.insert(sid);
    const QModelIndex i = indexFromSid(sid, TypeColumn);
    if (i.isValid())
        Q_EMIT dataChanged(index(i.row(), 0), index(i.row(), ColumnCount - 1));
}

void KeyListModel::setMainKeySid(const QString& sid)
{
    const QString old = m_mainKeySid;
    m_mainKeySid = sid;
    for (const QString& s : { old, sid }) {
        const QModelIndex i = indexFromSid(s);
        if (i.isValid())
            Q_EMIT dataChanged(index(i.row(), 0), index(i.row(), ColumnCount - 1));
    }
}

ApiKey KeyListModel::keyFromIndex(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_keys.at(index.row());
}

QModelIndex KeyListModel::indexFromSid(const QString& sid, int column) const
{
    if (sid.isEmpty())
        return {};
    const auto it = m_rowOfSid.constFind(sid);
    return it == m_rowOfSid.constEnd() ? QModelIndex() : index(*it, column);
}

const ApiKey* KeyListModel::find(const QString& sid) const
{
    const auto it = m_rowOfSid.constFind(sid);
    return it == m_rowOfSid.constEnd() ? nullptr : &m_keys.at(*it);
}
