#include "keys/PermissionCatalog.h"
#include "keys/PermissionEditor.h"
#include "keys/PermissionTreeModel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

// The permission editor driven by object name: filter, checks, the count against 100, the JSON tab in
// both directions, custom permissions and the keyboard.
class TestPermissionEditor : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    static QString p(const char* permission) { return QString::fromLatin1(permission); }

    // The first 'count' catalog permissions that are not wildcards (catalog order: what policy() gives back).
    static QStringList firstPermissions(int count)
    {
        QStringList out;
        for (const QString& permission : PermissionCatalog::builtIn().permissions()) {
            if (out.size() == count)
                break;
            if (!permission.endsWith(QLatin1String("/*")))
                out << permission;
        }
        return out;
    }

    // The proxy index a view shows for a source index.
    static QModelIndex viewIndex(QTreeView* tree, const QModelIndex& source)
    {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(tree->model());
        return proxy->mapFromSource(source);
    }

    static QStringList jsonAllow(PermissionEditor& editor)
    {
        const auto policy = Policy::fromJson(
            child<QPlainTextEdit>(&editor, "policyJsonEdit")->toPlainText().toUtf8(), nullptr);
        return policy ? policy->allow() : QStringList { QStringLiteral("<invalid>") };
    }

private slots:
    void objectNamesAndAccessibleNames()
    {
        PermissionEditor editor;
        for (const char* name : { "permissionFilterEdit", "permissionTree", "customPermissionEdit",
                                  "addCustomPermissionButton", "policyJsonEdit", "permissionTabs" }) {
            auto* widget = child<QWidget>(&editor, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(!widget->accessibleName().contains(u'&'), name);
        }
        QCOMPARE(child<QLabel>(&editor, "permissionCountLabel")->text(),
                 QStringLiteral("0 of 100 permissions"));
        QCOMPARE(child<QLabel>(&editor, "permissionCountLabel")->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLabel>(&editor, "policyJsonProblemLabel")->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLabel>(&editor, "customPermissionProblemLabel")->textFormat(), Qt::PlainText);
        QVERIFY(!editor.isValid()); // a Restricted key needs at least one permission
    }

    void filterKeepsParentsAndExpands()
    {
        PermissionEditor editor;
        auto* tree = child<QTreeView>(&editor, "permissionTree");
        auto* filter = child<QLineEdit>(&editor, "permissionFilterEdit");
        const int products = tree->model()->rowCount();
        QCOMPARE(products, int(PermissionCatalog::builtIn().products().size()));

        QTest::keyClicks(filter, QStringLiteral("API-KEYS/del"));
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex iam = tree->model()->index(0, 0);
        QCOMPARE(iam.data().toString(), QStringLiteral("iam"));
        QCOMPARE(tree->model()->rowCount(iam), 1);
        const QModelIndex keys = tree->model()->index(0, 0, iam);
        QCOMPARE(keys.data().toString(), QStringLiteral("api-keys"));
        QCOMPARE(tree->model()->rowCount(keys), 1);
        QCOMPARE(tree->model()->index(0, 0, keys).data(PermissionTreeModel::PermissionRole).toString(),
                 p("/twilio/iam/api-keys/delete"));
        QVERIFY(tree->isExpanded(iam));
        QVERIFY(tree->isExpanded(keys));

        // Checking through the filtered view reaches the model.
        QVERIFY(tree->model()->setData(tree->model()->index(0, 0, keys), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(editor.policy().allow(), QStringList { p("/twilio/iam/api-keys/delete") });

        filter->clear();
        QCOMPARE(tree->model()->rowCount(), products);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("billing"));
        QVERIFY(!tree->isExpanded(tree->model()->index(0, 0)));
        // Back to the overview: products holding checked permissions open.
        QVERIFY(tree->isExpanded(viewIndex(
            tree, editor.model()->indexFromPermission(p("/twilio/iam/api-keys/delete")).parent().parent())));
    }

    // Under a filter a product or resource stands for the actions it shows, not the hidden ones.
    void filteredParentsActOnVisibleActions()
    {
        PermissionEditor editor;
        auto* tree = child<QTreeView>(&editor, "permissionTree");
        child<QLineEdit>(&editor, "permissionFilterEdit")->setText(QStringLiteral("/read"));
        QModelIndex iam;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            if (tree->model()->index(row, 0).data().toString() == QLatin1String("iam"))
                iam = tree->model()->index(row, 0);
        }
        QVERIFY(iam.isValid());
        QCOMPARE(iam.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(tree->model()->setData(iam, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(iam.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // all it shows
        const QStringList allow = editor.policy().allow();
        QVERIFY(allow.size() > 1);
        for (const QString& permission : allow) {
            QVERIFY2(permission.startsWith(QStringLiteral("/twilio/iam/")), qPrintable(permission));
            QVERIFY2(permission.endsWith(QStringLiteral("/read")), qPrintable(permission));
        }
        QCOMPARE(editor.model()
                     ->indexFromPermission(p("/twilio/iam/api-keys/delete"))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));
        // Toggling again unchecks exactly those.
        QVERIFY(tree->model()->setData(iam, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(editor.policy().isEmpty());
        QVERIFY(tree->model()->setData(iam, Qt::Checked, Qt::CheckStateRole));
        // Without the filter the product is only partly checked.
        child<QLineEdit>(&editor, "permissionFilterEdit")->clear();
        const QModelIndex iamAll = viewIndex(
            tree, editor.model()->indexFromPermission(p("/twilio/iam/api-keys/read")).parent().parent());
        QCOMPARE(iamAll.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    }

    void checkViaModelUpdatesCountAndJson()
    {
        PermissionEditor editor;
        QSignalSpy changed(&editor, &PermissionEditor::changed);
        PermissionTreeModel* model = editor.model();
        QVERIFY(model->setData(model->indexFromPermission(p("/twilio/iam/api-keys/read")), Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(child<QLabel>(&editor, "permissionCountLabel")->text(),
                 QStringLiteral("1 of 100 permissions"));
        QCOMPARE(jsonAllow(editor), QStringList { p("/twilio/iam/api-keys/read") });
        QVERIFY(editor.isValid());
        QCOMPARE(editor.policy(), Policy(QStringList { p("/twilio/iam/api-keys/read") }));
    }

    void countTurnsRedAbove100()
    {
        PermissionEditor editor;
        auto* label = child<QLabel>(&editor, "permissionCountLabel");
        const QColor normal = label->palette().color(QPalette::WindowText);
        editor.setPolicy(Policy(firstPermissions(100)));
        QCOMPARE(label->text(), QStringLiteral("100 of 100 permissions"));
        QCOMPARE(label->palette().color(QPalette::WindowText), normal);
        QVERIFY(editor.isValid());

        editor.setPolicy(Policy(firstPermissions(101)));
        QVERIFY2(label->text().startsWith(QStringLiteral("101 of 100 permissions")),
                 qPrintable(label->text()));
        const QColor over = label->palette().color(QPalette::WindowText);
        QVERIFY(over != normal);
        QVERIFY(over != editor.palette().color(QPalette::WindowText));
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problems().join(u' ').contains(QStringLiteral("100")));

        // Back under the limit, back to the normal colour.
        QVERIFY(editor.model()->setData(editor.model()->indexFromPermission(firstPermissions(1).first()),
                                        Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(label->text(), QStringLiteral("100 of 100 permissions"));
        QCOMPARE(label->palette().color(QPalette::WindowText), normal);
    }

    void jsonTabFollowsTheTree()
    {
        PermissionEditor editor;
        const Policy policy(QStringList { p("/twilio/voice/calls/read"), p("/twilio/iam/api-keys/*"),
                                          p("/twilio/lookup/phone-numbers/list") });
        editor.setPolicy(policy);
        auto* json = child<QPlainTextEdit>(&editor, "policyJsonEdit");
        // Exactly what Policy::toJson will send (indented): the wildcard as explicit actions.
        const auto shown = Policy::fromJson(json->toPlainText().toUtf8(), nullptr);
        QVERIFY(shown);
        QCOMPARE(shown->toJson(), editor.policy().toJson());
        QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object().keys(),
                 QStringList { QStringLiteral("allow") });
        QCOMPARE(editor.policy().size(), 7); // 5 api-keys actions, calls/read, the custom lookup one
        QVERIFY(editor.policy().contains(p("/twilio/lookup/phone-numbers/list")));
    }

    void jsonEditsApplyToTheTree()
    {
        PermissionEditor editor;
        editor.setPolicy(Policy(QStringList { p("/twilio/voice/calls/read") }));
        auto* json = child<QPlainTextEdit>(&editor, "policyJsonEdit");
        auto* problem = child<QLabel>(&editor, "policyJsonProblemLabel");
        auto* tabs = child<QTabWidget>(&editor, "permissionTabs");
        tabs->setCurrentWidget(child<QWidget>(&editor, "jsonTab"));
        QSignalSpy textChanges(json, &QPlainTextEdit::textChanged);
        QSignalSpy changed(&editor, &PermissionEditor::changed);

        // Valid: applied at once; the user's text is left as typed (no rewrite loop).
        const QString typed = QStringLiteral(
            "{\"allow\": [\"/twilio/messaging/messages/list\", \"/twilio/voice/calls/read\", "
            "\"/twilio/voice/calls/read\"]}");
        json->setPlainText(typed);
        QCOMPARE(textChanges.size(), 1);
        QCOMPARE(json->toPlainText(), typed);
        QVERIFY(!problem->isVisibleTo(&editor));
        QCOMPARE(editor.policy().allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/messaging/messages/list") }));
        QCOMPARE(editor.model()
                     ->indexFromPermission(p("/twilio/messaging/messages/list"))
                     .data(Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Checked));
        QVERIFY(editor.isValid());
        QVERIFY(changed.size() >= 1);

        // Invalid JSON: explained, the tree keeps its last valid state, the editor is not valid.
        changed.clear();
        json->setPlainText(QStringLiteral("{\"allow\": [\"/twilio/voice/calls/list\""));
        QVERIFY(problem->isVisibleTo(&editor));
        QVERIFY(problem->text().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QCOMPARE(editor.policy().allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/messaging/messages/list") }));
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problems().first().contains(QStringLiteral("JSON")));
        QCOMPARE(changed.size(), 1);

        // Valid JSON but not a permission: same.
        json->setPlainText(QStringLiteral("{\"allow\": [\"<b>bold</b>\"]}"));
        QVERIFY(problem->isVisibleTo(&editor));
        QVERIFY(problem->text().contains(QStringLiteral("<b>bold</b>"))); // shown as typed, plain text
        QCOMPARE(editor.policy().size(), 2);
        QVERIFY(!editor.isValid());

        // Fixed: applied.
        json->setPlainText(QStringLiteral("[\"/twilio/voice/calls/list\"]"));
        QVERIFY(!problem->isVisibleTo(&editor));
        QCOMPARE(editor.policy().allow(), QStringList { p("/twilio/voice/calls/list") });
        QVERIFY(editor.isValid());

        // Leaving the tab shows the normalised form that will be sent.
        tabs->setCurrentWidget(child<QWidget>(&editor, "permissionsTab"));
        QCOMPARE(Policy::fromJson(json->toPlainText().toUtf8(), nullptr)->toJson(), editor.policy().toJson());
        QVERIFY(json->toPlainText().contains(u'\n'));
    }

    void treeEditReplacesInvalidJson()
    {
        PermissionEditor editor;
        auto* json = child<QPlainTextEdit>(&editor, "policyJsonEdit");
        auto* problem = child<QLabel>(&editor, "policyJsonProblemLabel");
        json->setPlainText(QStringLiteral("not json")); // the JSON tab is not the current one: isHidden()
        QVERIFY(!problem->isHidden());
        QVERIFY(editor.model()->setData(editor.model()->indexFromPermission(p("/twilio/voice/calls/read")),
                                        Qt::Checked, Qt::CheckStateRole));
        QVERIFY(problem->isHidden());
        QCOMPARE(jsonAllow(editor), QStringList { p("/twilio/voice/calls/read") });
        QVERIFY(editor.isValid());
    }

    void customPermissionAcceptedAndRefused()
    {
        PermissionEditor editor;
        auto* edit = child<QLineEdit>(&editor, "customPermissionEdit");
        auto* add = child<QPushButton>(&editor, "addCustomPermissionButton");
        auto* problem = child<QLabel>(&editor, "customPermissionProblemLabel");
        QVERIFY(!add->isEnabled());

        QTest::keyClicks(edit, QStringLiteral("  /twilio/lookup/phone-numbers/list "));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!problem->isVisibleTo(&editor));
        QCOMPARE(editor.policy().allow(), QStringList { p("/twilio/lookup/phone-numbers/list") });
        const QModelIndex custom
            = editor.model()->indexFromPermission(p("/twilio/lookup/phone-numbers/list"));
        QVERIFY(custom.data(PermissionTreeModel::IsCustomRole).toBool());
        auto* tree = child<QTreeView>(&editor, "permissionTree");
        QCOMPARE(tree->currentIndex(), viewIndex(tree, custom));

        QTest::keyClicks(edit, QStringLiteral("/twilio/voice/calls/launch"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(problem->isVisibleTo(&editor));
        QVERIFY(problem->text().contains(QStringLiteral("/twilio/<product>/<resource>/<action>")));
        QCOMPARE(edit->text(), QStringLiteral("/twilio/voice/calls/launch")); // kept to fix
        QCOMPARE(editor.policy().size(), 1);
        // Typing again clears the complaint.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!problem->isVisibleTo(&editor));

        // A catalog permission typed by hand is just checked.
        edit->setText(QStringLiteral("/twilio/voice/calls/read"));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(!editor.model()
                     ->indexFromPermission(p("/twilio/voice/calls/read"))
                     .data(PermissionTreeModel::IsCustomRole)
                     .toBool());
        QCOMPARE(editor.policy().size(), 2);
    }

    void levelComboSetsActions()
    {
        PermissionEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* tree = child<QTreeView>(&editor, "permissionTree");
        PermissionTreeModel* model = editor.model();
        const QModelIndex read = model->indexFromPermission(p("/twilio/iam/api-keys/read"));
        const QModelIndex level
            = viewIndex(tree, read.parent().siblingAtColumn(PermissionTreeModel::LevelColumn));
        tree->expand(viewIndex(tree, read.parent().parent()));
        tree->scrollTo(level);
        tree->edit(level);
        auto* combo = tree->findChild<QComboBox*>(QStringLiteral("permissionLevelCombo"));
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentText(), QStringLiteral("None"));
        QTest::keyClick(combo, Qt::Key_Down); // None → Read
        QCOMPARE(editor.policy().allow(),
                 (QStringList { p("/twilio/iam/api-keys/read"), p("/twilio/iam/api-keys/list") }));
        QCOMPARE(level.data().toString(), QStringLiteral("Read"));
    }

    void keyboard()
    {
        PermissionEditor editor;
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* tree = child<QTreeView>(&editor, "permissionTree");
        auto* filter = child<QLineEdit>(&editor, "permissionFilterEdit");
        auto* custom = child<QLineEdit>(&editor, "customPermissionEdit");

        // Space toggles the current item.
        const QModelIndex read = editor.model()->indexFromPermission(p("/twilio/voice/calls/read"));
        tree->expand(viewIndex(tree, read.parent().parent()));
        tree->expand(viewIndex(tree, read.parent()));
        tree->setFocus();
        tree->setCurrentIndex(viewIndex(tree, read));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(read.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(read.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // On a resource it checks every action.
        tree->setCurrentIndex(viewIndex(tree, read.parent()));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(read.parent().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // F2 on a resource opens its level combo box.
        QVERIFY(tree->model()->setData(viewIndex(tree, read.parent()), Qt::Unchecked, Qt::CheckStateRole));
        tree->setCurrentIndex(viewIndex(tree, read.parent()));
        QTest::keyClick(tree, Qt::Key_F2);
        auto* combo = tree->findChild<QComboBox*>(QStringLiteral("permissionLevelCombo"));
        QVERIFY(combo);
        QCOMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(editor.model()->level(read.parent()), PermissionTreeModel::Level::Read);
        QVERIFY(combo->isHidden()); // committed and closed at once

        // Ctrl+F goes to the filter from anywhere in the editor.
        QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), filter);

        // Tab walks filter → tree → custom permission field.
        QTest::keyClick(filter, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tree);
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), custom);
    }
};

QTEST_MAIN(TestPermissionEditor)
#include "tst_permissioneditor.moc"
