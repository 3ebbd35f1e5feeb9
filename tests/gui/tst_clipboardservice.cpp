#include "common/ClipboardService.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class TestClipboardService : public QObject
{
    Q_OBJECT

private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    void copySecretAddsPasswordManagerHints()
    {
        ClipboardService service;
        service.copySecret(QStringLiteral("s3cr3t-token"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("s3cr3t-token"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QCOMPARE(mime->data(QStringLiteral("application/x-nspasteboard-concealed-type")),
                 QByteArrayLiteral("secret"));
        QCOMPARE(mime->data(QStringLiteral("CanIncludeInClipboardHistory")), QByteArray(4, '\0'));
        QVERIFY(service.holdsOurValue());
        QVERIFY(service.isCountingDown());
    }

    void clearsAfterTheTimeout()
    {
        ClipboardService service;
        service.setClearTimeout(150);
        QSignalSpy cleared(&service, &ClipboardService::cleared);
        service.copySecret(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!service.isCountingDown());
        QVERIFY(!service.holdsOurValue());
    }

    void leavesSomethingElseAlone()
    {
        ClipboardService service;
        service.setClearTimeout(150);
        QSignalSpy cleared(&service, &ClipboardService::cleared);
        QSignalSpy countdown(&service, &ClipboardService::countdownChanged);
        service.copySecret(QStringLiteral("our secret"));
        QVERIFY(service.isCountingDown());
        // The user copies something else before the timeout.
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTRY_VERIFY(!service.isCountingDown());
        QCOMPARE(countdown.last().first().toInt(), 0);
        // The timeout's action, run now, must not touch the other text.
        service.clearIfOurs();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
        QCOMPARE(cleared.count(), 0);
    }

    void leavesSomethingElseAloneEvenWithoutAChangeSignal()
    {
        ClipboardService service;
        service.setClearTimeout(150);
        QSignalSpy cleared(&service, &ClipboardService::cleared);
        service.copySecret(QStringLiteral("our secret"));
        {
            // Some platforms report clipboard changes late; the timeout must still check the content.
            const QSignalBlocker blocker(QGuiApplication::clipboard());
            QGuiApplication::clipboard()->setText(QStringLiteral("copied elsewhere"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!service.isCountingDown(), 5000);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied elsewhere"));
        QCOMPARE(cleared.count(), 0);
    }

    void countdownIsAnnounced()
    {
        ClipboardService service;
        service.setClearTimeout(2500);
        service.setCountdownInterval(20);
        QSignalSpy status(&service, &ClipboardService::statusMessage);
        QSignalSpy countdown(&service, &ClipboardService::countdownChanged);
        service.copySecret(QStringLiteral("abc"));
        QCOMPARE(status.first().first().toString(), QStringLiteral("Clipboard clears in 3 s"));
        QCOMPARE(countdown.first().first().toInt(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(countdown.last().first().toInt() == 2, 3000);
        QCOMPARE(status.last().first().toString(), QStringLiteral("Clipboard clears in 2 s"));
        QCOMPARE(service.secondsRemaining(), 2);
    }

    void destructionClearsOnlyOurValue()
    {
        {
            ClipboardService service;
            service.copySecret(QStringLiteral("ours"));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        {
            ClipboardService service;
            service.copySecret(QStringLiteral("ours"));
            QGuiApplication::clipboard()->setText(QStringLiteral("theirs"));
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("theirs"));
    }

    void quitClearsOurValue()
    {
        ClipboardService service;
        service.copySecret(QStringLiteral("ours"));
        // What QCoreApplication::quit() emits before the event loop ends.
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void plainCopyHasNoHintAndNoTimeout()
    {
        ClipboardService service;
        service.copyText(QStringLiteral("SKfedcba9876543210fedcba9876543210"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), QStringLiteral("SKfedcba9876543210fedcba9876543210"));
        QVERIFY(!mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!service.isCountingDown());
    }
};

QTEST_MAIN(TestClipboardService)
#include "tst_clipboardservice.moc"
