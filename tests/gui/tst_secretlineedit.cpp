#include "common/ClipboardService.h"
#include "common/SecretLineEdit.h"
#include "token/TokenEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

// Copy and Cut of a revealed secret (issue 3 finding 3): through the clipboard service, or not at all; and
// nothing left in X11's PRIMARY selection (those cases run under xcb: tst_secretlineedit_xvfb).
// No undo history that could bring back a removed secret (issue 9 finding 3).
class TestSecretLineEdit : public QObject
{
    Q_OBJECT

private:
    static QString secret() { return QStringLiteral("s3cr3t-api-key-value"); }

    static QByteArray hint()
    {
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        return mime ? mime->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
    }

    // Opens the field's context menu and returns it (a popup; closed by the caller).
    static QMenu* openContextMenu(SecretLineEdit* edit)
    {
        const QPoint pos = edit->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, edit->mapToGlobal(pos));
        QApplication::sendEvent(edit, &event);
        return qobject_cast<QMenu*>(QApplication::activePopupWidget());
    }

private slots:
    void init() { QGuiApplication::clipboard()->setText(QStringLiteral("before")); }

    void revealedCopyIsASecretCopyThatClears()
    {
        ClipboardService service;
        service.setClearTimeout(150);
        QSignalSpy cleared(&service, &ClipboardService::cleared);
        SecretLineEdit edit;
        edit.setClipboardService(&service);
        edit.setText(secret());
        edit.setRevealed(true);
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(edit.selectedText(), secret());
        QTest::keyClick(&edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret());
        QCOMPARE(hint(), QByteArrayLiteral("secret"));
        QVERIFY(service.isCountingDown());
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(edit.text(), secret());
    }

    void revealedCutCopiesAsSecretAndRemoves()
    {
        ClipboardService service;
        SecretLineEdit edit;
        edit.setClipboardService(&service);
        edit.setText(secret());
        edit.setRevealed(true);
        edit.setSelection(0, 6);
        QTest::keySequence(&edit, QKeySequence(QKeySequence::Cut));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("s3cr3t"));
        QCOMPARE(hint(), QByteArrayLiteral("secret"));
        QVERIFY(service.isCountingDown());
        QCOMPARE(edit.text(), secret().mid(6));
    }

    void withoutAServiceCopyIsRefused()
    {
        SecretLineEdit edit;
        QSignalSpy refused(&edit, &SecretLineEdit::copyRefused);
        edit.setText(secret());
        edit.setRevealed(true);
        edit.selectAll();
        QTest::keySequence(&edit, QKeySequence(QKeySequence::Copy));
        QTest::keySequence(&edit, QKeySequence(QKeySequence::Cut));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(refused.count(), 2);
        QVERIFY(!refused.first().first().toString().isEmpty());
        QCOMPARE(edit.text(), secret()); // Cut refused: nothing lost either
    }

    void maskedCopyCopiesNothing()
    {
        ClipboardService service;
        SecretLineEdit edit;
        edit.setClipboardService(&service);
        edit.setText(secret());
        edit.selectAll();
        QTest::keySequence(&edit, QKeySequence(QKeySequence::Copy));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(!service.isCountingDown());
    }

    void revealingDropsTheSelection()
    {
        SecretLineEdit edit;
        edit.setText(secret());
        edit.selectAll();
        edit.setRevealed(true);
        QVERIFY(!edit.hasSelectedText());
        QVERIFY(edit.inputMethodHints() & Qt::ImhSensitiveData);
    }

    void contextMenuCopyGoesThroughTheService()
    {
        ClipboardService service;
        service.setClearTimeout(150);
        QSignalSpy cleared(&service, &ClipboardService::cleared);
        SecretLineEdit edit;
        edit.setClipboardService(&service);
        edit.setText(secret());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setRevealed(true);
        edit.selectAll();
        QMenu* menu = openContextMenu(&edit);
        QVERIFY(menu);
        QAction* copy = nullptr;
        for (QAction* action : menu->actions())
            copy = action->objectName() == u"edit-copy" ? action : copy;
        QVERIFY(copy);
        QCOMPARE(menu->findChildren<QAction*>(QStringLiteral("edit-copy")).size(), 1);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        menu->close();
        QCOMPARE(QGuiApplication::clipboard()->text(), secret());
        QCOMPARE(hint(), QByteArrayLiteral("secret"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void deleteToEndOfLineCopiesNothing()
    {
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(QKeySequence::DeleteEndOfLine);
        if (bindings.isEmpty())
            QSKIP("This platform's key scheme has no Delete to End of Line");
        SecretLineEdit edit;
        edit.setText(secret());
        edit.setRevealed(true);
        edit.setCursorPosition(6);
        QTest::keySequence(&edit, bindings.first());
        QCOMPARE(edit.text(), QStringLiteral("s3cr3t"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    }

    void selectingDoesNotPublishToPrimary()
    {
        QClipboard* clipboard = QGuiApplication::clipboard();
        if (!clipboard->supportsSelection())
            QSKIP("No PRIMARY selection on this platform (run under xcb to check it)");
        clipboard->setText(QStringLiteral("primary before"), QClipboard::Selection);
        SecretLineEdit edit;
        edit.resize(300, edit.sizeHint().height());
        edit.setText(secret());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setRevealed(true);
        // Keyboard selection, then a mouse drag across the text.
        edit.setCursorPosition(0);
        QTest::keyClick(&edit, Qt::Key_End, Qt::ShiftModifier);
        QVERIFY(edit.hasSelectedText());
        QVERIFY(clipboard->text(QClipboard::Selection) != secret());
        const int y = edit.height() / 2;
        QTest::mousePress(&edit, Qt::LeftButton, {}, QPoint(4, y));
        QTest::mouseMove(&edit, QPoint(edit.width() - 4, y));
        QTest::mouseRelease(&edit, Qt::LeftButton, {}, QPoint(edit.width() - 4, y));
        QVERIFY(!clipboard->text(QClipboard::Selection).contains(QStringLiteral("s3cr3t")));
    }

    // Issue 9 finding 3: QLineEdit keeps what was typed, deleted or replaced in its undo history; once
    // revealed, no way of asking for Undo or Redo may bring a wiped, cleared or replaced secret back.
    void undoNeverBringsBackARemovedSecret_data()
    {
        QTest::addColumn<QString>("removal");
        QTest::addColumn<bool>("typedRevealed");
        for (const char* removal :
             { "wipe", "clear", "setText", "typeOver", "selectAllBackspace", "backspaces" }) {
            QTest::addRow("%s, typed masked", removal) << QString::fromLatin1(removal) << false;
            QTest::addRow("%s, typed revealed", removal) << QString::fromLatin1(removal) << true;
        }
    }

    void undoNeverBringsBackARemovedSecret()
    {
        QFETCH(QString, removal);
        QFETCH(bool, typedRevealed);
        const QString old = secret();
        const QString fragment = old.left(6);
        SecretLineEdit edit;
        edit.resize(300, edit.sizeHint().height());
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setRevealed(typedRevealed);
        QTest::keyClicks(&edit, old);
        QCOMPARE(edit.text(), old);

        if (removal == u"wipe") {
            edit.wipe();
        } else if (removal == u"clear") {
            edit.clear();
        } else if (removal == u"setText") {
            edit.setText(QStringLiteral("replacement"));
        } else if (removal == u"typeOver") {
            QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(&edit, QStringLiteral("new"));
        } else if (removal == u"selectAllBackspace") {
            QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(&edit, Qt::Key_Backspace);
        } else {
            for (int i = 0; i < old.size(); ++i)
                QTest::keyClick(&edit, Qt::Key_Backspace);
        }
        QVERIFY(!edit.text().contains(fragment));
        const QString after = edit.text();

        edit.setRevealed(true);
        auto gone = [&] {
            return !edit.text().contains(fragment) && !edit.displayText().contains(fragment);
        };
        for (int round = 0; round < 3; ++round) {
            QTest::keySequence(&edit, QKeySequence(QKeySequence::Undo));
            QVERIFY2(gone(), "Undo brought the old secret back");
            QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY2(gone(), "Ctrl+Z brought the old secret back");
            QTest::keyClick(&edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY2(gone(), "Ctrl+Shift+Z brought the old secret back");
            QTest::keyClick(&edit, Qt::Key_Y, Qt::ControlModifier);
            QVERIFY2(gone(), "Ctrl+Y brought the old secret back");
            QTest::keySequence(&edit, QKeySequence(QKeySequence::Redo));
            QVERIFY2(gone(), "Redo brought the old secret back");
            edit.undo();
            QVERIFY2(gone(), "undo() brought the old secret back");
            edit.redo();
            QVERIFY2(gone(), "redo() brought the old secret back");
        }

        // The context menu offers neither (an Edit menu's Undo and Redo end up in the same slots, above).
        QMenu* menu = openContextMenu(&edit);
        QVERIFY(menu);
        QVERIFY(!menu->actions().isEmpty());
        for (QAction* action : menu->actions()) {
            const QString shown = action->text().section(u'\t', 0, 0);
            const bool undoOrRedo = action->objectName() == u"edit-undo"
                || action->objectName() == u"edit-redo"
                || shown == QCoreApplication::translate("QLineEdit", "&Undo")
                || shown == QCoreApplication::translate("QLineEdit", "&Redo");
            if (undoOrRedo) {
                action->trigger();
                QVERIFY2(gone(), "the context menu's Undo or Redo brought the old secret back");
                QFAIL("the context menu offers Undo or Redo");
            }
        }
        QVERIFY(!menu->actions().constFirst()->isSeparator());
        menu->close();
        QCOMPARE(edit.text(), after);
        QVERIFY(!edit.isUndoAvailable());
        QVERIFY(!edit.isRedoAvailable());
    }

    void typingAndEditingStillWork()
    {
        SecretLineEdit edit;
        QSignalSpy edited(&edit, &QLineEdit::textEdited);
        QTest::keyClicks(&edit, QStringLiteral("abcdef"));
        QCOMPARE(edit.text(), QStringLiteral("abcdef"));
        QCOMPARE(edited.count(), 6);
        QTest::keyClick(&edit, Qt::Key_Left);
        QTest::keyClick(&edit, Qt::Key_Left);
        QTest::keyClicks(&edit, QStringLiteral("XY"));
        QCOMPARE(edit.text(), QStringLiteral("abcdXYef"));
        QCOMPARE(edit.cursorPosition(), 6);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.text(), QStringLiteral("abcdXef"));
        QCOMPARE(edit.cursorPosition(), 5);
        edit.setRevealed(true);
        QTest::keyClick(&edit, Qt::Key_Home, Qt::ShiftModifier);
        QCOMPARE(edit.selectedText(), QStringLiteral("abcdX"));
        QTest::keyClick(&edit, Qt::Key_Delete);
        QCOMPARE(edit.text(), QStringLiteral("ef"));
        QCOMPARE(edit.cursorPosition(), 0);
    }

    void tokenFieldCopiesAreMarkedEvenWithoutAService()
    {
        TokenEdit edit;
        edit.setPlainText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"));
        edit.selectAll();
        QTest::keyClick(&edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), edit.toPlainText());
        QCOMPARE(hint(), QByteArrayLiteral("secret"));
    }

    void tokenFieldSelectionDoesNotReachPrimary()
    {
        QClipboard* clipboard = QGuiApplication::clipboard();
        if (!clipboard->supportsSelection())
            QSKIP("No PRIMARY selection on this platform (run under xcb to check it)");
        clipboard->setText(QStringLiteral("primary before"), QClipboard::Selection);
        ClipboardService service;
        TokenEdit edit;
        edit.setClipboardService(&service);
        edit.setReadOnly(true);
        edit.resize(400, 120);
        edit.setPlainText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QWidget* viewport = edit.viewport();
        const QPoint from(4, 8);
        const QPoint to(viewport->width() - 4, viewport->height() - 4);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY(edit.textCursor().hasSelection());
        QVERIFY(!clipboard->text(QClipboard::Selection).contains(QStringLiteral("eyJ")));
    }
};

QTEST_MAIN(TestSecretLineEdit)
#include "tst_secretlineedit.moc"
