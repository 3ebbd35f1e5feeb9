#pragma once

#include "token/WebhookSignature.h"

#include <QWidget>

class ClipboardService;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;
class SecretLineEdit;

// Computes and checks X-Twilio-Signature: URL, method, form parameters or a raw JSON body, and the
// Auth Token. Shows the expected signature live, the exact string that is signed and, for JSON bodies,
// the URL with bodySHA256. A pasted signature is checked against every URL variant Twilio's libraries
// accept, naming the one that matched.
class WebhooksPage : public QWidget
{
    Q_OBJECT

public:
    explicit WebhooksPage(ClipboardService* clipboard, QWidget* parent = nullptr);
    ~WebhooksPage() override;

    // The parameters in the table (rows with an empty name are skipped).
    WebhookSignature::Params params() const;
    void setParams(const WebhookSignature::Params& params);
    bool isJsonBody() const;

    QString expectedSignature() const { return m_expected; }
    const WebhookSignature::Validation& validation() const { return m_validation; }

public slots:
    void addParameter();
    void removeSelectedParameters();
    void copySignature();
    void recompute();

signals:
    void statusMessage(const QString& text);

private:
    void buildUi();
    void createActions();
    void updateModeWidgets();

    ClipboardService* m_clipboard;
    QString m_expected;
    WebhookSignature::Validation m_validation;

    QLineEdit* m_urlEdit = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QRadioButton* m_formBodyRadio = nullptr;
    QRadioButton* m_jsonBodyRadio = nullptr;
    QStackedWidget* m_bodyStack = nullptr;
    QTableWidget* m_paramsTable = nullptr;
    QPushButton* m_addParamButton = nullptr;
    QPushButton* m_removeParamButton = nullptr;
    QLabel* m_getNoteLabel = nullptr;
    QPlainTextEdit* m_jsonBodyEdit = nullptr;
    SecretLineEdit* m_authTokenEdit = nullptr;

    QLineEdit* m_expectedSignatureEdit = nullptr;
    QPushButton* m_copySignatureButton = nullptr;
    QPlainTextEdit* m_stringToSignView = nullptr;
    QLabel* m_bodyHashUrlLabel = nullptr;
    QLineEdit* m_bodyHashUrlEdit = nullptr;
    QLineEdit* m_receivedSignatureEdit = nullptr;
    QLabel* m_verificationLabel = nullptr;
    QListWidget* m_variantsView = nullptr;
};
