#include "Confirmation.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <optional>

namespace {

// Test-only state: the answer a test queued for the next question, and what was asked. GUI thread only.
struct TestSeam
{
    std::optional<bool> nextAnswer;
    Confirmation::Question lastQuestion;
    int askedCount = 0;
};

TestSeam& testSeam()
{
    static TestSeam seam;
    return seam;
}

// Button text without its '&' mnemonic marker ("&&" stays a literal '&'), for accessible names.
QString withoutMnemonic(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1);
    }
    return text;
}

} // namespace

QMessageBox* Confirmation::create(QWidget* parent, const Question& question)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(question.objectName);
    box->setIcon(question.icon);
    box->setWindowTitle(question.title.isEmpty() ? QGuiApplication::applicationDisplayName()
                                                 : question.title);
    box->setTextFormat(Qt::PlainText);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    // Qt 6.4 leaves the informative label in AutoText; questions often quote key names.
    if (auto* informative = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
    box->setAccessibleName(box->windowTitle());
    box->setAccessibleDescription(question.text);

    const QString confirmText = question.confirmText.isEmpty() ? tr("Confirm") : question.confirmText;
    QPushButton* confirm = box->addButton(
        confirmText, question.destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setAccessibleName(withoutMnemonic(confirmText));

    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    if (!question.cancelText.isEmpty())
        cancel->setText(question.cancelText);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(withoutMnemonic(cancel->text()));

    // Enter must not destroy anything by accident.
    box->setDefaultButton(question.destructive ? cancel : confirm);
    box->setEscapeButton(cancel);
    return box;
}

bool Confirmation::ask(QWidget* parent, const Question& question)
{
    TestSeam& seam = testSeam();
    seam.lastQuestion = question;
    ++seam.askedCount;
    if (seam.nextAnswer) {
        const bool answer = *seam.nextAnswer;
        seam.nextAnswer.reset();
        return answer;
    }

    // The parent may be destroyed while the box runs its own event loop (and the box with it).
    QPointer<QMessageBox> box = create(parent, question);
    box->exec();
    if (!box)
        return false;
    const QMessageBox::ButtonRole role = box->buttonRole(box->clickedButton());
    delete box;
    return role == QMessageBox::AcceptRole || role == QMessageBox::DestructiveRole;
}

void Confirmation::setNextAnswer(bool confirm)
{
    testSeam().nextAnswer = confirm;
}

void Confirmation::clearNextAnswer()
{
    testSeam().nextAnswer.reset();
}

Confirmation::Question Confirmation::lastQuestion()
{
    return testSeam().lastQuestion;
}

int Confirmation::askedCount()
{
    return testSeam().askedCount;
}
