#include "ProfileListModel.h"

#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileStore.h"

#include <QFont>

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfileListModel::reload);
    connect(store, &ProfileStore::activeChanged, this, &ProfileListModel::reload);
    reload();
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store ? m_store->list() : QList<Profile>();
    m_activeId = m_store ? m_store->activeId() : QString();
    endResetModel();
}

void ProfileListModel::setEnvironmentProfile(const std::optional<Profile>& profile, const QString& error)
{
    beginResetModel();
    m_environment = profile;
    m_environmentError = error;
    m_hasEnvironment = profile.has_value() || !error.isEmpty();
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size()) + (m_hasEnvironment ? 1 : 0);
}

int ProfileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AccountSidColumn:
        return tr("Account SID");
    case KindColumn:
        return tr("Credential");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool environment = index.row() >= m_profiles.size();
    if (environment && !m_hasEnvironment)
        return {};
    const Profile* p
        = environment ? (m_environment ? &*m_environment : nullptr) : &m_profiles.at(index.row());
    const bool active = !environment && p->id == m_activeId;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return environment ? Profile::environmentName() : p->name;
        case AccountSidColumn:
            return p ? p->accountSid : QString();
        case KindColumn:
            return p ? Profile::kindLabel(p->kind) : QString();
        case RegionColumn:
            if (!p)
                return QString();
            return p->edge.isEmpty() ? p->effectiveRegion()
                                     : tr("%1 (%2)").arg(p->effectiveRegion(), p->edge);
        case StatusColumn:
            if (environment)
                return p ? tr("From TWILIO_* variables (read-only; used before the active profile)")
                         : m_environmentError;
            return active ? tr("Active") : QString();
        }
        return {};
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn && active)
            return tr("%1, active profile").arg(p->name);
        return {};
    case IdRole:
        return environment ? EnvironmentProfile::profileId() : p->id;
    case ActiveRole:
        return active;
    case EnvironmentRole:
        return environment;
    }
    return {};
}

QString ProfileListModel::keyFromIndex(const QModelIndex& index) const
{
    return index.isValid() ? data(index.siblingAtColumn(NameColumn), IdRole).toString() : QString();
}

QModelIndex ProfileListModel::indexFromKey(const QString& id, int column) const
{
    for (int row = 0; row < m_profiles.size(); ++row)
        if (m_profiles.at(row).id == id)
            return index(row, column);
    if (m_hasEnvironment && id == EnvironmentProfile::profileId())
        return index(int(m_profiles.size()), column);
    return {};
}

std::optional<Profile> ProfileListModel::profileAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    if (index.row() < m_profiles.size())
        return m_profiles.at(index.row());
    return m_environment;
}
