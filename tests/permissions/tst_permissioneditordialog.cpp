#include "keys/PermissionEditor.h"
#include "keys/PermissionEditorDialog.h"
#include "keys/PermissionTreeModel.h"
#include "keys/PolicyDiffDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

// "Edit permissions": validates in accept() and stays open on a problem, then asks through the policy
// diff (answered here with PolicyDiffDialog::setNextAnswer) and accepts only on confirm.
class TestPermissionEditorDialog : public QObject
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
    static const QString& sid()
    {
        static const QString s = QStringLiteral("SK0123456789abcdef0123456789abcdef");
        return s;
    }
    static Policy current() { return Policy(QStringList { p("/twilio/voice/calls/read") }); }

private slots:
    void cleanup() { PolicyDiffDialog::clearNextAnswer(); }

    void showsTheKeyAndItsPolicy()
    {
        PermissionEditorDialog dialog(QStringLiteral("<i>web</i> backend"), sid(), current());
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("<i>web</i> backend")));
        auto* intro = child<QLabel>(&dialog, "introLabel");
        QCOMPARE(intro->textFormat(), Qt::PlainText);
        QVERIFY(intro->text().contains(sid()));
        QCOMPARE(dialog.policy(), current());
        auto* save = child<QPushButton>(&dialog, "savePermissionsButton");
        QVERIFY(!save->accessibleName().contains(u'&'));
        // Unnamed key: the SID names it.
        PermissionEditorDialog unnamed(QString(), sid(), current());
        QVERIFY(unnamed.windowTitle().contains(sid()));
    }

    void invalidStaysOpenWithoutAsking()
    {
        PermissionEditorDialog dialog(QStringLiteral("web"), sid(), current());
        dialog.show();
        auto* editor = child<PermissionEditor>(&dialog, "permissionEditor");
        auto* problem = child<QLabel>(&dialog, "permissionProblemLabel");
        QVERIFY(editor->model()->setData(editor->model()->indexFromPermission(p("/twilio/voice/calls/read")),
                                         Qt::Unchecked, Qt::CheckStateRole));
        const int asked = PolicyDiffDialog::askedCount();
        PolicyDiffDialog::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "savePermissionsButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(PolicyDiffDialog::askedCount(), asked);
        QVERIFY(problem->isVisibleTo(&dialog));
        QVERIFY(problem->text().contains(QStringLiteral("at least one")));
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        // Fixing it clears the problem.
        QVERIFY(editor->model()->setData(editor->model()->indexFromPermission(p("/twilio/voice/calls/list")),
                                         Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!problem->isVisibleTo(&dialog));
    }

    void declinedDiffStaysOpen()
    {
        PermissionEditorDialog dialog(QStringLiteral("web"), sid(), current());
        dialog.show();
        auto* editor = child<PermissionEditor>(&dialog, "permissionEditor");
        QVERIFY(editor->model()->setData(editor->model()->indexFromPermission(p("/twilio/voice/calls/list")),
                                         Qt::Checked, Qt::CheckStateRole));
        const int asked = PolicyDiffDialog::askedCount();
        PolicyDiffDialog::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(&dialog, "savePermissionsButton"), Qt::LeftButton);
        QCOMPARE(PolicyDiffDialog::askedCount(), asked + 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void confirmedDiffAccepts()
    {
        PermissionEditorDialog dialog(QStringLiteral("web"), sid(), current());
        dialog.show();
        auto* editor = child<PermissionEditor>(&dialog, "permissionEditor");
        QVERIFY(editor->model()->setData(editor->model()->indexFromPermission(p("/twilio/voice/calls/list")),
                                         Qt::Checked, Qt::CheckStateRole));
        const int asked = PolicyDiffDialog::askedCount();
        PolicyDiffDialog::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "savePermissionsButton"), Qt::LeftButton);
        QCOMPARE(PolicyDiffDialog::askedCount(), asked + 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.policy().allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list") }));
    }

    // A wildcard Twilio answered with is compared as the actions the editor sends.
    void untouchedWildcardIsNoChange()
    {
        const Policy withWildcard(QStringList { p("/twilio/iam/api-keys/*"), p("/twilio/voice/calls/read") });
        PermissionEditorDialog dialog(QStringLiteral("admin"), sid(), withWildcard);
        dialog.show();
        PolicyDiffDialog::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "savePermissionsButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PolicyDiffDialog::Question asked = PolicyDiffDialog::lastQuestion();
        QVERIFY(asked.before.addedIn(asked.after).isEmpty());
        QVERIFY(asked.before.removedIn(asked.after).isEmpty());
        QCOMPARE(asked.after.size(), 6);
        QCOMPARE(asked.confirmText, QStringLiteral("Save permissions"));
        QVERIFY(asked.note.contains(QStringLiteral("replaces the whole policy")));
    }

    void cancelNeverAsks()
    {
        PermissionEditorDialog dialog(QStringLiteral("web"), sid(), current());
        dialog.show();
        const int asked = PolicyDiffDialog::askedCount();
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(PolicyDiffDialog::askedCount(), asked);
    }
};

QTEST_MAIN(TestPermissionEditorDialog)
#include "tst_permissioneditordialog.moc"
