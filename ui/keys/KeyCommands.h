#pragma once

#include "api/KeyService.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyCommand.h"

#include <QPointer>
#include <optional>

// New key (no source) and Duplicate (a source key): the create dialog, the create (into this account
// or a subaccount), the secret shown once, the secret kept in the keychain when asked.
class CreateKeyCommand : public KeyCommand
{
    Q_OBJECT

public:
    // keys empty: a new key; one key: a duplicate of it.
    CreateKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys, QObject* parent = nullptr);
    ~CreateKeyCommand() override;

    static Restrictions newRestrictions() { return NoRestriction; }
    static Restrictions duplicateRestrictions() { return OnlyOneKey | MustBeRestricted; }

    CreateKeyDialog* dialog() const { return m_dialog; }

protected:
    void doStart() override;
    bool needsKey() const override { return false; }

private:
    void openDialog(const std::optional<ApiKey>& source);
    void submit();
    void created(CreatedKey created, const QString& accountSid);
    void secretLost(const CreatedKey& created, const QString& accountSid);
    KeyService* serviceFor(const QString& accountSid);

    QPointer<CreateKeyDialog> m_dialog;
    KeyService* m_otherAccount = nullptr;
    // Where the key is being made: this page's service, a subaccount's, or another profile's session's.
    KeyService* m_into = nullptr;
    std::shared_ptr<Session> m_profileSession;
    void submitInto(KeyService* into, const QString& accountSid);
};

// Rename any key (F2 or an edit of the name cell).
class RenameKeyCommand : public KeyCommand
{
    Q_OBJECT

public:
    RenameKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys, const QString& newName,
                     QObject* parent = nullptr);
    static Restrictions restrictions() { return OnlyOneKey; }

protected:
    void doStart() override;

private:
    QString m_newName;
};

// Edit permissions of a Restricted key: the editor, the diff (Twilio replaces the whole policy), the
// update. startWith reopens the editor with the permissions of an attempt that failed.
class EditPermissionsCommand : public KeyCommand
{
    Q_OBJECT

public:
    EditPermissionsCommand(const KeyCommandContext& context, const QList<ApiKey>& keys,
                           std::optional<Policy> startWith = std::nullopt, QObject* parent = nullptr);
    static Restrictions restrictions() { return OnlyOneKey | MustBeRestricted; }

    // The permissions of the last attempt (for "Edit again" after a failure).
    const std::optional<Policy>& attempted() const { return m_attempted; }

protected:
    void doStart() override;

private:
    void openEditor(const ApiKey& current);

    std::optional<Policy> m_startWith;
    std::optional<Policy> m_attempted;
};

// Delete a key after a confirmation that names it and says what stops working.
class DeleteKeyCommand : public KeyCommand
{
    Q_OBJECT

public:
    DeleteKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys, QObject* parent = nullptr);
    static Restrictions restrictions() { return OnlyOneKey; }

    static QString question(const ApiKey& key);

protected:
    void doStart() override;
};
