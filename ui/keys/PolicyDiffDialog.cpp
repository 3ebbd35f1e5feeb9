#include "PolicyDiffDialog.h"

#include "common/Mnemonic.h"
#include "common/ThemeColors.h"
#include "ui_PolicyDiffDialog.h"

#include <QPushButton>
#include <optional>

namespace {

std::optional<bool> s_nextAnswer;
int s_askedCount = 0;
PolicyDiffDialog::Question s_lastQuestion;

QString permissionCount(int count)
{
    return count == 1 ? PolicyDiffDialog::tr("1 permission")
                      : PolicyDiffDialog::tr("%1 permissions").arg(count);
}

} // namespace

PolicyDiffDialog::PolicyDiffDialog(const Policy& before, const Policy& after, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PolicyDiffDialog>())
{
    m_ui->setupUi(this);
    QPushButton* confirmButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    setConfirmText(tr("Confirm"));

    const QStringList added = before.addedIn(after);
    const QStringList removed = before.removedIn(after);
    const QColor addedColour = ThemeColors::accent(ThemeColors::Accent::Success, palette());
    const QColor removedColour = ThemeColors::accent(ThemeColors::Accent::Error, palette());
    for (const QString& permission : added) {
        auto* item = new QListWidgetItem(QStringLiteral("+ ") + permission, m_ui->addedList);
        item->setData(Qt::UserRole, permission);
        item->setForeground(addedColour);
    }
    for (const QString& permission : removed) {
        auto* item = new QListWidgetItem(QStringLiteral("\u2212 ") + permission, m_ui->removedList);
        item->setData(Qt::UserRole, permission);
        item->setForeground(removedColour);
    }
    m_ui->addedSection->setVisible(!added.isEmpty());
    m_ui->removedSection->setVisible(!removed.isEmpty());

    if (added.isEmpty() && removed.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("Nothing changes: the key keeps the same %1.").arg(permissionCount(after.size())));
    } else {
        m_ui->summaryLabel->setText(tr("%1 added, %2 removed; %3 after the change")
                                        .arg(added.size())
                                        .arg(removed.size())
                                        .arg(permissionCount(after.size())));
    }
    confirmButton->setDefault(true);
}

PolicyDiffDialog::~PolicyDiffDialog() = default;

void PolicyDiffDialog::setNote(const QString& note)
{
    m_ui->noteLabel->setText(note);
    m_ui->noteLabel->setVisible(!note.isEmpty());
}

void PolicyDiffDialog::setConfirmText(const QString& text)
{
    QPushButton* button = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    button->setText(text);
    button->setAccessibleName(withoutMnemonic(text));
}

bool PolicyDiffDialog::confirm(QWidget* parent, const Policy& before, const Policy& after,
                               const QString& confirmText, const QString& note)
{
    ++s_askedCount;
    s_lastQuestion = Question { before, after, confirmText, note };
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    PolicyDiffDialog dialog(before, after, parent);
    dialog.setConfirmText(confirmText);
    dialog.setNote(note);
    return dialog.exec() == QDialog::Accepted;
}

void PolicyDiffDialog::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

void PolicyDiffDialog::clearNextAnswer()
{
    s_nextAnswer.reset();
}

int PolicyDiffDialog::askedCount()
{
    return s_askedCount;
}

PolicyDiffDialog::Question PolicyDiffDialog::lastQuestion()
{
    return s_lastQuestion;
}
