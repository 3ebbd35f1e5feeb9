#pragma once

#include "core/Clock.h"
#include "core/SecretBytes.h"
#include "token/TokenInspector.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class ClaimsModel;
class ClipboardService;
class FindingsModel;
class GrantsView;
class JsonView;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;
class SecretLineEdit;
class TokenEdit;

// Paste any token and see what it is: coloured segments, the header and payload as received, a claims
// table with human times that tick, a grants view, Twilio-aware findings and a signature check with a
// typed secret (UTF-8 or base64). Nothing leaves the machine; the secret is never stored.
//
// Each keystroke re-parses (microseconds) and updates the models in place; views whose input did not
// change are left alone.
class TokenInspectorPage : public QWidget
{
    Q_OBJECT

public:
    explicit TokenInspectorPage(ClipboardService* clipboard, const Clock& clock = Clock::system(),
                                QWidget* parent = nullptr);
    ~TokenInspectorPage() override;

    // Loads a token (as if pasted), e.g. from the builder's "Open in Inspector".
    void setToken(const QString& text);
    QString tokenText() const;

    // What the account's key list knows about the issuing key (for issuer-restricted-key/-deleted).
    void setIssuerLookup(std::function<IssuerStatus(const QString&)> lookup);

    // Names the issuing key from the account's key list ("“CI deploy” (SK…), Standard or Main key");
    // empty when the list does not know it.
    void setIssuerDescriber(std::function<QString(const QString& keySid)> describe);
    // Asks the keychain for the issuing key's secret, so a token verifies without typing. The provider
    // calls back (on the event loop) with the secret, or an empty one when the keychain has none.
    using SecretProvider = std::function<void(const QString& keySid, QObject* context,
                                              std::function<void(SecretBytes secret)> done)>;
    void setVaultSecretProvider(SecretProvider provider);
    // True while the signature was checked with a secret from the keychain (nothing typed).
    bool usesVaultSecret() const { return !m_vaultSecret.isEmpty() && m_secret.isEmpty(); }

    const TokenInspector::Result& result() const { return m_result; }
    TokenInspector::SignatureState signatureState() const { return m_result.signature; }

    // How often relative times and time findings are refreshed (1 s by default).
    void setTickInterval(int milliseconds);

public slots:
    void pasteFromClipboard();
    void copyToken();
    void clearToken();
    void focusTokenField();
    void focusSecretField();
    // Re-evaluates everything that depends on "now" (called by the 1 s timer).
    void refreshNow();

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void createActions();
    void onTokenEdited();
    void onSecretEdited();
    void reinspect();
    void updateViews();
    void updateSignatureBox();
    void updateStatusLine();
    void applyPalette();
    void updateIssuer();
    // Shows why a paste or drop was refused, under the token field, until the token changes.
    void showInputNotice(const QString& text);

    ClipboardService* m_clipboard;
    const Clock& m_clock;
    std::function<IssuerStatus(const QString&)> m_issuerLookup;
    std::function<QString(const QString&)> m_issuerDescriber;
    SecretProvider m_secretProvider;
    SecretBytes m_vaultSecret; // the issuing key's secret from the keychain (never shown)
    QString m_vaultSecretSid; // whose secret m_vaultSecret is, or was asked for

    JwtParseResult m_parse;
    TokenInspector::Result m_result;
    SecretBytes m_secret;
    bool m_secretError = false;
    QTimer m_tickTimer;

    TokenEdit* m_tokenEdit = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_parseErrorLabel = nullptr;
    QLabel* m_inputNoticeLabel = nullptr;
    QPushButton* m_pasteButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    SecretLineEdit* m_secretEdit = nullptr;
    QComboBox* m_secretEncodingCombo = nullptr;
    QLabel* m_secretErrorLabel = nullptr;
    QLabel* m_signatureStateLabel = nullptr;
    QLabel* m_issuerLabel = nullptr;
    QListView* m_findingsView = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QTabWidget* m_decodedTabs = nullptr;
    QTableView* m_claimsView = nullptr;
    ClaimsModel* m_claimsModel = nullptr;
    GrantsView* m_grantsView = nullptr;
    JsonView* m_headerView = nullptr;
    JsonView* m_payloadView = nullptr;
};
