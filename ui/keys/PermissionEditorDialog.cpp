#include "PermissionEditorDialog.h"

#include "common/ThemeColors.h"
#include "keys/PermissionTreeModel.h"
#include "keys/PolicyDiffDialog.h"
#include "ui_PermissionEditorDialog.h"

#include <QPushButton>

PermissionEditorDialog::PermissionEditorDialog(const QString& keyName, const QString& keySid,
                                               const Policy& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PermissionEditorDialog>())
    , m_before(current)
{
    m_ui->setupUi(this);
    const QString name = keyName.isEmpty() ? keySid : keyName;
    setWindowTitle(tr("Edit permissions of %1").arg(name));
    m_ui->introLabel->setText(
        tr("Permissions of the Restricted key \u201c%1\u201d (%2). Nothing changes until you save.")
            .arg(name, keySid));

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("savePermissionsButton"));
    save->setText(tr("&Save permissions\u2026"));
    save->setAccessibleName(tr("Save permissions"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    QPalette palette = m_ui->permissionProblemLabel->palette();
    palette.setColor(QPalette::WindowText, ThemeColors::accent(ThemeColors::Accent::Error, this->palette()));
    m_ui->permissionProblemLabel->setPalette(palette);

    m_ui->permissionEditor->setPolicy(current);
    // A shown problem follows the edits, and goes once they are fixed.
    connect(m_ui->permissionEditor, &PermissionEditor::changed, this, [this] {
        if (m_ui->permissionProblemLabel->isVisibleTo(this))
            showProblems(m_ui->permissionEditor->problems());
    });
}

PermissionEditorDialog::~PermissionEditorDialog() = default;

Policy PermissionEditorDialog::policy() const
{
    return m_ui->permissionEditor->policy();
}

void PermissionEditorDialog::accept()
{
    const QStringList problems = m_ui->permissionEditor->problems();
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    // The diff compares meaning: a "…/*" Twilio answered with is shown as the actions it stands for (what
    // the editor shows and sends), so an untouched wildcard is not reported as removed and re-added.
    const Policy before(m_ui->permissionEditor->model()->catalog().expand(m_before.allow()));
    if (!PolicyDiffDialog::confirm(this, before, policy(), tr("Save permissions"),
                                   tr("Twilio replaces the whole policy: the key will have exactly the "
                                      "permissions after the change, for every request signed with it from "
                                      "the moment it is saved.")))
        return;
    QDialog::accept();
}

void PermissionEditorDialog::showProblems(const QStringList& problems)
{
    m_ui->permissionProblemLabel->setText(problems.join(u'\n'));
    m_ui->permissionProblemLabel->setVisible(!problems.isEmpty());
}
