#pragma once

#include "core/Clock.h"
#include "core/SecretBytes.h"
#include "token/TokenInspector.h"

#include <QWidget>
#include <functional>
#include <vector>

class ClipboardService;
class JsonView;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretLineEdit;
class TokenEdit;

// Builds an Access Token for a client SDK while you type: signing key (Account SID, API key SID and
// secret), identity, ttl, nbf, region and one checkable section per grant. SIDs are checked inline;
// the signed token and its decoded header and payload update live. Copy goes through the clipboard
// service; "Open in Inspector" hands the token to the inspector.
class TokenBuilderPage : public QWidget
{
    Q_OBJECT

public:
    explicit TokenBuilderPage(ClipboardService* clipboard, const Clock& clock = Clock::system(),
                              QWidget* parent = nullptr);
    ~TokenBuilderPage() override;

    // What the account's key list says about a key SID. Restricted (and deleted) keys are refused as
    // issuers: the reason is shown and no token is made.
    void setIssuerLookup(std::function<IssuerStatus(const QString&)> lookup);

    // Fills the signing key (from the Keys page): Account SID, key SID and, when the keychain holds it,
    // the secret (an empty secret leaves the field empty for the user to type). The secret is wiped here.
    void setSigningKey(const QString& accountSid, const QString& keySid, SecretBytes secret);
    // The account's keys whose secrets the keychain holds, offered in the "From your keychain" list
    // (SID, label). Choosing one emits vaultKeyRequested(); the owner reads the secret and calls
    // setSigningKey(). Empty hides the list.
    void setVaultKeys(const QList<QPair<QString, QString>>& keys);

    // The current signed token, empty when the inputs do not make one.
    QString token() const { return m_token; }
    // Why there is no token (empty when there is one).
    QStringList problems() const { return m_problems; }

    // "AP" + 32 hex digits checks for a field, as a sentence; empty when `text` is fine (or empty).
    static QString sidProblem(const QString& text, const QString& prefix, const QString& meaning);

public slots:
    void copyToken();
    void openInInspector();
    // Builds again with the clock's current time (a fresh iat/exp).
    void rebuild();

signals:
    void openInInspectorRequested(const QString& token);
    void vaultKeyRequested(const QString& keySid);
    void statusMessage(const QString& text);

private:
    struct SidInput
    {
        QLineEdit* edit;
        QLabel* hint;
        QFormLayout* form;
        QString prefix;
        QString meaning;
        QGroupBox* group; // nullptr for fields outside a grant
    };

    void buildUi();
    void createActions();
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& name,
                       const QString& placeholder);
    QLineEdit* addSid(QFormLayout* form, QGroupBox* group, const QString& label, const QString& name,
                      const QString& prefix, const QString& meaning);
    QLabel* addHint(QFormLayout* form, const QString& name);
    void setHint(QFormLayout* form, QLabel* hint, const QString& text);
    QGroupBox* addGrantGroup(QWidget* parent, const QString& title, const QString& name);
    bool parseJsonObject(const QString& text, QLabel* hint, QFormLayout* form, OrderedJson* out);
    void updateTtlLabel();
    void showToken();

    ClipboardService* m_clipboard;
    const Clock& m_clock;
    std::function<IssuerStatus(const QString&)> m_issuerLookup;
    QString m_token;
    QStringList m_problems;
    std::vector<SidInput> m_sidInputs;

    QComboBox* m_vaultKeyCombo = nullptr;
    QLineEdit* m_accountSidEdit = nullptr;
    QLineEdit* m_keySidEdit = nullptr;
    QLabel* m_issuerStatusLabel = nullptr;
    SecretLineEdit* m_secretEdit = nullptr;
    QLineEdit* m_identityEdit = nullptr;
    QLabel* m_identityHint = nullptr;
    QFormLayout* m_tokenForm = nullptr;
    QSpinBox* m_ttlSpin = nullptr;
    QLabel* m_ttlHumanLabel = nullptr;
    QCheckBox* m_nbfCheck = nullptr;
    QDateTimeEdit* m_nbfEdit = nullptr;
    QComboBox* m_regionCombo = nullptr;

    QGroupBox* m_voiceGroup = nullptr;
    QCheckBox* m_voiceIncomingCheck = nullptr;
    QLineEdit* m_voiceAppSidEdit = nullptr;
    QLineEdit* m_voiceParamsEdit = nullptr;
    QLabel* m_voiceParamsHint = nullptr;
    QFormLayout* m_voiceForm = nullptr;
    QLineEdit* m_voicePushCredentialSidEdit = nullptr;
    QLineEdit* m_voiceEndpointIdEdit = nullptr;
    QGroupBox* m_videoGroup = nullptr;
    QLineEdit* m_videoRoomEdit = nullptr;
    QGroupBox* m_chatGroup = nullptr;
    QLineEdit* m_chatServiceSidEdit = nullptr;
    QLineEdit* m_chatEndpointIdEdit = nullptr;
    QLineEdit* m_chatDeploymentRoleSidEdit = nullptr;
    QLineEdit* m_chatPushCredentialSidEdit = nullptr;
    QGroupBox* m_syncGroup = nullptr;
    QLineEdit* m_syncServiceSidEdit = nullptr;
    QLineEdit* m_syncEndpointIdEdit = nullptr;
    QGroupBox* m_taskRouterGroup = nullptr;
    QLineEdit* m_taskRouterWorkspaceSidEdit = nullptr;
    QLineEdit* m_taskRouterWorkerSidEdit = nullptr;
    QLineEdit* m_taskRouterRoleEdit = nullptr;
    QGroupBox* m_playbackGroup = nullptr;
    QPlainTextEdit* m_playbackGrantEdit = nullptr;
    QLabel* m_playbackHint = nullptr;
    QFormLayout* m_playbackForm = nullptr;

    QLabel* m_problemsLabel = nullptr;
    TokenEdit* m_tokenOutput = nullptr;
    QLabel* m_issuedLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_reissueButton = nullptr;
    QLabel* m_decodedLabel = nullptr;
    JsonView* m_headerView = nullptr;
    JsonView* m_payloadView = nullptr;
};
