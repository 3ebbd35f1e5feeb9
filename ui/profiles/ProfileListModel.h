#pragma once

#include "profiles/Profile.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

class ProfileStore;

// The stored profiles of a ProfileStore (kept in step through its signals), plus the read-only environment
// profile "[env]" as the last row when the TWILIO_* variables are set. Never carries a secret.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AccountSidColumn, KindColumn, RegionColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole,
        ActiveRole, // bool
        EnvironmentRole, // bool: the read-only environment profile
    };

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    // The environment profile's row: the profile (when valid) or the sentence why it cannot be used.
    // nullopt and an empty error remove the row.
    void setEnvironmentProfile(const std::optional<Profile>& profile, const QString& error);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString keyFromIndex(const QModelIndex& index) const; // the profile id
    QModelIndex indexFromKey(const QString& id, int column = NameColumn) const;
    std::optional<Profile> profileAt(const QModelIndex& index) const;
    bool hasEnvironmentRow() const { return m_hasEnvironment; }

private:
    void reload();

    QPointer<ProfileStore> m_store;
    QList<Profile> m_profiles;
    QString m_activeId;
    bool m_hasEnvironment = false;
    std::optional<Profile> m_environment;
    QString m_environmentError;
};
