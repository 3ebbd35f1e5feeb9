#include "WidgetLookup.h"
#include "common/ClipboardService.h"
#include "common/Confirmation.h"
#include "common/SecretLineEdit.h"
#include "common/SecretOnceDialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using WidgetLookup::child;

class TestSecretOnceDialog : public QObject
{
    Q_OBJECT

private:
    static QString secret() { return QStringLiteral("q8Zr3secretVALUEnotToLeak0x7Fab"); }
    static QString sid() { return QStringLiteral("SK0123456789abcdef0123456789abcdef"); }

    static std::unique_ptr<SecretOnceDialog> makeDialog(ClipboardService* clipboard)
    {
        auto dialog = std::make_unique<SecretOnceDialog>(clipboard);
        dialog->setIntro(QStringLiteral("Key “ci-deploy” was created."));
        dialog->setSid(sid());
        dialog->setSecret(SecretBytes::fromUtf8(secret()));
        dialog->setKeychainAvailable(true);
        return dialog;
    }

    static SecretLineEdit* secretEdit(const SecretOnceDialog* dialog)
    {
        return child<SecretLineEdit>(dialog, "secretEdit");
    }

    static QByteArray passwordManagerHint()
    {
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        return mime ? mime->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
    }

    // Every place a widget shows or announces text, other than an edit's own contents.
    static QStringList leaks(const QWidget* dialog, const QString& secret)
    {
        QStringList found;
        QList<const QWidget*> widgets { dialog };
        for (const QWidget* widget : dialog->findChildren<QWidget*>())
            widgets << widget;
        for (const QWidget* widget : std::as_const(widgets)) {
            QStringList texts { widget->toolTip(),
                                widget->statusTip(),
                                widget->whatsThis(),
                                widget->accessibleName(),
                                widget->accessibleDescription(),
                                widget->windowTitle() };
            if (auto* label = qobject_cast<const QLabel*>(widget))
                texts << label->text();
            if (auto* button = qobject_cast<const QAbstractButton*>(widget))
                texts << button->text();
            if (QAccessibleInterface* accessible
                = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(widget)))
                texts << accessible->text(QAccessible::Name) << accessible->text(QAccessible::Description)
                      << accessible->text(QAccessible::Help);
            if (texts.join(u'\n').contains(secret))
                found << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
        return found;
    }

private slots:
    void init() { QGuiApplication::clipboard()->setText(QStringLiteral("before")); }
    void cleanup() { Confirmation::clearNextAnswer(); }

    void showsTheSecretMaskedAndReadOnly()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        SecretLineEdit* edit = secretEdit(dialog.get());
        QVERIFY(edit);
        QCOMPARE(edit->text(), secret());
        QVERIFY(edit->isReadOnly());
        QVERIFY(!edit->isRevealed());
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->revealAction()->trigger();
        QVERIFY(edit->isRevealed());

        auto* sidEdit = child<QLineEdit>(dialog.get(), "sidEdit");
        QVERIFY(sidEdit);
        QCOMPARE(sidEdit->text(), sid());
        QVERIFY(sidEdit->isReadOnly());

        auto* intro = child<QLabel>(dialog.get(), "introLabel");
        QVERIFY(intro);
        QCOMPARE(intro->text(), QStringLiteral("Key “ci-deploy” was created."));
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        auto* once = child<QLabel>(dialog.get(), "onceLabel");
        QVERIFY(once);
        QVERIFY(!once->text().isEmpty());
        QVERIFY(!once->isHidden());
    }

    void introIsPlainText()
    {
        SecretOnceDialog dialog(nullptr);
        dialog.setIntro(QStringLiteral("Key <b>x</b> was created."));
        auto* intro = child<QLabel>(&dialog, "introLabel");
        QVERIFY(intro);
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        QCOMPARE(intro->text(), QStringLiteral("Key <b>x</b> was created."));
    }

    void finishNeedsTheStoredBox()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto* finish = child<QPushButton>(dialog.get(), "finishButton");
        auto* stored = child<QCheckBox>(dialog.get(), "storedCheckBox");
        QVERIFY(finish);
        QVERIFY(stored);
        QVERIFY(!stored->isChecked());
        QVERIFY(!finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);

        stored->click();
        QVERIFY(finish->isEnabled());
        stored->click();
        QVERIFY(!finish->isEnabled());
        stored->click();
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
    }

    void escapeAsksBeforeLosingTheSecret()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const int asked = Confirmation::askedCount();

        Confirmation::setNextAnswer(false);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        const Confirmation::Question question = Confirmation::lastQuestion();
        QVERIFY(question.destructive);
        QCOMPARE(question.text, QStringLiteral("Close without storing the secret?"));
        QVERIFY(question.informativeText.contains(QStringLiteral("cannot be shown again")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(secretEdit(dialog.get())->text(), secret());

        Confirmation::setNextAnswer(true);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(Confirmation::askedCount(), asked + 2);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(secretEdit(dialog.get())->text().isEmpty());
        QVERIFY(dialog->takeSecretForKeychain().isEmpty()); // abandoned, even with the keychain box ticked
    }

    void closingTheWindowAsks()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const int asked = Confirmation::askedCount();

        Confirmation::setNextAnswer(false);
        QVERIFY(!dialog->close()); // the window manager's close button and Alt+F4 end up here
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QVERIFY(dialog->isVisible());

        Confirmation::setNextAnswer(true);
        QVERIFY(dialog->close());
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }

    void onceStoredClosingDoesNotAsk()
    {
        ClipboardService clipboard;
        for (const bool useEscape : { true, false }) {
            auto dialog = makeDialog(&clipboard);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            child<QCheckBox>(dialog.get(), "storedCheckBox")->setChecked(true);
            const int asked = Confirmation::askedCount();
            // Were it asked anyway, this answer would keep the dialog open.
            Confirmation::setNextAnswer(false);
            if (useEscape)
                QTest::keyClick(dialog.get(), Qt::Key_Escape);
            else
                QVERIFY(dialog->close());
            QCOMPARE(Confirmation::askedCount(), asked);
            QVERIFY(!dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            Confirmation::clearNextAnswer();
        }
    }

    void copySecretGoesThroughTheService()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto* copy = child<QPushButton>(dialog.get(), "copySecretButton");
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret());
        QCOMPARE(passwordManagerHint(), QByteArrayLiteral("secret"));
        QVERIFY(clipboard.isCountingDown());
        QVERIFY(clipboard.holdsOurValue());
        // The countdown shows in the dialog too, since it hides the main window's status bar.
        auto* status = child<QLabel>(dialog.get(), "clipboardStatusLabel");
        QVERIFY(status);
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
    }

    void copySidIsPlainText()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        auto* copy = child<QPushButton>(dialog.get(), "copySidButton");
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), sid());
        QVERIFY(passwordManagerHint().isEmpty());
        QVERIFY(!clipboard.isCountingDown());
    }

    void withoutAClipboardServiceNothingCopies()
    {
        auto dialog = makeDialog(nullptr);
        QVERIFY(!child<QPushButton>(dialog.get(), "copySecretButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog.get(), "copySidButton")->isEnabled());
        child<QPushButton>(dialog.get(), "copySecretButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    }

    void keychainBoxFollowsAvailability()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        auto* keep = child<QCheckBox>(dialog.get(), "keepInKeychainCheckBox");
        QVERIFY(keep);
        QVERIFY(keep->isChecked());
        QVERIFY(keep->isEnabled());
        QVERIFY(dialog->keepInKeychain());

        dialog->setKeychainAvailable(false);
        QVERIFY(!keep->isChecked());
        QVERIFY(!keep->isEnabled());
        QVERIFY(keep->toolTip().contains(QStringLiteral("keychain")));
        QVERIFY(!dialog->keepInKeychain());

        dialog->setKeychainAvailable(true);
        QVERIFY(keep->isChecked());
        keep->setChecked(false);
        QVERIFY(!dialog->keepInKeychain());
        QVERIFY(keep->toolTip().isEmpty());
    }

    void keychainBoxCanBeHidden()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->setKeepInKeychainVisible(false);
        QVERIFY(child<QCheckBox>(dialog.get(), "keepInKeychainCheckBox")->isHidden());
        QVERIFY(!dialog->keepInKeychain());
        dialog->setKeepInKeychainVisible(true);
        QVERIFY(dialog->keepInKeychain());
    }

    void finishHandsTheSecretToTheKeychainOnce()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->show();
        child<QCheckBox>(dialog.get(), "storedCheckBox")->setChecked(true);
        child<QPushButton>(dialog.get(), "finishButton")->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->keepInKeychain());
        QVERIFY(secretEdit(dialog.get())->text().isEmpty()); // no longer on screen

        const SecretBytes taken = dialog->takeSecretForKeychain();
        QVERIFY(taken.equals(secret().toUtf8()));
        QVERIFY(dialog->takeSecretForKeychain().isEmpty());
        QVERIFY(!child<QPushButton>(dialog.get(), "copySecretButton")->isEnabled());
    }

    void keychainStoreRunsBeforeTheDialogCloses()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        std::function<void(bool, const QString&)> answer;
        QByteArray handed;
        dialog->setKeychainStore([&](SecretBytes secret, std::function<void(bool, const QString&)> done) {
            handed = QByteArray(secret.view().data(), secret.view().size());
            answer = std::move(done);
        });
        dialog->show();
        child<QCheckBox>(dialog.get(), "storedCheckBox")->setChecked(true);
        child<QPushButton>(dialog.get(), "finishButton")->click();
        // Still open while the keychain works; Finish and Esc wait for it.
        QVERIFY(answer);
        QCOMPARE(handed, secret().toUtf8());
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QPushButton>(dialog.get(), "finishButton")->isEnabled());
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());

        // Refused: the dialog stays, says why, unticks "keep", and the secret is still there to copy.
        answer(false, QStringLiteral("The collection is locked."));
        QVERIFY(dialog->isVisible());
        auto* error = child<QLabel>(dialog.get(), "keychainErrorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(error->text().contains(QStringLiteral("The collection is locked.")));
        QVERIFY(!child<QCheckBox>(dialog.get(), "keepInKeychainCheckBox")->isChecked());
        QCOMPARE(secretEdit(dialog.get())->text(), secret());
        QVERIFY(!dialog->storedInKeychain());

        // Ticked again and stored: the dialog closes and holds nothing.
        child<QCheckBox>(dialog.get(), "keepInKeychainCheckBox")->setChecked(true);
        answer = nullptr;
        child<QPushButton>(dialog.get(), "finishButton")->click();
        QVERIFY(answer);
        answer(true, {});
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->storedInKeychain());
        QVERIFY(dialog->takeSecretForKeychain().isEmpty());
    }

    void closingAfterStoredAndKeepIsFinishing()
    {
        // "I have stored it" and "keep in my keychain" ticked, then Esc: the secret is still kept.
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        int stores = 0;
        dialog->setKeychainStore([&](SecretBytes, std::function<void(bool, const QString&)> done) {
            ++stores;
            done(true, {});
        });
        dialog->show();
        child<QCheckBox>(dialog.get(), "storedCheckBox")->setChecked(true);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(stores, 1);
        QVERIFY(dialog->storedInKeychain());
        QVERIFY(!dialog->isVisible());
    }

    void takingTheSecretEmptiesTheField()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        const SecretBytes taken = dialog->takeSecretForKeychain();
        QVERIFY(taken.equals(secret().toUtf8()));
        QVERIFY(secretEdit(dialog.get())->text().isEmpty());
    }

    void finishWithoutKeychainKeepsNothing()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->setKeychainAvailable(false);
        child<QCheckBox>(dialog.get(), "storedCheckBox")->setChecked(true);
        child<QPushButton>(dialog.get(), "finishButton")->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->takeSecretForKeychain().isEmpty());
    }

    void destroyingTheDialogEmptiesTheField()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->show();
        SecretLineEdit* edit = secretEdit(dialog.get());
        QSignalSpy textChanged(edit, &QLineEdit::textChanged);
        dialog.reset();
        QVERIFY(!textChanged.isEmpty());
        QCOMPARE(textChanged.last().first().toString(), QString());
    }

    void secretNeverLeavesTheField()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCOMPARE(leaks(dialog.get(), secret()), QStringList());

        secretEdit(dialog.get())->setRevealed(true);
        QCOMPARE(leaks(dialog.get(), secret()), QStringList());

        child<QPushButton>(dialog.get(), "copySecretButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret()); // the copy did happen
        dialog->setKeychainAvailable(false);
        QCOMPARE(leaks(dialog.get(), secret()), QStringList());

        // The check itself finds a secret where it should not be.
        child<QLabel>(dialog.get(), "introLabel")->setText(secret());
        QCOMPARE(leaks(dialog.get(), secret()).size(), 1);
    }

    void controlsAreNamed()
    {
        ClipboardService clipboard;
        auto dialog = makeDialog(&clipboard);
        QCOMPARE(WidgetLookup::controlsMissingNames(dialog.get()), QStringList());
        for (const char* name : { "sidEdit", "copySidButton", "secretEdit", "copySecretButton",
                                  "keepInKeychainCheckBox", "storedCheckBox", "finishButton" })
            QVERIFY2(child<QWidget>(dialog.get(), name), name);
    }
};

QTEST_MAIN(TestSecretOnceDialog)
#include "tst_secretoncedialog.moc"
