#pragma once

#include "api/Policy.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PermissionEditorDialog;
}

// "Edit permissions" of an existing Restricted key: a PermissionEditor over the current policy. Save
// validates (stays open with the problem shown inline when the policy cannot be sent), then shows the
// change in a PolicyDiffDialog and accepts only when the user confirms. The caller sends policy().
class PermissionEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PermissionEditorDialog(const QString& keyName, const QString& keySid, const Policy& current,
                           QWidget* parent = nullptr);
    ~PermissionEditorDialog() override;

    Policy policy() const;

public slots:
    void accept() override;

private:
    void showProblems(const QStringList& problems);

    std::unique_ptr<Ui::PermissionEditorDialog> m_ui;
    Policy m_before;
};
