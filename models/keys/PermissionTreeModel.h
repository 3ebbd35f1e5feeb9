#pragma once

#include "api/Policy.h"
#include "keys/PermissionCatalog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>

// A Restricted key's permissions as a checkable tree: product → resource → action, from a
// PermissionCatalog plus custom permissions (well-formed strings the catalog lacks, shown under their
// product/resource, created on the fly, IsCustomRole true).
//
// Check states are propagated by hand (ItemIsAutoTristate works only in QTreeWidget): checking a
// product or resource checks every action below it; a parent is PartiallyChecked when some of its
// actions are. Checking never resets the model; only setCatalog() does.
//
// The Level column offers, per resource, Stripe-style access levels over the actions it actually has
// (A). With R = A ∩ {read, list}, W = A ∩ {read, list, create, update}:
//   None = nothing checked; Read = exactly R; Read + write = exactly W; All = exactly A.
// A level is offered only when its set is non-empty and differs from the lower offered one (a resource
// with only read and list offers None and Read; one known only by "*" offers None and All). Any other
// set of checked actions shows as Mixed, which cannot be chosen.
//
// policy() lists checked actions in catalog order, then custom ones in the order they were added,
// then strings that are not permissions at all (kept, never dropped: an edited policy must not lose
// what it was given). A resource with every action checked stays a list of actions, not "…/*":
// Twilio accepts both and answers with "/*", but explicit actions do not silently grow when Twilio
// adds an action to the resource, match what the user ticked, and keep the count honest.
class PermissionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LevelColumn, ColumnCount };
    enum Role {
        PermissionRole = Qt::UserRole, // the full string, on actions only
        KindRole, // Kind, as int
        IsCustomRole, // not in the catalog (on an action; on a product/resource only the catalog lacks)
        AvailableLevelsRole, // resources: QVariantList of Level as int, for a combo box
    };
    enum class Kind { Product, Resource, Action };
    // The Level column's EditRole (as int); setData(EditRole) takes None, Read, ReadWrite or All.
    Q_ENUM(Kind)
    enum class Level { None, Read, ReadWrite, All, Mixed };
    Q_ENUM(Level)

    explicit PermissionTreeModel(QObject* parent = nullptr); // over PermissionCatalog::builtIn()
    explicit PermissionTreeModel(const PermissionCatalog& catalog, QObject* parent = nullptr);
    ~PermissionTreeModel() override;

    const PermissionCatalog& catalog() const { return m_catalog; }
    // Rebuilds the tree (a model reset) and keeps what was checked.
    void setCatalog(const PermissionCatalog& catalog);

    // Checks exactly the policy's permissions ("…/*" of a catalog resource checks all its actions);
    // unknown well-formed ones become custom actions; custom actions it lacks are removed.
    void setPolicy(const Policy& policy);
    Policy policy() const;
    // Permissions policy() would list.
    int checkedCount() const { return m_checkedLeaves + int(m_unplaced.size()); }

    // Checks a permission; one the catalog lacks becomes a custom action. Fails (with one sentence in
    // *error) unless it has the /twilio/<product>/<resource>/<action> shape.
    bool addCustomPermission(const QString& permission, QString* error);
    // Checks or unchecks these actions as one change (one policyChanged); strings without an action
    // node are ignored. For a view that acts on a subset, e.g. the actions a filter shows.
    void setPermissionsChecked(const QStringList& permissions, bool checked);
    // Custom actions (checked or not), in the order they were added.
    QStringList customPermissions() const;
    // Strings of the last setPolicy() that are not permissions; policy() keeps them at the end.
    const QStringList& unplacedPermissions() const { return m_unplaced; }

    QModelIndex indexFromPermission(const QString& permission, int column = NameColumn) const;
    QString permissionFromIndex(const QModelIndex& index) const;

    static QString levelName(Level level);
    Level level(const QModelIndex& resource) const;
    QList<Level> availableLevels(const QModelIndex& resource) const;
    bool setLevel(const QModelIndex& resource, Level level);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedCountChanged(int count);
    // Once per change of what policy() returns (a check, a level, setPolicy, a custom permission).
    void policyChanged();

private:
    struct Node;
    // Changed resources ("product/resource"), resolved when the change is announced.
    using Touched = QList<QString>;

    void build();
    Node* nodeFromIndex(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = NameColumn) const;
    Qt::CheckState checkState(const Node* node) const;
    QStringList levelActions(const Node* resource, Level level) const;
    QList<Level> levelsOf(const Node* resource) const;
    Level levelOf(const Node* resource) const;

    bool setLeafChecked(Node* leaf, bool checked, Touched* touched);
    void setSubtreeChecked(Node* node, bool checked, Touched* touched);
    Node* insertCustom(const PermissionCatalog::Parts& parts, Touched* touched);
    void removeCustom(Node* leaf, Touched* touched);
    void announce(const Touched& touched, int countBefore, bool changed);

    PermissionCatalog m_catalog;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_leaves; // permission → action node
    QStringList m_unplaced;
    int m_checkedLeaves = 0;
    quint64 m_nextCustomOrder = 0;
    bool m_resetting = false; // setCatalog(): rows change inside a reset, without row signals
};
