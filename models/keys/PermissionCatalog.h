#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The Restricted-key permissions KeyDesk knows: resources/permissions/restricted-permissions.txt
// (a copy of shared/twilio/restricted-permissions.txt, embedded in keydesk_models), read as
// product → resource → actions. Shared by the sandbox (which permissions exist) and the client (the
// permission tree). Twilio publishes no complete list, so this is a suggestion list: callers accept
// well-formed strings it does not know (Policy::isWellFormedPermission).
//
// "…/<resource>/*" grants every action of a resource. It is not an action of its own here: actions()
// lists the concrete ones, and only a resource the catalog knows solely by its wildcard (e.g.
// voice/sip.connection-policies.targets) has "*" as its one action.
class PermissionCatalog
{
public:
    // "/twilio/<product>/<resource>/<action>" taken apart; resources may contain dots
    // (messages.media, sip.domains.auth.calls.credential-list-mappings).
    struct Parts
    {
        QString product;
        QString resource;
        QString action;
    };

    // The built-in catalog (":/permissions/restricted-permissions.txt"), read once.
    static const PermissionCatalog& builtIn();

    PermissionCatalog() = default;
    // Repeats are dropped (first place kept); strings that are not /twilio/<p>/<r>/<a> are kept in
    // permissions() but belong to no resource.
    explicit PermissionCatalog(const QStringList& permissions);

    // One permission per line; '#' comments and blank lines skipped, surrounding space trimmed.
    static QStringList parse(QByteArrayView text);

    // Every permission, in file order (the wildcard entries included).
    const QStringList& permissions() const { return m_permissions; }
    int size() const { return int(m_permissions.size()); }
    bool isEmpty() const { return m_permissions.isEmpty(); }
    // Place in permissions(), or -1.
    int indexOf(const QString& permission) const { return m_index.value(permission, -1); }
    bool contains(const QString& permission) const { return m_index.contains(permission); }

    // Sorted product names ("event-streams", "iam", "messaging", …).
    QStringList products() const;
    // The product's resources, sorted (so "calls" comes just before "calls.recordings").
    QStringList resources(const QString& product) const;
    // The resource's concrete actions in Twilio's order (read, list, create, update, delete); "*" alone
    // for a resource known only by its wildcard; empty for an unknown resource.
    QStringList actions(const QString& product, const QString& resource) const;
    bool hasResource(const QString& product, const QString& resource) const;

    // In the catalog, or "/twilio/<product>/<resource>/*" for a resource the catalog has.
    bool isKnown(const QString& permission) const;

    // Each "…/<resource>/*" of a catalog resource becomes that resource's actions() (what the editor
    // shows as every action checked); everything else is kept. Order kept, repeats dropped.
    QStringList expand(const QStringList& allow) const;

    // Whether two policies grant the same permissions (each expanded; order and repeats do not matter).
    bool sameGrants(const QStringList& a, const QStringList& b) const;
    // `allow` (explicit actions, as the editor gives them) with each resource whose wildcard `original`
    // had, and whose catalog actions are all still in `allow`, written as that wildcard again: an edit
    // keeps the form Twilio answered for what it did not change.
    QStringList collapseLike(const QStringList& allow, const QStringList& original) const;
    // Whether a policy grants the permission, directly or through "…/<resource>/*".
    static bool allows(const QStringList& policy, const QString& permission);

    // Splits a permission; nullopt unless it is "/twilio/<product>/<resource>/<action>" with
    // non-empty, slash-free parts (the shape check proper is Policy::isWellFormedPermission).
    static std::optional<Parts> split(const QString& permission);
    static QString join(const QString& product, const QString& resource, const QString& action);
    // "/twilio/<product>/<resource>/*"
    static QString wildcard(const QString& product, const QString& resource);
    static QString wildcardAction() { return QStringLiteral("*"); }
    // Sort key of an action in Twilio's order: read, list, create, update, delete, others, "*".
    static int actionRank(const QString& action);

private:
    QStringList m_permissions;
    QHash<QString, int> m_index;
    // product → resource → actions (concrete ones in Twilio's order; see actions()).
    QMap<QString, QMap<QString, QStringList>> m_tree;
};
