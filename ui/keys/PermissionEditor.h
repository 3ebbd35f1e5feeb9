#pragma once

#include "api/Policy.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class PermissionCatalog;
class PermissionTreeModel;
class QSortFilterProxyModel;

namespace Ui {
class PermissionEditor;
}

// Edits a Restricted key's policy. Tab "Permissions": the catalog as a checkable tree (product →
// resource → action) with a filter (Ctrl+F), a Level combo per resource, the count against Twilio's
// limit of 100, and a field for permissions the catalog lacks. Tab "JSON": the {"allow":[…]} that
// will be sent, editable; valid edits apply to the tree at once, invalid ones are explained and leave
// the tree as it was. The tree model is the one source of truth; both views follow it.
// While filtering, checking a product or resource affects only the actions the filter shows.
// Keyboard: Tab through every control, Space toggles the current item, F2 opens a resource's level.
class PermissionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionEditor(QWidget* parent = nullptr); // over PermissionCatalog::builtIn()
    explicit PermissionEditor(const PermissionCatalog& catalog, QWidget* parent = nullptr);
    ~PermissionEditor() override;

    void setPolicy(const Policy& policy);
    // What the tree holds (the last valid state while the JSON tab holds something invalid).
    Policy policy() const;
    // Policy::problems() of policy(), plus the JSON tab's when its text cannot be applied.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    PermissionTreeModel* model() const { return m_model; }

signals:
    // The policy, or whether it can be sent, changed.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onModelChanged();
    void updateColours();
    void updateCount();
    void writeJson();
    void readJson();
    void applyFilter(const QString& text);
    void addCustomPermission();
    void showCustomProblem(const QString& problem);
    void expandChecked();

    std::unique_ptr<Ui::PermissionEditor> m_ui;
    PermissionTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QString m_jsonProblem; // why the JSON tab's text is not applied; empty when it is
    bool m_syncing = false; // a change is travelling between the JSON text and the tree
};
