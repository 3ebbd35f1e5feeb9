#pragma once

#include "api/ApiKey.h"
#include "api/KeyService.h"

#include <QDialog>
#include <memory>
#include <optional>

class InlineMessage;
class PermissionEditor;

namespace Ui {
class CreateKeyDialog;
}

// New key and Duplicate: a name with a live 64-character counter, Standard or Restricted (with the
// permission editor), the account to create it in. accept() validates and, for a Restricted key, shows
// the diff of permissions (against the source when duplicating) before anything is sent; then it emits
// submitted() and stays open, locked, while the command creates the key. A failure unlocks it with the
// error inline and every input kept; success closes it (finishSubmitted()).
class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    struct Account
    {
        QString sid;
        QString label;
        QString profileId; // another profile's account; empty for this credential's accounts
    };

    explicit CreateKeyDialog(QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    // Duplicate mode: "Copy of <name>", the source's type and permissions, the diff against them.
    void setSource(const ApiKey& source);
    const std::optional<ApiKey>& source() const { return m_source; }
    // Where the key may be created; the first is the current account. One account hides the choice.
    void setAccounts(const QList<Account>& accounts);
    QString targetAccountSid() const;
    QString targetProfileId() const;

    // What the dialog asks to create (valid after submitted()).
    KeyCreateRequest request() const;
    // Permissions of the source (duplicate) or none (new key): the left side of the diff.
    Policy basePolicy() const;
    PermissionEditor* permissionEditor() const { return m_editor; }
    InlineMessage* message() const { return m_message; }

    // The command's side: the create is running (no Cancel: a POST may be on its way), failed, or done.
    void setBusy(const QString& text);
    void showFailure(const QString& sentence);
    void finishSubmitted();
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void submitted();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateCounter();
    void updateType();
    QString validate() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    PermissionEditor* m_editor = nullptr;
    InlineMessage* m_message = nullptr;
    std::optional<ApiKey> m_source;
    bool m_busy = false;
};
