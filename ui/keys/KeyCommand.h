#pragma once

#include "api/ApiError.h"
#include "api/ApiKey.h"

#include <QObject>
#include <QPointer>
#include <functional>

class AccountService;
class ApiClient;
class ApiTask;
class ClipboardService;
class KeyDetailsLoader;
class KeyListModel;
class KeyService;
class QWidget;
class SecretVault;
class Session;

// What every key command works with; the Keys page owns all of it.
struct KeyCommandContext
{
    ApiClient* client = nullptr;
    KeyService* keys = nullptr;
    AccountService* accounts = nullptr;
    KeyListModel* model = nullptr;
    KeyDetailsLoader* details = nullptr;
    SecretVault* vault = nullptr;
    ClipboardService* clipboard = nullptr;
    QWidget* parentWidget = nullptr;
    // Subaccounts of the credential's account (sid, name), when the page has read them.
    QList<QPair<QString, QString>> subaccounts;
    // Other profiles a key can be duplicated into, and how to reach one (Session::openStored). Unset
    // when the page has no profiles to offer.
    struct ProfileTarget
    {
        QString profileId;
        QString accountSid;
        QString name;
    };
    std::function<QList<ProfileTarget>()> profileTargets;
    std::function<void(const QString& profileId, QObject* context,
                       std::function<void(std::shared_ptr<Session>, const QString&)>)>
        openProfile;
};

// One user action on keys (Kleopatra's Command): declares what it needs from the selection, runs
// asynchronously, reports progress, and ends exactly once with finished(), canceled() or failed().
// Changes it makes are applied to the model as they are confirmed (only what changed is reloaded).
class KeyCommand : public QObject
{
    Q_OBJECT

public:
    enum Restriction {
        NoRestriction = 0,
        NeedSelection = 1, // at least one key selected
        OnlyOneKey = 2, // exactly one
        MustBeRestricted = 4, // every selected key is Restricted
    };
    Q_DECLARE_FLAGS(Restrictions, Restriction)

    KeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys, QObject* parent = nullptr);
    ~KeyCommand() override;

    // Whether a selection satisfies the restrictions (the controller's enabling rule).
    static bool allows(Restrictions restrictions, const QList<ApiKey>& keys, const KeyListModel* model);
    // Why not, as a sentence for a tooltip; empty when allowed.
    static QString whyNot(Restrictions restrictions, const QList<ApiKey>& keys, const KeyListModel* model);

    void start();
    // Stops what runs, unless a request that changes something is already on its way (then false).
    bool cancel();
    bool canCancel() const { return m_cancellable; }
    bool isFinished() const { return m_done; }

Q_SIGNALS:
    // A sentence while it works; cancellable says whether Cancel would still stop it.
    void progress(const QString& text, bool cancellable);
    void finished(const QString& summary);
    void canceled();
    void failed(const ApiError& error);

protected:
    virtual void doStart() = 0;
    // False for commands that may run without a selected key (New key).
    virtual bool needsKey() const { return true; }
    const KeyCommandContext& context() const { return m_context; }
    const ApiKey& key() const { return m_keys.first(); }

public:
    const QList<ApiKey>& keys() const { return m_keys; }

protected:
    // Reads the (first) key's details through IAM v1, updates the list with them, then calls `then`;
    // a failure ends the command. Cancellable while it reads.
    void readCurrent(std::function<void(const ApiKey&)> then);
    // Tracks the running operation so cancel() reaches it.
    void setTask(ApiTask* task, bool cancellable);
    void reportProgress(const QString& text, bool cancellable);
    void finish(const QString& summary);
    void fail(const ApiError& error);
    void cancelled();

private:
    KeyCommandContext m_context;
    QList<ApiKey> m_keys;
    QPointer<ApiTask> m_task;
    bool m_cancellable = true;
    bool m_done = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(KeyCommand::Restrictions)
