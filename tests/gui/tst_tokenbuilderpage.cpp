#include "TokenVectors.h"
#include "common/ClipboardService.h"
#include "token/Grants.h"
#include "token/TokenBuilderPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestTokenBuilderPage : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

    template<typename T> static T* child(QWidget* page, const char* name)
    {
        T* w = page->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    void fillKey(QWidget* page, const QString& identity)
    {
        QTest::keyClicks(child<QLineEdit>(page, "accountSidEdit"),
                         TokenVectors::credential(m_vectors, "accountSid"));
        QTest::keyClicks(child<QLineEdit>(page, "keySidEdit"),
                         TokenVectors::credential(m_vectors, "apiKeySid"));
        QTest::keyClicks(child<QLineEdit>(page, "secretEdit"),
                         TokenVectors::credential(m_vectors, "apiSecret"));
        QTest::keyClicks(child<QLineEdit>(page, "identityEdit"), identity);
    }

    QString vectorToken(const QString& name) const
    {
        return TokenVectors::accessToken(m_vectors, name).value(QStringLiteral("token")).toString();
    }

    static void set(QWidget* page, const char* name, const QString& text)
    {
        QLineEdit* edit = child<QLineEdit>(page, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static bool hintShown(QWidget* page, const char* name)
    {
        return child<QLabel>(page, name)->isVisibleTo(page);
    }

private slots:
    void initTestCase()
    {
        m_vectors = TokenVectors::load();
        QVERIFY2(!m_vectors.isEmpty(), qPrintable(TokenVectors::path()));
    }

    // The builder reproduces Twilio's node library byte for byte.
    void reproducesVoiceFull()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        fillKey(&page, QStringLiteral("alice"));
        child<QGroupBox>(&page, "voiceGroup")->setChecked(true);
        child<QCheckBox>(&page, "voiceIncomingCheck")->setChecked(true);
        set(&page, "voiceAppSidEdit", QStringLiteral("AP00112233445566778899aabbccddeeff"));
        set(&page, "voiceParamsEdit", QStringLiteral("{\"agent\":\"alice\",\"queue\":\"support\"}"));
        set(&page, "voicePushCredentialSidEdit", QStringLiteral("CR00112233445566778899aabbccddeeff"));
        set(&page, "voiceEndpointIdEdit", QStringLiteral("alice-desktop-01"));
        QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join(u'\n')));
        QCOMPARE(page.token(), vectorToken(QStringLiteral("voice_full")));
        QCOMPARE(child<QPlainTextEdit>(&page, "tokenOutput")->toPlainText(), page.token());
    }

    void reproducesMultiGrantRegionNbf()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        fillKey(&page, QStringLiteral("ivan"));
        child<QSpinBox>(&page, "ttlSpin")->setValue(86400);
        child<QCheckBox>(&page, "nbfCheck")->setChecked(true);
        child<QDateTimeEdit>(&page, "nbfEdit")->setDateTime(QDateTime::fromSecsSinceEpoch(1699999940));
        auto* region = child<QComboBox>(&page, "regionCombo");
        region->setCurrentIndex(region->findData(QStringLiteral("ie1")));
        child<QGroupBox>(&page, "voiceGroup")->setChecked(true);
        child<QCheckBox>(&page, "voiceIncomingCheck")->setChecked(true);
        set(&page, "voiceAppSidEdit", QStringLiteral("AP00112233445566778899aabbccddeeff"));
        child<QGroupBox>(&page, "videoGroup")->setChecked(true);
        set(&page, "videoRoomEdit", QStringLiteral("Room-1"));
        child<QGroupBox>(&page, "chatGroup")->setChecked(true);
        set(&page, "chatServiceSidEdit", QStringLiteral("IS00112233445566778899aabbccddeeff"));
        child<QGroupBox>(&page, "syncGroup")->setChecked(true);
        set(&page, "syncServiceSidEdit", QStringLiteral("ISffeeddccbbaa99887766554433221100"));
        QCOMPARE(page.token(), vectorToken(QStringLiteral("multi_grant_region_nbf_maxttl")));
    }

    void reproducesSingleGrantVectors()
    {
        FixedClock clock(1700000000);
        {
            TokenBuilderPage page(nullptr, clock);
            fillKey(&page, QStringLiteral("erin@example.com"));
            child<QSpinBox>(&page, "ttlSpin")->setValue(7200);
            child<QGroupBox>(&page, "chatGroup")->setChecked(true);
            set(&page, "chatServiceSidEdit", QStringLiteral("IS00112233445566778899aabbccddeeff"));
            set(&page, "chatEndpointIdEdit", QStringLiteral("erin:desktop:qt6"));
            set(&page, "chatDeploymentRoleSidEdit", QStringLiteral("RL00112233445566778899aabbccddeeff"));
            set(&page, "chatPushCredentialSidEdit", QStringLiteral("CR00112233445566778899aabbccddeeff"));
            QCOMPARE(page.token(), vectorToken(QStringLiteral("chat_full")));
        }
        {
            TokenBuilderPage page(nullptr, clock);
            fillKey(&page, QStringLiteral("grace"));
            child<QGroupBox>(&page, "taskRouterGroup")->setChecked(true);
            set(&page, "taskRouterWorkspaceSidEdit", QStringLiteral("WS00112233445566778899aabbccddeeff"));
            set(&page, "taskRouterWorkerSidEdit", QStringLiteral("WK00112233445566778899aabbccddeeff"));
            set(&page, "taskRouterRoleEdit", QStringLiteral("worker"));
            QCOMPARE(page.token(), vectorToken(QStringLiteral("taskrouter")));
        }
        {
            TokenBuilderPage page(nullptr, clock);
            fillKey(&page, QStringLiteral("heidi"));
            child<QGroupBox>(&page, "playbackGroup")->setChecked(true);
            child<QPlainTextEdit>(&page, "playbackGrantEdit")
                ->setPlainText(
                    QStringLiteral("{\"requestCredentials\": null, \"playbackUrl\": "
                                   "\"https://example.invalid/v1/channel.m3u8\", \"playerStreamerSid\": "
                                   "\"VJ00112233445566778899aabbccddeeff\"}"));
            QCOMPARE(page.token(), vectorToken(QStringLiteral("playback")));
        }
    }

    void everyGrantDecodesBack()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        fillKey(&page, QStringLiteral("zoe_1"));
        const QString sid = QStringLiteral("00112233445566778899aabbccddeeff");
        child<QGroupBox>(&page, "voiceGroup")->setChecked(true);
        child<QCheckBox>(&page, "voiceIncomingCheck")->setChecked(true);
        set(&page, "voiceAppSidEdit", QStringLiteral("AP") + sid);
        set(&page, "voiceParamsEdit", QStringLiteral("{\"b\":1,\"a\":[true,null]}"));
        set(&page, "voicePushCredentialSidEdit", QStringLiteral("CR") + sid);
        set(&page, "voiceEndpointIdEdit", QStringLiteral("zoe-laptop"));
        child<QGroupBox>(&page, "videoGroup")->setChecked(true);
        set(&page, "videoRoomEdit", QStringLiteral("RM") + sid);
        child<QGroupBox>(&page, "chatGroup")->setChecked(true);
        set(&page, "chatServiceSidEdit", QStringLiteral("IS") + sid);
        set(&page, "chatEndpointIdEdit", QStringLiteral("zoe:chat"));
        set(&page, "chatDeploymentRoleSidEdit", QStringLiteral("RL") + sid);
        set(&page, "chatPushCredentialSidEdit", QStringLiteral("CR") + sid);
        child<QGroupBox>(&page, "syncGroup")->setChecked(true);
        set(&page, "syncServiceSidEdit", QStringLiteral("IS") + sid);
        set(&page, "syncEndpointIdEdit", QStringLiteral("zoe:sync"));
        child<QGroupBox>(&page, "taskRouterGroup")->setChecked(true);
        set(&page, "taskRouterWorkspaceSidEdit", QStringLiteral("WS") + sid);
        set(&page, "taskRouterWorkerSidEdit", QStringLiteral("WK") + sid);
        set(&page, "taskRouterRoleEdit", QStringLiteral("supervisor"));
        child<QGroupBox>(&page, "playbackGroup")->setChecked(true);
        child<QPlainTextEdit>(&page, "playbackGrantEdit")
            ->setPlainText(QStringLiteral("{\"playerStreamerSid\":\"VJ") + sid + QStringLiteral("\"}"));
        QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join(u'\n')));

        const JwtParseResult parsed = Jwt::parse(page.token().toLatin1());
        QVERIFY(parsed.ok);
        QVERIFY(Jwt::verify(parsed.parts, TokenVectors::credential(m_vectors, "apiSecret").toUtf8()));

        // The grants, in the node library's layout and order.
        VoiceGrant voice;
        voice.incomingAllow = true;
        voice.outgoingApplicationSid = QStringLiteral("AP") + sid;
        voice.outgoingApplicationParams = *OrderedJson::parse("{\"b\":1,\"a\":[true,null]}");
        voice.pushCredentialSid = QStringLiteral("CR") + sid;
        voice.endpointId = QStringLiteral("zoe-laptop");
        VideoGrant video { QStringLiteral("RM") + sid };
        ChatGrant chat { QStringLiteral("IS") + sid, QStringLiteral("zoe:chat"), QStringLiteral("RL") + sid,
                         QStringLiteral("CR") + sid };
        SyncGrant sync { QStringLiteral("IS") + sid, QStringLiteral("zoe:sync") };
        TaskRouterGrant taskRouter { QStringLiteral("WS") + sid, QStringLiteral("WK") + sid,
                                     QStringLiteral("supervisor") };
        PlaybackGrant playback { *OrderedJson::parse(QByteArray("{\"playerStreamerSid\":\"VJ")
                                                     + sid.toLatin1() + "\"}") };
        OrderedJson expected = OrderedJson::makeObject();
        expected.insert(QStringLiteral("identity"), OrderedJson::fromString(QStringLiteral("zoe_1")));
        for (const Grant& g : { voice.toGrant(), video.toGrant(), chat.toGrant(), sync.toGrant(),
                                taskRouter.toGrant(), playback.toGrant() })
            expected.insert(g.key, g.value);
        const OrderedJson* grants = parsed.parts.payload.find(u"grants");
        QVERIFY(grants);
        QCOMPARE(QString::fromUtf8(grants->toCompact()), QString::fromUtf8(expected.toCompact()));
        QCOMPARE(parsed.parts.payload.find(u"exp")->toInteger().value(), 1700003600);

        // The decoded view shows what the token holds.
        QCOMPARE(child<QPlainTextEdit>(&page, "decodedPayloadView")->toPlainText(),
                 QString::fromUtf8(parsed.parts.payload.toIndented()));
        QCOMPARE(child<QPlainTextEdit>(&page, "decodedHeaderView")->toPlainText(),
                 QString::fromUtf8(parsed.parts.header.toIndented()));

        // Unchecking a grant removes it from the token.
        child<QGroupBox>(&page, "playbackGroup")->setChecked(false);
        QVERIFY(!Jwt::parse(page.token().toLatin1()).parts.payload.find(u"grants")->contains(u"player"));
    }

    void sidValidationInline()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        page.show();
        fillKey(&page, QStringLiteral("alice"));
        QVERIFY(!page.token().isEmpty());
        child<QGroupBox>(&page, "voiceGroup")->setChecked(true);

        auto* app = child<QLineEdit>(&page, "voiceAppSidEdit");
        QTest::keyClicks(app, QStringLiteral("AP0011"));
        QVERIFY(hintShown(&page, "voiceAppSidHint"));
        QVERIFY2(child<QLabel>(&page, "voiceAppSidHint")->text().contains(QStringLiteral("4 digit")),
                 qPrintable(child<QLabel>(&page, "voiceAppSidHint")->text()));
        QVERIFY(page.token().isEmpty());
        QVERIFY(!child<QPushButton>(&page, "copyTokenButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "openInInspectorButton")->isEnabled());

        QTest::keyClicks(app, QStringLiteral("2233445566778899aabbccddeeff"));
        QVERIFY(!hintShown(&page, "voiceAppSidHint"));
        QVERIFY(!page.token().isEmpty());

        app->setText(QStringLiteral("CR00112233445566778899aabbccddeeff"));
        QVERIFY(hintShown(&page, "voiceAppSidHint"));
        QVERIFY2(child<QLabel>(&page, "voiceAppSidHint")->text().startsWith(QStringLiteral("CR is a")),
                 qPrintable(child<QLabel>(&page, "voiceAppSidHint")->text()));
        app->setText(QStringLiteral("AP0011223344556677889Xaabbccddeeff"));
        QVERIFY(
            child<QLabel>(&page, "voiceAppSidHint")->text().contains(QStringLiteral("'X' at position 22")));
        QVERIFY(page.token().isEmpty());

        // A hint in an unchecked grant does not block the token.
        child<QGroupBox>(&page, "voiceGroup")->setChecked(false);
        QVERIFY(!page.token().isEmpty());

        // Account SID problems show under the field.
        set(&page, "accountSidEdit", QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QVERIFY(hintShown(&page, "accountSidHint"));
        QVERIFY(page.token().isEmpty());
        QVERIFY(child<QLabel>(&page, "builderProblemsLabel")->isVisibleTo(&page));

        // Bad params JSON says where.
        set(&page, "accountSidEdit", TokenVectors::credential(m_vectors, "accountSid"));
        child<QGroupBox>(&page, "voiceGroup")->setChecked(true);
        app->setText(QStringLiteral("AP00112233445566778899aabbccddeeff"));
        set(&page, "voiceParamsEdit", QStringLiteral("{\"a\":}"));
        QVERIFY(hintShown(&page, "voiceParamsHint"));
        QVERIFY(page.token().isEmpty());
        set(&page, "voiceParamsEdit", QStringLiteral("{\"a\":1}"));
        QVERIFY(!hintShown(&page, "voiceParamsHint"));
        QVERIFY(!page.token().isEmpty());

        // Voice identities: letters, digits and _ only.
        set(&page, "identityEdit", QStringLiteral("alice smith"));
        QVERIFY(hintShown(&page, "identityHint"));
    }

    void ttlAndNbf()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        fillKey(&page, QStringLiteral("alice"));
        auto* ttl = child<QSpinBox>(&page, "ttlSpin");
        QCOMPARE(ttl->maximum(), 86400);
        QCOMPARE(ttl->value(), 3600);
        ttl->setValue(5400);
        QVERIFY2(child<QLabel>(&page, "ttlHumanLabel")->text().startsWith(QStringLiteral("1 h 30 min")),
                 qPrintable(child<QLabel>(&page, "ttlHumanLabel")->text()));
        ttl->setValue(100000);
        QCOMPARE(ttl->value(), 86400);
        QVERIFY(child<QLabel>(&page, "ttlHumanLabel")->text().startsWith(QStringLiteral("1 d")));

        auto* nbfEdit = child<QDateTimeEdit>(&page, "nbfEdit");
        QVERIFY(!nbfEdit->isEnabled());
        QVERIFY(!Jwt::parse(page.token().toLatin1()).parts.payload.contains(u"nbf"));
        child<QCheckBox>(&page, "nbfCheck")->setChecked(true);
        QVERIFY(nbfEdit->isEnabled());
        nbfEdit->setDateTime(QDateTime::fromSecsSinceEpoch(1700000300));
        QCOMPARE(Jwt::parse(page.token().toLatin1()).parts.payload.find(u"nbf")->toInteger().value(),
                 1700000300);
    }

    void restrictedIssuerIsRefused()
    {
        FixedClock clock(1700000000);
        TokenBuilderPage page(nullptr, clock);
        page.show();
        fillKey(&page, QStringLiteral("alice"));
        QVERIFY(!page.token().isEmpty());
        QString asked;
        page.setIssuerLookup([&asked](const QString& sid) {
            asked = sid;
            return IssuerStatus::Restricted;
        });
        QCOMPARE(asked, TokenVectors::credential(m_vectors, "apiKeySid"));
        QVERIFY(page.token().isEmpty());
        auto* label = child<QLabel>(&page, "issuerStatusLabel");
        QVERIFY(label->isVisibleTo(&page));
        QVERIFY(label->text().contains(QStringLiteral("Restricted")));
        QVERIFY(!child<QPushButton>(&page, "copyTokenButton")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(&page, "tokenOutput")->toPlainText().isEmpty());

        page.setIssuerLookup([](const QString&) { return IssuerStatus::Active; });
        QVERIFY(!page.token().isEmpty());
        QVERIFY(!label->isVisibleTo(&page));
    }

    void copyAndOpenInInspector()
    {
        FixedClock clock(1700000000);
        ClipboardService clipboard;
        TokenBuilderPage page(&clipboard, clock);
        page.show();
        page.activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        fillKey(&page, QStringLiteral("alice"));
        child<QGroupBox>(&page, "videoGroup")->setChecked(true);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&page, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), page.token());
        QVERIFY(clipboard.isCountingDown());

        // Ctrl+C in the read-only token field copies through the service as well (hints, timed clear).
        clipboard.clearIfOurs();
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        auto* output = child<QPlainTextEdit>(&page, "tokenOutput");
        output->selectAll();
        QTest::keyClick(output, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), page.token());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(clipboard.isCountingDown());
        clipboard.setClearTimeout(150);
        QSignalSpy cleared(&clipboard, &ClipboardService::cleared);
        QTest::keyClick(output, Qt::Key_C, Qt::ControlModifier); // restarts with the short timeout
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QSignalSpy open(&page, &TokenBuilderPage::openInInspectorRequested);
        QTest::mouseClick(child<QPushButton>(&page, "openInInspectorButton"), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), page.token());
        // Keyboard: Ctrl+Shift+I opens it too; F5 issues again with the clock's time.
        QTest::keyClick(child<QWidget>(&page, "identityEdit"), Qt::Key_I,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(open.count(), 2);
        clock.advance(60);
        QTest::keyClick(child<QWidget>(&page, "identityEdit"), Qt::Key_F5);
        QCOMPARE(Jwt::parse(page.token().toLatin1()).parts.payload.find(u"iat")->toInteger().value(),
                 1700000060);
        // The token field's context menu copies through the service too (last: the popup takes focus).
        output->selectAll();
        const QPoint pos = output->viewport()->rect().center();
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, pos, output->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(output->viewport(), &menuEvent);
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction* menuCopy = nullptr;
        for (QAction* action : menu->actions())
            menuCopy = action->objectName() == u"edit-copy" ? action : menuCopy;
        QVERIFY(menuCopy);
        menuCopy->trigger();
        menu->close();
        QCOMPARE(QGuiApplication::clipboard()->text(), page.token());
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void accessibleNamesHaveNoMnemonics()
    {
        ClipboardService clipboard;
        TokenBuilderPage page(&clipboard);
        const QList<QWidget*> widgets = page.findChildren<QWidget*>();
        int named = 0;
        for (const QWidget* w : widgets) {
            if (w->accessibleName().isEmpty())
                continue;
            ++named;
            QVERIFY2(!w->accessibleName().contains(u'&'),
                     qPrintable(w->objectName() + u' ' + w->accessibleName()));
        }
        QVERIFY(named > 10);
        QCOMPARE(page.findChild<QWidget*>(QStringLiteral("voiceGroup"))->accessibleName(),
                 QStringLiteral("Voice grant"));
    }

    void signingKeyFromTheKeysPage()
    {
        ClipboardService clipboard;
        TokenBuilderPage page(&clipboard);
        const QString account = QStringLiteral("AC") + QString(32, u'a');
        const QString key = QStringLiteral("SK") + QString(32, u'b');
        page.setSigningKey(account, key,
                           SecretBytes::fromUtf8(QStringLiteral("a-secret-from-the-keychain-0123456")));
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("accountSidEdit"))->text(), account);
        QCOMPARE(page.findChild<QLineEdit*>(QStringLiteral("keySidEdit"))->text(), key);
        auto* secret = page.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
        QCOMPARE(secret->text(), QStringLiteral("a-secret-from-the-keychain-0123456"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        // Without a secret (the keychain has none) the field is empty, ready to type.
        page.setSigningKey(account, key, SecretBytes());
        QVERIFY(secret->text().isEmpty());
    }

    void offersKeysFromTheKeychain()
    {
        ClipboardService clipboard;
        TokenBuilderPage page(&clipboard);
        page.show();
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("vaultKeyCombo"));
        QVERIFY(combo);
        QVERIFY(!combo->isVisible()); // nothing in the keychain: no list
        const QString sid = QStringLiteral("SK") + QString(32, u'c');
        page.setVaultKeys({ qMakePair(sid, QStringLiteral("CI deploy (%1)").arg(sid)) });
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 2);
        QSignalSpy requested(&page, &TokenBuilderPage::vaultKeyRequested);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // keyboard alone
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), sid);
        page.setVaultKeys({});
        QVERIFY(!combo->isVisible());
    }
};

QTEST_MAIN(TestTokenBuilderPage)
#include "tst_tokenbuilderpage.moc"
