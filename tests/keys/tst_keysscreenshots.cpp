// Renders the Keys page and its dialogs with realistic content into <build>/screenshots/keys-*.png,
// against a real keydesk-sandbox process: the list with 10,000 keys and a search typed, a Restricted
// key's details, the create dialog with the permission editor, the diff, the secret-once dialog, the
// delete confirmation and an inline error. Works offscreen and under xvfb-run.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "api/ApiClient.h"
#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/SecretOnceDialog.h"
#include "core/SecretVault.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyCommands.h"
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListModel.h"
#include "keys/KeysPage.h"
#include "keys/PermissionEditor.h"
#include "keys/PolicyDiffDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractItemView>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <memory>

class TestKeysScreenshots : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    SecretVault m_vault;

    void save(QWidget* window, const QString& name, QSize size = QSize(1200, 760))
    {
        saveScreenshot(window, m_dir, name, size);
    }

    bool startSandbox(const QStringList& args)
    {
        m_client.reset();
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(args))
            return false;
        m_client = sandboxClient(*m_sandbox);
        return true;
    }

    KeysPage* keysPage(MainWindow& window)
    {
        auto* page = new KeysPage(m_client.get(), &m_vault, window.clipboardService());
        window.setPageWidget(MainWindow::Page::Keys, page);
        window.addPageMenu(MainWindow::Page::Keys, page->keysMenu());
        window.showPage(MainWindow::Page::Keys);
        window.setConnectionText(QStringLiteral("Sandbox account %1").arg(m_sandbox->accountSid()));
        return page;
    }

    QString sidOf(KeysPage* page, const QString& name)
    {
        for (const ApiKey& key : page->model()->keys())
            if (key.friendlyName == name)
                return key.sid;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = QDir(QStringLiteral(KEYDESK_SCREENSHOT_DIR));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
        m_vault.setMemoryOnly();
    }

    void listWithTenThousandKeysAndSearch()
    {
        QVERIFY2(startSandbox({ QStringLiteral("--keys"), QStringLiteral("10000") }),
                 qPrintable(m_sandbox->errorString()));
        MainWindow window;
        KeysPage* page = keysPage(window);
        window.resize(1200, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(page->isListComplete(), 120000);
        QVERIFY(page->model()->rowCount() >= 10000);
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("keySearchEdit"));
        QTest::keyClicks(search, QStringLiteral("ci-runner #00"));
        QVERIFY(page->proxy()->rowCount() > 0);
        page->view()->selectionModel()->select(
            page->proxy()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        save(&window, QStringLiteral("keys-list-search.png"));
    }

    void restrictedKeyDetails()
    {
        QVERIFY2(startSandbox({}), qPrintable(m_sandbox->errorString()));
        MainWindow window;
        KeysPage* page = keysPage(window);
        window.resize(1200, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(page->isListComplete(), 60000);
        const QString sid = sidOf(page, QStringLiteral("Support dashboard"));
        const QModelIndex index = page->proxy()->indexFromSid(sid, KeyListModel::NameColumn);
        page->view()->setCurrentIndex(index);
        page->view()->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->find(sid)->detailsKnown(), 30000);
        // Let the visible Restricted rows get their counts too.
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->find(sidOf(page, QStringLiteral("Outbound voice worker")))->detailsKnown(), 30000);
        save(&window, QStringLiteral("keys-detail-restricted.png"));
    }

    void noKeychainBanner()
    {
        // What the window shows when no keychain answers (issue 8): the banner above every page.
        QVERIFY2(startSandbox({}), qPrintable(m_sandbox->errorString()));
        MainWindow window;
        KeysPage* page = keysPage(window);
        window.setBanner(
            QStringLiteral("No keychain is available: secrets are kept in memory for this session only "
                           "and are forgotten when KeyDesk closes."));
        window.resize(1200, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(page->isListComplete(), 60000);
        save(&window, QStringLiteral("window-no-keychain-banner.png"));
    }

    void inlineError()
    {
        QVERIFY2(startSandbox({ QStringLiteral("--faults"), QStringLiteral("500@GET /v1/Keys") }),
                 qPrintable(m_sandbox->errorString()));
        MainWindow window;
        KeysPage* page = keysPage(window);
        window.resize(1200, 760);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->message()->isVisible() && page->message()->kind() == InlineMessage::Kind::Error, 60000);
        save(&window, QStringLiteral("keys-inline-error.png"));
    }

    void createDialogWithPermissionEditor()
    {
        CreateKeyDialog dialog;
        dialog.setAccounts(
            { { QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00"),
                QStringLiteral("This account (ACc0ffeec0ffeec0ffeec0ffeec0ffee00)"), QString() } });
        dialog.findChild<QLineEdit*>(QStringLiteral("keyNameEdit"))
            ->setText(QStringLiteral("Outbound voice worker (staging)"));
        dialog.findChild<QRadioButton*>(QStringLiteral("restrictedRadio"))->setChecked(true);
        dialog.permissionEditor()->setPolicy(
            Policy({ QStringLiteral("/twilio/voice/calls/create"), QStringLiteral("/twilio/voice/calls/read"),
                     QStringLiteral("/twilio/voice/calls/update"),
                     QStringLiteral("/twilio/messaging/messages/read") }));
        save(&dialog, QStringLiteral("keys-create-dialog.png"), QSize(820, 680));
    }

    void diffConfirmation()
    {
        const Policy before({ QStringLiteral("/twilio/voice/calls/create"),
                              QStringLiteral("/twilio/voice/calls/read"),
                              QStringLiteral("/twilio/voice/calls/update") });
        const Policy after({ QStringLiteral("/twilio/voice/calls/create"),
                             QStringLiteral("/twilio/voice/calls/read"),
                             QStringLiteral("/twilio/voice/calls/delete"),
                             QStringLiteral("/twilio/voice/recordings/read") });
        PolicyDiffDialog dialog(before, after);
        dialog.setConfirmText(QStringLiteral("Create key"));
        dialog.setNote(QStringLiteral(
            "The new key gets the permissions as they are after this change; the source key keeps its own."));
        save(&dialog, QStringLiteral("keys-diff.png"), QSize(640, 460));
    }

    void secretOnce()
    {
        ClipboardService clipboard;
        SecretOnceDialog dialog(&clipboard);
        dialog.setWindowTitle(QStringLiteral("New API key"));
        dialog.setIntro(QStringLiteral("Key “CI deploy (GitHub Actions)” was created."));
        dialog.setSid(QStringLiteral("SK2f1e3d4c5b6a79880f1e2d3c4b5a6978"));
        dialog.setSecret(SecretBytes(QByteArrayView("dGhpc0lzTm90QVJlYWxTZWNyZXQwMTIzNDU2Nzg5")));
        dialog.setKeychainAvailable(true);
        save(&dialog, QStringLiteral("keys-secret-once.png"), QSize(620, dialog.sizeHint().height()));
    }

    void deleteConfirmation()
    {
        ApiKey key;
        key.sid = QStringLiteral("SK2f1e3d4c5b6a79880f1e2d3c4b5a6978");
        key.friendlyName = QStringLiteral("CI deploy (GitHub Actions)");
        Confirmation::Question q;
        q.title = QStringLiteral("Delete API key");
        q.icon = QMessageBox::Warning;
        q.text = DeleteKeyCommand::question(key);
        q.informativeText = QStringLiteral(
            "Every Access Token this key issued stops working at once, and every "
            "program that calls Twilio with this key starts failing. This cannot be undone.");
        q.confirmText = QStringLiteral("Delete key");
        q.cancelText = QStringLiteral("Keep key");
        q.destructive = true;
        std::unique_ptr<QMessageBox> box(Confirmation::create(nullptr, q));
        box->show();
        QVERIFY(QTest::qWaitForWindowExposed(box.get()));
        save(box.get(), QStringLiteral("keys-delete-confirmation.png"),
             box->sizeHint().expandedTo(QSize(520, 200)));
    }
};

QTEST_MAIN(TestKeysScreenshots)
#include "tst_keysscreenshots.moc"
