// The Keys page, offscreen, against a real keydesk-sandbox process, driven by object name: create a
// Standard and a Restricted key (secret-once dialog, keychain), duplicate with a diff, rename, edit
// permissions, delete after confirmation, search, type filter, sort; injected 500 and 429 faults.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/SecretOnceDialog.h"
#include "core/SecretVault.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListController.h"
#include "keys/KeyListModel.h"
#include "keys/KeysPage.h"
#include "keys/PermissionEditor.h"
#include "keys/PermissionEditorDialog.h"
#include "keys/PolicyDiffDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace {

const QString accountSid = QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00");
const QByteArray authToken = "5a4db0c5a4db0c5a4db0c5a4db0c5a4d";

template<typename T> T* child(const QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

} // namespace

class TestKeysPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<ClipboardService> m_clipboard;
    std::unique_ptr<KeysPage> m_page;

    bool start(const QStringList& args = {})
    {
        m_page.reset();
        m_client.reset();
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(args))
            return false;
        m_client = sandboxClient(*m_sandbox);
        if (!m_vault)
            m_vault = std::make_unique<SecretVault>(QStringLiteral("KeyDesk-test-keyspage"));
        m_clipboard = std::make_unique<ClipboardService>();
        m_page = std::make_unique<KeysPage>(m_client.get(), m_vault.get(), m_clipboard.get());
        m_page->resize(1200, 700);
        m_page->show();
        return true;
    }

    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return m_page->isListComplete(); }, 60000);
    }

    QAction* action(KeyListController::Action a) { return m_page->controller()->action(a); }

    bool select(const QString& sid)
    {
        const QModelIndex index = m_page->proxy()->indexFromSid(sid);
        if (!index.isValid())
            return false;
        m_page->view()->setCurrentIndex(index);
        m_page->view()->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return m_page->controller()->selectedKeys().value(0).sid == sid;
    }

    QString sidOf(const QString& name) const
    {
        for (const ApiKey& key : m_page->model()->keys())
            if (key.friendlyName == name)
                return key.sid;
        return {};
    }

    // The key as the API tells it now (IAM v1 fetch), not as the page shows it.
    std::optional<ApiKey> fetch(const QString& sid)
    {
        KeyService keys(m_client.get());
        std::optional<ApiResult<ApiKey>> result;
        keys.fetch(sid, KeyApi::Iam, [&](ApiResult<ApiKey> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000) || !result->ok())
            return std::nullopt;
        return result->value();
    }

    QStringList namesFromApi()
    {
        KeyService keys(m_client.get());
        std::optional<ApiResult<QList<ApiKey>>> result;
        keys.list(KeyApi::Iam, [&](ApiResult<QList<ApiKey>> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000) || !result->ok())
            return {};
        QStringList names;
        for (const ApiKey& key : result->value())
            names << key.friendlyName;
        return names;
    }

    CreateKeyDialog* waitForCreateDialog()
    {
        CreateKeyDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_page->findChild<CreateKeyDialog*>(QStringLiteral("createKeyDialog"));
                return dialog && dialog->isVisible();
            },
            30000);
        return shown ? dialog : nullptr;
    }

    // Waits for the secret-once dialog and finishes it as a user would: keep in the keychain or not,
    // tick "stored", Finish. False when it did not show or Finish was enabled before the tick.
    bool finishSecretDialog(bool keepSecret)
    {
        SecretOnceDialog* secret = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    secret = m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog"));
                    return secret && secret->isVisible();
                },
                60000))
            return false;
        auto* finish = child<QAbstractButton>(secret, QStringLiteral("finishButton"));
        auto* stored = child<QCheckBox>(secret, QStringLiteral("storedCheckBox"));
        auto* keep = child<QCheckBox>(secret, QStringLiteral("keepInKeychainCheckBox"));
        if (!finish || !stored || !keep || finish->isEnabled())
            return false;
        keep->setChecked(keepSecret);
        stored->click();
        if (!finish->isEnabled())
            return false;
        finish->click();
        return true;
    }

    // Creates a key through the dialog and the secret-once dialog; returns its SID.
    QString createThroughDialog(const QString& name, const std::optional<Policy>& policy, bool keepSecret)
    {
        const int before = m_page->model()->rowCount();
        action(KeyListController::Action::NewKey)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        if (!dialog)
            return {};
        QLineEdit* nameEdit = child<QLineEdit>(dialog, QStringLiteral("keyNameEdit"));
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        if (policy) {
            child<QRadioButton>(dialog, QStringLiteral("restrictedRadio"))->click();
            dialog->permissionEditor()->setPolicy(*policy);
            PolicyDiffDialog::setNextAnswer(true);
        }
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        if (!finishSecretDialog(keepSecret))
            return {};
        if (!QTest::qWaitFor(
                [&] {
                    return m_page->model()->rowCount() == before + 1
                        && !m_page->controller()->currentCommand();
                },
                30000))
            return {};
        return sidOf(name);
    }

private Q_SLOTS:
    void init()
    {
        Confirmation::clearNextAnswer();
        PolicyDiffDialog::clearNextAnswer();
    }

    void listLoadsWithNamesAndEmptySearchState()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        QVERIFY(m_page->model()->rowCount() >= 8);
        QVERIFY(!sidOf(QStringLiteral("Outbound voice worker")).isEmpty());
        // Every control of the page has an objectName and an accessible name without '&'.
        const QList<QWidget*> widgets = m_page->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->objectName().startsWith(u"qt_"))
                continue;
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QTableView*>(w)) {
                if (qobject_cast<QComboBox*>(w->parentWidget())
                    || qobject_cast<QLineEdit*>(w->parentWidget()))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(!w->accessibleName().contains(u'&'), qPrintable(w->accessibleName()));
            }
        }
    }

    void createStandardAndRestricted()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString standard = createThroughDialog(QStringLiteral("gui standard"), std::nullopt, true);
        QVERIFY(!standard.isEmpty());
        QCOMPARE(m_page->model()
                     ->data(m_page->model()->indexFromSid(standard, KeyListModel::TypeColumn))
                     .toString(),
                 QStringLiteral("Standard"));
        // The secret reached the keychain: a second vault (a fresh connection) reads it back.
        if (m_vault->backend() != SecretVault::Backend::Keychain)
            KEYDESK_REQUIRE_ENVIRONMENT("no Secret Service keychain (run under scripts/run-tests.sh)");
        SecretVault other(QStringLiteral("KeyDesk-test-keyspage"));
        SecretBytes secret;
        const SecretVault::Result read = other.readAndWait(SecretVault::apiKeyEntry(standard), &secret);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(secret.size() >= 32);

        const Policy policy(
            { QStringLiteral("/twilio/voice/calls/read"), QStringLiteral("/twilio/voice/calls/list") });
        const QString restricted = createThroughDialog(QStringLiteral("gui restricted"), policy, false);
        QVERIFY(!restricted.isEmpty());
        const auto fetched = fetch(restricted);
        QVERIFY(fetched && fetched->policy);
        QCOMPARE(fetched->policy->allow(), policy.allow());
        // Not kept: the keychain has no entry for it.
        SecretBytes none;
        QVERIFY(other.readAndWait(SecretVault::apiKeyEntry(restricted), &none).notFound);
        other.removeAndWait(SecretVault::apiKeyEntry(standard));
    }

    void duplicateWithDiff()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString source = sidOf(QStringLiteral("Outbound voice worker"));
        QVERIFY(select(source));
        QTRY_VERIFY(action(KeyListController::Action::Duplicate)->isEnabled());
        action(KeyListController::Action::Duplicate)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("keyNameEdit"))->text(),
                 QStringLiteral("Copy of Outbound voice worker"));
        const Policy before = dialog->permissionEditor()->policy();
        QCOMPARE(before.size(), 3);
        Policy after = before;
        after.remove(QStringLiteral("/twilio/voice/calls/update"));
        after.add(QStringLiteral("/twilio/voice/calls/delete"));
        dialog->permissionEditor()->setPolicy(after);
        // The diff is shown: check it, then confirm it.
        QStringList added, removed;
        QTimer::singleShot(0, this, [&] {
            (void)QTest::qWaitFor(
                [&] { return qobject_cast<PolicyDiffDialog*>(QApplication::activeModalWidget()); }, 20000);
            auto* diff = qobject_cast<PolicyDiffDialog*>(QApplication::activeModalWidget());
            if (!diff)
                return;
            auto* addedList = child<QListWidget>(diff, QStringLiteral("addedList"));
            auto* removedList = child<QListWidget>(diff, QStringLiteral("removedList"));
            for (int i = 0; addedList && i < addedList->count(); ++i)
                added << addedList->item(i)->text();
            for (int i = 0; removedList && i < removedList->count(); ++i)
                removed << removedList->item(i)->text();
            child<QAbstractButton>(diff, QStringLiteral("confirmButton"))->click();
        });
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 60000);
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().contains(QStringLiteral("/twilio/voice/calls/delete")));
        QCOMPARE(removed.size(), 1);
        QVERIFY(removed.first().contains(QStringLiteral("/twilio/voice/calls/update")));
        QVERIFY(finishSecretDialog(false));
        QTRY_VERIFY_WITH_TIMEOUT(!sidOf(QStringLiteral("Copy of Outbound voice worker")).isEmpty(), 30000);
        const auto copy = fetch(sidOf(QStringLiteral("Copy of Outbound voice worker")));
        QVERIFY(copy && copy->policy);
        QStringList got = copy->policy->allow(), want = after.allow();
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        // The source is unchanged.
        QCOMPARE(fetch(source)->policy->size(), 3);
    }

    void renameInline()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString sid = sidOf(QStringLiteral("Production webhooks"));
        QVERIFY(select(sid));
        m_page->view()->setFocus();
        action(KeyListController::Action::Rename)->trigger();
        // The name cell's editor, opened by F2's action.
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = m_page->view()->viewport()->findChild<QLineEdit*>()) != nullptr);
        QCOMPARE(editor->text(), QStringLiteral("Production webhooks"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Production webhooks (eu)"));
        QCOMPARE(editor->text(), QStringLiteral("Production webhooks (eu)"));
        QSignalSpy renameRequested(m_page->model(), &KeyListModel::renameRequested);

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(renameRequested.count(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(m_page->message()->kind() == InlineMessage::Kind::Success
                                      && m_page->message()->isVisible(),
                                  qPrintable(m_page->message()->text()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->find(sid)->friendlyName,
                                  QStringLiteral("Production webhooks (eu)"), 30000);
        QCOMPARE(fetch(sid)->friendlyName, QStringLiteral("Production webhooks (eu)"));
        QCOMPARE(m_page->message()->kind(), InlineMessage::Kind::Success);
        // A name over 64 characters is refused before sending, inline.
        const qint64 attempts = m_client->attemptCount();
        m_page->model()->setData(m_page->model()->indexFromSid(sid, KeyListModel::NameColumn),
                                 QString(65, u'x'));
        QTRY_COMPARE(m_page->message()->kind(), InlineMessage::Kind::Error);
        QVERIFY(m_page->message()->isVisible());
        QCOMPARE(m_client->attemptCount(), attempts);
    }

    void editPermissions()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString sid = sidOf(QStringLiteral("Messaging read-only"));
        QVERIFY(select(sid));
        // Only Restricted keys: a Standard key leaves the action disabled.
        QTRY_VERIFY(action(KeyListController::Action::EditPermissions)->isEnabled());
        action(KeyListController::Action::EditPermissions)->trigger();
        PermissionEditorDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_page->findChild<PermissionEditorDialog*>()) && dialog->isVisible(), 30000);
        auto* editor = dialog->findChild<PermissionEditor*>();
        QVERIFY(editor);
        Policy changed = editor->policy();
        changed.add(QStringLiteral("/twilio/messaging/messages/create"));
        editor->setPolicy(changed);
        PolicyDiffDialog::setNextAnswer(true);
        const int asked = PolicyDiffDialog::askedCount();
        child<QAbstractButton>(dialog, QStringLiteral("savePermissionsButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->find(sid)->policy->size(), 3, 30000);
        QCOMPARE(PolicyDiffDialog::askedCount(), asked + 1);
        QVERIFY(fetch(sid)->policy->contains(QStringLiteral("/twilio/messaging/messages/create")));

        const QString standard = sidOf(QStringLiteral("Production webhooks"));
        QVERIFY(select(standard));
        QTRY_VERIFY(!action(KeyListController::Action::EditPermissions)->isEnabled());
        QVERIFY(!action(KeyListController::Action::Duplicate)->isEnabled());
        QVERIFY(action(KeyListController::Action::Delete)->isEnabled());
    }

    void deleteAfterConfirmation()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString sid = sidOf(QStringLiteral("CI deploy (GitHub Actions)"));
        QVERIFY(select(sid));
        // "Keep key": nothing is sent.
        const qint64 attempts = m_client->attemptCount();
        Confirmation::setNextAnswer(false);
        action(KeyListController::Action::Delete)->trigger();
        QTRY_VERIFY(!m_page->controller()->currentCommand());
        QVERIFY(m_page->model()->contains(sid));
        QCOMPARE(m_client->attemptCount(), attempts);
        const Confirmation::Question q = Confirmation::lastQuestion();
        QVERIFY(q.text.contains(QStringLiteral("CI deploy (GitHub Actions)")));
        QVERIFY(q.text.contains(sid));
        QVERIFY(q.informativeText.contains(QStringLiteral("Access Token")));
        QVERIFY(q.destructive);
        // Confirmed: gone from the page and from the API.
        Confirmation::setNextAnswer(true);
        action(KeyListController::Action::Delete)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->contains(sid), 30000);
        QVERIFY(!namesFromApi().contains(QStringLiteral("CI deploy (GitHub Actions)")));
        QVERIFY(m_page->controller()->selectedKeys().value(0).sid != sid);
    }

    void searchFilterAndSort()
    {
        QVERIFY2(start({ QStringLiteral("--keys"), QStringLiteral("300") }),
                 qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const int total = m_page->model()->rowCount();
        QVERIFY(total >= 308);
        auto* search = child<QLineEdit>(m_page.get(), QStringLiteral("keySearchEdit"));
        QVERIFY(search);
        m_page->focusSearch();
        QTest::keyClicks(search, QStringLiteral("voice-ivr"));
        QTRY_VERIFY(m_page->proxy()->rowCount() > 0);
        for (int r = 0; r < m_page->proxy()->rowCount(); ++r)
            QVERIFY(m_page->proxy()
                        ->keyFromIndex(m_page->proxy()->index(r, 0))
                        .friendlyName.contains(QStringLiteral("voice-ivr")));
        QVERIFY(m_page->proxy()->rowCount() < total);
        // No match: the empty state says what to do; Esc clears the search.
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        auto* empty = child<QLabel>(m_page.get(), QStringLiteral("keysEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Esc")));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_page->proxy()->rowCount(), total);

        auto* type = child<QComboBox>(m_page.get(), QStringLiteral("keyTypeFilter"));
        type->setCurrentIndex(1); // Restricted
        QVERIFY(m_page->proxy()->rowCount() > 0 && m_page->proxy()->rowCount() < total);
        for (int r = 0; r < m_page->proxy()->rowCount(); ++r)
            QCOMPARE(m_page->proxy()->index(r, KeyListModel::TypeColumn).data().toString(),
                     QStringLiteral("Restricted"));
        type->setCurrentIndex(0);

        // Sort by the Created column (by time), both ways, through the header.
        QHeaderView* header = m_page->view()->horizontalHeader();
        m_page->view()->sortByColumn(KeyListModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(KeyListModel::CreatedColumn));
        QDateTime last;
        for (int r = 0; r < m_page->proxy()->rowCount(); ++r) {
            const QDateTime created = m_page->proxy()->keyFromIndex(m_page->proxy()->index(r, 0)).dateCreated;
            QVERIFY(!last.isValid() || created >= last);
            last = created;
        }
        m_page->view()->sortByColumn(KeyListModel::CreatedColumn, Qt::DescendingOrder);
        QVERIFY(m_page->proxy()->keyFromIndex(m_page->proxy()->index(0, 0)).dateCreated
                >= m_page->proxy()->keyFromIndex(m_page->proxy()->index(total - 1, 0)).dateCreated);
        // Only rows in view were fetched for details, not every key.
        QTRY_VERIFY(m_page->model()->rowCount() == total);
    }

    void faultsShowInlineAndNoDuplicate()
    {
        // Every list read fails with 429 four times over (the retries give up), then the sandbox recovers;
        // the first create answers 500 after doing nothing.
        QVERIFY2(
            start({ QStringLiteral("--faults"),
                    QStringLiteral("429@GET /v1/Keys:count=4,retry-after=0;500@POST /v1/Keys:count=1") }),
            qPrintable(m_sandbox->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->message()->isVisible() && m_page->message()->kind() == InlineMessage::Kind::Error, 60000);
        QVERIFY(m_page->message()->text().contains(QStringLiteral("429"))
                || !m_page->message()->text().isEmpty());
        // The page stays usable: F5 reads the list.
        QVERIFY(action(KeyListController::Action::Refresh)->isEnabled());
        action(KeyListController::Action::Refresh)->trigger();
        QVERIFY(waitLoaded());
        const int before = m_page->model()->rowCount();

        action(KeyListController::Action::NewKey)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("keyNameEdit")),
                         QStringLiteral("after a 500"));
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        // The 500: the page re-read the list, found no new key, and says so in the dialog, which keeps
        // its input.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->message()->kind() == InlineMessage::Kind::Error,
                                 60000);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("keyNameEdit"))->text(),
                 QStringLiteral("after a 500"));
        QCOMPARE(m_page->model()->rowCount(), before);
        // Trying again works, and exactly one key has the name.
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        QVERIFY(finishSecretDialog(false));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), before + 1, 30000);
        QCOMPARE(namesFromApi().count(QStringLiteral("after a 500")), 1);
    }

    void keyboardAlone()
    {
        // Find a key, read its details, create a key and delete it without touching the mouse.
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        m_page->activateWindow(); // no window manager offscreen or under Xvfb
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto focused = [] {
            return QApplication::focusWidget();
        };
        auto press = [&](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget* target = focused() ? focused() : m_page.get();
            QTest::keyClick(target, Qt::Key(key), modifiers);
        };

        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused()->objectName(), QStringLiteral("keySearchEdit"));
        QTest::keyClicks(focused(), QStringLiteral("outbound"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        press(Qt::Key_Down); // from the search box to the first match
        QTRY_COMPARE(focused(), static_cast<QWidget*>(m_page->view()));
        QTRY_COMPARE(m_page->controller()->selectedKeys().value(0).friendlyName,
                     QStringLiteral("Outbound voice worker"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->findChild<QLabel*>(QStringLiteral("detailPermissionCountLabel"))->text().contains(u'3'),
            30000);

        // Ctrl+N, a name, Enter; in the secret dialog: Alt+S ticks "stored", Enter finishes.
        press(Qt::Key_N, Qt::ControlModifier);
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(focused(),
                     static_cast<QWidget*>(child<QLineEdit>(dialog, QStringLiteral("keyNameEdit"))));
        QTest::keyClicks(focused(), QStringLiteral("typed, never clicked"));
        press(Qt::Key_Return);
        SecretOnceDialog* secret = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (secret = m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")))
                && secret->isVisible(),
            60000);
        secret->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(secret));
        child<QCheckBox>(secret, QStringLiteral("keepInKeychainCheckBox"))->setChecked(false);
        QTest::keyClick(secret, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(
            child<QCheckBox>(secret, QStringLiteral("storedCheckBox"))->isChecked()); // an animated click
        QTest::keyClick(focused() ? focused() : secret, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!sidOf(QStringLiteral("typed, never clicked")).isEmpty()
                                     && !m_page->controller()->currentCommand(),
                                 30000);

        // Select it from the keyboard and delete it with Del (the confirmation answered by the seam).
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->focusSearch();
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("typed, never"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        press(Qt::Key_Tab); // the type filter
        press(Qt::Key_Tab); // the list: entering it selects the row in focus
        QTRY_COMPARE(m_page->controller()->selectedKeys().value(0).friendlyName,
                     QStringLiteral("typed, never clicked"));
        Confirmation::setNextAnswer(true);
        press(Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(sidOf(QStringLiteral("typed, never clicked")).isEmpty(), 30000);
    }

    void createdButSecretLostOffersDelete()
    {
        // The create is carried out, then the connection drops before the answer (with the secret)
        // arrives: the key exists, its secret can never be shown; the page says so and offers to delete.
        QVERIFY2(
            start({ QStringLiteral("--faults"), QStringLiteral("drop@POST /v1/Keys:count=1,stage=after") }),
            qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const int asked = Confirmation::askedCount();
        Confirmation::setNextAnswer(true); // "Delete this key"
        action(KeyListController::Action::NewKey)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("keyNameEdit")),
                         QStringLiteral("lost in transit"));
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(Confirmation::askedCount(), asked + 1, 60000);
        const Confirmation::Question q = Confirmation::lastQuestion();
        QCOMPARE(q.objectName, QStringLiteral("secretLostDialog"));
        QVERIFY(q.text.contains(QStringLiteral("lost in transit")));
        QVERIFY(q.text.contains(QStringLiteral("can never be shown")));
        QVERIFY(q.destructive);
        // No secret dialog: there is no secret to show.
        QVERIFY(!m_page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->controller()->currentCommand(), 30000);
        QCOMPARE(m_page->message()->kind(), InlineMessage::Kind::Success);
        QVERIFY(!namesFromApi().contains(QStringLiteral("lost in transit")));
        QVERIFY(sidOf(QStringLiteral("lost in transit")).isEmpty());
    }

    void remembersColumnsAndSort()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        QHeaderView* header = m_page->view()->horizontalHeader();
        header->resizeSection(KeyListModel::NameColumn, 333);
        m_page->view()->sortByColumn(KeyListModel::TypeColumn, Qt::DescendingOrder);
        // A new page (as after a restart) comes back the same.
        m_page.reset();
        m_page = std::make_unique<KeysPage>(m_client.get(), m_vault.get(), m_clipboard.get());
        header = m_page->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(KeyListModel::NameColumn), 333);
        QCOMPARE(header->sortIndicatorSection(), int(KeyListModel::TypeColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(m_page->proxy()->sortColumn(), int(KeyListModel::TypeColumn));
    }

    void duplicateIntoSubaccount()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        // The page has read the subaccounts: the account list shows them.
        auto* accounts = child<QComboBox>(m_page.get(), QStringLiteral("targetAccountCombo"));
        QTRY_VERIFY_WITH_TIMEOUT(accounts->isVisible() && accounts->count() == 3, 30000);
        const QString source = sidOf(QStringLiteral("Messaging read-only"));
        QVERIFY(select(source));
        QTRY_VERIFY(action(KeyListController::Action::Duplicate)->isEnabled());
        action(KeyListController::Action::Duplicate)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        auto* into = child<QComboBox>(dialog, QStringLiteral("targetAccountCombo"));
        QVERIFY(into->isVisible());
        const int staging = into->findText(QStringLiteral("Staging"), Qt::MatchContains);
        QVERIFY(staging > 0);
        into->setCurrentIndex(staging);
        const QString stagingSid = into->currentData().toString();
        PolicyDiffDialog::setNextAnswer(true);
        const int rowsBefore = m_page->model()->rowCount();
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        QVERIFY(finishSecretDialog(false));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->controller()->currentCommand(), 30000);
        // Not in this account's list; in the subaccount's, with the source's permissions.
        QCOMPARE(m_page->model()->rowCount(), rowsBefore);
        KeyService sub(m_client.get());
        sub.setTargetAccountSid(stagingSid);
        std::optional<ApiResult<QList<ApiKey>>> listed;
        sub.list(KeyApi::Iam, [&](ApiResult<QList<ApiKey>> r) { listed.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
        QVERIFY(listed->ok());
        QString copySid;
        for (const ApiKey& k : listed->value())
            if (k.friendlyName == u"Copy of Messaging read-only")
                copySid = k.sid;
        QVERIFY(!copySid.isEmpty());
        const auto copy = fetch(copySid);
        QVERIFY(copy && copy->policy);
        QCOMPARE(copy->policy->size(), 2);
    }

    // Issue 8, item 6: duplicate a Restricted key into another profile's account. The other profile holds
    // the subaccount "Staging" with that account's own Auth Token; the copy is made with that credential.
    void duplicateIntoAnotherProfile()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        // The subaccount and its own Auth Token, as its owner would have them.
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sandbox->url(QStringLiteral("/2010-04-01/Accounts.json")));
        request.setRawHeader(
            "Authorization",
            SandboxProcess::basicAuthorization(m_sandbox->accountSid(), m_sandbox->authToken()));
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QString stagingSid;
        QString stagingToken;
        for (const QJsonValue& a :
             QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("accounts")).toArray())
            if (a.toObject()
                    .value(QStringLiteral("friendly_name"))
                    .toString()
                    .contains(QLatin1String("Staging"))) {
                stagingSid = a.toObject().value(QStringLiteral("sid")).toString();
                stagingToken = a.toObject().value(QStringLiteral("auth_token")).toString();
            }
        QVERIFY(!stagingSid.isEmpty() && !stagingToken.isEmpty());

        QTemporaryDir dir;
        SecretVault vault;
        vault.setMemoryOnly();
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        ProfileStore store(&vault, &settings);
        Profile other;
        other.name = QStringLiteral("Staging team");
        other.accountSid = stagingSid;
        other.baseUrl = m_sandbox->baseUrl();
        other.id = store.addAndWait(other, SecretBytes::fromUtf8(stagingToken), nullptr);
        QVERIFY(!other.id.isEmpty());
        m_page->setProfileTargets(
            [&] {
                return QList<KeyCommandContext::ProfileTarget> { { other.id, other.accountSid, other.name } };
            },
            [&](const QString& id, QObject* context, auto done) {
                Session::openStored(&store, id, context, std::move(done));
            });

        const QString source = sidOf(QStringLiteral("Messaging read-only"));
        QVERIFY(select(source));
        QTRY_VERIFY(action(KeyListController::Action::Duplicate)->isEnabled());
        action(KeyListController::Action::Duplicate)->trigger();
        CreateKeyDialog* dialog = waitForCreateDialog();
        QVERIFY(dialog);
        auto* into = child<QComboBox>(dialog, QStringLiteral("targetAccountCombo"));
        QVERIFY(into->isVisible());
        const int target = into->findText(QStringLiteral("Profile “Staging team”"), Qt::MatchStartsWith);
        QVERIFY(target > 0);
        into->setCurrentIndex(target);
        QCOMPARE(dialog->targetProfileId(), other.id);
        PolicyDiffDialog::setNextAnswer(true);
        const int rowsBefore = m_page->model()->rowCount();
        child<QAbstractButton>(dialog, QStringLiteral("createButton"))->click();
        QVERIFY(finishSecretDialog(false));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->controller()->currentCommand(), 30000);
        QCOMPARE(m_page->model()->rowCount(), rowsBefore);
        // In the other profile's account, read with that profile's own credential: the source's permissions.
        QString error;
        std::unique_ptr<Session> session = Session::open(other, SecretBytes::fromUtf8(stagingToken), &error);
        QVERIFY2(session, qPrintable(error));
        std::optional<ApiResult<QList<ApiKey>>> listed;
        session->keys()->list(KeyApi::Iam, [&](ApiResult<QList<ApiKey>> r) { listed.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
        QVERIFY2(listed->ok(), qPrintable(listed->error().sentence()));
        QString copySid;
        for (const ApiKey& k : listed->value())
            if (k.friendlyName == u"Copy of Messaging read-only")
                copySid = k.sid;
        QVERIFY(!copySid.isEmpty());
        std::optional<ApiResult<ApiKey>> fetched;
        session->keys()->fetch(copySid, KeyApi::Iam,
                               [&](ApiResult<ApiKey> r) { fetched.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 30000);
        QVERIFY(fetched->ok() && fetched->value().policy);
        QCOMPARE(fetched->value().policy->size(), 2);
    }

    void searchHidingTheSelectionDisablesActions()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        QVERIFY(select(sidOf(QStringLiteral("Outbound voice worker"))));
        QTRY_VERIFY(action(KeyListController::Action::Delete)->isEnabled());
        // The search hides the selected key: nothing is selected any more, and the actions say so.
        m_page->proxy()->setSearchText(QStringLiteral("grafana"));
        QVERIFY(m_page->controller()->selectedKeys().isEmpty());
        QVERIFY(!action(KeyListController::Action::Delete)->isEnabled());
        QVERIFY(!action(KeyListController::Action::EditPermissions)->isEnabled());
        QVERIFY(!action(KeyListController::Action::Duplicate)->isEnabled());
        QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("keyDetailPlaceholder"))->isVisible());
        // Del pressed anyway: nothing is asked and nothing is sent.
        const qint64 attempts = m_client->attemptCount();
        const int asked = Confirmation::askedCount();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(Confirmation::askedCount(), asked);
        QCOMPARE(m_client->attemptCount(), attempts);
        QVERIFY(!m_page->controller()->currentCommand());
    }

    void unchangedPermissionsSendNothingAndWildcardsStay()
    {
        QVERIFY2(start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        // "Key rotation bot" has /twilio/iam/api-keys/*: the editor shows every action checked.
        const QString sid = sidOf(QStringLiteral("Key rotation bot"));
        QVERIFY(select(sid));
        QTRY_VERIFY(action(KeyListController::Action::EditPermissions)->isEnabled());
        auto openEditor = [&]() -> PermissionEditorDialog* {
            action(KeyListController::Action::EditPermissions)->trigger();
            PermissionEditorDialog* dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        return (dialog = m_page->findChild<PermissionEditorDialog*>()) && dialog->isVisible();
                    },
                    30000))
                return nullptr;
            return dialog;
        };
        PermissionEditorDialog* dialog = openEditor();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<PermissionEditor*>()->policy().contains(
            QStringLiteral("/twilio/iam/api-keys/read")));
        PolicyDiffDialog::setNextAnswer(true);
        const qint64 attempts = m_client->attemptCount();
        child<QAbstractButton>(dialog, QStringLiteral("savePermissionsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->controller()->currentCommand(), 30000);
        QCOMPARE(m_client->attemptCount(), attempts); // nothing changed, nothing sent
        QCOMPARE(fetch(sid)->policy->allow(), QStringList { QStringLiteral("/twilio/iam/api-keys/*") });

        // One permission added: the untouched resource keeps its wildcard.
        dialog = openEditor();
        QVERIFY(dialog);
        auto* editor = dialog->findChild<PermissionEditor*>();
        Policy more = editor->policy();
        more.add(QStringLiteral("/twilio/voice/calls/read"));
        editor->setPolicy(more);
        PolicyDiffDialog::setNextAnswer(true);
        child<QAbstractButton>(dialog, QStringLiteral("savePermissionsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->controller()->currentCommand(), 30000);
        QStringList got = fetch(sid)->policy->allow();
        got.sort();
        QCOMPARE(got,
                 (QStringList { QStringLiteral("/twilio/iam/api-keys/*"),
                                QStringLiteral("/twilio/voice/calls/read") }));
    }

    void editAgainKeepsTheEditsAfterAFailure()
    {
        // The first save answers 500 (a POST is not retried): the edits come back with "Edit again".
        QVERIFY2(start({ QStringLiteral("--faults"), QStringLiteral("500@POST /v1/Keys/*:count=1") }),
                 qPrintable(m_sandbox->errorString()));
        QVERIFY(waitLoaded());
        const QString sid = sidOf(QStringLiteral("Messaging read-only"));
        QVERIFY(select(sid));
        QTRY_VERIFY(action(KeyListController::Action::EditPermissions)->isEnabled());
        action(KeyListController::Action::EditPermissions)->trigger();
        PermissionEditorDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_page->findChild<PermissionEditorDialog*>()) && dialog->isVisible(), 30000);
        auto* editor = dialog->findChild<PermissionEditor*>();
        Policy edited = editor->policy();
        edited.add(QStringLiteral("/twilio/voice/calls/create"));
        editor->setPolicy(edited);
        PolicyDiffDialog::setNextAnswer(true);
        child<QAbstractButton>(dialog, QStringLiteral("savePermissionsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->message()->isVisible() && m_page->message()->kind() == InlineMessage::Kind::Error, 30000);
        QTRY_VERIFY(!m_page->controller()->currentCommand());
        QVERIFY(m_page->controller()->canEditPermissionsAgain());
        QAction* again = m_page->findChild<QAction*>(QStringLiteral("editAgainAction"));
        QVERIFY(again);
        again->trigger();
        PermissionEditorDialog* reopened = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((reopened = m_page->findChild<PermissionEditorDialog*>())
                                     && reopened->isVisible() && reopened != dialog,
                                 30000);
        QVERIFY(reopened->findChild<PermissionEditor*>()->policy().contains(
            QStringLiteral("/twilio/voice/calls/create")));
        PolicyDiffDialog::setNextAnswer(true);
        child<QAbstractButton>(reopened, QStringLiteral("savePermissionsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(fetch(sid)->policy->contains(QStringLiteral("/twilio/voice/calls/create")),
                                 30000);
    }
};

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
