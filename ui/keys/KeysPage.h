#pragma once

#include "api/ApiError.h"
#include "api/ApiKey.h"
#include "keys/KeyCommand.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class AccountService;
class QAction;
class ApiClient;
class ApiTask;
class ClipboardService;
class InlineMessage;
class KeyDetailPane;
class KeyDetailsLoader;
class KeyFilterProxyModel;
class KeyListController;
class KeyListModel;
class KeyService;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTableView;
class SecretVault;

// Every API key of the account: the list (rows appear page by page, instant search, type filter,
// sorting by value, remembered columns), the selected key's details, and the key actions (New,
// Duplicate, Rename, Edit permissions, Delete, Refresh) in a toolbar, the context menu and the Keys
// menu. Errors and progress show inline; nothing here blocks the window.
class KeysPage : public QWidget
{
    Q_OBJECT

public:
    KeysPage(ApiClient* client, SecretVault* vault, ClipboardService* clipboard, QWidget* parent = nullptr);
    ~KeysPage() override;

    // The Keys menu for the menu bar (the same actions as the toolbar).
    QMenu* keysMenu() const { return m_menu; }
    KeyListModel* model() const { return m_model; }
    KeyFilterProxyModel* proxy() const { return m_proxy; }
    KeyService* keyService() const { return m_keys; }
    KeyListController* controller() const { return m_controller; }
    // Other profiles offered as where to duplicate a key (KeyListController::setProfileTargets).
    void setProfileTargets(std::function<QList<KeyCommandContext::ProfileTarget>()> targets,
                           decltype(KeyCommandContext::openProfile) open);
    QTableView* view() const { return m_view; }
    InlineMessage* message() const { return m_message; }

    // True once the whole list of the current account has been read (for issuer-deleted findings).
    bool isListComplete() const { return m_listComplete; }
    // What the loaded list says about a key SID (the token pages' issuer lookup).
    enum class KeyState { Unknown, Active, Restricted, Deleted };
    KeyState keyState(const QString& sid) const;
    // "“CI deploy” (SK…), Standard or Main key" for a key in the list; empty otherwise.
    QString describeKey(const QString& sid) const;
    // Keys of the current account that can sign Access Tokens (not Restricted) among `sids`, as (SID,
    // label) pairs in list order: what the Token Builder offers from the keychain.
    QList<QPair<QString, QString>> signingKeysAmong(const QStringList& sids) const;

public Q_SLOTS:
    // Reads the list again from the start (F5).
    void reload();
    // The client was given other credentials (a profile was connected): forget the old account's list,
    // subaccounts and target, and read the new one.
    void connectionChanged();
    void focusSearch();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void buildTokenRequested(const ApiKey& key);
    // The list was (re)loaded or changed: token pages refresh their issuer findings.
    void keysChanged();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void loadSubaccounts();
    void onTargetAccountChanged();
    void onSelectionChanged();
    void requestVisibleDetails();
    void updateCountAndEmptyState();
    void restoreViewState();
    void saveViewState();
    void showContextMenu(const QPoint& pos);
    // Keyboard: entering the list with nothing selected selects the row in focus (or the first).
    void selectCurrentIfNone();

    ApiClient* m_client;
    SecretVault* m_vault;
    ClipboardService* m_clipboard;
    KeyService* m_keys;
    AccountService* m_accounts;
    KeyListModel* m_model;
    KeyFilterProxyModel* m_proxy;
    KeyDetailsLoader* m_details;
    KeyListController* m_controller = nullptr;

    QToolBar* m_toolBar = nullptr;
    QMenu* m_menu = nullptr;
    QLabel* m_accountLabel = nullptr;
    QComboBox* m_accountCombo = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    InlineMessage* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyState = nullptr;
    KeyDetailPane* m_detailPane = nullptr;

    QPointer<ApiTask> m_listTask;
    QAction* m_editAgainAction = nullptr;
    QTimer m_visibleTimer;
    QTimer m_saveTimer;
    qint64 m_loadedCount = 0;
    bool m_listComplete = false;
    bool m_loading = false;
    bool m_loadedOnce = false;
    QString m_selectedSid;
};
