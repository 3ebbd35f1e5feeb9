#include "common/ThemeColors.h"
#include "keys/PolicyDiffDialog.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// What a policy change adds and removes, said before anything is saved; and the confirmation seam.
class TestPolicyDiffDialog : public QObject
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
    static QStringList texts(QListWidget* list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

private slots:
    void cleanup() { PolicyDiffDialog::clearNextAnswer(); }

    void listsAndSummary()
    {
        const Policy before(QStringList { p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list"),
                                          p("/twilio/iam/api-keys/read") });
        const Policy after(QStringList { p("/twilio/voice/calls/read"), p("/twilio/messaging/messages/read"),
                                         p("/twilio/messaging/messages/list"),
                                         p("/twilio/iam/api-keys/read") });
        PolicyDiffDialog dialog(before, after);
        auto* added = child<QListWidget>(&dialog, "addedList");
        auto* removed = child<QListWidget>(&dialog, "removedList");
        QCOMPARE(texts(added),
                 (QStringList { QStringLiteral("+ /twilio/messaging/messages/read"),
                                QStringLiteral("+ /twilio/messaging/messages/list") }));
        QCOMPARE(texts(removed), QStringList { QStringLiteral("\u2212 /twilio/voice/calls/list") });
        QCOMPARE(added->item(0)->data(Qt::UserRole).toString(), p("/twilio/messaging/messages/read"));
        QCOMPARE(added->item(0)->foreground().color(),
                 ThemeColors::accent(ThemeColors::Accent::Success, dialog.palette()));
        QCOMPARE(removed->item(0)->foreground().color(),
                 ThemeColors::accent(ThemeColors::Accent::Error, dialog.palette()));
        QVERIFY(added->item(0)->foreground().color() != removed->item(0)->foreground().color());
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("2 added, 1 removed; 4 permissions after the change"));
        QVERIFY(added->isVisibleTo(&dialog));
        QVERIFY(removed->isVisibleTo(&dialog));
        for (QWidget* list : { static_cast<QWidget*>(added), static_cast<QWidget*>(removed) }) {
            QVERIFY(!list->accessibleName().isEmpty());
            QVERIFY(!list->accessibleName().contains(u'&'));
        }
    }

    void onlyAdditionsHideTheRemovedList()
    {
        PolicyDiffDialog dialog(Policy(), Policy(QStringList { p("/twilio/voice/calls/read") }));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("1 added, 0 removed; 1 permission after the change"));
        QVERIFY(child<QListWidget>(&dialog, "addedList")->isVisibleTo(&dialog));
        QVERIFY(!child<QListWidget>(&dialog, "removedList")->isVisibleTo(&dialog));
    }

    void nothingChanges()
    {
        const Policy same(QStringList { p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list") });
        PolicyDiffDialog dialog(same, same);
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("Nothing changes: the key keeps the same 2 permissions."));
        QVERIFY(!child<QListWidget>(&dialog, "addedList")->isVisibleTo(&dialog));
        QVERIFY(!child<QListWidget>(&dialog, "removedList")->isVisibleTo(&dialog));
    }

    void noteAndConfirmText()
    {
        PolicyDiffDialog dialog(Policy(), Policy(QStringList { p("/twilio/voice/calls/read") }));
        auto* note = child<QLabel>(&dialog, "noteLabel");
        QVERIFY(!note->isVisibleTo(&dialog));
        dialog.setNote(QStringLiteral("Twilio replaces the whole policy. <b>not bold</b>"));
        QVERIFY(note->isVisibleTo(&dialog));
        QCOMPARE(note->textFormat(), Qt::PlainText);
        dialog.setConfirmText(QStringLiteral("&Create key"));
        auto* confirm = child<QPushButton>(&dialog, "confirmButton");
        QCOMPARE(confirm->text(), QStringLiteral("&Create key"));
        QCOMPARE(confirm->accessibleName(), QStringLiteral("Create key"));
        QVERIFY(confirm->isDefault());
        dialog.setNote(QString());
        QVERIFY(!note->isVisibleTo(&dialog));
    }

    void confirmSeam()
    {
        const Policy before;
        const Policy after(QStringList { p("/twilio/voice/calls/read") });
        const int asked = PolicyDiffDialog::askedCount();
        PolicyDiffDialog::setNextAnswer(true);
        QVERIFY(PolicyDiffDialog::confirm(nullptr, before, after, QStringLiteral("Create key"), QString()));
        PolicyDiffDialog::setNextAnswer(false);
        QVERIFY(!PolicyDiffDialog::confirm(nullptr, before, after, QStringLiteral("Create key"),
                                           QStringLiteral("n")));
        QCOMPARE(PolicyDiffDialog::askedCount(), asked + 2);
        QCOMPARE(PolicyDiffDialog::lastQuestion().before, before);
        QCOMPARE(PolicyDiffDialog::lastQuestion().after, after);
        QCOMPARE(PolicyDiffDialog::lastQuestion().confirmText, QStringLiteral("Create key"));
        QCOMPARE(PolicyDiffDialog::lastQuestion().note, QStringLiteral("n"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Without a queued answer the real dialog is shown; the user's click decides.
    void confirmShowsTheDialog_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("confirm") << QStringLiteral("confirmButton") << true;
        QTest::newRow("cancel") << QStringLiteral("cancelButton") << false;
    }
    void confirmShowsTheDialog()
    {
        QFETCH(QString, button);
        QFETCH(bool, confirmed);
        QString seenText;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<PolicyDiffDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seenText = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->text();
            QTest::mouseClick(dialog->findChild<QPushButton*>(button), Qt::LeftButton);
        });
        const bool answer = PolicyDiffDialog::confirm(
            nullptr, Policy(), Policy(QStringList { p("/twilio/voice/calls/read") }),
            QStringLiteral("Save permissions"), QStringLiteral("note"));
        QCOMPARE(answer, confirmed);
        QCOMPARE(seenText, QStringLiteral("Save permissions"));
    }
};

QTEST_MAIN(TestPolicyDiffDialog)
#include "tst_policydiffdialog.moc"
