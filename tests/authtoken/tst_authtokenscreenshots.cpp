// Renders the Auth Token page in the main window, against a real keydesk-sandbox process, into
// <build>/screenshots/authtoken-page.png (a secondary token just created, so the steps, the inline
// result and the state line all show), plus the promote confirmation. Works offscreen and under xvfb-run.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "Screenshot.h"
#include "api/ApiClient.h"
#include "authtoken/AuthTokenPage.h"
#include "common/Confirmation.h"
#include "common/InlineMessage.h"
#include "common/SecretOnceDialog.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <memory>

class TestAuthTokenScreenshots : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    void save(QWidget* window, const QString& name, QSize size) { saveScreenshot(window, m_dir, name, size); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = QDir(QStringLiteral(KEYDESK_SCREENSHOT_DIR));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_client = sandboxClient(*m_sandbox);
    }

    void pageAfterCreatingTheSecondary()
    {
        MainWindow window;
        auto* page = new AuthTokenPage(m_client.get(), window.clipboardService());
        window.setPageWidget(MainWindow::Page::AuthToken, page);
        window.addPageMenu(MainWindow::Page::AuthToken, page->authTokenMenu());
        window.showPage(MainWindow::Page::AuthToken);
        window.setConnectionText(QStringLiteral("Sandbox account %1").arg(m_sandbox->accountSid()));
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        page->findChild<QPushButton*>(QStringLiteral("createSecondaryButton"))->click();
        SecretOnceDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = page->findChild<SecretOnceDialog*>(QStringLiteral("secretOnceDialog")))
                && dialog->isVisible(),
            30000);
        save(dialog, QStringLiteral("authtoken-secret-once.png"),
             dialog->sizeHint().expandedTo(QSize(620, 380)));
        dialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->click();
        QPointer<SecretOnceDialog> guard(dialog);
        dialog->findChild<QAbstractButton*>(QStringLiteral("finishButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->message()->kind() == InlineMessage::Kind::Success,
                                 30000);
        save(&window, QStringLiteral("authtoken-page.png"), QSize(1200, 760));
    }

    void promoteConfirmation()
    {
        // The question the page asks, rendered without answering it.
        MainWindow window;
        auto* page = new AuthTokenPage(m_client.get(), window.clipboardService());
        window.setPageWidget(MainWindow::Page::AuthToken, page);
        Confirmation::setNextAnswer(false);
        page->promoteSecondary();
        std::unique_ptr<QMessageBox> box(Confirmation::create(nullptr, Confirmation::lastQuestion()));
        box->show();
        QVERIFY(QTest::qWaitForWindowExposed(box.get()));
        save(box.get(), QStringLiteral("authtoken-promote-confirmation.png"),
             box->sizeHint().expandedTo(QSize(520, 200)));
    }
};

QTEST_MAIN(TestAuthTokenScreenshots)
#include "tst_authtokenscreenshots.moc"
