// The token pages inside the real MainWindow: installed, "Open in Inspector" switches page and loads
// the token, and the clipboard countdown reaches the status bar.
#include "TokenVectors.h"
#include "common/ClipboardService.h"
#include "shell/MainWindow.h"
#include "token/TokenBuilderPage.h"
#include "token/TokenInspectorPage.h"
#include "token/WebhooksPage.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

class TestTokenWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void pagesAreInstalled()
    {
        MainWindow window;
        QVERIFY(qobject_cast<TokenBuilderPage*>(window.pageWidget(MainWindow::Page::TokenBuilder)));
        QVERIFY(qobject_cast<TokenInspectorPage*>(window.pageWidget(MainWindow::Page::TokenInspector)));
        QVERIFY(qobject_cast<WebhooksPage*>(window.pageWidget(MainWindow::Page::Webhooks)));
        QVERIFY(window.clipboardService());
    }

    void openInInspector()
    {
        const QJsonObject vectors = TokenVectors::load();
        MainWindow window;
        window.resize(1024, 640);
        window.show();
        window.activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Page::TokenBuilder);
        QWidget* builder = window.pageWidget(MainWindow::Page::TokenBuilder);
        builder->findChild<QLineEdit*>(QStringLiteral("accountSidEdit"))
            ->setText(TokenVectors::credential(vectors, "accountSid"));
        builder->findChild<QLineEdit*>(QStringLiteral("keySidEdit"))
            ->setText(TokenVectors::credential(vectors, "apiKeySid"));
        builder->findChild<QLineEdit*>(QStringLiteral("secretEdit"))
            ->setText(TokenVectors::credential(vectors, "apiSecret"));
        builder->findChild<QLineEdit*>(QStringLiteral("identityEdit"))->setText(QStringLiteral("alice"));
        const QString token = qobject_cast<TokenBuilderPage*>(builder)->token();
        QVERIFY(!token.isEmpty());

        QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("openInInspectorButton")),
                          Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::TokenInspector);
        auto* inspector
            = qobject_cast<TokenInspectorPage*>(window.pageWidget(MainWindow::Page::TokenInspector));
        QCOMPARE(inspector->tokenText(), token);
        QVERIFY(inspector->result().ok());
        QVERIFY(inspector->isVisible());
        QVERIFY(!builder->isVisible());

        // The same shortcut means "copy token" on whichever page is shown; the countdown goes to the status
        // bar.
        window.clipboardService()->setClearTimeout(60000);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Clipboard clears in")));
    }

    void closingClearsOurClipboard()
    {
        {
            MainWindow window;
            window.clipboardService()->copySecret(QStringLiteral("secret"));
            QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("secret"));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestTokenWorkbench)
#include "tst_tokenworkbench.moc"
