// KeyListModel and KeyFilterProxyModel, Core only, under QAbstractItemModelTester.
#include "keys/KeyFilterProxyModel.h"
#include "keys/KeyListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QString sidFor(int i)
{
    return QStringLiteral("SK%1").arg(i, 32, 16, QLatin1Char('0'));
}

ApiKey makeKey(int i, const QString& name, ApiKey::Type type, const QDateTime& created)
{
    ApiKey key;
    key.sid = sidFor(i);
    key.friendlyName = name;
    key.type = type;
    key.dateCreated = created;
    key.dateUpdated = created;
    key.region = QStringLiteral("us1");
    key.source = ApiKey::Source::IamList;
    key.flags = { QStringLiteral("rest_api") };
    if (type != ApiKey::Type::Restricted)
        key.flags << QStringLiteral("signing");
    return key;
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

class TestKeyListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppendRowsWithoutReset()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<ApiKey> page1, page2;
        for (int i = 0; i < 50; ++i)
            page1 << makeKey(i, QStringLiteral("key %1").arg(i), ApiKey::Type::Unknown, utc(2024, 1, 1));
        for (int i = 50; i < 75; ++i)
            page2 << makeKey(i, QStringLiteral("key %1").arg(i), ApiKey::Type::Restricted, utc(2024, 1, 2));
        model.appendKeys(page1);
        model.appendKeys(page2);
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(inserted.count(), 2); // one per page
        QCOMPARE(inserted.at(1).at(1).toInt(), 50);
        QCOMPARE(inserted.at(1).at(2).toInt(), 74);
        QCOMPARE(reset.count(), 0);
        // A page repeating a key (a list that shifted under us) updates it instead of adding a row.
        model.appendKeys({ makeKey(3, QStringLiteral("renamed"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(model.data(model.indexFromSid(sidFor(3), KeyListModel::NameColumn)).toString(),
                 QStringLiteral("renamed"));
    }

    void detailsChangeOneRowInPlace()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendKeys({ makeKey(1, QStringLiteral("a"), ApiKey::Type::Restricted, utc(2024, 1, 1)),
                           makeKey(2, QStringLiteral("b"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.data(model.indexFromSid(sidFor(1), KeyListModel::PermissionsColumn)).toString(),
                 QString());
        ApiKey details = makeKey(1, QStringLiteral("a"), ApiKey::Type::Restricted, utc(2024, 1, 1));
        details.source = ApiKey::Source::IamFetch;
        details.flags.clear();
        details.policy = Policy(
            { QStringLiteral("/twilio/voice/calls/read"), QStringLiteral("/twilio/voice/calls/create") });
        model.updateKey(details);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        // The name did not change, so its cell is outside the range: an open name editor keeps its text.
        QVERIFY(changed.at(0).at(0).toModelIndex().column() > KeyListModel::NameColumn);
        QCOMPARE(model.data(model.indexFromSid(sidFor(1), KeyListModel::PermissionsColumn)).toInt(), 2);
        QVERIFY(model.data(model.indexFromSid(sidFor(1)), KeyListModel::DetailsKnownRole).toBool());
        // The flags the list gave survive a fetch (which carries none).
        QVERIFY(model.find(sidFor(1))->flags.contains(QStringLiteral("rest_api")));
    }

    void typeLabels()
    {
        KeyListModel model;
        ApiKey signing = makeKey(1, QStringLiteral("s"), ApiKey::Type::Unknown, utc(2024, 1, 1));
        ApiKey restricted = makeKey(2, QStringLiteral("r"), ApiKey::Type::Restricted, utc(2024, 1, 1));
        ApiKey created = makeKey(3, QStringLiteral("c"), ApiKey::Type::Standard, utc(2024, 1, 1));
        ApiKey unknown = makeKey(4, QStringLiteral("u"), ApiKey::Type::Unknown, utc(2024, 1, 1));
        unknown.flags.clear();
        unknown.source = ApiKey::Source::V2010;
        model.appendKeys({ signing, restricted, created, unknown });
        model.markStandard(sidFor(3));
        auto type = [&](int i) {
            return model.data(model.indexFromSid(sidFor(i), KeyListModel::TypeColumn)).toString();
        };
        QCOMPARE(type(1), QStringLiteral("Standard or Main"));
        QCOMPARE(type(2), QStringLiteral("Restricted"));
        QCOMPARE(type(3), QStringLiteral("Standard"));
        QCOMPARE(type(4), QStringLiteral("Not known yet"));
        model.setMainKeySid(sidFor(1));
        QCOMPARE(type(1), QStringLiteral("Main"));
    }

    void renameThroughEditRequestsOnly()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendKeys({ makeKey(1, QStringLiteral("old"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QSignalSpy rename(&model, &KeyListModel::renameRequested);
        const QModelIndex name = model.indexFromSid(sidFor(1), KeyListModel::NameColumn);
        QVERIFY(model.flags(name) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.indexFromSid(sidFor(1))) & Qt::ItemIsEditable));
        model.setData(name, QStringLiteral("new"));
        QCOMPARE(rename.count(), 1);
        QCOMPARE(rename.at(0).at(1).toString(), QStringLiteral("new"));
        QCOMPARE(model.data(name).toString(), QStringLiteral("old")); // until the server accepts it
    }

    void removeKeepsLookupsRight()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int i = 0; i < 5; ++i)
            model.appendKeys({ makeKey(i, QString::number(i), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QVERIFY(model.removeKey(sidFor(1)));
        QVERIFY(!model.removeKey(sidFor(1)));
        QCOMPARE(model.rowCount(), 4);
        for (int i : { 0, 2, 3, 4 })
            QCOMPARE(model.keyFromIndex(model.indexFromSid(sidFor(i))).sid, sidFor(i));
        QVERIFY(!model.indexFromSid(sidFor(1)).isValid());
    }

    void searchAndTypeFilter()
    {
        KeyListModel model;
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendKeys(
            { makeKey(0xabc, QStringLiteral("CI deploy"), ApiKey::Type::Restricted, utc(2024, 1, 1)),
              makeKey(2, QStringLiteral("Grafana"), ApiKey::Type::Unknown, utc(2024, 1, 1)),
              makeKey(3, QStringLiteral("ci-nightly"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        proxy.setSearchText(QStringLiteral("  Ci "));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("abc")); // by SID
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.keyFromIndex(proxy.index(0, 0)).friendlyName, QStringLiteral("CI deploy"));
        proxy.setSearchText({});
        proxy.setTypeFilter({ KeyListModel::TypeDisplay::Restricted });
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTypeFilter({ KeyListModel::TypeDisplay::StandardOrMain });
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("grafana"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.indexFromSid(sidFor(2)).row(), 0);
        QVERIFY(!proxy.indexFromSid(sidFor(3)).isValid());
        // Rows arriving later are filtered too.
        model.appendKeys({ makeKey(9, QStringLiteral("grafana 2"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsDatesByTimeNotText()
    {
        KeyListModel model;
        KeyFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // As text "2024-10-…" sorts before "2024-9-…"; by time it does not. Hours across midnight too.
        model.appendKeys({ makeKey(1, QStringLiteral("b"), ApiKey::Type::Unknown, utc(2024, 10, 1)),
                           makeKey(2, QStringLiteral("a"), ApiKey::Type::Unknown, utc(2024, 9, 30, 23)),
                           makeKey(3, QStringLiteral("C"), ApiKey::Type::Unknown, utc(2023, 12, 31)) });
        proxy.sort(KeyListModel::CreatedColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.keyFromIndex(proxy.index(r, 0)).sid;
        QCOMPARE(order, (QStringList { sidFor(3), sidFor(2), sidFor(1) }));
        proxy.sort(KeyListModel::NameColumn, Qt::AscendingOrder); // case-insensitive
        QCOMPARE(proxy.keyFromIndex(proxy.index(2, 0)).friendlyName, QStringLiteral("C"));
        // A new row lands in its sorted place.
        model.appendKeys({ makeKey(4, QStringLiteral("aa"), ApiKey::Type::Unknown, utc(2025, 1, 1)) });
        QCOMPARE(proxy.keyFromIndex(proxy.index(1, 0)).friendlyName, QStringLiteral("aa"));
    }

    void clearIsOneReset()
    {
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendKeys({ makeKey(1, QStringLiteral("a"), ApiKey::Type::Unknown, utc(2024, 1, 1)) });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.contains(sidFor(1)));
    }
};

QTEST_GUILESS_MAIN(TestKeyListModel)
#include "tst_keylistmodel.moc"
