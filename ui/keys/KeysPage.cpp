#include "KeysPage.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "common/InlineMessage.h"
#include "keys/KeyDetailPane.h"
#include "keys/KeyDetailsLoader.h"
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListController.h"
#include "keys/KeyListDelegate.h"
#include "keys/KeyListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const char settingsGroup[] = "KeysPage";

} // namespace

KeysPage::KeysPage(ApiClient* client, SecretVault* vault, ClipboardService* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_vault(vault)
    , m_clipboard(clipboard)
    , m_keys(new KeyService(client, this))
    , m_accounts(new AccountService(client, this))
    , m_model(new KeyListModel(this))
    , m_proxy(new KeyFilterProxyModel(this))
    , m_details(new KeyDetailsLoader(m_keys, this))
{
    setObjectName(QStringLiteral("keysPage"));
    setAccessibleName(tr("Keys"));
    m_proxy->setSourceModel(m_model);
    if (client->credentials().kind() == ApiCredentials::Kind::ApiKey)
        m_model->setMainKeySid(client->credentials().username()); // a key that manages keys is a Main key
    buildUi();

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(40);
    connect(&m_visibleTimer, &QTimer::timeout, this, &KeysPage::requestVisibleDetails);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &KeysPage::saveViewState);

    connect(m_details, &KeyDetailsLoader::loaded, this,
            [this](const ApiKey& key) { m_model->updateKey(key); });
    connect(m_details, &KeyDetailsLoader::failed, this, [this](const QString& sid, const ApiError& error) {
        if (sid == m_selectedSid)
            m_detailPane->setLoadError(error.sentence());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                if (m_selectedSid.isEmpty())
                    return;
                const QModelIndex selected = m_model->indexFromSid(m_selectedSid);
                if (selected.isValid() && selected.row() >= from.row() && selected.row() <= to.row())
                    m_detailPane->setKey(m_model->keyAt(selected.row()), m_model);
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_selectedSid.isEmpty() && !m_model->contains(m_selectedSid)) {
            m_selectedSid.clear();
            m_detailPane->setKey({}, m_model);
        }
        updateCountAndEmptyState();
        Q_EMIT keysChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCountAndEmptyState();
        m_visibleTimer.start();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &m_visibleTimer, qOverload<>(&QTimer::start));
    // A search or filter that hides the selected key drops the selection without selectionChanged().
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPage::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysPage::updateCountAndEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPage::updateCountAndEmptyState);
}

KeysPage::~KeysPage()
{
    if (m_saveTimer.isActive())
        saveViewState();
    // A list cancelled now ends in its callback: no keysChanged() to pages that may already be gone.
    const QSignalBlocker blocker(this);
    if (m_listTask)
        m_listTask->cancel();
}

void KeysPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    KeyCommandContext context;
    context.client = m_client;
    context.keys = m_keys;
    context.accounts = m_accounts;
    context.model = m_model;
    context.details = m_details;
    context.vault = m_vault;
    context.clipboard = m_clipboard;
    context.parentWidget = this;

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("keyList"));
    m_view->setAccessibleName(tr("API keys"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new KeyListDelegate(m_view));
    // A table, not a tree: its rows are uniform header sections, so a search that shows other rows
    // costs no per-row layout (10,000 keys).
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);

    m_controller = new KeyListController(context, m_view, m_proxy, this);

    // The actions on one row; account, search and type filter below them.
    auto* top = new QHBoxLayout;
    m_toolBar = new QToolBar(tr("Key actions"), this);
    m_toolBar->setObjectName(QStringLiteral("keysToolBar"));
    m_toolBar->setAccessibleName(tr("Key actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_menu = new QMenu(tr("&Keys"), this);
    m_menu->setObjectName(QStringLiteral("keysMenu"));
    for (QAction* action : m_controller->actions()) {
        addAction(action); // shortcuts work anywhere in the page
        if (action == m_controller->action(KeyListController::Action::Refresh)) {
            m_toolBar->addSeparator();
            m_menu->addSeparator();
        }
        m_toolBar->addAction(action);
        m_menu->addAction(action);
    }
    layout->addWidget(m_toolBar);

    m_accountLabel = new QLabel(tr("&Account:"), this);
    m_accountLabel->hide();
    top->addWidget(m_accountLabel);
    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("targetAccountCombo"));
    m_accountCombo->setAccessibleName(tr("Account whose keys are shown"));
    m_accountCombo->setToolTip(
        tr("The account whose keys are listed: this account or one of its subaccounts"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountCombo->hide();
    m_accountLabel->setBuddy(m_accountCombo);
    top->addWidget(m_accountCombo);
    top->addStretch(1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("keySearchEdit"));
    m_search->setAccessibleName(tr("Search keys by name or SID"));
    m_search->setPlaceholderText(tr("Search name or SID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    top->addWidget(m_search);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("keyTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Show keys of type"));
    m_typeFilter->addItem(tr("All types"));
    m_typeFilter->addItem(tr("Restricted"));
    m_typeFilter->addItem(tr("Standard or Main"));
    top->addWidget(m_typeFilter);
    layout->addLayout(top);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("keysMessage"));
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("keysSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_listStack = new QStackedWidget(m_splitter);
    m_listStack->addWidget(m_view);
    m_emptyState = new QLabel(m_listStack);
    m_emptyState->setObjectName(QStringLiteral("keysEmptyState"));
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_listStack->addWidget(m_emptyState);
    m_detailPane = new KeyDetailPane(m_clipboard, m_splitter);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("keyCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_countLabel);

    // Ctrl+F: search; Esc in the search box clears it.
    auto* find = new QAction(tr("Find key"), this);
    find->setObjectName(QStringLiteral("findKeyAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &KeysPage::focusSearch);
    addAction(find);
    auto* clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_view->setFocus();
    });
    m_search->addAction(clearSearch);

    // Down or Enter in the search box goes to the list, on the first match.
    m_search->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCountAndEmptyState();
        m_visibleTimer.start();
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        using T = KeyListModel::TypeDisplay;
        if (index == 1)
            m_proxy->setTypeFilter({ T::Restricted });
        else if (index == 2)
            m_proxy->setTypeFilter({ T::StandardOrMain, T::Standard, T::Main });
        else
            m_proxy->setTypeFilter({});
        updateCountAndEmptyState();
        m_visibleTimer.start();
    });
    connect(m_accountCombo, &QComboBox::activated, this, &KeysPage::onTargetAccountChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeysPage::onSelectionChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, &m_visibleTimer,
            qOverload<>(&QTimer::start));
    connect(m_view, &QWidget::customContextMenuRequested, this, &KeysPage::showContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, &m_saveTimer,
            qOverload<>(&QTimer::start));
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, &m_saveTimer,
            qOverload<>(&QTimer::start));
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, &m_saveTimer,
            qOverload<>(&QTimer::start));
    connect(m_splitter, &QSplitter::splitterMoved, &m_saveTimer, qOverload<>(&QTimer::start));

    connect(m_message, &InlineMessage::cancelRequested, this, [this] {
        if (m_listTask)
            m_listTask->cancel();
        else
            m_controller->cancelCurrent();
    });
    connect(m_controller, &KeyListController::refreshRequested, this, &KeysPage::reload);
    m_editAgainAction = new QAction(tr("Edit again"), this);
    m_editAgainAction->setObjectName(QStringLiteral("editAgainAction"));
    connect(m_editAgainAction, &QAction::triggered, m_controller, &KeyListController::editPermissionsAgain);
    // Switching accounts while a command runs would put its result in the wrong list.
    connect(m_controller, &KeyListController::busyChanged, m_accountCombo,
            [this](bool busy) { m_accountCombo->setEnabled(!busy); });
    connect(m_controller, &KeyListController::commandProgress, this,
            [this](const QString& text, bool cancellable) {
                if (!text.isEmpty())
                    m_message->showProgress(text, cancellable);
                else if (m_message->isShowingProgress() && !m_loading)
                    m_message->hideMessage();
            });
    connect(m_controller, &KeyListController::commandFinished, this, [this](const QString& summary) {
        m_message->showSuccess(summary);
        Q_EMIT statusMessage(summary);
        Q_EMIT keysChanged();
    });
    connect(m_controller, &KeyListController::commandCanceled, this, [this] {
        if (m_message->isShowingProgress() && !m_loading)
            m_message->hideMessage();
    });
    connect(m_controller, &KeyListController::commandFailed, this,
            [this](const ApiError& error, const QString& hint) {
                m_message->showError(error.sentence());
                if (hint == u"edit-again") // one click reopens the editor with what was edited
                    m_message->setActions({ m_editAgainAction });
            });
    connect(m_detailPane, &KeyDetailPane::buildTokenRequested, this, &KeysPage::buildTokenRequested);
    connect(m_detailPane, &KeyDetailPane::statusMessage, this, &KeysPage::statusMessage);

    // Reading order: account, search, type filter, the list, then the details.
    setTabOrder(m_accountCombo, m_search);
    setTabOrder(m_search, m_typeFilter);
    setTabOrder(m_typeFilter, m_view);
    setTabOrder(m_view, m_detailPane);

    restoreViewState();
    updateCountAndEmptyState();
}

void KeysPage::restoreViewState()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    const QByteArray header = settings.value(QStringLiteral("listHeader")).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header)) {
        // Widths from the font, so the defaults fit on any screen: a name, a SID, a date.
        const QFontMetrics metrics = m_view->fontMetrics();
        QHeaderView* header = m_view->horizontalHeader();
        header->resizeSection(KeyListModel::NameColumn, metrics.horizontalAdvance(QString(22, u'n')));
        header->resizeSection(KeyListModel::SidColumn,
                              metrics.horizontalAdvance(QStringLiteral("SK0123456789abcdef0123456789abcdef"))
                                  + 16);
        header->resizeSection(KeyListModel::TypeColumn,
                              metrics.horizontalAdvance(
                                  KeyListModel::typeDisplayLabel(KeyListModel::TypeDisplay::StandardOrMain))
                                  + 20);
        header->resizeSection(
            KeyListModel::PermissionsColumn,
            metrics.horizontalAdvance(KeyListModel::columnTitle(KeyListModel::PermissionsColumn)) + 24);
        header->resizeSection(KeyListModel::CreatedColumn,
                              metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 20);
        header->resizeSection(KeyListModel::UpdatedColumn,
                              metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 20);
        // What tells keys apart at a glance first (name, type, permissions, age), the long SID after.
        header->moveSection(header->visualIndex(KeyListModel::SidColumn),
                            header->visualIndex(KeyListModel::CreatedColumn));
        m_view->sortByColumn(KeyListModel::CreatedColumn, Qt::DescendingOrder); // newest first
    } else {
        m_view->sortByColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                             m_view->horizontalHeader()->sortIndicatorOrder());
    }
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({ 640, 420 });
}

void KeysPage::saveViewState()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("listHeader"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

bool KeysPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_view && event->type() == QEvent::FocusIn) {
        // After the view has made a row current (QAbstractItemView::focusInEvent).
        QMetaObject::invokeMethod(this, &KeysPage::selectCurrentIfNone, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void KeysPage::selectCurrentIfNone()
{
    if (!m_view->hasFocus() || m_proxy->rowCount() == 0 || m_view->selectionModel()->hasSelection())
        return;
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        current = m_proxy->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(
        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void KeysPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        // After the window is up: the first frame never waits for the network.
        QMetaObject::invokeMethod(this, &KeysPage::reload, Qt::QueuedConnection);
        QMetaObject::invokeMethod(this, &KeysPage::loadSubaccounts, Qt::QueuedConnection);
    }
    m_visibleTimer.start();
}

void KeysPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KeysPage::reload()
{
    if (m_listTask)
        m_listTask->cancel();
    m_details->reset();
    m_selectedSid.clear();
    m_detailPane->setKey({}, m_model);
    m_model->clear();
    m_loadedCount = 0;
    m_listComplete = false;
    if (m_client->credentials().kind() == ApiCredentials::Kind::None) {
        m_loading = false;
        m_message->hideMessage();
        updateCountAndEmptyState();
        return;
    }
    m_loading = true;
    m_controller->setListReady(false);
    m_message->showProgress(tr("Loading the keys of %1…").arg(m_keys->targetAccountSid()), true);
    updateCountAndEmptyState();
    ApiTask* task = m_keys->listPages(
        KeyApi::Iam,
        [this](QList<ApiKey> page) {
            m_loadedCount += page.size();
            m_model->appendKeys(page);
            m_message->showProgress(tr("Loading keys… %1 read so far").arg(QLocale().toString(m_loadedCount)),
                                    true);
        },
        [this](ApiResult<qint64> result) {
            m_loading = false;
            m_listTask = nullptr;
            m_controller->setListReady(true);
            if (result.ok()) {
                m_listComplete = true;
                m_message->hideMessage();
            } else if (result.error().kind() == ApiError::Kind::Cancelled) {
                m_message->showInfo(tr("Stopped after %1 keys. Press F5 to read the whole list.")
                                        .arg(QLocale().toString(m_loadedCount)));
            } else {
                m_message->showError(result.error().sentence());
                m_message->setActions({ m_controller->action(KeyListController::Action::Refresh) });
            }
            updateCountAndEmptyState();
            Q_EMIT keysChanged();
        });
    m_listTask = task;
}

void KeysPage::setProfileTargets(std::function<QList<KeyCommandContext::ProfileTarget>()> targets,
                                 decltype(KeyCommandContext::openProfile) open)
{
    m_controller->setProfileTargets(std::move(targets), std::move(open));
}

void KeysPage::connectionChanged()
{
    m_keys->setTargetAccountSid({});
    m_accountCombo->clear();
    m_accountCombo->hide();
    m_accountLabel->hide();
    m_controller->setSubaccounts({});
    m_model->setMainKeySid(m_client->credentials().kind() == ApiCredentials::Kind::ApiKey
                               ? m_client->credentials().username()
                               : QString());
    if (!m_loadedOnce)
        return; // the first show loads
    reload();
    loadSubaccounts();
}

void KeysPage::loadSubaccounts()
{
    if (m_client->credentials().kind() == ApiCredentials::Kind::None)
        return;
    m_accounts->listSubaccounts([this](ApiResult<QList<AccountInfo>> result) {
        // Not every credential may list accounts (a Restricted key): then only its own account is shown.
        if (!result.ok() || result.value().isEmpty())
            return;
        const QString own = m_client->accountSid();
        m_accountCombo->clear();
        m_accountCombo->addItem(tr("This account (%1)").arg(own), own);
        QList<QPair<QString, QString>> subs;
        for (const AccountInfo& account : result.value()) {
            if (account.status == u"closed")
                continue;
            m_accountCombo->addItem(tr("Subaccount “%1” (%2)").arg(account.friendlyName, account.sid),
                                    account.sid);
            subs << qMakePair(account.sid, account.friendlyName);
        }
        const int current = m_accountCombo->findData(m_keys->targetAccountSid());
        m_accountCombo->setCurrentIndex(qMax(0, current));
        m_controller->setSubaccounts(subs);
        m_accountCombo->setVisible(!subs.isEmpty());
        m_accountLabel->setVisible(!subs.isEmpty());
    });
}

void KeysPage::onTargetAccountChanged()
{
    const QString sid = m_accountCombo->currentData().toString();
    if (sid == m_keys->targetAccountSid())
        return;
    m_keys->setTargetAccountSid(sid == m_client->accountSid() ? QString() : sid);
    reload();
}

void KeysPage::onSelectionChanged()
{
    m_controller->updateActions();
    const QList<ApiKey> keys = m_controller->selectedKeys();
    if (keys.size() != 1) {
        m_selectedSid.clear();
        m_detailPane->setKey({}, m_model);
        return;
    }
    const ApiKey& key = keys.first();
    m_selectedSid = key.sid;
    m_detailPane->setKey(key, m_model);
    if (!key.detailsKnown()) {
        m_detailPane->setLoading(true);
        m_details->requestNow(key.sid);
    }
}

void KeysPage::requestVisibleDetails()
{
    if (!m_view->isVisible() || m_proxy->rowCount() == 0)
        return;
    // Sorted by type or permission count, a fetched key moves and brings another into view, which would
    // end in fetching every key: then only the selected key is read.
    const int sortColumn = m_proxy->sortColumn();
    if (sortColumn == KeyListModel::TypeColumn || sortColumn == KeyListModel::PermissionsColumn) {
        m_details->setWanted({});
        return;
    }
    // Only Restricted keys gain from a fetch (their permissions); Standard and Main look alike anyway.
    QStringList wanted;
    const int bottom = m_view->viewport()->height();
    const int firstRow = qMax(0, m_view->rowAt(0));
    const int lastRow = m_view->rowAt(bottom - 1) < 0 ? m_proxy->rowCount() - 1 : m_view->rowAt(bottom - 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const ApiKey& key = m_model->keyAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        const auto type = m_model->typeDisplay(key);
        if (!key.detailsKnown()
            && (type == KeyListModel::TypeDisplay::Restricted || type == KeyListModel::TypeDisplay::Unknown))
            wanted << key.sid;
    }
    m_details->setWanted(wanted);
}

void KeysPage::updateCountAndEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    QString count = shown == total
        ? (total == 1 ? tr("1 key") : tr("%1 keys").arg(locale.toString(total)))
        : tr("%1 of %2 keys shown").arg(locale.toString(shown), locale.toString(total));
    if (m_loading)
        count += u' ' + tr("(loading…)");
    m_countLabel->setText(count);

    QString empty;
    if (m_client->credentials().kind() == ApiCredentials::Kind::None)
        empty
            = tr("No Twilio account is connected. Add a profile in the Profiles page, or start KeyDesk with "
                 "--sandbox to try it on a built-in sandbox account.");
    else if (total == 0 && m_loading)
        empty = tr("Loading keys…");
    else if (total == 0 && m_listComplete)
        empty = tr("This account has no API keys yet. Press Ctrl+N to create one.");
    else if (total == 0)
        empty = tr("The key list could not be read. Press F5 to try again.");
    else if (shown == 0)
        empty = tr("No key matches the search or the type filter. Press Esc in the search box to clear it.");
    m_emptyState->setText(empty);
    m_listStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget*>(m_view) : m_emptyState);
}

KeysPage::KeyState KeysPage::keyState(const QString& sid) const
{
    if (const ApiKey* key = m_model->find(sid))
        return m_model->typeDisplay(*key) == KeyListModel::TypeDisplay::Restricted ? KeyState::Restricted
                                                                                   : KeyState::Active;
    return m_listComplete && m_keys->targetAccountSid() == m_client->accountSid() ? KeyState::Deleted
                                                                                  : KeyState::Unknown;
}

QString KeysPage::describeKey(const QString& sid) const
{
    const ApiKey* key = m_model->find(sid);
    if (!key)
        return {};
    return tr("“%1” (%2), %3 key")
        .arg(key->friendlyName.isEmpty() ? tr("no name") : key->friendlyName, key->sid,
             KeyListModel::typeDisplayLabel(m_model->typeDisplay(*key)));
}

QList<QPair<QString, QString>> KeysPage::signingKeysAmong(const QStringList& sids) const
{
    QList<QPair<QString, QString>> out;
    for (const QString& sid : sids) {
        const ApiKey* key = m_model->find(sid);
        if (!key || m_model->typeDisplay(*key) == KeyListModel::TypeDisplay::Restricted)
            continue;
        out << qMakePair(
            sid, tr("%1 (%2)").arg(key->friendlyName.isEmpty() ? tr("no name") : key->friendlyName, sid));
    }
    return out;
}

void KeysPage::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("keysContextMenu"));
    for (QAction* action : m_controller->actions()) {
        if (action == m_controller->action(KeyListController::Action::Refresh))
            menu.addSeparator();
        menu.addAction(action);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
