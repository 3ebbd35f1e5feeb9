// Renders each token workbench page with realistic content into <build>/screenshots/*.png
// (QWidget::grab at 1200×760, and one at the 1024×640 minimum). Works offscreen and under xvfb-run.
#include "Screenshot.h"
#include "TokenVectors.h"
#include "common/ClipboardService.h"
#include "shell/MainWindow.h"
#include "token/TokenBuilderPage.h"
#include "token/TokenInspectorPage.h"
#include "token/WebhooksPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

class TestTokenScreenshots : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;
    QDir m_dir;
    FixedClock m_clock { 1700000000 + 12 * 60 + 5 };

    void save(QWidget* window, const QString& name, QSize size = QSize(1200, 760))
    {
        saveScreenshot(window, m_dir, name, size, 10000, true);
    }

    template<typename T> T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    TokenInspectorPage* inspector(MainWindow& window)
    {
        auto* page = new TokenInspectorPage(window.clipboardService(), m_clock);
        window.setPageWidget(MainWindow::Page::TokenInspector, page);
        window.showPage(MainWindow::Page::TokenInspector);
        return page;
    }

private slots:
    void initTestCase()
    {
        m_vectors = TokenVectors::load();
        QVERIFY(!m_vectors.isEmpty());
        m_dir = QDir(QStringLiteral(KEYDESK_SCREENSHOT_DIR));
        QVERIFY(m_dir.mkpath(QStringLiteral(".")));
    }

    void inspectorVerified()
    {
        MainWindow window;
        TokenInspectorPage* page = inspector(window);
        const QString token
            = TokenVectors::accessToken(m_vectors, QStringLiteral("multi_grant_region_nbf_maxttl"))
                  .value(QStringLiteral("token"))
                  .toString();
        page->setToken(QStringLiteral("Authorization: Bearer ") + token.left(150) + QStringLiteral("\n")
                       + token.mid(150));
        child<QLineEdit>(page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "apiSecret"));
        save(&window, QStringLiteral("inspector-claims.png"));
        save(&window, QStringLiteral("inspector-1024x640.png"), QSize(1024, 640));
        window.resize(1200, 760);
        child<QTabWidget>(page, "decodedTabs")->setCurrentIndex(1);
        save(&window, QStringLiteral("inspector-grants.png"));
        child<QTabWidget>(page, "decodedTabs")->setCurrentIndex(2);
        save(&window, QStringLiteral("inspector-json.png"));
    }

    void inspectorProblems()
    {
        MainWindow window;
        TokenInspectorPage* page = inspector(window);
        const QString token = TokenVectors::accessToken(m_vectors, QStringLiteral("hs512_algorithm"))
                                  .value(QStringLiteral("token"))
                                  .toString();
        m_clock.setCurrentSecsSinceEpoch(1700000000 + 3 * 3600 + 120);
        page->setToken(token);
        child<QLineEdit>(page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "wrongSecret"));
        save(&window, QStringLiteral("inspector-invalid-expired.png"));
        m_clock.setCurrentSecsSinceEpoch(1700000000 + 12 * 60 + 5);
    }

    void inspectorMalformed()
    {
        MainWindow window;
        TokenInspectorPage* page = inspector(window);
        QString token = TokenVectors::accessToken(m_vectors, QStringLiteral("voice_full"))
                            .value(QStringLiteral("token"))
                            .toString();
        token.insert(token.indexOf(u'.') + 40, u'+');
        page->setToken(QStringLiteral("\"") + token + QStringLiteral("\""));
        save(&window, QStringLiteral("inspector-malformed.png"));
    }

    void inspectorDark()
    {
        MainWindow window;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        window.setPalette(dark);
        TokenInspectorPage* page = inspector(window);
        const QString token = TokenVectors::accessToken(m_vectors, QStringLiteral("voice_full"))
                                  .value(QStringLiteral("token"))
                                  .toString();
        page->setToken(QStringLiteral("Bearer ") + token);
        child<QLineEdit>(page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "apiSecret"));
        child<QTabWidget>(page, "decodedTabs")->setCurrentIndex(2);
        save(&window, QStringLiteral("inspector-dark.png"));
    }

    void builder()
    {
        for (const QSize size : { QSize(1200, 760), QSize(1024, 640) }) {
            MainWindow window;
            auto* page = new TokenBuilderPage(window.clipboardService(), m_clock);
            window.setPageWidget(MainWindow::Page::TokenBuilder, page);
            window.showPage(MainWindow::Page::TokenBuilder);
            child<QLineEdit>(page, "accountSidEdit")
                ->setText(TokenVectors::credential(m_vectors, "accountSid"));
            child<QLineEdit>(page, "keySidEdit")->setText(TokenVectors::credential(m_vectors, "apiKeySid"));
            child<QLineEdit>(page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "apiSecret"));
            child<QLineEdit>(page, "identityEdit")->setText(QStringLiteral("alice"));
            child<QSpinBox>(page, "ttlSpin")->setValue(5400);
            child<QComboBox>(page, "regionCombo")->setCurrentIndex(2);
            child<QGroupBox>(page, "voiceGroup")->setChecked(true);
            child<QCheckBox>(page, "voiceIncomingCheck")->setChecked(true);
            child<QLineEdit>(page, "voiceAppSidEdit")
                ->setText(QStringLiteral("AP00112233445566778899aabbccddeeff"));
            child<QLineEdit>(page, "voiceParamsEdit")->setText(QStringLiteral("{\"queue\":\"support\"}"));
            child<QLineEdit>(page, "voicePushCredentialSidEdit")
                ->setText(QStringLiteral("CR0011223344556677"));
            child<QGroupBox>(page, "videoGroup")->setChecked(true);
            child<QLineEdit>(page, "videoRoomEdit")->setText(QStringLiteral("standup"));
            save(&window,
                 size.width() == 1200 ? QStringLiteral("builder-sid-hint.png")
                                      : QStringLiteral("builder-1024x640.png"),
                 size);
            child<QLineEdit>(page, "voicePushCredentialSidEdit")
                ->setText(QStringLiteral("CR00112233445566778899aabbccddeeff"));
            if (size.width() == 1200)
                save(&window, QStringLiteral("builder.png"), size);
        }
    }

    void webhooks()
    {
        MainWindow window;
        auto* page = new WebhooksPage(window.clipboardService());
        window.setPageWidget(MainWindow::Page::Webhooks, page);
        window.showPage(MainWindow::Page::Webhooks);
        const QJsonObject v = TokenVectors::webhook(m_vectors, QStringLiteral("form_post"));
        child<QLineEdit>(page, "urlEdit")->setText(v.value(QStringLiteral("url")).toString());
        WebhookSignature::Params params;
        const QJsonObject p = v.value(QStringLiteral("params")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            params.append({ it.key(), it.value().toString() });
        page->setParams(params);
        child<QLineEdit>(page, "authTokenEdit")->setText(v.value(QStringLiteral("authToken")).toString());
        child<QLineEdit>(page, "receivedSignatureEdit")
            ->setText(QStringLiteral("EpDEmp1PyjDYp77YxYU3GILBWzE="));
        save(&window, QStringLiteral("webhooks-form.png"));

        const QJsonObject j = TokenVectors::webhook(m_vectors, QStringLiteral("json_body_bodySHA256"));
        child<QLineEdit>(page, "urlEdit")->setText(j.value(QStringLiteral("url")).toString());
        child<QRadioButton>(page, "jsonBodyRadio")->setChecked(true);
        child<QPlainTextEdit>(page, "jsonBodyEdit")
            ->setPlainText(j.value(QStringLiteral("body")).toString() + u' ');
        child<QLineEdit>(page, "receivedSignatureEdit")
            ->setText(j.value(QStringLiteral("signature")).toString());
        save(&window, QStringLiteral("webhooks-json.png"));
    }
};

QTEST_MAIN(TestTokenScreenshots)
#include "tst_tokenscreenshots.moc"
