#pragma once

#include "api/ApiError.h"
#include "keys/KeyCommand.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class KeyFilterProxyModel;
class QAction;
class QMenu;
class QAbstractItemView;

// Enables the key actions from the current selection (each command declares its restrictions) and runs
// the command an action stands for, one at a time; reports what the running command does.
class KeyListController : public QObject
{
    Q_OBJECT

public:
    enum class Action { NewKey, Duplicate, Rename, EditPermissions, Delete, Refresh };

    KeyListController(KeyCommandContext context, QAbstractItemView* view, KeyFilterProxyModel* proxy,
                      QObject* parent = nullptr);
    ~KeyListController() override;

    QAction* action(Action action) const { return m_actions.value(action); }
    QList<QAction*> actions() const;
    // The selected keys, mapped to the source model (never a proxy row).
    QList<ApiKey> selectedKeys() const;

    void setSubaccounts(const QList<QPair<QString, QString>>& subaccounts)
    {
        m_context.subaccounts = subaccounts;
    }
    void setProfileTargets(std::function<QList<KeyCommandContext::ProfileTarget>()> targets,
                           decltype(KeyCommandContext::openProfile) open)
    {
        m_context.profileTargets = std::move(targets);
        m_context.openProfile = std::move(open);
    }
    // Everything but Refresh is disabled while the list cannot be acted on (loading another account).
    void setListReady(bool ready);

    KeyCommand* currentCommand() const { return m_command; }
    bool cancelCurrent();
    // Starts Edit permissions again with the permissions of the last attempt that failed.
    void editPermissionsAgain();
    bool canEditPermissionsAgain() const { return m_editAgain.has_value(); }

public Q_SLOTS:
    void updateActions();

Q_SIGNALS:
    void refreshRequested();
    void commandProgress(const QString& text, bool cancellable);
    void commandFinished(const QString& summary);
    void commandFailed(const ApiError& error, const QString& retryHint);
    void commandCanceled();
    void busyChanged(bool busy);

private:
    QAction* makeAction(Action action, const QString& text, const QString& objectName,
                        const QKeySequence& shortcut, const QString& iconName,
                        KeyCommand::Restrictions restrictions);
    void run(KeyCommand* command);
    // Whether the action may run on these keys now; says why not (inline) when it may not.
    bool allowed(Action action, const QList<ApiKey>& keys);
    void onRenameRequested(const QString& sid, const QString& name);

    KeyCommandContext m_context;
    QAbstractItemView* m_view;
    KeyFilterProxyModel* m_proxy;
    QHash<Action, QAction*> m_actions;
    QHash<Action, KeyCommand::Restrictions> m_restrictions;
    QPointer<KeyCommand> m_command;
    bool m_listReady = true;
    std::optional<QPair<ApiKey, Policy>> m_editAgain;
};
