#include "KeyListController.h"

#include "common/Mnemonic.h"
#include "keys/KeyCommands.h"
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

KeyListController::KeyListController(KeyCommandContext context, QAbstractItemView* view,
                                     KeyFilterProxyModel* proxy, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_view(view)
    , m_proxy(proxy)
{
    using C = KeyCommand;
    makeAction(Action::NewKey, tr("&New key…"), QStringLiteral("newKeyAction"), QKeySequence::New,
               QStringLiteral("list-add"), CreateKeyCommand::newRestrictions());
    makeAction(Action::Duplicate, tr("&Duplicate…"), QStringLiteral("duplicateKeyAction"),
               QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("edit-copy"),
               CreateKeyCommand::duplicateRestrictions());
    makeAction(Action::Rename, tr("&Rename"), QStringLiteral("renameKeyAction"), QKeySequence(Qt::Key_F2),
               QStringLiteral("edit-rename"), RenameKeyCommand::restrictions());
    makeAction(Action::EditPermissions, tr("Edit &permissions…"), QStringLiteral("editPermissionsAction"),
               QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-edit"),
               EditPermissionsCommand::restrictions());
    makeAction(Action::Delete, tr("De&lete…"), QStringLiteral("deleteKeyAction"), QKeySequence::Delete,
               QStringLiteral("edit-delete"), DeleteKeyCommand::restrictions());
    makeAction(Action::Refresh, tr("Re&fresh"), QStringLiteral("refreshKeysAction"), QKeySequence::Refresh,
               QStringLiteral("view-refresh"), C::NoRestriction);

    // Each action checks its restrictions again when triggered: a shortcut or a stale enabled state must
    // never start a command on a selection it cannot take.
    connect(action(Action::NewKey), &QAction::triggered, this,
            [this] { run(new CreateKeyCommand(m_context, {}, this)); });
    connect(action(Action::Duplicate), &QAction::triggered, this, [this] {
        if (allowed(Action::Duplicate, selectedKeys()))
            run(new CreateKeyCommand(m_context, selectedKeys(), this));
    });
    connect(action(Action::Rename), &QAction::triggered, this, [this] {
        const QList<ApiKey> keys = selectedKeys();
        if (!allowed(Action::Rename, keys))
            return;
        // Inline: the name cell becomes an editor; the model turns the edit into renameRequested().
        const QModelIndex name = m_proxy->indexFromSid(keys.first().sid, KeyListModel::NameColumn);
        m_view->setCurrentIndex(name);
        m_view->scrollTo(name);
        m_view->edit(name);
    });
    connect(action(Action::EditPermissions), &QAction::triggered, this, [this] {
        if (allowed(Action::EditPermissions, selectedKeys()))
            run(new EditPermissionsCommand(m_context, selectedKeys(), std::nullopt, this));
    });
    connect(action(Action::Delete), &QAction::triggered, this, [this] {
        if (allowed(Action::Delete, selectedKeys()))
            run(new DeleteKeyCommand(m_context, selectedKeys(), this));
    });
    connect(action(Action::Refresh), &QAction::triggered, this, &KeyListController::refreshRequested);

    connect(m_context.model, &KeyListModel::renameRequested, this, &KeyListController::onRenameRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyListController::updateActions);
    // A key's type can become known after it was selected (details arrive).
    connect(m_context.model, &QAbstractItemModel::dataChanged, this, &KeyListController::updateActions);
    connect(m_context.model, &QAbstractItemModel::rowsRemoved, this, &KeyListController::updateActions);
    connect(m_context.model, &QAbstractItemModel::modelReset, this, &KeyListController::updateActions);
    updateActions();
}

KeyListController::~KeyListController() = default;

QAction* KeyListController::makeAction(Action which, const QString& text, const QString& objectName,
                                       const QKeySequence& shortcut, const QString& iconName,
                                       KeyCommand::Restrictions restrictions)
{
    auto* a = new QAction(QIcon::fromTheme(iconName), text, this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    // Only while the Keys page has focus: other pages keep their own Ctrl+N / Delete.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QString plain = withoutMnemonic(text);
    plain.remove(QStringLiteral("…"));
    a->setToolTip(shortcut.isEmpty() ? plain
                                     : tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(plain);
    m_actions.insert(which, a);
    m_restrictions.insert(which, restrictions);
    return a;
}

QList<QAction*> KeyListController::actions() const
{
    QList<QAction*> out;
    for (Action a : { Action::NewKey, Action::Duplicate, Action::Rename, Action::EditPermissions,
                      Action::Delete, Action::Refresh })
        out << action(a);
    return out;
}

QList<ApiKey> KeyListController::selectedKeys() const
{
    QList<ApiKey> keys;
    if (!m_view->selectionModel())
        return keys;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        keys << m_proxy->keyFromIndex(row);
    return keys;
}

void KeyListController::setListReady(bool ready)
{
    m_listReady = ready;
    updateActions();
}

void KeyListController::updateActions()
{
    const QList<ApiKey> keys = selectedKeys();
    const bool busy = m_command && !m_command->isFinished();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() == Action::Refresh) {
            it.value()->setEnabled(!busy);
            continue;
        }
        const QString why = KeyCommand::whyNot(m_restrictions.value(it.key()), keys, m_context.model);
        const bool enabled = !busy && m_listReady && why.isEmpty();
        it.value()->setEnabled(enabled);
        it.value()->setStatusTip(why.isEmpty() ? it.value()->toolTip() : why);
    }
}

bool KeyListController::allowed(Action which, const QList<ApiKey>& keys)
{
    const QString why = KeyCommand::whyNot(m_restrictions.value(which), keys, m_context.model);
    if (why.isEmpty() && m_listReady)
        return true;
    updateActions();
    Q_EMIT commandFailed(
        ApiError::invalidRequest(why.isEmpty() ? tr("Wait until the key list has loaded.") : why), {});
    return false;
}

void KeyListController::run(KeyCommand* command)
{
    if (m_command && !m_command->isFinished()) {
        // Only an inline rename can get here (the actions are disabled meanwhile): say why nothing happens.
        command->deleteLater();
        Q_EMIT commandFailed(
            ApiError::invalidRequest(tr("Another key action is still running; try again when it "
                                        "has finished.")),
            {});
        return;
    }
    m_command = command;
    connect(command, &KeyCommand::progress, this, &KeyListController::commandProgress);
    auto done = [this] {
        m_command = nullptr;
        Q_EMIT busyChanged(false);
        updateActions();
    };
    connect(command, &KeyCommand::finished, this, [this, done](const QString& summary) {
        done();
        Q_EMIT commandFinished(summary);
    });
    connect(command, &KeyCommand::canceled, this, [this, done] {
        done();
        Q_EMIT commandCanceled();
    });
    connect(command, &KeyCommand::failed, this, [this, done, command](const ApiError& error) {
        QString hint;
        m_editAgain.reset();
        if (auto* edit = qobject_cast<EditPermissionsCommand*>(command); edit && edit->attempted()) {
            // Keep what the user edited, so "Edit again" reopens the editor with it.
            m_editAgain = qMakePair(edit->keys().value(0), *edit->attempted());
            hint = QStringLiteral("edit-again");
        }
        done();
        Q_EMIT commandFailed(error, hint);
    });
    Q_EMIT busyChanged(true);
    updateActions();
    command->start();
}

bool KeyListController::cancelCurrent()
{
    return !m_command || m_command->cancel();
}

void KeyListController::editPermissionsAgain()
{
    if (!m_editAgain)
        return;
    const auto [key, attempted] = *std::exchange(m_editAgain, std::nullopt);
    // The key may have been deleted or changed meanwhile: take it from the list as it is now.
    const ApiKey* current = m_context.model->find(key.sid);
    if (!current || !allowed(Action::EditPermissions, { *current }))
        return;
    run(new EditPermissionsCommand(m_context, { *current }, attempted, this));
}

void KeyListController::onRenameRequested(const QString& sid, const QString& name)
{
    const ApiKey* key = m_context.model->find(sid);
    if (!key || !allowed(Action::Rename, { *key }))
        return;
    run(new RenameKeyCommand(m_context, { *key }, name, this));
}
