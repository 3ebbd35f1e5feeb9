#include "WidgetLookup.h"
#include "common/Confirmation.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

using WidgetLookup::child;

// Answers the modal message box ask() shows, once it is up: polls the modal stack (no fixed sleep) and
// runs `answer` on the box. After 5 s without a box that answer accepts, it rejects whatever modal box
// is up so a broken test fails instead of hanging.
class ModalAnswer : public QObject
{
public:
    explicit ModalAnswer(std::function<bool(QMessageBox*)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswer::poll);
        m_timer.start();
    }

    bool answered() const { return m_answered; }
    QString boxName() const { return m_boxName; }

    // Clicks the box's button called `name`.
    static std::function<bool(QMessageBox*)> click(const char* name)
    {
        return [name](QMessageBox* box) {
            auto* button = child<QAbstractButton>(box, name);
            if (!button)
                return false;
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        };
    }

    // Presses `key` on the box.
    static std::function<bool(QMessageBox*)> press(Qt::Key key)
    {
        return [key](QMessageBox* box) {
            QTest::keyClick(box, key);
            return true;
        };
    }

private:
    void poll()
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->isVisible()) {
            m_boxName = box->objectName();
            m_timer.stop();
            m_answered = m_answer(box);
            if (!m_answered)
                box->reject();
        } else if (m_deadline.hasExpired()) {
            m_timer.stop();
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        }
    }

    std::function<bool(QMessageBox*)> m_answer;
    QTimer m_timer;
    QDeadlineTimer m_deadline { 5000 };
    bool m_answered = false;
    QString m_boxName;
};

class TestConfirmation : public QObject
{
    Q_OBJECT

private:
    static Confirmation::Question deleteQuestion()
    {
        Confirmation::Question question;
        question.title = QStringLiteral("Delete Key");
        question.text = QStringLiteral("Delete the key <b>ci-deploy</b>?");
        question.informativeText = QStringLiteral("Anything using <i>SK0123</i> stops working.");
        question.confirmText = QStringLiteral("&Delete Key");
        question.cancelText = QStringLiteral("&Keep Key");
        question.destructive = true;
        question.icon = QMessageBox::Warning;
        question.objectName = QStringLiteral("deleteKeyConfirmation");
        return question;
    }

    static Confirmation::Question plainQuestion()
    {
        Confirmation::Question question;
        question.title = QStringLiteral("Switch Profile");
        question.text = QStringLiteral("Switch to the profile “staging”?");
        return question;
    }

    static int messageBoxesShown()
    {
        int count = 0;
        for (QWidget* widget : QApplication::topLevelWidgets())
            count += qobject_cast<QMessageBox*>(widget) && widget->isVisible() ? 1 : 0;
        return count;
    }

private slots:
    void cleanup() { Confirmation::clearNextAnswer(); }

    void queuedAnswerIsReturnedWithoutADialog_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::newRow("confirm") << true;
        QTest::newRow("cancel") << false;
    }

    void queuedAnswerIsReturnedWithoutADialog()
    {
        QFETCH(bool, answer);
        QWidget parent;
        const int asked = Confirmation::askedCount();
        // Had a box been shown, this would click its Cancel (and the result would differ for "confirm").
        ModalAnswer fallback(ModalAnswer::click("cancelButton"));
        Confirmation::setNextAnswer(answer);
        QCOMPARE(Confirmation::ask(&parent, deleteQuestion()), answer);
        QVERIFY(!fallback.answered());
        QCOMPARE(messageBoxesShown(), 0);
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        const Confirmation::Question last = Confirmation::lastQuestion();
        QCOMPARE(last.text, deleteQuestion().text);
        QCOMPARE(last.informativeText, deleteQuestion().informativeText);
        QCOMPARE(last.confirmText, deleteQuestion().confirmText);
        QCOMPARE(last.objectName, QStringLiteral("deleteKeyConfirmation"));
        QVERIFY(last.destructive);
    }

    void queuedAnswerIsUsedOnce()
    {
        Confirmation::setNextAnswer(false);
        QVERIFY(!Confirmation::ask(nullptr, plainQuestion()));
        // The next question is shown again: the user's click decides.
        ModalAnswer answer(ModalAnswer::click("confirmButton"));
        QVERIFY(Confirmation::ask(nullptr, plainQuestion()));
        QVERIFY(answer.answered());
    }

    void clearedAnswerShowsTheDialog()
    {
        Confirmation::setNextAnswer(true);
        Confirmation::clearNextAnswer();
        ModalAnswer answer(ModalAnswer::click("cancelButton"));
        QVERIFY(!Confirmation::ask(nullptr, plainQuestion()));
        QVERIFY(answer.answered());
    }

    void destructiveQuestionDefaultsToCancel()
    {
        QWidget parent;
        std::unique_ptr<QMessageBox> box(Confirmation::create(&parent, deleteQuestion()));
        QVERIFY(!box->isVisible());
        QCOMPARE(box->parentWidget(), &parent);
        QCOMPARE(box->objectName(), QStringLiteral("deleteKeyConfirmation"));
        QCOMPARE(box->windowTitle(), QStringLiteral("Delete Key"));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        auto* confirm = child<QPushButton>(box.get(), "confirmButton");
        auto* cancel = child<QPushButton>(box.get(), "cancelButton");
        QVERIFY(confirm);
        QVERIFY(cancel);
        QCOMPARE(confirm->text(), QStringLiteral("&Delete Key"));
        QCOMPARE(cancel->text(), QStringLiteral("&Keep Key"));
        QCOMPARE(box->buttonRole(confirm), QMessageBox::DestructiveRole);
        QCOMPARE(box->defaultButton(), cancel);
        QCOMPARE(box->escapeButton(), cancel);
    }

    void ordinaryQuestionDefaultsToConfirm()
    {
        std::unique_ptr<QMessageBox> box(Confirmation::create(nullptr, plainQuestion()));
        QCOMPARE(box->objectName(), QStringLiteral("confirmationDialog"));
        auto* confirm = child<QPushButton>(box.get(), "confirmButton");
        auto* cancel = child<QPushButton>(box.get(), "cancelButton");
        QVERIFY(confirm);
        QVERIFY(cancel);
        QVERIFY(!confirm->text().isEmpty()); // "Confirm" when the question names no action
        QVERIFY(!cancel->text().isEmpty()); // Qt's own "Cancel"
        QCOMPARE(box->buttonRole(confirm), QMessageBox::AcceptRole);
        QCOMPARE(box->defaultButton(), confirm);
        QCOMPARE(box->escapeButton(), cancel);
    }

    void textIsPlainText()
    {
        std::unique_ptr<QMessageBox> box(Confirmation::create(nullptr, deleteQuestion()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), deleteQuestion().text);
        auto* textLabel = child<QLabel>(box.get(), "qt_msgbox_label");
        auto* informativeLabel = child<QLabel>(box.get(), "qt_msgbox_informativelabel");
        QVERIFY(textLabel);
        QVERIFY(informativeLabel);
        QCOMPARE(textLabel->textFormat(), Qt::PlainText);
        QCOMPARE(informativeLabel->textFormat(), Qt::PlainText);
        QCOMPARE(informativeLabel->text(), deleteQuestion().informativeText);
    }

    void buttonsAreNamed()
    {
        std::unique_ptr<QMessageBox> box(Confirmation::create(nullptr, deleteQuestion()));
        QCOMPARE(child<QPushButton>(box.get(), "confirmButton")->accessibleName(),
                 QStringLiteral("Delete Key"));
        QCOMPARE(child<QPushButton>(box.get(), "cancelButton")->accessibleName(), QStringLiteral("Keep Key"));
        QCOMPARE(WidgetLookup::controlsMissingNames(box.get()), QStringList());
    }

    void userConfirms()
    {
        QWidget parent;
        parent.show();
        const int asked = Confirmation::askedCount();
        ModalAnswer answer(ModalAnswer::click("confirmButton"));
        QVERIFY(Confirmation::ask(&parent, deleteQuestion()));
        QVERIFY(answer.answered());
        QCOMPARE(answer.boxName(), QStringLiteral("deleteKeyConfirmation"));
        QCOMPARE(Confirmation::askedCount(), asked + 1);
        QCOMPARE(messageBoxesShown(), 0);
    }

    void userCancels()
    {
        QWidget parent;
        parent.show();
        ModalAnswer answer(ModalAnswer::click("cancelButton"));
        QVERIFY(!Confirmation::ask(&parent, deleteQuestion()));
        QVERIFY(answer.answered());
        QCOMPARE(messageBoxesShown(), 0);
    }

    void escapeCancels()
    {
        ModalAnswer answer(ModalAnswer::press(Qt::Key_Escape));
        QVERIFY(!Confirmation::ask(nullptr, plainQuestion()));
        QVERIFY(answer.answered());
    }

    void enterDoesNotConfirmADestructiveQuestion()
    {
        ModalAnswer answer(ModalAnswer::press(Qt::Key_Return));
        QVERIFY(!Confirmation::ask(nullptr, deleteQuestion()));
        QVERIFY(answer.answered());
    }

    void enterConfirmsAnOrdinaryQuestion()
    {
        ModalAnswer answer(ModalAnswer::press(Qt::Key_Return));
        QVERIFY(Confirmation::ask(nullptr, plainQuestion()));
        QVERIFY(answer.answered());
    }
};

QTEST_MAIN(TestConfirmation)
#include "tst_confirmation.moc"
