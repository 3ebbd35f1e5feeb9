#include "WidgetLookup.h"
#include "common/InlineMessage.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using WidgetLookup::child;

class TestInlineMessage : public QObject
{
    Q_OBJECT

private:
    // A shown window holding one message, so visibility and clicks are real.
    struct Page
    {
        QWidget window;
        InlineMessage* message = new InlineMessage(&window);

        Page()
        {
            auto* layout = new QVBoxLayout(&window);
            layout->addWidget(message);
            layout->addStretch();
            window.resize(480, 200);
            window.show();
        }
    };

    // The visible buttons showing one of `actions`.
    static QList<QToolButton*> actionButtons(const InlineMessage* message, const QList<QAction*>& actions)
    {
        QList<QToolButton*> buttons;
        for (QToolButton* button : message->findChildren<QToolButton*>()) {
            if (actions.contains(button->defaultAction()))
                buttons << button;
        }
        return buttons;
    }

    // The tint behind the text, a few pixels inside the left edge.
    static QColor tintOf(InlineMessage* message)
    {
        const QImage image = message->grab().toImage();
        return image.pixelColor(3 * int(image.devicePixelRatio()), image.height() / 2);
    }

private slots:
    void startsHidden()
    {
        Page page;
        QVERIFY(page.message->isHidden());
        QVERIFY(!page.message->isShowingProgress());
        QVERIFY(page.message->text().isEmpty());
    }

    void showMessage_data()
    {
        QTest::addColumn<InlineMessage::Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("info") << InlineMessage::Kind::Info << QStringLiteral("Loaded 3 keys.");
        QTest::newRow("success") << InlineMessage::Kind::Success << QStringLiteral("Key created.");
        QTest::newRow("warning") << InlineMessage::Kind::Warning << QStringLiteral("Only 50 keys shown.");
        QTest::newRow("error") << InlineMessage::Kind::Error << QStringLiteral("Authentication failed.");
    }

    void showMessage()
    {
        QFETCH(InlineMessage::Kind, kind);
        QFETCH(QString, text);
        Page page;
        page.message->showMessage(kind, text);
        QVERIFY(page.message->isVisible());
        QCOMPARE(page.message->kind(), kind);
        QCOMPARE(page.message->text(), text);
        QCOMPARE(page.message->accessibleDescription(), text);
        QVERIFY(!page.message->accessibleName().isEmpty());
        QVERIFY(!page.message->isShowingProgress());

        auto* label = child<QLabel>(page.message, "inlineTextLabel");
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->wordWrap());
        QCOMPARE(label->text(), text);
        auto* icon = child<QLabel>(page.message, "inlineIconLabel");
        QVERIFY(icon);
        QVERIFY(icon->isVisible());
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(child<QToolButton>(page.message, "inlineCloseButton")->isVisible());
        QVERIFY(!child<QProgressBar>(page.message, "inlineProgressBar")->isVisible());
        QVERIFY(!child<QToolButton>(page.message, "inlineCancelButton")->isVisible());
    }

    void shortcutsSetTheKind()
    {
        Page page;
        page.message->showError(QStringLiteral("e"));
        QCOMPARE(page.message->kind(), InlineMessage::Kind::Error);
        page.message->showWarning(QStringLiteral("w"));
        QCOMPARE(page.message->kind(), InlineMessage::Kind::Warning);
        page.message->showSuccess(QStringLiteral("s"));
        QCOMPARE(page.message->kind(), InlineMessage::Kind::Success);
        QCOMPARE(page.message->text(), QStringLiteral("s"));
        page.message->showInfo(QStringLiteral("i"));
        QCOMPARE(page.message->kind(), InlineMessage::Kind::Info);
    }

    void textIsPlainText()
    {
        Page page;
        const QString markup = QStringLiteral("<b>x</b> <a href=\"https://example.com\">link</a>");
        page.message->showError(markup);
        auto* label = child<QLabel>(page.message, "inlineTextLabel");
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), markup);
        QCOMPARE(page.message->text(), markup);
        QVERIFY(!label->openExternalLinks());
    }

    void kindsHaveTheirOwnTint()
    {
        Page page;
        const QColor window = page.message->palette().color(QPalette::Window);
        QList<QColor> tints;
        for (auto kind : { InlineMessage::Kind::Info, InlineMessage::Kind::Success,
                           InlineMessage::Kind::Warning, InlineMessage::Kind::Error }) {
            page.message->showMessage(kind, QStringLiteral("text"));
            const QColor tint = tintOf(page.message);
            QVERIFY2(tint != window, qPrintable(tint.name()));
            QVERIFY2(!tints.contains(tint), qPrintable(tint.name()));
            tints << tint;
        }
    }

    void progressWithCancel()
    {
        Page page;
        QSignalSpy cancel(page.message, &InlineMessage::cancelRequested);
        page.message->showError(QStringLiteral("old error"));
        page.message->showProgress(QStringLiteral("Loading keys…"), true);
        QVERIFY(page.message->isVisible());
        QVERIFY(page.message->isShowingProgress());
        QCOMPARE(page.message->text(), QStringLiteral("Loading keys…"));
        QCOMPARE(page.message->accessibleDescription(), QStringLiteral("Loading keys…"));

        auto* bar = child<QProgressBar>(page.message, "inlineProgressBar");
        auto* cancelButton = child<QToolButton>(page.message, "inlineCancelButton");
        QVERIFY(bar);
        QVERIFY(cancelButton);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 0); // busy indicator
        QVERIFY(cancelButton->isVisible());
        QVERIFY(!child<QToolButton>(page.message, "inlineCloseButton")->isVisible());

        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
    }

    void progressWithoutCancel()
    {
        Page page;
        page.message->showProgress(QStringLiteral("Deleting…"), false);
        QVERIFY(page.message->isShowingProgress());
        QVERIFY(child<QProgressBar>(page.message, "inlineProgressBar")->isVisible());
        QVERIFY(!child<QToolButton>(page.message, "inlineCancelButton")->isVisible());
        QVERIFY(!child<QToolButton>(page.message, "inlineCloseButton")->isVisible());
    }

    void determinateProgress()
    {
        Page page;
        page.message->showProgress(QStringLiteral("Loading keys…"), true);
        auto* bar = child<QProgressBar>(page.message, "inlineProgressBar");
        QVERIFY(bar);

        page.message->setProgress(25, 100);
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(double(bar->value()) / bar->maximum(), 0.25);

        // Totals beyond int still map onto the bar.
        page.message->setProgress(Q_INT64_C(3000000000), Q_INT64_C(6000000000));
        QCOMPARE(double(bar->value()) / bar->maximum(), 0.5);

        page.message->setProgress(7, 0);
        QCOMPARE(bar->maximum(), 0);

        // A new progress starts busy again.
        page.message->setProgress(1, 2);
        page.message->showProgress(QStringLiteral("Again…"), false);
        QCOMPARE(bar->maximum(), 0);
    }

    void messageEndsProgress()
    {
        Page page;
        page.message->showProgress(QStringLiteral("Loading keys…"), true);
        page.message->showSuccess(QStringLiteral("Loaded."));
        QVERIFY(!page.message->isShowingProgress());
        QCOMPARE(page.message->kind(), InlineMessage::Kind::Success);
        QVERIFY(!child<QProgressBar>(page.message, "inlineProgressBar")->isVisible());
        QVERIFY(!child<QToolButton>(page.message, "inlineCancelButton")->isVisible());
        QVERIFY(child<QToolButton>(page.message, "inlineCloseButton")->isVisible());
        QVERIFY(child<QLabel>(page.message, "inlineIconLabel")->isVisible());
    }

    void actionsAreShownAsButtons()
    {
        Page page;
        QAction retry(QStringLiteral("&Retry"));
        retry.setObjectName(QStringLiteral("retryAction"));
        QAction remove(QStringLiteral("Delete this key"));
        QSignalSpy retried(&retry, &QAction::triggered);

        page.message->showError(QStringLiteral("The key could not be updated."));
        page.message->setActions({ &retry, &remove });
        const QList<QToolButton*> buttons = actionButtons(page.message, { &retry, &remove });
        QCOMPARE(buttons.size(), 2);
        for (QToolButton* button : buttons)
            QVERIFY(button->isVisible());
        auto* retryButton = child<QToolButton>(page.message, "retryActionButton");
        QVERIFY(retryButton);
        QCOMPARE(retryButton->accessibleName(), QStringLiteral("Retry"));

        QTest::mouseClick(retryButton, Qt::LeftButton);
        QCOMPARE(retried.count(), 1);

        // The next message removes them.
        page.message->showInfo(QStringLiteral("Something else."));
        for (QToolButton* button : actionButtons(page.message, { &retry, &remove }))
            QVERIFY(!button->isVisible());
        QTRY_COMPARE(actionButtons(page.message, { &retry, &remove }).size(), 0);
    }

    void actionMayReplaceTheMessage()
    {
        Page page;
        QAction retry(QStringLiteral("Retry"));
        connect(&retry, &QAction::triggered, page.message,
                [&page] { page.message->showProgress(QStringLiteral("Retrying…"), true); });
        page.message->showError(QStringLiteral("Network unreachable."));
        page.message->setActions({ &retry });
        const QList<QToolButton*> buttons = actionButtons(page.message, { &retry });
        QCOMPARE(buttons.size(), 1);
        QTest::mouseClick(buttons.first(), Qt::LeftButton); // the button is removed during its own click
        QVERIFY(page.message->isShowingProgress());
        QTRY_COMPARE(actionButtons(page.message, { &retry }).size(), 0);
    }

    void closeButtonHides()
    {
        Page page;
        QSignalSpy closed(page.message, &InlineMessage::closed);
        page.message->showWarning(QStringLiteral("Careful."));
        auto* close = child<QToolButton>(page.message, "inlineCloseButton");
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(page.message->isHidden());
        QCOMPARE(closed.count(), 1);
    }

    void hideMessage()
    {
        Page page;
        QSignalSpy closed(page.message, &InlineMessage::closed);
        page.message->showProgress(QStringLiteral("Loading…"), true);
        page.message->hideMessage();
        QVERIFY(page.message->isHidden());
        QVERIFY(!page.message->isShowingProgress());
        QCOMPARE(closed.count(), 0); // only the user's close is reported
        page.message->showInfo(QStringLiteral("Back."));
        QVERIFY(page.message->isVisible());
    }

    void controlsAreNamed()
    {
        Page page;
        QAction retry(QStringLiteral("&Retry"));
        retry.setObjectName(QStringLiteral("retryAction"));
        page.message->showError(QStringLiteral("Failed."));
        page.message->setActions({ &retry });
        page.message->showProgress(QStringLiteral("Loading…"), true);
        page.message->setActions({ &retry });
        QCOMPARE(WidgetLookup::controlsMissingNames(page.message), QStringList());
    }
};

QTEST_MAIN(TestInlineMessage)
#include "tst_inlinemessage.moc"
