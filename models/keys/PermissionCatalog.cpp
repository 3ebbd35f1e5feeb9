#include "PermissionCatalog.h"

#include <QFile>
#include <QSet>
#include <algorithm>

namespace {

const QString& prefix()
{
    static const QString p = QStringLiteral("/twilio/");
    return p;
}

} // namespace

const PermissionCatalog& PermissionCatalog::builtIn()
{
    static const PermissionCatalog catalog([] {
        QFile file(QStringLiteral(":/permissions/restricted-permissions.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringList();
        return parse(file.readAll());
    }());
    return catalog;
}

PermissionCatalog::PermissionCatalog(const QStringList& permissions)
{
    QMap<QString, QMap<QString, QStringList>> seen;
    for (const QString& permission : permissions) {
        if (m_index.contains(permission))
            continue;
        m_index.insert(permission, int(m_permissions.size()));
        m_permissions.append(permission);
        if (const auto parts = split(permission))
            seen[parts->product][parts->resource].append(parts->action);
    }
    for (auto product = seen.begin(); product != seen.end(); ++product) {
        for (auto resource = product->begin(); resource != product->end(); ++resource) {
            QStringList actions = resource.value();
            if (actions.size() > 1)
                actions.removeAll(wildcardAction());
            std::stable_sort(actions.begin(), actions.end(), [](const QString& a, const QString& b) {
                const int ra = actionRank(a);
                const int rb = actionRank(b);
                return ra != rb ? ra < rb : a < b;
            });
            m_tree[product.key()].insert(resource.key(), actions);
        }
    }
}

QStringList PermissionCatalog::parse(QByteArrayView text)
{
    QStringList out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            out.append(QString::fromUtf8(line));
        start = end + 1;
    }
    return out;
}

QStringList PermissionCatalog::products() const
{
    return m_tree.keys();
}

QStringList PermissionCatalog::resources(const QString& product) const
{
    return m_tree.value(product).keys();
}

QStringList PermissionCatalog::actions(const QString& product, const QString& resource) const
{
    const auto p = m_tree.constFind(product);
    return p == m_tree.cend() ? QStringList() : p->value(resource);
}

bool PermissionCatalog::hasResource(const QString& product, const QString& resource) const
{
    const auto p = m_tree.constFind(product);
    return p != m_tree.cend() && p->contains(resource);
}

bool PermissionCatalog::isKnown(const QString& permission) const
{
    if (contains(permission))
        return true;
    const auto parts = split(permission);
    return parts && parts->action == wildcardAction() && hasResource(parts->product, parts->resource);
}

QStringList PermissionCatalog::expand(const QStringList& allow) const
{
    QStringList out;
    QSet<QString> added;
    const auto add = [&](const QString& permission) {
        if (!added.contains(permission)) {
            added.insert(permission);
            out.append(permission);
        }
    };
    for (const QString& permission : allow) {
        const auto parts = split(permission);
        if (parts && parts->action == wildcardAction() && hasResource(parts->product, parts->resource)) {
            for (const QString& action : actions(parts->product, parts->resource))
                add(join(parts->product, parts->resource, action));
        } else {
            add(permission);
        }
    }
    return out;
}

bool PermissionCatalog::allows(const QStringList& policy, const QString& permission)
{
    if (policy.contains(permission))
        return true;
    const qsizetype slash = permission.lastIndexOf(u'/');
    return slash >= 0 && policy.contains(permission.left(slash + 1) + wildcardAction());
}

std::optional<PermissionCatalog::Parts> PermissionCatalog::split(const QString& permission)
{
    if (!permission.startsWith(prefix()))
        return std::nullopt;
    const QStringList parts = permission.mid(prefix().size()).split(u'/');
    if (parts.size() != 3 || parts.contains(QString()))
        return std::nullopt;
    return Parts { parts.at(0), parts.at(1), parts.at(2) };
}

QString PermissionCatalog::join(const QString& product, const QString& resource, const QString& action)
{
    return prefix() + product + u'/' + resource + u'/' + action;
}

QString PermissionCatalog::wildcard(const QString& product, const QString& resource)
{
    return join(product, resource, wildcardAction());
}

int PermissionCatalog::actionRank(const QString& action)
{
    static const QStringList order
        = { QStringLiteral("read"), QStringLiteral("list"), QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("delete") };
    if (action == wildcardAction())
        return int(order.size()) + 1;
    const qsizetype i = order.indexOf(action);
    return i < 0 ? int(order.size()) : int(i);
}

bool PermissionCatalog::sameGrants(const QStringList& a, const QStringList& b) const
{
    const QStringList ea = expand(a);
    const QStringList eb = expand(b);
    return QSet<QString>(ea.begin(), ea.end()) == QSet<QString>(eb.begin(), eb.end());
}

QStringList PermissionCatalog::collapseLike(const QStringList& allow, const QStringList& original) const
{
    QStringList out = allow;
    for (const QString& permission : original) {
        const std::optional<Parts> parts = split(permission);
        if (!parts || parts->action != wildcardAction() || !hasResource(parts->product, parts->resource))
            continue;
        const QStringList actions = this->actions(parts->product, parts->resource);
        QStringList members;
        for (const QString& action : actions)
            members << join(parts->product, parts->resource, action);
        bool all = true;
        for (const QString& member : std::as_const(members))
            all = all && (out.contains(member) || member == permission);
        if (!all)
            continue;
        // The wildcard takes the place of the first of its actions.
        qsizetype at = -1;
        for (const QString& member : std::as_const(members)) {
            const qsizetype i = out.indexOf(member);
            if (i >= 0 && (at < 0 || i < at))
                at = i;
        }
        for (const QString& member : std::as_const(members))
            out.removeAll(member);
        if (!out.contains(permission))
            out.insert(at < 0 ? out.size() : qMin(at, out.size()), permission);
    }
    return out;
}
