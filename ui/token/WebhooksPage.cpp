#include "WebhooksPage.h"

#include "common/ClipboardService.h"
#include "common/SecretLineEdit.h"
#include "common/ThemeColors.h"
#include "token/PlainToolTip.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void colourLabel(QLabel* label, ThemeColors::Accent accent)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ThemeColors::accent(accent, QPalette()));
    label->setPalette(p);
}

} // namespace

WebhooksPage::WebhooksPage(ClipboardService* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("webhooksPage"));
    buildUi();
    createActions();
    updateModeWidgets();
    recompute();
}

WebhooksPage::~WebhooksPage()
{
    // A cell editor still open when the window closes commits (itemChanged) while this page is being
    // destroyed: it must not reach recompute() any more.
    if (m_paramsTable)
        m_paramsTable->disconnect(this);
    wipeString(m_expected);
}

void WebhooksPage::buildUi()
{
    auto* root = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("webhooksSplitter"));
    splitter->setChildrenCollapsible(false);
    root->addWidget(splitter);

    // Left: the request.
    auto* request = new QGroupBox(tr("Request Twilio sends"), splitter);
    auto* requestLayout = new QVBoxLayout(request);
    auto* form = new QFormLayout;
    m_urlEdit = new QLineEdit(request);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setAccessibleName(tr("Webhook URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://example.com/voice?foo=1"));
    m_urlEdit->setToolTip(tr("The full URL exactly as configured in Twilio, with scheme, port and query"));
    form->addRow(tr("&URL:"), m_urlEdit);
    m_methodCombo = new QComboBox(request);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    m_methodCombo->setAccessibleName(tr("HTTP method"));
    m_methodCombo->addItem(QStringLiteral("POST"));
    m_methodCombo->addItem(QStringLiteral("GET"));
    form->addRow(tr("&Method:"), m_methodCombo);
    auto* modeRow = new QHBoxLayout;
    m_formBodyRadio = new QRadioButton(tr("&Form parameters"), request);
    m_formBodyRadio->setObjectName(QStringLiteral("formBodyRadio"));
    m_formBodyRadio->setChecked(true);
    m_jsonBodyRadio = new QRadioButton(tr("&JSON body"), request);
    m_jsonBodyRadio->setObjectName(QStringLiteral("jsonBodyRadio"));
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_formBodyRadio);
    modeGroup->addButton(m_jsonBodyRadio);
    modeRow->addWidget(m_formBodyRadio);
    modeRow->addWidget(m_jsonBodyRadio);
    modeRow->addStretch(1);
    form->addRow(tr("Body:"), modeRow);
    requestLayout->addLayout(form);

    m_bodyStack = new QStackedWidget(request);
    m_bodyStack->setObjectName(QStringLiteral("bodyStack"));
    auto* paramsPane = new QWidget(m_bodyStack);
    auto* paramsLayout = new QVBoxLayout(paramsPane);
    paramsLayout->setContentsMargins(0, 0, 0, 0);
    m_paramsTable = new QTableWidget(0, 2, paramsPane);
    m_paramsTable->setObjectName(QStringLiteral("paramsTable"));
    m_paramsTable->setAccessibleName(tr("Form parameters"));
    m_paramsTable->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_paramsTable->horizontalHeader()->setStretchLastSection(true);
    m_paramsTable->horizontalHeader()->resizeSection(
        0, m_paramsTable->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_paramsTable->verticalHeader()->hide();
    m_paramsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paramsTable->setTabKeyNavigation(false);
    m_getNoteLabel
        = new QLabel(tr("GET: the parameters are part of the URL's query; nothing is appended."), paramsPane);
    m_getNoteLabel->setObjectName(QStringLiteral("getNoteLabel"));
    m_getNoteLabel->setWordWrap(true);
    auto* paramButtons = new QHBoxLayout;
    m_addParamButton = new QPushButton(tr("&Add parameter"), paramsPane);
    m_addParamButton->setObjectName(QStringLiteral("addParamButton"));
    m_addParamButton->setToolTip(tr("Add a row (Ctrl+Shift+N)"));
    m_removeParamButton = new QPushButton(tr("&Remove"), paramsPane);
    m_removeParamButton->setObjectName(QStringLiteral("removeParamButton"));
    m_removeParamButton->setToolTip(tr("Remove the selected rows (Ctrl+Shift+Del)"));
    paramButtons->addWidget(m_addParamButton);
    paramButtons->addWidget(m_removeParamButton);
    paramButtons->addStretch(1);
    paramsLayout->addWidget(m_paramsTable, 1);
    paramsLayout->addWidget(m_getNoteLabel);
    paramsLayout->addLayout(paramButtons);
    m_bodyStack->addWidget(paramsPane);

    m_jsonBodyEdit = new QPlainTextEdit(m_bodyStack);
    m_jsonBodyEdit->setObjectName(QStringLiteral("jsonBodyEdit"));
    m_jsonBodyEdit->setAccessibleName(tr("Raw JSON body"));
    m_jsonBodyEdit->setPlaceholderText(tr("The raw body, byte for byte (one added space changes the hash)"));
    m_jsonBodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonBodyEdit->setTabChangesFocus(true);
    m_bodyStack->addWidget(m_jsonBodyEdit);
    requestLayout->addWidget(m_bodyStack, 1);

    auto* tokenForm = new QFormLayout;
    m_authTokenEdit = new SecretLineEdit(request);
    m_authTokenEdit->setObjectName(QStringLiteral("authTokenEdit"));
    m_authTokenEdit->setAccessibleName(tr("Auth Token"));
    m_authTokenEdit->setPlaceholderText(tr("The account's Auth Token (never stored)"));
    m_authTokenEdit->setClipboardService(m_clipboard);
    connect(m_authTokenEdit, &SecretLineEdit::copyRefused, this, &WebhooksPage::statusMessage);
    tokenForm->addRow(tr("Auth &Token:"), m_authTokenEdit);
    requestLayout->addLayout(tokenForm);
    splitter->addWidget(request);

    // Right: the signature.
    auto* result = new QGroupBox(tr("X-Twilio-Signature"), splitter);
    auto* resultLayout = new QVBoxLayout(result);
    auto* expectedRow = new QHBoxLayout;
    m_expectedSignatureEdit = new QLineEdit(result);
    m_expectedSignatureEdit->setObjectName(QStringLiteral("expectedSignatureEdit"));
    m_expectedSignatureEdit->setAccessibleName(tr("Expected signature"));
    m_expectedSignatureEdit->setReadOnly(true);
    m_expectedSignatureEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copySignatureButton = new QPushButton(tr("&Copy"), result);
    m_copySignatureButton->setObjectName(QStringLiteral("copySignatureButton"));
    m_copySignatureButton->setToolTip(tr("Copy the expected signature (Ctrl+Shift+C)"));
    expectedRow->addWidget(m_expectedSignatureEdit, 1);
    expectedRow->addWidget(m_copySignatureButton);
    auto* expectedLabel = new QLabel(tr("&Expected signature:"), result);
    expectedLabel->setBuddy(m_expectedSignatureEdit);
    resultLayout->addWidget(expectedLabel);
    resultLayout->addLayout(expectedRow);

    m_bodyHashUrlLabel = new QLabel(tr("URL with bodySHA256 (what Twilio calls and signs):"), result);
    m_bodyHashUrlLabel->setTextFormat(Qt::PlainText);
    m_bodyHashUrlEdit = new QLineEdit(result);
    m_bodyHashUrlEdit->setObjectName(QStringLiteral("bodyHashUrlEdit"));
    m_bodyHashUrlEdit->setAccessibleName(tr("URL with bodySHA256"));
    m_bodyHashUrlEdit->setReadOnly(true);
    m_bodyHashUrlEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    resultLayout->addWidget(m_bodyHashUrlLabel);
    resultLayout->addWidget(m_bodyHashUrlEdit);

    auto* signedLabel
        = new QLabel(tr("String that is signed (HMAC-SHA1 with the Auth Token, then base64):"), result);
    signedLabel->setWordWrap(true);
    m_stringToSignView = new QPlainTextEdit(result);
    m_stringToSignView->setObjectName(QStringLiteral("stringToSignView"));
    m_stringToSignView->setAccessibleName(tr("String to sign"));
    m_stringToSignView->setReadOnly(true);
    m_stringToSignView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_stringToSignView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stringToSignView->setTabChangesFocus(true);
    resultLayout->addWidget(signedLabel);
    resultLayout->addWidget(m_stringToSignView, 1);

    auto* checkBox = new QGroupBox(tr("Check a received signature"), result);
    auto* checkLayout = new QVBoxLayout(checkBox);
    m_receivedSignatureEdit = new QLineEdit(checkBox);
    m_receivedSignatureEdit->setObjectName(QStringLiteral("receivedSignatureEdit"));
    m_receivedSignatureEdit->setAccessibleName(tr("Received X-Twilio-Signature"));
    m_receivedSignatureEdit->setPlaceholderText(tr("Paste the X-Twilio-Signature header value"));
    m_receivedSignatureEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_verificationLabel = new QLabel(checkBox);
    m_verificationLabel->setObjectName(QStringLiteral("verificationLabel"));
    m_verificationLabel->setTextFormat(Qt::PlainText); // the check's message names the received URL
    m_verificationLabel->setWordWrap(true);
    m_variantsView = new QListWidget(checkBox);
    m_variantsView->setObjectName(QStringLiteral("variantsView"));
    m_variantsView->setAccessibleName(tr("URL variants tried"));
    m_variantsView->setTextElideMode(Qt::ElideMiddle);
    m_variantsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    checkLayout->addWidget(m_receivedSignatureEdit);
    checkLayout->addWidget(m_verificationLabel);
    checkLayout->addWidget(m_variantsView, 1);
    resultLayout->addWidget(checkBox, 1);
    splitter->addWidget(result);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    setTabOrder(m_urlEdit, m_methodCombo);
    setTabOrder(m_methodCombo, m_formBodyRadio);
    setTabOrder(m_formBodyRadio, m_paramsTable);
    setTabOrder(m_paramsTable, m_addParamButton);
    setTabOrder(m_addParamButton, m_removeParamButton);
    setTabOrder(m_removeParamButton, m_jsonBodyEdit);
    setTabOrder(m_jsonBodyEdit, m_authTokenEdit);
    setTabOrder(m_authTokenEdit, m_expectedSignatureEdit);
    setTabOrder(m_expectedSignatureEdit, m_copySignatureButton);
    setTabOrder(m_copySignatureButton, m_receivedSignatureEdit);

    connect(m_urlEdit, &QLineEdit::textChanged, this, &WebhooksPage::recompute);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateModeWidgets();
        recompute();
    });
    connect(m_jsonBodyRadio, &QRadioButton::toggled, this, [this] {
        updateModeWidgets();
        recompute();
    });
    connect(m_paramsTable, &QTableWidget::itemChanged, this, &WebhooksPage::recompute);
    connect(m_jsonBodyEdit, &QPlainTextEdit::textChanged, this, &WebhooksPage::recompute);
    connect(m_authTokenEdit, &QLineEdit::textChanged, this, &WebhooksPage::recompute);
    connect(m_receivedSignatureEdit, &QLineEdit::textChanged, this, &WebhooksPage::recompute);
}

void WebhooksPage::createActions()
{
    auto add = [this](const char* name, const QString& text, const QKeySequence& key,
                      void (WebhooksPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction* addParam = add("addParamAction", tr("Add parameter"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &WebhooksPage::addParameter);
    QAction* removeParam
        = add("removeParamAction", tr("Remove parameters"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &WebhooksPage::removeSelectedParameters);
    QAction* copy = add("copySignatureAction", tr("Copy signature"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &WebhooksPage::copySignature);
    auto* focusUrl = new QAction(tr("Focus the URL"), this);
    focusUrl->setObjectName(QStringLiteral("focusUrlAction"));
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusUrl, &QAction::triggered, this, [this] {
        m_urlEdit->setFocus(Qt::ShortcutFocusReason);
        m_urlEdit->selectAll();
    });
    addAction(focusUrl);
    auto* focusReceived = new QAction(tr("Paste a received signature"), this);
    focusReceived->setObjectName(QStringLiteral("focusReceivedAction"));
    focusReceived->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(focusReceived, &QAction::triggered, this, [this] {
        m_receivedSignatureEdit->setFocus(Qt::ShortcutFocusReason);
        m_receivedSignatureEdit->selectAll();
        m_receivedSignatureEdit->paste();
    });
    addAction(focusReceived);
    connect(m_addParamButton, &QPushButton::clicked, addParam, &QAction::trigger);
    connect(m_removeParamButton, &QPushButton::clicked, removeParam, &QAction::trigger);
    connect(m_copySignatureButton, &QPushButton::clicked, copy, &QAction::trigger);
}

WebhookSignature::Params WebhooksPage::params() const
{
    WebhookSignature::Params out;
    for (int row = 0; row < m_paramsTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_paramsTable->item(row, 0);
        const QTableWidgetItem* value = m_paramsTable->item(row, 1);
        if (!name || name->text().isEmpty())
            continue;
        out.append({ name->text(), value ? value->text() : QString() });
    }
    return out;
}

void WebhooksPage::setParams(const WebhookSignature::Params& params)
{
    const QSignalBlocker blocker(m_paramsTable);
    m_paramsTable->setRowCount(0);
    for (const auto& [name, value] : params) {
        const int row = m_paramsTable->rowCount();
        m_paramsTable->insertRow(row);
        m_paramsTable->setItem(row, 0, new QTableWidgetItem(name));
        m_paramsTable->setItem(row, 1, new QTableWidgetItem(value));
    }
    recompute();
}

bool WebhooksPage::isJsonBody() const
{
    return m_jsonBodyRadio->isChecked() && m_methodCombo->currentText() == u"POST";
}

void WebhooksPage::addParameter()
{
    const int row = m_paramsTable->rowCount();
    {
        const QSignalBlocker blocker(m_paramsTable);
        m_paramsTable->insertRow(row);
        m_paramsTable->setItem(row, 0, new QTableWidgetItem);
        m_paramsTable->setItem(row, 1, new QTableWidgetItem);
    }
    m_paramsTable->setCurrentCell(row, 0);
    m_paramsTable->setFocus(Qt::ShortcutFocusReason);
    m_paramsTable->editItem(m_paramsTable->item(row, 0));
}

void WebhooksPage::removeSelectedParameters()
{
    QList<int> rows;
    for (const QModelIndex& index : m_paramsTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_paramsTable->currentRow() >= 0)
        rows << m_paramsTable->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_paramsTable->removeRow(row);
    recompute();
}

void WebhooksPage::copySignature()
{
    if (m_expected.isEmpty() || !m_clipboard) {
        emit statusMessage(tr("Enter a URL and the Auth Token to compute a signature first."));
        return;
    }
    m_clipboard->copySecret(m_expected);
}

void WebhooksPage::updateModeWidgets()
{
    const bool post = m_methodCombo->currentText() == u"POST";
    m_formBodyRadio->setEnabled(post);
    m_jsonBodyRadio->setEnabled(post);
    const bool json = isJsonBody();
    m_bodyStack->setCurrentIndex(json ? 1 : 0);
    m_paramsTable->setEnabled(post);
    m_addParamButton->setEnabled(post);
    m_removeParamButton->setEnabled(post);
    m_getNoteLabel->setVisible(!post);
    m_bodyHashUrlLabel->setVisible(json);
    m_bodyHashUrlEdit->setVisible(json);
}

void WebhooksPage::recompute()
{
    if (!m_variantsView)
        return;
    const QString url = m_urlEdit->text().trimmed();
    const bool json = isJsonBody();
    const bool post = m_methodCombo->currentText() == u"POST";
    const WebhookSignature::Params formParams = (post && !json) ? params() : WebhookSignature::Params();
    QByteArray body = json ? m_jsonBodyEdit->toPlainText().toUtf8() : QByteArray();
    // A URL copied from a received request already carries Twilio's bodySHA256: keep it, so a changed
    // body shows up as a hash mismatch. Otherwise add the hash of this body, as Twilio does.
    const bool urlHasHash = url.contains(QLatin1String("bodySHA256="));
    const QString signedUrl
        = json && !url.isEmpty() && !urlHasHash ? WebhookSignature::urlWithBodyHash(url, body) : url;
    const bool hashDiffers = json && urlHasHash && WebhookSignature::urlWithBodyHash(url, body) != url;

    m_bodyHashUrlEdit->setText(json ? signedUrl : QString());
    m_bodyHashUrlEdit->setToolTip(plainToolTip(signedUrl));
    m_bodyHashUrlLabel->setText(
        hashDiffers ? tr("URL with bodySHA256 — the hash in this URL is not the SHA-256 of this body (%1):")
                          .arg(QString::fromLatin1(WebhookSignature::bodySha256Hex(body).left(12))
                               + QStringLiteral("…"))
                    : tr("URL with bodySHA256 (what Twilio calls and signs):"));
    if (hashDiffers)
        colourLabel(m_bodyHashUrlLabel, ThemeColors::Accent::Error);
    else
        m_bodyHashUrlLabel->setPalette(QPalette());
    m_stringToSignView->setPlainText(
        url.isEmpty() ? QString() : QString::fromUtf8(WebhookSignature::stringToSign(signedUrl, formParams)));

    SecretBytes authToken;
    QString unused;
    m_authTokenEdit->secretBytes(SecretLineEdit::Encoding::Utf8, &authToken, &unused);
    wipeString(m_expected);
    if (!url.isEmpty() && !authToken.isEmpty())
        m_expected = WebhookSignature::compute(authToken.view(), signedUrl, formParams);
    m_expectedSignatureEdit->setText(m_expected);
    m_expectedSignatureEdit->setPlaceholderText(url.isEmpty() ? tr("Enter the URL")
                                                              : tr("Enter the Auth Token"));
    m_copySignatureButton->setEnabled(!m_expected.isEmpty());

    // Check a pasted signature against every URL variant.
    const QString received = m_receivedSignatureEdit->text().trimmed();
    m_variantsView->clear();
    m_validation = WebhookSignature::Validation();
    if (received.isEmpty() || url.isEmpty() || authToken.isEmpty()) {
        m_verificationLabel->setText(received.isEmpty()
                                         ? tr("Paste a received signature to check it (Ctrl+Shift+V).")
                                         : tr("Enter the URL and the Auth Token to check the signature."));
        m_verificationLabel->setProperty("state", QStringLiteral("unchecked"));
        m_verificationLabel->setPalette(QPalette());
        return;
    }
    m_validation = json ? WebhookSignature::validateWithBody(authToken.view(), signedUrl, body, received)
                        : WebhookSignature::validate(authToken.view(), url, formParams, received);
    m_verificationLabel->setText((m_validation.valid ? tr("✔ Valid. ") : tr("✘ Not valid. "))
                                 + m_validation.message);
    m_verificationLabel->setProperty(
        "state", m_validation.valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
    colourLabel(m_verificationLabel,
                m_validation.valid ? ThemeColors::Accent::Success : ThemeColors::Accent::Error);
    QStyle* s = style();
    for (const QString& tried : std::as_const(m_validation.triedVariants)) {
        auto* item = new QListWidgetItem(tried, m_variantsView);
        // The URL signature can match while the body check fails; name the variant that matched either way.
        const bool matched = !m_validation.matchedVariant.isEmpty()
            && tried.startsWith(m_validation.matchedVariant + QStringLiteral(": "));
        item->setIcon(
            s->standardIcon(matched ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
        item->setToolTip(
            plainToolTip((matched ? tr("This URL variant matched") : tr("This URL variant did not match"))
                         + QStringLiteral("\n") + tried));
    }
    wipeBytes(body);
}
