#include "TokenInspectorPage.h"

#include "common/ClipboardService.h"
#include "common/SecretLineEdit.h"
#include "common/ThemeColors.h"
#include "token/ClaimsModel.h"
#include "token/FindingsModel.h"
#include "token/GrantsView.h"
#include "token/JsonView.h"
#include "token/JwtSyntaxHighlighter.h"
#include "token/TokenEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString partName(JwtParseResult::Part part)
{
    switch (part) {
    case JwtParseResult::Part::Header:
        return TokenInspectorPage::tr("Header");
    case JwtParseResult::Part::Payload:
        return TokenInspectorPage::tr("Payload");
    case JwtParseResult::Part::Signature:
        return TokenInspectorPage::tr("Signature");
    default:
        return TokenInspectorPage::tr("Token");
    }
}

void setLabelColour(QLabel* label, ThemeColors::Accent accent)
{
    // Called per keystroke: a palette change relayouts and repaints, so only set what differs.
    const QColor colour = ThemeColors::accent(
        accent, label->parentWidget() ? label->parentWidget()->palette() : label->palette());
    if (label->testAttribute(Qt::WA_SetPalette) && label->palette().color(QPalette::WindowText) == colour)
        return;
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

void resetLabelColour(QLabel* label)
{
    if (label->testAttribute(Qt::WA_SetPalette))
        label->setPalette(QPalette());
}

} // namespace

TokenInspectorPage::TokenInspectorPage(ClipboardService* clipboard, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("tokenInspectorPage"));
    buildUi();
    createActions();
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &TokenInspectorPage::refreshNow);
    m_tickTimer.start();
    onTokenEdited();
}

TokenInspectorPage::~TokenInspectorPage() = default;

void TokenInspectorPage::buildUi()
{
    auto* root = new QVBoxLayout(this);

    // Actions row and the one-line verdict.
    auto* bar = new QHBoxLayout;
    m_pasteButton = new QPushButton(tr("&Paste from clipboard"), this);
    m_pasteButton->setObjectName(QStringLiteral("pasteTokenButton"));
    m_pasteButton->setToolTip(tr("Replace the token with the clipboard's text (Ctrl+Shift+V)"));
    m_copyButton = new QPushButton(tr("&Copy token"), this);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setToolTip(
        tr("Copy the cleaned-up token; the clipboard is cleared after 30 s (Ctrl+Shift+C)"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearTokenButton"));
    m_clearButton->setToolTip(tr("Clear the token (Ctrl+Shift+Del)"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("tokenStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText); // shows the token's "alg" as received
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    bar->addWidget(m_pasteButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_clearButton);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel, 1);
    root->addLayout(bar);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("inspectorSplitter"));
    vertical->setChildrenCollapsible(false);
    root->addWidget(vertical, 1);

    auto* top = new QSplitter(Qt::Horizontal, vertical);
    top->setObjectName(QStringLiteral("tokenSplitter"));
    top->setChildrenCollapsible(false);

    // Left: the token and the signature check.
    auto* tokenPane = new QWidget(top);
    auto* tokenLayout = new QVBoxLayout(tokenPane);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    auto* tokenLabel = new QLabel(
        tr("&Token — paste anything: \"Bearer eyJ…\", quotes and line breaks are fine"), tokenPane);
    m_tokenEdit = new TokenEdit(tokenPane);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Token"));
    m_tokenEdit->setPlaceholderText(
        tr("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJ…"));
    m_tokenEdit->setMinimumHeight(m_tokenEdit->fontMetrics().lineSpacing() * 4 + 12);
    tokenLabel->setBuddy(m_tokenEdit);
    m_parseErrorLabel = new QLabel(tokenPane);
    m_parseErrorLabel->setObjectName(QStringLiteral("parseErrorLabel"));
    m_parseErrorLabel->setWordWrap(true);
    m_parseErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                               | Qt::LinksAccessibleByKeyboard);
    connect(m_parseErrorLabel, &QLabel::linkActivated, this, [this] { m_tokenEdit->showErrorSpot(); });
    m_parseErrorLabel->hide();
    m_inputNoticeLabel = new QLabel(tokenPane);
    m_inputNoticeLabel->setObjectName(QStringLiteral("tokenInputNoticeLabel"));
    m_inputNoticeLabel->setWordWrap(true);
    m_inputNoticeLabel->setTextFormat(Qt::PlainText);
    m_inputNoticeLabel->hide();
    tokenLayout->addWidget(tokenLabel);
    tokenLayout->addWidget(m_tokenEdit, 1);
    tokenLayout->addWidget(m_inputNoticeLabel);
    tokenLayout->addWidget(m_parseErrorLabel);

    auto* signatureBox = new QGroupBox(tr("Signature"), tokenPane);
    signatureBox->setObjectName(QStringLiteral("signatureBox"));
    auto* signatureLayout = new QGridLayout(signatureBox);
    auto* secretLabel = new QLabel(tr("API key &secret:"), signatureBox);
    m_secretEdit = new SecretLineEdit(signatureBox);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setAccessibleName(tr("API key secret"));
    m_secretEdit->setPlaceholderText(tr("The secret of the issuing key (never stored)"));
    m_secretEdit->setClipboardService(m_clipboard);
    secretLabel->setBuddy(m_secretEdit);
    m_secretEncodingCombo = new QComboBox(signatureBox);
    m_secretEncodingCombo->setObjectName(QStringLiteral("secretEncodingCombo"));
    m_secretEncodingCombo->setAccessibleName(tr("Secret encoding"));
    m_secretEncodingCombo->addItem(tr("UTF-8"), int(SecretLineEdit::Encoding::Utf8));
    m_secretEncodingCombo->addItem(tr("Base64"), int(SecretLineEdit::Encoding::Base64));
    m_secretEncodingCombo->setToolTip(
        tr("How the secret is written: as text (Twilio API key secrets) or base64"));
    m_signatureStateLabel = new QLabel(signatureBox);
    m_signatureStateLabel->setObjectName(QStringLiteral("signatureStateLabel"));
    m_signatureStateLabel->setTextFormat(Qt::PlainText);
    m_signatureStateLabel->setFont(bold);
    m_issuerLabel = new QLabel(signatureBox);
    m_issuerLabel->setObjectName(QStringLiteral("issuerLabel"));
    m_issuerLabel->setTextFormat(Qt::PlainText); // key names come from the server
    m_issuerLabel->setWordWrap(true);
    m_issuerLabel->hide();
    m_secretErrorLabel = new QLabel(signatureBox);
    m_secretErrorLabel->setObjectName(QStringLiteral("secretErrorLabel"));
    m_secretErrorLabel->setTextFormat(Qt::PlainText);
    m_secretErrorLabel->setWordWrap(true);
    m_secretErrorLabel->hide();
    signatureLayout->addWidget(secretLabel, 0, 0);
    signatureLayout->addWidget(m_secretEdit, 0, 1);
    signatureLayout->addWidget(m_secretEncodingCombo, 0, 2);
    signatureLayout->addWidget(m_signatureStateLabel, 1, 0, 1, 3);
    signatureLayout->addWidget(m_secretErrorLabel, 2, 0, 1, 3);
    signatureLayout->addWidget(m_issuerLabel, 3, 0, 1, 3);
    signatureLayout->setColumnStretch(1, 1);
    tokenLayout->addWidget(signatureBox);

    // Right: findings.
    auto* findingsPane = new QWidget(top);
    auto* findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsLabel = new QLabel(tr("&Findings"), findingsPane);
    m_findingsModel = new FindingsModel(this);
    m_findingsView = new QListView(findingsPane);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    m_findingsView->setResizeMode(QListView::Adjust);
    m_findingsView->setSpacing(2);
    m_findingsView->setUniformItemSizes(false);
    m_findingsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 5 / 4;
    m_findingsView->setIconSize(QSize(iconSize, iconSize));
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    findingsLabel->setBuddy(m_findingsView);
    findingsLayout->addWidget(findingsLabel);
    findingsLayout->addWidget(m_findingsView, 1);

    top->addWidget(tokenPane);
    top->addWidget(findingsPane);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    // Bottom: the decoded token.
    m_decodedTabs = new QTabWidget(vertical);
    m_decodedTabs->setObjectName(QStringLiteral("decodedTabs"));
    m_claimsModel = new ClaimsModel(this);
    m_claimsView = new QTableView(m_decodedTabs);
    m_claimsView->setObjectName(QStringLiteral("claimsView"));
    m_claimsView->setAccessibleName(tr("Claims"));
    m_claimsView->setModel(m_claimsModel);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claimsView->setWordWrap(false);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->verticalHeader()->hide();
    m_claimsView->horizontalHeader()->setStretchLastSection(true);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimsModel::ClaimColumn,
                                                           QHeaderView::ResizeToContents);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimsModel::RelativeColumn,
                                                           QHeaderView::ResizeToContents);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimsModel::LocalTimeColumn,
                                                           QHeaderView::ResizeToContents);
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimsModel::UtcTimeColumn,
                                                           QHeaderView::ResizeToContents);
    m_claimsView->horizontalHeader()->resizeSection(
        ClaimsModel::ValueColumn, m_claimsView->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 20);
    m_decodedTabs->addTab(m_claimsView, tr("C&laims"));

    m_grantsView = new GrantsView(m_decodedTabs);
    m_grantsView->setObjectName(QStringLiteral("grantsView"));
    m_grantsView->setAccessibleName(tr("Grants"));
    m_decodedTabs->addTab(m_grantsView, tr("&Grants"));

    auto* jsonSplitter = new QSplitter(Qt::Horizontal, m_decodedTabs);
    jsonSplitter->setObjectName(QStringLiteral("jsonSplitter"));
    auto addJson = [&](const QString& title, const QString& name, const QString& accessible) {
        auto* pane = new QWidget(jsonSplitter);
        auto* layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(title, pane);
        auto* view = new JsonView(pane);
        view->setObjectName(name);
        view->setAccessibleName(accessible);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        jsonSplitter->addWidget(pane);
        return view;
    };
    m_headerView = addJson(tr("Header (as received)"), QStringLiteral("headerView"), tr("Decoded header"));
    m_payloadView
        = addJson(tr("Payload (as received)"), QStringLiteral("payloadView"), tr("Decoded payload"));
    jsonSplitter->setStretchFactor(0, 1);
    jsonSplitter->setStretchFactor(1, 2);
    m_decodedTabs->addTab(jsonSplitter, tr("&JSON"));

    vertical->addWidget(top);
    vertical->addWidget(m_decodedTabs);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);

    setTabOrder(m_pasteButton, m_copyButton);
    setTabOrder(m_copyButton, m_clearButton);
    setTabOrder(m_clearButton, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_secretEdit);
    setTabOrder(m_secretEdit, m_secretEncodingCombo);
    setTabOrder(m_secretEncodingCombo, m_findingsView);
    setTabOrder(m_findingsView, m_decodedTabs);
    setTabOrder(m_decodedTabs, m_claimsView);

    m_tokenEdit->setClipboardService(m_clipboard);
    connect(m_tokenEdit, &QPlainTextEdit::textChanged, this, &TokenInspectorPage::onTokenEdited);
    connect(m_tokenEdit, &TokenEdit::inputRejected, this, &TokenInspectorPage::showInputNotice);
    connect(m_secretEdit, &SecretLineEdit::copyRefused, this, &TokenInspectorPage::statusMessage);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &TokenInspectorPage::onSecretEdited);
    connect(m_secretEncodingCombo, &QComboBox::currentIndexChanged, this,
            &TokenInspectorPage::onSecretEdited);
}

void TokenInspectorPage::createActions()
{
    auto add = [this](const char* name, const QString& text, const QKeySequence& key,
                      void (TokenInspectorPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut); // only while this page is the visible one
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction* paste
        = add("pasteTokenAction", tr("Paste token from clipboard"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &TokenInspectorPage::pasteFromClipboard);
    QAction* copy = add("copyTokenAction", tr("Copy token"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                        &TokenInspectorPage::copyToken);
    QAction* clear
        = add("clearTokenAction", tr("Clear token"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
              &TokenInspectorPage::clearToken);
    add("focusTokenAction", tr("Focus the token field"), QKeySequence(Qt::CTRL | Qt::Key_L),
        &TokenInspectorPage::focusTokenField);
    add("focusSecretAction", tr("Focus the secret field"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        &TokenInspectorPage::focusSecretField);
    connect(m_pasteButton, &QPushButton::clicked, paste, &QAction::trigger);
    connect(m_copyButton, &QPushButton::clicked, copy, &QAction::trigger);
    connect(m_clearButton, &QPushButton::clicked, clear, &QAction::trigger);
}

void TokenInspectorPage::setToken(const QString& text)
{
    m_tokenEdit->replaceText(text);
}

QString TokenInspectorPage::tokenText() const
{
    return m_tokenEdit->toPlainText();
}

void TokenInspectorPage::setIssuerLookup(std::function<IssuerStatus(const QString&)> lookup)
{
    m_issuerLookup = std::move(lookup);
    reinspect();
}

void TokenInspectorPage::setIssuerDescriber(std::function<QString(const QString&)> describe)
{
    m_issuerDescriber = std::move(describe);
    updateIssuer();
}

void TokenInspectorPage::setVaultSecretProvider(SecretProvider provider)
{
    m_secretProvider = std::move(provider);
    m_vaultSecretSid.clear();
    m_vaultSecret.clear();
    reinspect();
}

void TokenInspectorPage::setTickInterval(int milliseconds)
{
    m_tickTimer.setInterval(milliseconds);
}

void TokenInspectorPage::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text to inspect."));
        return;
    }
    // Refused before it is inserted: highlighting megabytes would stall every keystroke after it.
    const qsizetype bytes = text.size() * 3 <= Jwt::MaxTokenBytes ? 0 : text.toUtf8().size();
    if (bytes > Jwt::MaxTokenBytes) {
        showInputNotice(
            tr("The clipboard holds %1 of text; a token is at most %2. Nothing was pasted.")
                .arg(QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(Jwt::MaxTokenBytes, 0)));
        return;
    }
    m_tokenEdit->replaceText(text);
    m_tokenEdit->setFocus(Qt::ShortcutFocusReason);
}

void TokenInspectorPage::copyToken()
{
    if (!m_parse.ok || !m_clipboard) {
        emit statusMessage(tr("There is no well-formed token to copy."));
        return;
    }
    m_clipboard->copySecret(QString::fromLatin1(m_parse.token));
}

void TokenInspectorPage::clearToken()
{
    m_tokenEdit->replaceText(QString());
    m_tokenEdit->setFocus(Qt::ShortcutFocusReason);
}

void TokenInspectorPage::focusTokenField()
{
    m_tokenEdit->setFocus(Qt::ShortcutFocusReason);
    m_tokenEdit->selectAll();
}

void TokenInspectorPage::focusSecretField()
{
    m_secretEdit->setFocus(Qt::ShortcutFocusReason);
}

void TokenInspectorPage::refreshNow()
{
    if (m_parse.ok)
        reinspect();
}

void TokenInspectorPage::showInputNotice(const QString& text)
{
    m_inputNoticeLabel->setText(text);
    setLabelColour(m_inputNoticeLabel, ThemeColors::Accent::Error);
    m_inputNoticeLabel->show();
    emit statusMessage(text);
}

void TokenInspectorPage::onTokenEdited()
{
    if (!m_inputNoticeLabel->isHidden())
        m_inputNoticeLabel->hide();
    const QString text = m_tokenEdit->toPlainText();
    m_parse = Jwt::parse(text.toUtf8());
    m_tokenEdit->showParseResult(text, m_parse);
    reinspect();
}

void TokenInspectorPage::onSecretEdited()
{
    m_secret.clear();
    m_secretError = false;
    QString error;
    if (!m_secretEdit->text().isEmpty()) {
        const auto encoding = SecretLineEdit::Encoding(m_secretEncodingCombo->currentData().toInt());
        m_secretError = !m_secretEdit->secretBytes(encoding, &m_secret, &error);
    }
    m_secretErrorLabel->setVisible(m_secretError);
    if (m_secretError) {
        m_secretErrorLabel->setText(tr("The secret is not valid base64: %1").arg(error));
        setLabelColour(m_secretErrorLabel, ThemeColors::Accent::Error);
    }
    reinspect();
}

void TokenInspectorPage::reinspect()
{
    // The issuing key's secret from the keychain, asked for once per issuer, used while nothing is typed.
    const OrderedJson* iss = m_parse.ok ? m_parse.parts.payload.find(u"iss") : nullptr;
    const QString issuer = iss && iss->isString() ? iss->toString() : QString();
    if (issuer != m_vaultSecretSid) {
        m_vaultSecret.clear();
        m_vaultSecretSid = issuer;
        if (m_secretProvider && issuer.startsWith(u"SK")) {
            QPointer<TokenInspectorPage> self(this);
            m_secretProvider(issuer, this, [self, issuer](SecretBytes secret) {
                if (!self || self->m_vaultSecretSid != issuer)
                    return;
                self->m_vaultSecret = std::move(secret);
                if (!self->m_vaultSecret.isEmpty())
                    self->reinspect();
            });
        }
    }
    TokenInspector::Options options;
    options.now = m_clock.currentSecsSinceEpoch();
    options.secret = m_secretError       ? QByteArrayView()
        : !m_secret.isEmpty()            ? m_secret.view()
        : m_secretEdit->text().isEmpty() ? m_vaultSecret.view()
                                         : QByteArrayView();
    options.issuerLookup = m_issuerLookup;
    m_result = TokenInspector::inspect(m_parse, options);
    updateViews();
    updateIssuer();
}

void TokenInspectorPage::updateIssuer()
{
    const OrderedJson* iss = m_parse.ok ? m_parse.parts.payload.find(u"iss") : nullptr;
    const QString issuer = iss && iss->isString() ? iss->toString() : QString();
    const QString described = m_issuerDescriber && !issuer.isEmpty() ? m_issuerDescriber(issuer) : QString();
    QString text;
    if (!described.isEmpty())
        text = tr("Issued by %1.").arg(described);
    if (usesVaultSecret() && m_result.signature != TokenInspector::SignatureState::Unchecked)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Checked with this key's secret from your keychain; nothing was typed.");
    m_issuerLabel->setText(text);
    m_issuerLabel->setAccessibleName(text);
    m_issuerLabel->setVisible(!text.isEmpty());
}

void TokenInspectorPage::updateViews()
{
    const bool empty
        = m_parse.token.isEmpty() && m_parse.ignoredPrefix.isEmpty() && m_parse.ignoredSuffix.isEmpty();
    const JwtParts& parts = m_parse.parts;

    // The inline error, or a note on what the clean-up removed.
    if (!m_parse.ok && !empty) {
        // A link to the marked character when there is one; the label is rich text, so escape the message.
        QString html = tr("%1: %2").arg(partName(m_parse.errorPart), m_parse.error).toHtmlEscaped();
        if (m_tokenEdit->highlighter()->layout().errorPosition >= 0)
            html += QStringLiteral(" <a href=\"#error\">") + tr("Show").toHtmlEscaped()
                + QStringLiteral("</a>");
        m_parseErrorLabel->setTextFormat(Qt::RichText);
        m_parseErrorLabel->setText(html);
        setLabelColour(m_parseErrorLabel, ThemeColors::Accent::Error);
        m_parseErrorLabel->show();
    } else if (m_parse.ok
               && (!m_parse.ignoredPrefix.isEmpty() || !m_parse.ignoredSuffix.isEmpty()
                   || m_parse.removedWhitespace > 0)) {
        QStringList notes;
        if (!m_parse.ignoredPrefix.isEmpty())
            notes << tr("ignored \"%1\" before the token")
                         .arg(QString::fromUtf8(m_parse.ignoredPrefix.left(40)));
        if (!m_parse.ignoredSuffix.isEmpty())
            notes << tr("ignored \"%1\" after it").arg(QString::fromUtf8(m_parse.ignoredSuffix.left(20)));
        if (m_parse.removedWhitespace > 0)
            notes << tr("removed %n whitespace character(s)", nullptr, m_parse.removedWhitespace);
        m_parseErrorLabel->setTextFormat(Qt::PlainText);
        m_parseErrorLabel->setText(tr("Cleaned up the paste: %1.").arg(notes.join(QStringLiteral("; "))));
        resetLabelColour(m_parseErrorLabel);
        m_parseErrorLabel->show();
    } else {
        m_parseErrorLabel->hide();
    }

    if (m_parse.ok) {
        m_headerView->setJson(QString::fromUtf8(parts.header.toIndented()));
        m_payloadView->setJson(QString::fromUtf8(parts.payload.toIndented()));
        m_claimsModel->setNow(m_clock.currentSecsSinceEpoch());
        m_claimsModel->setPayload(parts.payload);
        m_grantsView->setGrants(parts.payload.find(u"grants"));
    } else {
        // Show what could be decoded (e.g. a payload that is not JSON) so the mistake is visible.
        m_headerView->setJson(QString::fromUtf8(parts.headerJson));
        m_payloadView->setJson(QString::fromUtf8(parts.payloadJson));
        m_claimsModel->clear();
        m_grantsView->setGrants(nullptr);
    }
    m_findingsModel->setFindings(empty ? QList<Finding>() : m_result.findings);
    m_copyButton->setEnabled(m_parse.ok);
    updateSignatureBox();
    updateStatusLine();
}

void TokenInspectorPage::updateSignatureBox()
{
    using S = TokenInspector::SignatureState;
    QString state;
    switch (m_result.signature) {
    case S::Verified:
        state = QStringLiteral("verified");
        m_signatureStateLabel->setText(
            tr("✔ Signature verified (%1)").arg(jwtAlgorithmName(m_parse.parts.algorithm())));
        setLabelColour(m_signatureStateLabel, ThemeColors::Accent::Success);
        break;
    case S::Invalid:
        state = QStringLiteral("invalid");
        m_signatureStateLabel->setText(tr("✘ Invalid signature for this secret"));
        setLabelColour(m_signatureStateLabel, ThemeColors::Accent::Error);
        break;
    case S::Unchecked:
        state = QStringLiteral("unchecked");
        QString why;
        if (!m_parse.ok)
            why = tr("the token is not well-formed");
        else if (m_secretError)
            why = tr("fix the secret first");
        else if (m_secret.isEmpty())
            why = tr("enter the secret of the issuing API key");
        else
            why = tr("KeyDesk verifies HS256, HS384 and HS512 only");
        m_signatureStateLabel->setText(tr("Not checked — %1").arg(why));
        resetLabelColour(m_signatureStateLabel);
        break;
    }
    m_signatureStateLabel->setProperty("state", state);
    if (m_signatureStateLabel->accessibleName() != m_signatureStateLabel->text())
        m_signatureStateLabel->setAccessibleName(m_signatureStateLabel->text());
}

void TokenInspectorPage::updateStatusLine()
{
    if (m_parse.token.isEmpty() && m_parse.ignoredPrefix.isEmpty() && m_parse.ignoredSuffix.isEmpty()) {
        m_statusLabel->setText(tr("Paste a token to inspect it. Nothing leaves this machine."));
        resetLabelColour(m_statusLabel);
        return;
    }
    if (!m_parse.ok) {
        m_statusLabel->setText(tr("Malformed token"));
        setLabelColour(m_statusLabel, ThemeColors::Accent::Error);
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : m_result.findings) {
        errors += f.severity == Finding::Severity::Error ? 1 : 0;
        warnings += f.severity == Finding::Severity::Warning ? 1 : 0;
    }
    QStringList parts;
    const QString alg = m_parse.parts.header.find(u"alg")->toString();
    parts << tr("JWT %1").arg(alg);
    if (m_result.expiresAt) {
        const qint64 now = m_clock.currentSecsSinceEpoch();
        const QString rel = TokenInspector::relativeTime(*m_result.expiresAt, now);
        parts << (*m_result.expiresAt > now ? tr("expires %1").arg(rel) : tr("expired %1").arg(rel));
    }
    if (errors == 0 && warnings == 0)
        parts << tr("no problems found");
    else
        parts << tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                + tr("%n warning(s)", nullptr, warnings);
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    setLabelColour(m_statusLabel,
                   errors > 0         ? ThemeColors::Accent::Error
                       : warnings > 0 ? ThemeColors::Accent::Warning
                                      : ThemeColors::Accent::Success);
}

void TokenInspectorPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TokenInspectorPage::applyPalette()
{
    if (!m_statusLabel)
        return;
    // Label colours are derived from the palette: recompute them for the new one.
    if (!m_inputNoticeLabel->isHidden())
        setLabelColour(m_inputNoticeLabel, ThemeColors::Accent::Error);
    updateViews();
}
