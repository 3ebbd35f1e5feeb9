#include "TokenVectors.h"
#include "common/ClipboardService.h"
#include "token/WebhooksPage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

class TestWebhooksPage : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

    template<typename T> static T* child(QWidget* page, const char* name)
    {
        T* w = page->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    static void set(QWidget* page, const char* name, const QString& text)
    {
        QLineEdit* edit = child<QLineEdit>(page, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Types the parameters into the table through the Add button.
    static void typeParams(QWidget* page, const QJsonObject& params)
    {
        auto* table = child<QTableWidget>(page, "paramsTable");
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QStringList values = it.value().isArray()
                ? [&] {
                      QStringList out;
                      for (const QJsonValue& v : it.value().toArray())
                          out << v.toString();
                      return out;
                  }()
                : QStringList { it.value().toString() };
            for (const QString& value : values) {
                QTest::mouseClick(child<QPushButton>(page, "addParamButton"), Qt::LeftButton);
                const int row = table->rowCount() - 1;
                table->item(row, 0)->setText(it.key());
                table->item(row, 1)->setText(value);
            }
        }
    }

    static QString state(QWidget* page)
    {
        return child<QLabel>(page, "verificationLabel")->property("state").toString();
    }

private slots:
    void initTestCase()
    {
        m_vectors = TokenVectors::load();
        QVERIFY2(!m_vectors.isEmpty(), qPrintable(TokenVectors::path()));
    }

    void docsFormPostExample()
    {
        const QJsonObject v = TokenVectors::webhook(m_vectors, QStringLiteral("form_post"));
        WebhooksPage page(nullptr);
        set(&page, "urlEdit", v.value(QStringLiteral("url")).toString());
        typeParams(&page, v.value(QStringLiteral("params")).toObject());
        QVERIFY(child<QLineEdit>(&page, "expectedSignatureEdit")->text().isEmpty()); // no auth token yet
        set(&page, "authTokenEdit", v.value(QStringLiteral("authToken")).toString());
        QCOMPARE(child<QLineEdit>(&page, "authTokenEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(&page, "expectedSignatureEdit")->text(),
                 QStringLiteral("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        QCOMPARE(child<QPlainTextEdit>(&page, "stringToSignView")->toPlainText(),
                 v.value(QStringLiteral("string_to_sign")).toString());
        QVERIFY(!child<QLineEdit>(&page, "bodyHashUrlEdit")->isVisibleTo(&page));

        // Check a received signature.
        set(&page, "receivedSignatureEdit", QStringLiteral("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        QCOMPARE(state(&page), QStringLiteral("valid"));
        QCOMPARE(page.validation().matchedVariant, QStringLiteral("as given"));
        auto* variants = child<QListWidget>(&page, "variantsView");
        QVERIFY(variants->count() >= 2);
        QVERIFY(variants->item(0)->text().startsWith(
            QStringLiteral("as given: https://mycompany.com/myapp.php")));

        // The port-:443 signature also validates, and the page names the variant that matched.
        set(&page, "receivedSignatureEdit", QStringLiteral("EpDEmp1PyjDYp77YxYU3GILBWzE="));
        QCOMPARE(state(&page), QStringLiteral("valid"));
        QVERIFY2(page.validation().matchedVariant.contains(QStringLiteral("443")),
                 qPrintable(page.validation().matchedVariant));

        // Tampering with a parameter breaks it.
        auto* table = child<QTableWidget>(&page, "paramsTable");
        table->findItems(QStringLiteral("1234"), Qt::MatchExactly).first()->setText(QStringLiteral("1235"));
        set(&page, "receivedSignatureEdit", QStringLiteral("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        QCOMPARE(state(&page), QStringLiteral("invalid"));
        QVERIFY(child<QLabel>(&page, "verificationLabel")->text().startsWith(QStringLiteral("✘")));

        // Removing a row recomputes.
        const QString before = child<QLineEdit>(&page, "expectedSignatureEdit")->text();
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, "removeParamButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(child<QLineEdit>(&page, "expectedSignatureEdit")->text() != before);
    }

    void nonStandardPortMustBeKept()
    {
        WebhooksPage page(nullptr);
        set(&page, "urlEdit", QStringLiteral("http://localhost/voice"));
        page.setParams({ { QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE") },
                         { QStringLiteral("From"), QStringLiteral("+12349013030") } });
        set(&page, "authTokenEdit", QStringLiteral("12345"));
        set(&page, "receivedSignatureEdit", QStringLiteral("5Wa9vFZ8iRoMp4ptpf/D3+3uDrA="));
        QCOMPARE(state(&page), QStringLiteral("invalid"));
        set(&page, "urlEdit", QStringLiteral("http://localhost:8080/voice"));
        QCOMPARE(state(&page), QStringLiteral("valid"));
        QCOMPARE(child<QLineEdit>(&page, "expectedSignatureEdit")->text(),
                 QStringLiteral("5Wa9vFZ8iRoMp4ptpf/D3+3uDrA="));
    }

    void arraysAndUtf8()
    {
        const QJsonObject v = TokenVectors::webhook(m_vectors, QStringLiteral("array_params_and_utf8"));
        WebhooksPage page(nullptr);
        set(&page, "urlEdit", v.value(QStringLiteral("url")).toString());
        typeParams(&page, v.value(QStringLiteral("params")).toObject());
        set(&page, "authTokenEdit", v.value(QStringLiteral("authToken")).toString());
        QCOMPARE(child<QPlainTextEdit>(&page, "stringToSignView")->toPlainText(),
                 v.value(QStringLiteral("string_to_sign")).toString());
        QCOMPARE(child<QLineEdit>(&page, "expectedSignatureEdit")->text(),
                 v.value(QStringLiteral("signature")).toString());
    }

    void jsonBody()
    {
        const QJsonObject v = TokenVectors::webhook(m_vectors, QStringLiteral("json_body_bodySHA256"));
        WebhooksPage page(nullptr);
        set(&page, "urlEdit", QStringLiteral("https://mycompany.com/myapp.php"));
        QTest::mouseClick(child<QRadioButton>(&page, "jsonBodyRadio"), Qt::LeftButton);
        QVERIFY(page.isJsonBody());
        child<QPlainTextEdit>(&page, "jsonBodyEdit")
            ->setPlainText(v.value(QStringLiteral("body")).toString());
        set(&page, "authTokenEdit", v.value(QStringLiteral("authToken")).toString());
        QCOMPARE(child<QLineEdit>(&page, "bodyHashUrlEdit")->text(),
                 v.value(QStringLiteral("url")).toString());
        QCOMPARE(child<QLineEdit>(&page, "expectedSignatureEdit")->text(),
                 v.value(QStringLiteral("signature")).toString());
        set(&page, "receivedSignatureEdit", v.value(QStringLiteral("signature")).toString());
        QCOMPARE(state(&page), QStringLiteral("valid"));

        // The received URL already carries Twilio's hash: a body changed by one space is caught as such.
        set(&page, "urlEdit", v.value(QStringLiteral("url")).toString());
        QCOMPARE(state(&page), QStringLiteral("valid"));
        child<QPlainTextEdit>(&page, "jsonBodyEdit")
            ->setPlainText(v.value(QStringLiteral("body")).toString() + u' ');
        QCOMPARE(state(&page), QStringLiteral("invalid"));
        QVERIFY(page.validation().bodyChecked);
        QVERIFY(!page.validation().bodyHashMatches);
        QCOMPARE(page.validation().matchedVariant,
                 QStringLiteral("as given")); // the URL signature itself is fine
        auto* variants = child<QListWidget>(&page, "variantsView");
        QVERIFY(variants->item(0)->toolTip().startsWith(QStringLiteral("This URL variant matched")));
        QVERIFY(variants->item(1)->toolTip().startsWith(QStringLiteral("This URL variant did not match")));
    }

    void getIgnoresParameters()
    {
        WebhooksPage page(nullptr);
        page.show();
        set(&page, "urlEdit", QStringLiteral("https://example.com/status?CallSid=CA1&To=%2B1800"));
        page.setParams({ { QStringLiteral("Ignored"), QStringLiteral("x") } });
        set(&page, "authTokenEdit", QStringLiteral("12345"));
        child<QComboBox>(&page, "methodCombo")->setCurrentText(QStringLiteral("GET"));
        QVERIFY(!child<QWidget>(&page, "paramsTable")->isEnabled());
        QVERIFY(child<QLabel>(&page, "getNoteLabel")->isVisibleTo(&page));
        QCOMPARE(child<QLineEdit>(&page, "expectedSignatureEdit")->text(),
                 WebhookSignature::compute(
                     "12345", QStringLiteral("https://example.com/status?CallSid=CA1&To=%2B1800"), {}));
    }

    void copyGoesThroughTheClipboardService()
    {
        ClipboardService clipboard;
        WebhooksPage page(&clipboard);
        page.show();
        page.activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        set(&page, "urlEdit", QStringLiteral("https://example.com/sms"));
        set(&page, "authTokenEdit", QStringLiteral("12345"));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(child<QWidget>(&page, "urlEdit"), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), page.expectedSignature());
        QVERIFY(clipboard.isCountingDown());
        // Ctrl+Shift+N adds a parameter row.
        QTest::keyClick(child<QWidget>(&page, "urlEdit"), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(child<QTableWidget>(&page, "paramsTable")->rowCount(), 1);
    }
};

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"
