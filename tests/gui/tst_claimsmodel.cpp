#include "token/ClaimsModel.h"
#include "token/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestClaimsModel : public QObject
{
    Q_OBJECT

private:
    static OrderedJson json(const char* text) { return *OrderedJson::parse(QByteArray(text)); }

private slots:
    void rowsInReceivedOrder()
    {
        ClaimsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(1700000001);
        model.setPayload(
            json(R"({"sub":"AC1","exp":1700003600,"iat":1700000000,"grants":{"identity":"a"}})"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ClaimsModel::ColumnCount));
        QCOMPARE(model.keyFromIndex(model.index(0, 0)), QStringLiteral("sub"));
        QCOMPARE(model.indexFromKey(QStringLiteral("grants")).row(), 3);
        QCOMPARE(model.index(3, ClaimsModel::ValueColumn).data().toString(),
                 QStringLiteral("{\"identity\":\"a\"}"));
        QCOMPARE(model.index(0, ClaimsModel::ValueColumn).data().toString(),
                 QStringLiteral("AC1")); // no quotes
        const QModelIndex exp = model.indexFromKey(QStringLiteral("exp"), ClaimsModel::RelativeColumn);
        QCOMPARE(exp.data().toString(), QStringLiteral("expires in 59 min"));
        QCOMPARE(model.indexFromKey(QStringLiteral("exp"), ClaimsModel::UtcTimeColumn).data().toString(),
                 QStringLiteral("2023-11-14 23:13:20 UTC"));
        QCOMPARE(model.indexFromKey(QStringLiteral("exp")).data(ClaimsModel::TimeRole).toLongLong(),
                 1700003600);
        QVERIFY(!model.indexFromKey(QStringLiteral("sub")).data(ClaimsModel::TimeRole).isValid());
        QVERIFY(model.index(0, ClaimsModel::MeaningColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Account SID")));
        QVERIFY(model.indexFromKey(QStringLiteral("sub"), ClaimsModel::RelativeColumn)
                    .data()
                    .toString()
                    .isEmpty());
    }

    void updatesInPlace()
    {
        ClaimsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(1700000001);
        model.setPayload(json(R"({"iss":"SK1","exp":1700003600})"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setPayload(json(R"({"iss":"SK1","exp":1700003600})"));
        QCOMPARE(changes.count(), 0);
        model.setPayload(json(R"({"iss":"SK2","exp":1700003600})"));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(resets.count(), 0);

        // A tick only touches the relative column of time claims.
        changes.clear();
        model.setNow(1700003600 + 10800);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().column(), int(ClaimsModel::RelativeColumn));
        QCOMPARE(model.indexFromKey(QStringLiteral("exp"), ClaimsModel::RelativeColumn).data().toString(),
                 QStringLiteral("expired 3 h ago"));

        // Other claims: reset.
        model.setPayload(json(R"({"iss":"SK2"})"));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void findingsModel()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Finding> findings
            = { { Finding::Severity::Error, QStringLiteral("expired"), QStringLiteral("Expired.") },
                { Finding::Severity::Info, QStringLiteral("signature-verified"), QStringLiteral("Valid.") } };
        model.setFindings(findings);
        QCOMPARE(model.codes(),
                 (QStringList { QStringLiteral("expired"), QStringLiteral("signature-verified") }));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Expired."));
        QCOMPARE(model.index(0).data(FindingsModel::SeverityRole).toInt(), int(Finding::Severity::Error));
        QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("expired")));
        QCOMPARE(model.indexFromKey(QStringLiteral("signature-verified")).row(), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setFindings(findings);
        QCOMPARE(resets.count() + changes.count(), 0);
    }
};

QTEST_MAIN(TestClaimsModel)
#include "tst_claimsmodel.moc"
