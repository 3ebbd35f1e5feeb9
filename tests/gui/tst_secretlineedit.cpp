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

// Copy and Cut of a revealed secret (finding 3): through the clipboard service, or not at all; and
// nothing left in X11's PRIMARY selection (those cases run under xcb: tst_secretlineedit_xvfb).
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
