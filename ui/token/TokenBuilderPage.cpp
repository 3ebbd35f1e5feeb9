#include "TokenBuilderPage.h"

#include "common/ClipboardService.h"
#include "common/Mnemonic.h"
#include "common/SecretLineEdit.h"
#include "common/ThemeColors.h"
#include "token/AccessTokenBuilder.h"
#include "token/ClaimsModel.h"
#include "token/JsonView.h"
#include "token/TokenEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

void colourLabel(QLabel* label, ThemeColors::Accent accent)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ThemeColors::accent(accent, QPalette()));
    label->setPalette(p);
}

} // namespace

TokenBuilderPage::TokenBuilderPage(ClipboardService* clipboard, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("tokenBuilderPage"));
    buildUi();
    createActions();
    rebuild();
}

TokenBuilderPage::~TokenBuilderPage()
{
    wipeString(m_token);
}

QString TokenBuilderPage::sidProblem(const QString& text, const QString& prefix, const QString& meaning)
{
    if (text.isEmpty())
        return QString();
    if (!text.startsWith(prefix)) {
        const QString other = GrantCatalog::prefixMeaning(QStringView(text).left(2));
        if (!other.isEmpty())
            return tr("%1 is a %2 SID; this field takes a %3 SID (%4…).")
                .arg(text.left(2), other, meaning, prefix);
        return tr("A %1 SID starts with %2.").arg(meaning, prefix);
    }
    for (int i = 2; i < text.size() && i < 34; ++i) {
        if (!isHex(text.at(i)))
            return tr("'%1' at position %2 is not a hex digit (0–9, a–f).").arg(text.at(i)).arg(i + 1);
    }
    if (text.size() != 34)
        return tr("%1 followed by 32 hex digits: this has %n digit(s).", nullptr, int(text.size()) - 2)
            .arg(prefix);
    return QString();
}

QLabel* TokenBuilderPage::addHint(QFormLayout* form, const QString& name)
{
    auto* hint = new QLabel(form->parentWidget());
    hint->setObjectName(name);
    hint->setTextFormat(Qt::PlainText); // quotes what was typed or pasted
    hint->setWordWrap(true);
    colourLabel(hint, ThemeColors::Accent::Error);
    form->addRow(QString(), hint);
    form->setRowVisible(hint, false);
    return hint;
}

void TokenBuilderPage::setHint(QFormLayout* form, QLabel* hint, const QString& text)
{
    hint->setText(text);
    form->setRowVisible(hint, !text.isEmpty());
}

QLineEdit* TokenBuilderPage::addLine(QFormLayout* form, const QString& label, const QString& name,
                                     const QString& placeholder)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    QString accessible = withoutMnemonic(label);
    accessible.remove(u':');
    edit->setAccessibleName(accessible);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &TokenBuilderPage::rebuild);
    return edit;
}

QLineEdit* TokenBuilderPage::addSid(QFormLayout* form, QGroupBox* group, const QString& label,
                                    const QString& name, const QString& prefix, const QString& meaning)
{
    QLineEdit* edit = addLine(form, label, name, prefix + QStringLiteral("…"));
    edit->setMaxLength(64);
    edit->setToolTip(tr("%1 SID: %2 followed by 32 hex digits").arg(meaning, prefix));
    QString hintName = name;
    if (hintName.endsWith(QLatin1String("Edit")))
        hintName.chop(4);
    QLabel* hint = addHint(form, hintName + QStringLiteral("Hint"));
    m_sidInputs.push_back({ edit, hint, form, prefix, meaning, group });
    return edit;
}

QGroupBox* TokenBuilderPage::addGrantGroup(QWidget* parent, const QString& title, const QString& name)
{
    auto* group = new QGroupBox(title, parent);
    group->setObjectName(name);
    group->setCheckable(true);
    group->setChecked(false);
    group->setAccessibleName(withoutMnemonic(title));
    connect(group, &QGroupBox::toggled, this, &TokenBuilderPage::rebuild);
    return group;
}

void TokenBuilderPage::buildUi()
{
    auto* root = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("builderSplitter"));
    splitter->setChildrenCollapsible(false);
    root->addWidget(splitter);

    // Left: the inputs, scrollable so a small window still reaches every grant.
    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("builderForm"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formHost = new QWidget(scroll);
    auto* formLayout = new QVBoxLayout(formHost);

    auto* keyBox = new QGroupBox(tr("Signing key"), formHost);
    auto* keyForm = new QFormLayout(keyBox);
    m_vaultKeyCombo = new QComboBox(keyBox);
    m_vaultKeyCombo->setObjectName(QStringLiteral("vaultKeyCombo"));
    m_vaultKeyCombo->setAccessibleName(tr("Signing key from your keychain"));
    m_vaultKeyCombo->setToolTip(tr("Keys of the account whose secrets are in your keychain"));
    keyForm->addRow(tr("&From keychain:"), m_vaultKeyCombo);
    keyForm->setRowVisible(m_vaultKeyCombo, false);
    connect(m_vaultKeyCombo, &QComboBox::activated, this, [this](int index) {
        const QString sid = m_vaultKeyCombo->itemData(index).toString();
        if (!sid.isEmpty())
            emit vaultKeyRequested(sid);
    });
    m_accountSidEdit = addSid(keyForm, nullptr, tr("&Account SID:"), QStringLiteral("accountSidEdit"),
                              QStringLiteral("AC"), tr("Account"));
    m_keySidEdit = addSid(keyForm, nullptr, tr("API &key SID:"), QStringLiteral("keySidEdit"),
                          QStringLiteral("SK"), tr("API key"));
    m_issuerStatusLabel = new QLabel(keyBox);
    m_issuerStatusLabel->setObjectName(QStringLiteral("issuerStatusLabel"));
    m_issuerStatusLabel->setTextFormat(Qt::PlainText);
    m_issuerStatusLabel->setWordWrap(true);
    colourLabel(m_issuerStatusLabel, ThemeColors::Accent::Error);
    keyForm->addRow(QString(), m_issuerStatusLabel);
    keyForm->setRowVisible(m_issuerStatusLabel, false);
    m_secretEdit = new SecretLineEdit(keyBox);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setAccessibleName(tr("API key secret"));
    m_secretEdit->setPlaceholderText(tr("The key's secret (never stored)"));
    m_secretEdit->setClipboardService(m_clipboard);
    connect(m_secretEdit, &SecretLineEdit::copyRefused, this, &TokenBuilderPage::statusMessage);
    keyForm->addRow(tr("&Secret:"), m_secretEdit);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &TokenBuilderPage::rebuild);
    formLayout->addWidget(keyBox);

    auto* tokenBox = new QGroupBox(tr("Token"), formHost);
    m_tokenForm = new QFormLayout(tokenBox);
    m_identityEdit = addLine(m_tokenForm, tr("&Identity:"), QStringLiteral("identityEdit"), tr("alice"));
    m_identityHint = addHint(m_tokenForm, QStringLiteral("identityHint"));
    m_ttlSpin = new QSpinBox(tokenBox);
    m_ttlSpin->setObjectName(QStringLiteral("ttlSpin"));
    m_ttlSpin->setAccessibleName(tr("Time to live in seconds"));
    m_ttlSpin->setRange(1, int(AccessTokenBuilder::MaxTtl));
    m_ttlSpin->setValue(int(AccessTokenBuilder::DefaultTtl));
    m_ttlSpin->setSuffix(tr(" s"));
    m_ttlSpin->setSingleStep(300);
    m_ttlSpin->setToolTip(tr("At most 86400 s (24 h); Twilio rejects longer tokens (error 20157)"));
    m_ttlHumanLabel = new QLabel(tokenBox);
    m_ttlHumanLabel->setObjectName(QStringLiteral("ttlHumanLabel"));
    m_ttlHumanLabel->setWordWrap(true); // keeps the form narrow enough for a 1024-pixel window
    auto* ttlRow = new QHBoxLayout;
    ttlRow->addWidget(m_ttlSpin);
    ttlRow->addWidget(m_ttlHumanLabel, 1);
    auto* ttlLabel = new QLabel(tr("&TTL:"), tokenBox);
    ttlLabel->setBuddy(m_ttlSpin);
    m_tokenForm->addRow(ttlLabel, ttlRow);
    connect(m_ttlSpin, &QSpinBox::valueChanged, this, &TokenBuilderPage::rebuild);

    m_nbfCheck = new QCheckBox(tr("&Not before:"), tokenBox);
    m_nbfCheck->setObjectName(QStringLiteral("nbfCheck"));
    m_nbfCheck->setToolTip(tr("Add an nbf claim: the token is refused before this time"));
    m_nbfEdit = new QDateTimeEdit(tokenBox);
    m_nbfEdit->setObjectName(QStringLiteral("nbfEdit"));
    m_nbfEdit->setAccessibleName(tr("Not before (local time)"));
    m_nbfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_nbfEdit->setCalendarPopup(true);
    m_nbfEdit->setDateTime(QDateTime::fromSecsSinceEpoch(m_clock.currentSecsSinceEpoch()));
    m_nbfEdit->setEnabled(false);
    m_tokenForm->addRow(m_nbfCheck, m_nbfEdit);
    connect(m_nbfCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_nbfEdit->setEnabled(on);
        rebuild();
    });
    connect(m_nbfEdit, &QDateTimeEdit::dateTimeChanged, this, &TokenBuilderPage::rebuild);

    m_regionCombo = new QComboBox(tokenBox);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->addItem(tr("None (no twr header; us1)"), QString());
    for (const QString& region : AccessTokenBuilder::knownRegions())
        m_regionCombo->addItem(region, region);
    m_regionCombo->setToolTip(tr("The region of the signing key; written as the twr header"));
    m_tokenForm->addRow(tr("&Region:"), m_regionCombo);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &TokenBuilderPage::rebuild);
    formLayout->addWidget(tokenBox);

    // One checkable section per grant.
    m_voiceGroup = addGrantGroup(formHost, tr("&Voice grant"), QStringLiteral("voiceGroup"));
    m_voiceForm = new QFormLayout(m_voiceGroup);
    m_voiceIncomingCheck = new QCheckBox(tr("Allow incoming calls"), m_voiceGroup);
    m_voiceIncomingCheck->setObjectName(QStringLiteral("voiceIncomingCheck"));
    m_voiceForm->addRow(tr("Incoming:"), m_voiceIncomingCheck);
    connect(m_voiceIncomingCheck, &QCheckBox::toggled, this, &TokenBuilderPage::rebuild);
    m_voiceAppSidEdit = addSid(m_voiceForm, m_voiceGroup, tr("Outgoing app SID:"),
                               QStringLiteral("voiceAppSidEdit"), QStringLiteral("AP"), tr("TwiML App"));
    m_voiceParamsEdit = addLine(m_voiceForm, tr("Outgoing params:"), QStringLiteral("voiceParamsEdit"),
                                QStringLiteral("{\"agent\":\"alice\"}"));
    m_voiceParamsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_voiceParamsHint = addHint(m_voiceForm, QStringLiteral("voiceParamsHint"));
    m_voicePushCredentialSidEdit
        = addSid(m_voiceForm, m_voiceGroup, tr("Push credential SID:"),
                 QStringLiteral("voicePushCredentialSidEdit"), QStringLiteral("CR"), tr("Push credential"));
    m_voiceEndpointIdEdit
        = addLine(m_voiceForm, tr("Endpoint id:"), QStringLiteral("voiceEndpointIdEdit"), QString());
    formLayout->addWidget(m_voiceGroup);

    m_videoGroup = addGrantGroup(formHost, tr("Vi&deo grant"), QStringLiteral("videoGroup"));
    auto* videoForm = new QFormLayout(m_videoGroup);
    m_videoRoomEdit
        = addLine(videoForm, tr("Room:"), QStringLiteral("videoRoomEdit"), tr("Any room when empty"));
    formLayout->addWidget(m_videoGroup);

    m_chatGroup = addGrantGroup(formHost, tr("&Chat / Conversations grant"), QStringLiteral("chatGroup"));
    auto* chatForm = new QFormLayout(m_chatGroup);
    m_chatServiceSidEdit
        = addSid(chatForm, m_chatGroup, tr("Service SID:"), QStringLiteral("chatServiceSidEdit"),
                 QStringLiteral("IS"), tr("Conversations service"));
    m_chatEndpointIdEdit
        = addLine(chatForm, tr("Endpoint id:"), QStringLiteral("chatEndpointIdEdit"), QString());
    m_chatDeploymentRoleSidEdit
        = addSid(chatForm, m_chatGroup, tr("Deployment role SID:"),
                 QStringLiteral("chatDeploymentRoleSidEdit"), QStringLiteral("RL"), tr("Role"));
    m_chatPushCredentialSidEdit
        = addSid(chatForm, m_chatGroup, tr("Push credential SID:"),
                 QStringLiteral("chatPushCredentialSidEdit"), QStringLiteral("CR"), tr("Push credential"));
    formLayout->addWidget(m_chatGroup);

    m_syncGroup = addGrantGroup(formHost, tr("S&ync grant"), QStringLiteral("syncGroup"));
    auto* syncForm = new QFormLayout(m_syncGroup);
    m_syncServiceSidEdit
        = addSid(syncForm, m_syncGroup, tr("Service SID:"), QStringLiteral("syncServiceSidEdit"),
                 QStringLiteral("IS"), tr("Sync service"));
    m_syncEndpointIdEdit
        = addLine(syncForm, tr("Endpoint id:"), QStringLiteral("syncEndpointIdEdit"), QString());
    formLayout->addWidget(m_syncGroup);

    m_taskRouterGroup = addGrantGroup(formHost, tr("Task&Router grant"), QStringLiteral("taskRouterGroup"));
    auto* taskRouterForm = new QFormLayout(m_taskRouterGroup);
    m_taskRouterWorkspaceSidEdit = addSid(taskRouterForm, m_taskRouterGroup, tr("Workspace SID:"),
                                          QStringLiteral("taskRouterWorkspaceSidEdit"), QStringLiteral("WS"),
                                          tr("TaskRouter workspace"));
    m_taskRouterWorkerSidEdit
        = addSid(taskRouterForm, m_taskRouterGroup, tr("Worker SID:"),
                 QStringLiteral("taskRouterWorkerSidEdit"), QStringLiteral("WK"), tr("TaskRouter worker"));
    m_taskRouterRoleEdit
        = addLine(taskRouterForm, tr("Role:"), QStringLiteral("taskRouterRoleEdit"), tr("worker"));
    formLayout->addWidget(m_taskRouterGroup);

    m_playbackGroup
        = addGrantGroup(formHost, tr("&Playback grant (Twilio Live)"), QStringLiteral("playbackGroup"));
    m_playbackForm = new QFormLayout(m_playbackGroup);
    m_playbackGrantEdit = new QPlainTextEdit(m_playbackGroup);
    m_playbackGrantEdit->setObjectName(QStringLiteral("playbackGrantEdit"));
    m_playbackGrantEdit->setAccessibleName(tr("Playback grant JSON"));
    m_playbackGrantEdit->setPlaceholderText(tr("The object from the PlayerStreamer PlaybackGrant API"));
    m_playbackGrantEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_playbackGrantEdit->setTabChangesFocus(true);
    m_playbackGrantEdit->setMinimumHeight(m_playbackGrantEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_playbackForm->addRow(tr("Grant JSON:"), m_playbackGrantEdit);
    m_playbackHint = addHint(m_playbackForm, QStringLiteral("playbackGrantHint"));
    connect(m_playbackGrantEdit, &QPlainTextEdit::textChanged, this, &TokenBuilderPage::rebuild);
    formLayout->addWidget(m_playbackGroup);
    formLayout->addStretch(1);
    scroll->setWidget(formHost);
    splitter->addWidget(scroll);

    // Right: the result.
    auto* output = new QWidget(splitter);
    auto* outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsLabel = new QLabel(output);
    m_problemsLabel->setObjectName(QStringLiteral("builderProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    colourLabel(m_problemsLabel, ThemeColors::Accent::Error);
    outputLayout->addWidget(m_problemsLabel);

    auto* tokenLabel = new QLabel(tr("Access Token"), output);
    m_tokenOutput = new TokenEdit(output);
    m_tokenOutput->setObjectName(QStringLiteral("tokenOutput"));
    m_tokenOutput->setAccessibleName(tr("Signed Access Token"));
    m_tokenOutput->setReadOnly(true);
    // Ctrl+C and the context menu copy the signed token as a secret (hints, timed clear), like Copy.
    m_tokenOutput->setClipboardService(m_clipboard);
    m_tokenOutput->setMinimumHeight(m_tokenOutput->fontMetrics().lineSpacing() * 4 + 12);
    tokenLabel->setBuddy(m_tokenOutput);
    m_issuedLabel = new QLabel(output);
    m_issuedLabel->setObjectName(QStringLiteral("issuedLabel"));
    m_issuedLabel->setTextFormat(Qt::PlainText);
    outputLayout->addWidget(tokenLabel);
    outputLayout->addWidget(m_tokenOutput, 2);
    outputLayout->addWidget(m_issuedLabel);

    auto* buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy token"), output);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setToolTip(tr("Copy the token; the clipboard is cleared after 30 s (Ctrl+Shift+C)"));
    m_openButton = new QPushButton(tr("&Open in Inspector"), output);
    m_openButton->setObjectName(QStringLiteral("openInInspectorButton"));
    m_openButton->setToolTip(tr("Inspect this token (Ctrl+Shift+I)"));
    m_reissueButton = new QPushButton(tr("Issue &again now"), output);
    m_reissueButton->setObjectName(QStringLiteral("reissueButton"));
    m_reissueButton->setToolTip(tr("Build again with the current time (F5)"));
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_reissueButton);
    buttons->addStretch(1);
    outputLayout->addLayout(buttons);

    m_decodedLabel = new QLabel(tr("Decoded"), output);
    outputLayout->addWidget(m_decodedLabel);
    auto* decoded = new QSplitter(Qt::Vertical, output);
    decoded->setObjectName(QStringLiteral("decodedSplitter"));
    m_headerView = new JsonView(decoded);
    m_headerView->setObjectName(QStringLiteral("decodedHeaderView"));
    m_headerView->setAccessibleName(tr("Decoded header"));
    m_payloadView = new JsonView(decoded);
    m_payloadView->setObjectName(QStringLiteral("decodedPayloadView"));
    m_payloadView->setAccessibleName(tr("Decoded payload"));
    decoded->addWidget(m_headerView);
    decoded->addWidget(m_payloadView);
    m_headerView->setMinimumHeight(m_headerView->fontMetrics().lineSpacing() * 3 + 12);
    decoded->setStretchFactor(0, 2);
    decoded->setStretchFactor(1, 5);
    outputLayout->addWidget(decoded, 5);
    splitter->addWidget(output);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
}

void TokenBuilderPage::createActions()
{
    auto add = [this](const char* name, const QString& text, const QKeySequence& key,
                      void (TokenBuilderPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut); // only while this page is the visible one
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction* copy = add("copyBuiltTokenAction", tr("Copy token"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &TokenBuilderPage::copyToken);
    QAction* open = add("openInInspectorAction", tr("Open in Inspector"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &TokenBuilderPage::openInInspector);
    QAction* reissue
        = add("reissueAction", tr("Issue again now"), QKeySequence(Qt::Key_F5), &TokenBuilderPage::rebuild);
    QAction* focus = new QAction(tr("Focus the identity field"), this);
    focus->setObjectName(QStringLiteral("focusIdentityAction"));
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focus, &QAction::triggered, this, [this] {
        m_identityEdit->setFocus(Qt::ShortcutFocusReason);
        m_identityEdit->selectAll();
    });
    addAction(focus);
    connect(m_copyButton, &QPushButton::clicked, copy, &QAction::trigger);
    connect(m_openButton, &QPushButton::clicked, open, &QAction::trigger);
    connect(m_reissueButton, &QPushButton::clicked, reissue, &QAction::trigger);
}

void TokenBuilderPage::setSigningKey(const QString& accountSid, const QString& keySid, SecretBytes secret)
{
    m_accountSidEdit->setText(accountSid);
    m_keySidEdit->setText(keySid);
    m_secretEdit->wipe();
    if (!secret.isEmpty()) {
        QString text = QString::fromUtf8(secret.view());
        m_secretEdit->setText(text);
        wipeString(text);
        secret.clear();
    }
    (m_secretEdit->text().isEmpty() ? static_cast<QWidget*>(m_secretEdit) : m_identityEdit)->setFocus();
    rebuild();
}

void TokenBuilderPage::setVaultKeys(const QList<QPair<QString, QString>>& keys)
{
    const QString current = m_vaultKeyCombo->currentData().toString();
    m_vaultKeyCombo->clear();
    m_vaultKeyCombo->addItem(tr("Type a key below"), QString());
    for (const auto& [sid, label] : keys)
        m_vaultKeyCombo->addItem(label, sid);
    const int again = m_vaultKeyCombo->findData(current);
    m_vaultKeyCombo->setCurrentIndex(again < 0 ? 0 : again);
    if (auto* form = qobject_cast<QFormLayout*>(m_vaultKeyCombo->parentWidget()->layout()))
        form->setRowVisible(m_vaultKeyCombo, !keys.isEmpty());
}

void TokenBuilderPage::setIssuerLookup(std::function<IssuerStatus(const QString&)> lookup)
{
    m_issuerLookup = std::move(lookup);
    rebuild();
}

bool TokenBuilderPage::parseJsonObject(const QString& text, QLabel* hint, QFormLayout* form, OrderedJson* out)
{
    if (text.trimmed().isEmpty()) {
        setHint(form, hint, QString());
        *out = OrderedJson::makeObject();
        return true;
    }
    OrderedJson::ParseError error;
    const QByteArray utf8 = text.toUtf8();
    auto parsed = OrderedJson::parse(utf8, &error);
    if (!parsed) {
        setHint(form, hint,
                tr("Not valid JSON: %1 (character %2).")
                    .arg(error.message)
                    .arg(QString::fromUtf8(utf8.left(error.offset)).size() + 1));
        return false;
    }
    if (!parsed->isObject()) {
        setHint(form, hint, tr("Must be a JSON object ({…})."));
        return false;
    }
    setHint(form, hint, QString());
    *out = std::move(*parsed);
    return true;
}

void TokenBuilderPage::updateTtlLabel()
{
    const qint64 now = m_clock.currentSecsSinceEpoch();
    const qint64 ttl = m_ttlSpin->value();
    m_ttlHumanLabel->setText(
        tr("%1 · expires %2").arg(TokenInspector::humanDuration(ttl), ClaimsModel::utcText(now + ttl)));
}

void TokenBuilderPage::rebuild()
{
    if (!m_problemsLabel)
        return; // still building the UI
    QStringList problems;
    bool fieldsOk = true;

    // Inline SID checks; a grant's fields count only while its section is checked.
    for (const SidInput& in : m_sidInputs) {
        const QString problem = sidProblem(in.edit->text().trimmed(), in.prefix, in.meaning);
        setHint(in.form, in.hint, problem);
        if (!problem.isEmpty() && (!in.group || in.group->isChecked()))
            fieldsOk = false;
    }

    AccessTokenBuilder builder(m_clock);
    builder.setAccountSid(m_accountSidEdit->text().trimmed());
    builder.setKeySid(m_keySidEdit->text().trimmed());
    builder.setIdentity(m_identityEdit->text());
    builder.setTtl(m_ttlSpin->value());
    if (m_nbfCheck->isChecked())
        builder.setNotBefore(m_nbfEdit->dateTime().toSecsSinceEpoch());
    builder.setRegion(m_regionCombo->currentData().toString());

    if (m_voiceGroup->isChecked()) {
        VoiceGrant g;
        g.incomingAllow = m_voiceIncomingCheck->isChecked();
        g.outgoingApplicationSid = m_voiceAppSidEdit->text().trimmed();
        OrderedJson params;
        if (parseJsonObject(m_voiceParamsEdit->text(), m_voiceParamsHint, m_voiceForm, &params)) {
            if (params.size() > 0)
                g.outgoingApplicationParams = params;
        } else {
            fieldsOk = false;
        }
        g.pushCredentialSid = m_voicePushCredentialSidEdit->text().trimmed();
        g.endpointId = m_voiceEndpointIdEdit->text();
        builder.addGrant(g.toGrant());
        if (!m_voiceParamsEdit->text().trimmed().isEmpty() && g.outgoingApplicationSid.isEmpty())
            setHint(m_voiceForm, m_voiceParamsHint,
                    tr("Params are only written together with an outgoing app SID."));
    } else {
        setHint(m_voiceForm, m_voiceParamsHint, QString());
    }
    if (m_videoGroup->isChecked()) {
        VideoGrant g;
        g.room = m_videoRoomEdit->text();
        builder.addGrant(g.toGrant());
    }
    if (m_chatGroup->isChecked()) {
        ChatGrant g;
        g.serviceSid = m_chatServiceSidEdit->text().trimmed();
        g.endpointId = m_chatEndpointIdEdit->text();
        g.deploymentRoleSid = m_chatDeploymentRoleSidEdit->text().trimmed();
        g.pushCredentialSid = m_chatPushCredentialSidEdit->text().trimmed();
        builder.addGrant(g.toGrant());
    }
    if (m_syncGroup->isChecked()) {
        SyncGrant g;
        g.serviceSid = m_syncServiceSidEdit->text().trimmed();
        g.endpointId = m_syncEndpointIdEdit->text();
        builder.addGrant(g.toGrant());
    }
    if (m_taskRouterGroup->isChecked()) {
        TaskRouterGrant g;
        g.workspaceSid = m_taskRouterWorkspaceSidEdit->text().trimmed();
        g.workerSid = m_taskRouterWorkerSidEdit->text().trimmed();
        g.role = m_taskRouterRoleEdit->text();
        builder.addGrant(g.toGrant());
    }
    if (m_playbackGroup->isChecked()) {
        PlaybackGrant g;
        if (parseJsonObject(m_playbackGrantEdit->toPlainText(), m_playbackHint, m_playbackForm, &g.grant))
            builder.addGrant(g.toGrant());
        else
            fieldsOk = false;
    } else {
        setHint(m_playbackForm, m_playbackHint, QString());
    }

    // Voice identities may hold letters, digits and _ only.
    const QString identity = m_identityEdit->text();
    bool voiceIdentityOk = true;
    for (QChar c : identity) {
        const char16_t u = c.unicode();
        voiceIdentityOk = voiceIdentityOk
            && ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                || u == u'_');
    }
    setHint(m_tokenForm, m_identityHint,
            m_voiceGroup->isChecked() && !voiceIdentityOk ? tr(
                "Voice identities may only hold letters, digits and _; Twilio Voice will refuse this one.")
                                                          : QString());

    // The key list's word on the issuer.
    QString issuerProblem;
    const QString keySid = m_keySidEdit->text().trimmed();
    if (m_issuerLookup && isSid(keySid, u"SK")) {
        switch (m_issuerLookup(keySid)) {
        case IssuerStatus::Restricted:
            issuerProblem = tr("%1 is a Restricted key. Twilio does not accept Restricted keys as Access "
                               "Token issuers; "
                               "pick a Standard or Main key.")
                                .arg(keySid);
            break;
        case IssuerStatus::Deleted:
            issuerProblem
                = tr("%1 is not in the account's key list (deleted?); Twilio would reject its tokens.")
                      .arg(keySid);
            break;
        default:
            break;
        }
    }
    m_issuerStatusLabel->setText(issuerProblem);
    if (auto* form = qobject_cast<QFormLayout*>(m_issuerStatusLabel->parentWidget()->layout()))
        form->setRowVisible(m_issuerStatusLabel, !issuerProblem.isEmpty());

    problems << builder.validate();
    if (!issuerProblem.isEmpty())
        problems << issuerProblem;
    if (!fieldsOk)
        problems << tr("Fix the fields marked in red.");

    SecretBytes secret;
    QString secretError;
    m_secretEdit->secretBytes(SecretLineEdit::Encoding::Utf8, &secret, &secretError);
    if (secret.isEmpty())
        problems << tr("Enter the API key secret to sign the token.");
    problems.removeDuplicates();

    wipeString(m_token);
    const qint64 now = m_clock.currentSecsSinceEpoch();
    if (problems.isEmpty()) {
        const AccessTokenBuilder::Result result = builder.build(secret.view());
        if (result.ok)
            m_token = QString::fromLatin1(result.token);
        else
            problems << result.errors;
    }
    m_problems = problems;
    m_problemsLabel->setText(
        problems.isEmpty() ? QString() : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_problemsLabel->setVisible(!problems.isEmpty());

    // The decoded view: the signed token read back, or an unsigned preview of what would be signed.
    if (!m_token.isEmpty()) {
        const JwtParseResult parsed = Jwt::parse(m_token.toLatin1());
        m_headerView->setJson(QString::fromUtf8(parsed.parts.header.toIndented()));
        m_payloadView->setJson(QString::fromUtf8(parsed.parts.payload.toIndented()));
        m_decodedLabel->setText(tr("Decoded (read back from the signed token)"));
        m_issuedLabel->setText(
            tr("Issued %1 · expires %2")
                .arg(ClaimsModel::utcText(now), ClaimsModel::utcText(now + m_ttlSpin->value())));
    } else {
        auto header = OrderedJson::parse(builder.headerJson());
        auto payload = OrderedJson::parse(builder.payloadJson(now));
        m_headerView->setJson(header ? QString::fromUtf8(header->toIndented()) : QString());
        m_payloadView->setJson(payload ? QString::fromUtf8(payload->toIndented()) : QString());
        m_decodedLabel->setText(tr("Preview (not signed)"));
        m_issuedLabel->clear();
    }
    showToken();
    updateTtlLabel();
}

void TokenBuilderPage::showToken()
{
    if (m_tokenOutput->toPlainText() != m_token) {
        m_tokenOutput->setPlainText(m_token);
        m_tokenOutput->showParseResult(m_token, Jwt::parse(m_token.toLatin1()));
    }
    m_tokenOutput->setEnabled(!m_token.isEmpty());
    m_copyButton->setEnabled(!m_token.isEmpty());
    m_openButton->setEnabled(!m_token.isEmpty());
}

void TokenBuilderPage::copyToken()
{
    if (m_token.isEmpty() || !m_clipboard) {
        emit statusMessage(tr("There is no token to copy yet."));
        return;
    }
    m_clipboard->copySecret(m_token);
}

void TokenBuilderPage::openInInspector()
{
    if (m_token.isEmpty())
        return;
    emit openInInspectorRequested(m_token);
}
