#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

class QWidget;

// The one way KeyDesk asks "are you sure?". Pages and dialogs call ask(); tests answer the next
// question with setNextAnswer() instead of clicking a modal box (KeePassXC's MessageBox::setNextAnswer).
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    struct Question
    {
        QString title;
        QString text; // shown as plain text
        QString informativeText; // shown as plain text
        QString confirmText; // "Delete Key"; "Confirm" when empty
        QString cancelText; // Qt's "Cancel" when empty
        bool destructive = false; // Cancel becomes the default button
        QMessageBox::Icon icon = QMessageBox::Question;
        QString objectName = QStringLiteral("confirmationDialog");
    };

    // Builds the box without showing it: buttons "confirmButton" and "cancelButton"; Cancel is the
    // Escape button, and also the default one when the question is destructive. The caller owns it.
    static QMessageBox* create(QWidget* parent, const Question& question);

    // True when the user confirms. A queued answer (setNextAnswer) is returned without showing anything.
    static bool ask(QWidget* parent, const Question& question);

    // Test-only: the next ask() returns `confirm` without a dialog (once).
    static void setNextAnswer(bool confirm);
    static void clearNextAnswer();
    // Test-only: the last question ask() was given, and how many it has been given (answered by a test
    // or by the user).
    static Question lastQuestion();
    static int askedCount();
};
