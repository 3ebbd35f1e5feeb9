#pragma once

#include "core/SecretBytes.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class ClipboardService;
class QLabel;

namespace Ui {
class SecretOnceDialog;
}

// Shows a newly created secret (an API key's secret, a secondary Auth Token) the one time Twilio
// returns it: masked with a reveal toggle, copied only through the clipboard service, and optionally
// kept in the keychain. Finish is enabled once the user says the secret is stored; closing without
// that asks first (Confirmation), since the secret cannot be shown again.
//
// The dialog owns the secret and wipes it when it closes or is destroyed. Only after Finish with
// keepInKeychain() does it keep the secret, for the caller to take with takeSecretForKeychain().
// The secret never appears in a label, tooltip or accessible name.
class SecretOnceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretOnceDialog(ClipboardService* clipboard, QWidget* parent = nullptr);
    ~SecretOnceDialog() override;

    // A plain-text sentence at the top ("Key “ci-deploy” was created.").
    void setIntro(const QString& text);
    // The SID shown above the secret (a row hidden while empty).
    void setSid(const QString& sid);
    void setSecret(SecretBytes secret);

    // With a keychain the "keep" box is checked by default; without one it is off and disabled.
    void setKeychainAvailable(bool available);
    // For secrets KeyDesk never keeps (the Auth Token): hides the "keep" box.
    void setKeepInKeychainVisible(bool visible);
    bool keepInKeychain() const;

    // Hands the secret out (after Finish, when keepInKeychain() is true); the dialog holds none after.
    SecretBytes takeSecretForKeychain();

    // How "Keep in my keychain" is carried out while the dialog is still open: Finish hands a copy of the
    // secret to `store` and waits; on failure the dialog stays open with the reason, the box unticked,
    // and the secret still shown (so it can be copied by hand). Without a store, the caller takes the
    // secret after Finish (takeSecretForKeychain()).
    using KeychainStore
        = std::function<void(SecretBytes secret, std::function<void(bool ok, const QString& error)> done)>;
    void setKeychainStore(KeychainStore store);
    // True after Finish stored the secret through the KeychainStore.
    bool storedInKeychain() const { return m_storedInKeychain; }

public slots:
    void done(int result) override;
    // Finish: stores the secret first when asked to (see setKeychainStore()).
    void accept() override;
    // Esc, the close button and Alt+F4: asks before the secret is lost, unless it is stored.
    void reject() override;

private:
    void copySid();
    void copySecret();
    bool confirmCloseWithoutStoring();
    void updateButtons();

    std::unique_ptr<Ui::SecretOnceDialog> m_ui;
    QPointer<ClipboardService> m_clipboard;
    SecretBytes m_secret;
    KeychainStore m_store;
    QLabel* m_storeErrorLabel = nullptr;
    bool m_storing = false;
    bool m_storedInKeychain = false;
    bool m_keychainAvailable = true;
};
