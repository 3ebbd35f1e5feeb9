#pragma once

#include "api/Policy.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PolicyDiffDialog;
}

// Shown before a policy is saved: what the change adds (green "+") and removes (red "−"), a summary
// ("2 added, 1 removed; 37 permissions after the change"), a note from the caller ("Twilio replaces
// the whole policy.") and a confirm button named for the action ("Create key", "Save permissions").
class PolicyDiffDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyDiffDialog(const Policy& before, const Policy& after, QWidget* parent = nullptr);
    ~PolicyDiffDialog() override;

    void setNote(const QString& note); // plain text; hidden when empty
    void setConfirmText(const QString& text);

    // Asks and returns true when the user confirms. A queued answer (setNextAnswer) is returned without
    // showing anything: the seam tests use (KeePassXC's MessageBox::setNextAnswer).
    static bool confirm(QWidget* parent, const Policy& before, const Policy& after,
                        const QString& confirmText, const QString& note);

    // Test-only: the next confirm() returns `answer` without a dialog (once).
    static void setNextAnswer(bool answer);
    static void clearNextAnswer();
    // Test-only: how many times confirm() was called (answered by a test or by the user), and with what.
    static int askedCount();
    struct Question
    {
        Policy before;
        Policy after;
        QString confirmText;
        QString note;
    };
    static Question lastQuestion();

private:
    std::unique_ptr<Ui::PolicyDiffDialog> m_ui;
};
