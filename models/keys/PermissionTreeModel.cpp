#include "PermissionTreeModel.h"

#include <QSet>
#include <algorithm>
#include <vector>

struct PermissionTreeModel::Node
{
    Kind kind = Kind::Product;
    QString name; // product, resource or action
    QString permission; // actions only
    Node* parent = nullptr;
    int row = 0;
    bool custom = false;
    bool checked = false; // actions only
    int leaves = 0; // products and resources: actions below
    int checkedLeaves = 0;
    quint64 customOrder = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* child(const QString& childName) const
    {
        for (const auto& c : children) {
            if (c->name == childName)
                return c.get();
        }
        return nullptr;
    }
    void renumber()
    {
        for (size_t i = 0; i < children.size(); ++i)
            children[i]->row = int(i);
    }
    // Products and resources sort by name, actions in Twilio's order.
    int insertionRow(Kind childKind, const QString& childName) const
    {
        const auto before = [&](const std::unique_ptr<Node>& c) {
            if (childKind != Kind::Action)
                return c->name < childName;
            const int a = PermissionCatalog::actionRank(c->name);
            const int b = PermissionCatalog::actionRank(childName);
            return a != b ? a < b : c->name < childName;
        };
        return int(std::find_if_not(children.begin(), children.end(), before) - children.begin());
    }
    QString resourceKey() const { return parent->name + u'/' + name; }
};

namespace {

const QStringList& readActions()
{
    static const QStringList actions { QStringLiteral("read"), QStringLiteral("list") };
    return actions;
}

const QStringList& readWriteActions()
{
    static const QStringList actions { QStringLiteral("read"), QStringLiteral("list"),
                                       QStringLiteral("create"), QStringLiteral("update") };
    return actions;
}

} // namespace

PermissionTreeModel::PermissionTreeModel(QObject* parent)
    : PermissionTreeModel(PermissionCatalog::builtIn(), parent)
{ }

PermissionTreeModel::PermissionTreeModel(const PermissionCatalog& catalog, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{
    build();
}

PermissionTreeModel::~PermissionTreeModel() = default;

void PermissionTreeModel::build()
{
    m_root = std::make_unique<Node>();
    m_leaves.clear();
    m_unplaced.clear();
    m_checkedLeaves = 0;
    for (const QString& productName : m_catalog.products()) {
        auto product = std::make_unique<Node>();
        product->kind = Kind::Product;
        product->name = productName;
        product->parent = m_root.get();
        for (const QString& resourceName : m_catalog.resources(productName)) {
            auto resource = std::make_unique<Node>();
            resource->kind = Kind::Resource;
            resource->name = resourceName;
            resource->parent = product.get();
            for (const QString& actionName : m_catalog.actions(productName, resourceName)) {
                auto action = std::make_unique<Node>();
                action->kind = Kind::Action;
                action->name = actionName;
                action->permission = PermissionCatalog::join(productName, resourceName, actionName);
                action->parent = resource.get();
                m_leaves.insert(action->permission, action.get());
                resource->children.push_back(std::move(action));
            }
            resource->leaves = int(resource->children.size());
            product->leaves += resource->leaves;
            resource->renumber();
            product->children.push_back(std::move(resource));
        }
        product->renumber();
        m_root->leaves += product->leaves;
        m_root->children.push_back(std::move(product));
    }
    m_root->renumber();
}

void PermissionTreeModel::setCatalog(const PermissionCatalog& catalog)
{
    const Policy before = policy();
    const int countBefore = checkedCount();
    beginResetModel();
    m_resetting = true;
    m_catalog = catalog;
    build();
    Touched ignored;
    const QStringList wanted = m_catalog.expand(before.allow());
    for (const QString& permission : wanted) {
        Node* leaf = m_leaves.value(permission);
        if (!leaf) {
            const auto parts = Policy::isWellFormedPermission(permission)
                ? PermissionCatalog::split(permission)
                : std::nullopt;
            if (!parts) {
                m_unplaced.append(permission);
                continue;
            }
            leaf = insertCustom(*parts, &ignored);
        }
        setLeafChecked(leaf, true, &ignored);
    }
    m_resetting = false;
    endResetModel();
    announce({}, countBefore, policy() != before);
}

// ---------------------------------------------------------------- policy

void PermissionTreeModel::setPolicy(const Policy& policy)
{
    const Policy before = this->policy();
    const int countBefore = checkedCount();
    QSet<QString> wanted;
    QStringList unplaced;
    QStringList missing; // well-formed permissions without an action node yet
    for (const QString& permission : m_catalog.expand(policy.allow())) {
        if (m_leaves.contains(permission)) {
            wanted.insert(permission);
        } else if (Policy::isWellFormedPermission(permission) && PermissionCatalog::split(permission)) {
            wanted.insert(permission);
            missing.append(permission);
        } else if (!unplaced.contains(permission)) {
            unplaced.append(permission);
        }
    }

    Touched touched;
    // Custom actions the policy lacks go; new ones come (unchecked, then checked below).
    const QStringList custom = customPermissions();
    for (const QString& permission : custom) {
        if (!wanted.contains(permission))
            removeCustom(m_leaves.value(permission), &touched);
    }
    for (const QString& permission : std::as_const(missing))
        insertCustom(*PermissionCatalog::split(permission), &touched);

    for (Node* leaf : std::as_const(m_leaves))
        setLeafChecked(leaf, wanted.contains(leaf->permission), &touched);
    m_unplaced = unplaced;
    announce(touched, countBefore, this->policy() != before);
}

Policy PermissionTreeModel::policy() const
{
    QStringList allow;
    allow.reserve(checkedCount());
    for (const QString& permission : m_catalog.permissions()) {
        const Node* leaf = m_leaves.value(permission);
        if (leaf && !leaf->custom && leaf->checked)
            allow.append(permission);
    }
    for (const QString& permission : customPermissions()) {
        if (m_leaves.value(permission)->checked)
            allow.append(permission);
    }
    allow += m_unplaced;
    return Policy(allow);
}

QStringList PermissionTreeModel::customPermissions() const
{
    std::vector<const Node*> custom;
    for (const Node* leaf : m_leaves) {
        if (leaf->custom)
            custom.push_back(leaf);
    }
    std::sort(custom.begin(), custom.end(),
              [](const Node* a, const Node* b) { return a->customOrder < b->customOrder; });
    QStringList out;
    out.reserve(qsizetype(custom.size()));
    for (const Node* leaf : custom)
        out.append(leaf->permission);
    return out;
}

bool PermissionTreeModel::addCustomPermission(const QString& permission, QString* error)
{
    if (!Policy::isWellFormedPermission(permission)) {
        if (error)
            *error = Policy::shapeProblem(permission);
        return false;
    }
    const int countBefore = checkedCount();
    const Policy before = policy();
    Touched touched;
    for (const QString& p : m_catalog.expand({ permission })) {
        Node* leaf = m_leaves.value(p);
        if (!leaf)
            leaf = insertCustom(*PermissionCatalog::split(p), &touched);
        setLeafChecked(leaf, true, &touched);
    }
    announce(touched, countBefore, policy() != before);
    return true;
}

void PermissionTreeModel::setPermissionsChecked(const QStringList& permissions, bool checked)
{
    const int countBefore = checkedCount();
    Touched touched;
    for (const QString& permission : permissions) {
        if (Node* leaf = m_leaves.value(permission))
            setLeafChecked(leaf, checked, &touched);
    }
    announce(touched, countBefore, !touched.isEmpty());
}

// ---------------------------------------------------------------- changes

bool PermissionTreeModel::setLeafChecked(Node* leaf, bool checked, Touched* touched)
{
    if (leaf->checked == checked)
        return false;
    leaf->checked = checked;
    const int delta = checked ? 1 : -1;
    m_checkedLeaves += delta;
    for (Node* n = leaf->parent; n; n = n->parent)
        n->checkedLeaves += delta;
    const QString key = leaf->parent->resourceKey();
    if (touched->isEmpty() || touched->constLast() != key)
        touched->append(key);
    return true;
}

void PermissionTreeModel::setSubtreeChecked(Node* node, bool checked, Touched* touched)
{
    if (node->kind == Kind::Action) {
        setLeafChecked(node, checked, touched);
        return;
    }
    for (const auto& child : node->children)
        setSubtreeChecked(child.get(), checked, touched);
}

PermissionTreeModel::Node* PermissionTreeModel::insertCustom(const PermissionCatalog::Parts& parts,
                                                             Touched* touched)
{
    // Builds the missing part of product → resource → action, then inserts its top in one go.
    Node* product = m_root->child(parts.product);
    Node* resource = product ? product->child(parts.resource) : nullptr;
    auto leaf = std::make_unique<Node>();
    leaf->kind = Kind::Action;
    leaf->name = parts.action;
    leaf->permission = PermissionCatalog::join(parts.product, parts.resource, parts.action);
    leaf->custom = true;
    leaf->customOrder = m_nextCustomOrder++;
    Node* const leafNode = leaf.get();

    Node* parent = nullptr; // where the new top goes
    std::unique_ptr<Node> top;
    if (resource) {
        parent = resource;
        top = std::move(leaf);
    } else {
        auto newResource = std::make_unique<Node>();
        newResource->kind = Kind::Resource;
        newResource->name = parts.resource;
        newResource->custom = true;
        leaf->parent = newResource.get();
        newResource->children.push_back(std::move(leaf));
        resource = newResource.get();
        if (product) {
            parent = product;
            top = std::move(newResource);
        } else {
            auto newProduct = std::make_unique<Node>();
            newProduct->kind = Kind::Product;
            newProduct->name = parts.product;
            newProduct->custom = true;
            newResource->parent = newProduct.get();
            newProduct->children.push_back(std::move(newResource));
            parent = m_root.get();
            top = std::move(newProduct);
        }
    }
    top->parent = parent;
    for (Node* n = top.get(); n->kind != Kind::Action; n = n->children.front().get()) {
        n->leaves = 1;
        n->renumber();
    }
    const int row = parent->insertionRow(top->kind, top->name);
    if (!m_resetting)
        beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(top));
    parent->renumber();
    for (Node* n = parent; n; n = n->parent)
        n->leaves += 1;
    m_leaves.insert(leafNode->permission, leafNode);
    if (!m_resetting)
        endInsertRows();
    touched->append(resource->resourceKey());
    return leafNode;
}

void PermissionTreeModel::removeCustom(Node* leaf, Touched* touched)
{
    setLeafChecked(leaf, false, touched);
    touched->append(leaf->parent->resourceKey()); // its parents' states may change
    // Removes the highest node that holds nothing but this action and is not in the catalog.
    Node* top = leaf;
    while (top->parent != m_root.get() && top->parent->custom && top->parent->children.size() == 1)
        top = top->parent;
    Node* parent = top->parent;
    m_leaves.remove(leaf->permission);
    beginRemoveRows(indexOf(parent), top->row, top->row);
    parent->children.erase(parent->children.begin() + top->row);
    parent->renumber();
    for (Node* n = parent; n; n = n->parent)
        n->leaves -= 1;
    endRemoveRows();
}

void PermissionTreeModel::announce(const Touched& touched, int countBefore, bool changed)
{
    QList<Node*> products;
    QSet<QString> done;
    for (const QString& key : touched) {
        if (done.contains(key))
            continue;
        done.insert(key);
        const qsizetype slash = key.indexOf(u'/');
        Node* product = m_root->child(key.left(slash));
        if (!product)
            continue; // removed meanwhile
        if (!products.contains(product))
            products.append(product);
        Node* resource = product->child(key.mid(slash + 1));
        if (!resource)
            continue;
        if (!resource->children.empty()) {
            const QModelIndex parent = indexOf(resource);
            Q_EMIT dataChanged(index(0, NameColumn, parent),
                               index(int(resource->children.size()) - 1, NameColumn, parent),
                               { Qt::CheckStateRole });
        }
        Q_EMIT dataChanged(indexOf(resource, NameColumn), indexOf(resource, LevelColumn),
                           { Qt::CheckStateRole, Qt::DisplayRole, Qt::EditRole });
    }
    for (Node* product : std::as_const(products))
        Q_EMIT dataChanged(indexOf(product, NameColumn), indexOf(product, NameColumn),
                           { Qt::CheckStateRole });
    if (checkedCount() != countBefore)
        Q_EMIT checkedCountChanged(checkedCount());
    if (changed)
        Q_EMIT policyChanged();
}

// ---------------------------------------------------------------- levels

QString PermissionTreeModel::levelName(Level level)
{
    switch (level) {
    case Level::None:
        return tr("None");
    case Level::Read:
        return tr("Read");
    case Level::ReadWrite:
        return tr("Read + write");
    case Level::All:
        return tr("All");
    case Level::Mixed:
        return tr("Mixed");
    }
    return QString();
}

QStringList PermissionTreeModel::levelActions(const Node* resource, Level level) const
{
    QStringList out;
    for (const auto& action : resource->children) {
        const bool in = level == Level::All || (level == Level::Read && readActions().contains(action->name))
            || (level == Level::ReadWrite && readWriteActions().contains(action->name));
        if (in)
            out.append(action->name);
    }
    return out;
}

QList<PermissionTreeModel::Level> PermissionTreeModel::levelsOf(const Node* resource) const
{
    QList<Level> out { Level::None };
    QStringList lower;
    for (Level level : { Level::Read, Level::ReadWrite, Level::All }) {
        const QStringList actions = levelActions(resource, level);
        if (!actions.isEmpty() && actions != lower) {
            out.append(level);
            lower = actions;
        }
    }
    return out;
}

PermissionTreeModel::Level PermissionTreeModel::levelOf(const Node* resource) const
{
    QStringList checked;
    for (const auto& action : resource->children) {
        if (action->checked)
            checked.append(action->name);
    }
    for (Level level : levelsOf(resource)) {
        if (levelActions(resource, level) == checked)
            return level;
    }
    return Level::Mixed;
}

PermissionTreeModel::Level PermissionTreeModel::level(const QModelIndex& resource) const
{
    const Node* node = nodeFromIndex(resource);
    return node && node->kind == Kind::Resource ? levelOf(node) : Level::Mixed;
}

QList<PermissionTreeModel::Level> PermissionTreeModel::availableLevels(const QModelIndex& resource) const
{
    const Node* node = nodeFromIndex(resource);
    return node && node->kind == Kind::Resource ? levelsOf(node) : QList<Level>();
}

bool PermissionTreeModel::setLevel(const QModelIndex& resource, Level level)
{
    Node* node = nodeFromIndex(resource);
    if (!node || node->kind != Kind::Resource || !levelsOf(node).contains(level))
        return false;
    const int countBefore = checkedCount();
    const QStringList actions = level == Level::None ? QStringList() : levelActions(node, level);
    Touched touched;
    bool changed = false;
    for (const auto& action : node->children)
        changed |= setLeafChecked(action.get(), actions.contains(action->name), &touched);
    announce(touched, countBefore, changed);
    return true;
}

// ---------------------------------------------------------------- lookups

PermissionTreeModel::Node* PermissionTreeModel::nodeFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex PermissionTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex PermissionTreeModel::indexFromPermission(const QString& permission, int column) const
{
    return indexOf(m_leaves.value(permission), column);
}

QString PermissionTreeModel::permissionFromIndex(const QModelIndex& index) const
{
    const Node* node = nodeFromIndex(index);
    return node ? node->permission : QString();
}

Qt::CheckState PermissionTreeModel::checkState(const Node* node) const
{
    if (node->kind == Kind::Action)
        return node->checked ? Qt::Checked : Qt::Unchecked;
    if (node->checkedLeaves == 0)
        return Qt::Unchecked;
    return node->checkedLeaves == node->leaves ? Qt::Checked : Qt::PartiallyChecked;
}

// ---------------------------------------------------------------- QAbstractItemModel

QModelIndex PermissionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const Node* p = parent.isValid() ? nodeFromIndex(parent) : m_root.get();
    if (!p || row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PermissionTreeModel::parent(const QModelIndex& index) const
{
    const Node* node = nodeFromIndex(index);
    return node ? indexOf(node->parent) : QModelIndex();
}

int PermissionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = parent.isValid() ? nodeFromIndex(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int PermissionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PermissionTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeFromIndex(index);
    if (!node)
        return QVariant();
    switch (role) {
    case PermissionRole:
        return node->kind == Kind::Action ? QVariant(node->permission) : QVariant();
    case KindRole:
        return int(node->kind);
    case IsCustomRole:
        return node->custom;
    case AvailableLevelsRole: {
        if (node->kind != Kind::Resource)
            return QVariant();
        QVariantList levels;
        for (Level level : levelsOf(node))
            levels.append(int(level));
        return levels;
    }
    default:
        break;
    }

    if (index.column() == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (node->kind == Kind::Action && node->name == PermissionCatalog::wildcardAction())
                return tr("* (all actions)");
            return node->name;
        case Qt::CheckStateRole:
            return checkState(node);
        case Qt::ToolTipRole: {
            QString path;
            if (node->kind == Kind::Action)
                path = node->permission;
            else if (node->kind == Kind::Resource)
                path = PermissionCatalog::join(node->parent->name, node->name, QStringLiteral("…"));
            else
                path = QStringLiteral("/twilio/%1/…").arg(node->name);
            return node->custom ? tr("%1 (not in KeyDesk's catalog)").arg(path) : path;
        }
        default:
            return QVariant();
        }
    }
    if (node->kind == Kind::Resource) {
        if (role == Qt::DisplayRole)
            return levelName(levelOf(node));
        if (role == Qt::EditRole)
            return int(levelOf(node));
    }
    return QVariant();
}

bool PermissionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Node* node = nodeFromIndex(index);
    if (!node)
        return false;
    if (index.column() == LevelColumn) {
        if (role != Qt::EditRole || node->kind != Kind::Resource)
            return false;
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || level < int(Level::None) || level > int(Level::All))
            return false;
        return setLevel(index, Level(level));
    }
    if (role != Qt::CheckStateRole)
        return false;
    const auto state = Qt::CheckState(value.toInt());
    if (state != Qt::Checked && state != Qt::Unchecked)
        return false;
    const int countBefore = checkedCount();
    Touched touched;
    setSubtreeChecked(node, state == Qt::Checked, &touched);
    announce(touched, countBefore, !touched.isEmpty());
    return true;
}

Qt::ItemFlags PermissionTreeModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeFromIndex(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == Kind::Action)
        f |= Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (node->kind == Kind::Resource && levelsOf(node).size() > 1)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PermissionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Permission");
    case LevelColumn:
        return tr("Level");
    default:
        return QVariant();
    }
}
