#include "keys/PermissionTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using Level = PermissionTreeModel::Level;
using Kind = PermissionTreeModel::Kind;

// The permission tree under QAbstractItemModelTester: hand-made tri-state propagation both ways,
// Stripe-style levels, "/*" expansion, custom permissions, the count and the policy round trip.
class TestPermissionTreeModel : public QObject
{
    Q_OBJECT

private:
    static QString p(const char* permission) { return QString::fromLatin1(permission); }

    static PermissionCatalog catalog()
    {
        QStringList list;
        for (const char* action : { "*", "read", "list", "create", "update", "delete" }) {
            list << QStringLiteral("/twilio/voice/calls/%1").arg(QLatin1String(action));
            list << QStringLiteral("/twilio/messaging/messages/%1").arg(QLatin1String(action));
        }
        list << p("/twilio/voice/calls.recordings/read") << p("/twilio/voice/calls.recordings/list")
             << p("/twilio/voice/sip.connection-policies.targets/*")
             << p("/twilio/messaging/messages.media/read") << p("/twilio/studio/flows/create");
        return PermissionCatalog(list);
    }

    struct Fixture
    {
        std::unique_ptr<PermissionTreeModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;

        explicit Fixture(const PermissionCatalog& c = catalog())
            : model(std::make_unique<PermissionTreeModel>(c))
            , tester(std::make_unique<QAbstractItemModelTester>(
                  model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal))
        { }
        QModelIndex product(const char* name) const { return find(QModelIndex(), name); }
        QModelIndex resource(const char* productName, const char* name) const
        {
            return find(product(productName), name);
        }
        QModelIndex find(const QModelIndex& parent, const char* name) const
        {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex i = model->index(row, 0, parent);
                if (i.data().toString() == QLatin1String(name))
                    return i;
            }
            return QModelIndex();
        }
        QModelIndex action(const char* permission) const
        {
            return model->indexFromPermission(QString::fromLatin1(permission));
        }
        Qt::CheckState state(const QModelIndex& i) const
        {
            return Qt::CheckState(i.data(Qt::CheckStateRole).toInt());
        }
        bool check(const QModelIndex& i, Qt::CheckState s) const
        {
            return model->setData(i, s, Qt::CheckStateRole);
        }
        QModelIndex levelIndex(const QModelIndex& resourceIndex) const
        {
            return resourceIndex.siblingAtColumn(PermissionTreeModel::LevelColumn);
        }
        Level level(const QModelIndex& resourceIndex) const
        {
            return Level(levelIndex(resourceIndex).data(Qt::EditRole).toInt());
        }
        QStringList allow() const { return model->policy().allow(); }
    };

    static bool changedIncludes(const QSignalSpy& spy, const QModelIndex& index)
    {
        for (const QList<QVariant>& args : spy) {
            const QModelIndex topLeft = args.at(0).toModelIndex();
            const QModelIndex bottomRight = args.at(1).toModelIndex();
            if (topLeft.parent() == index.parent() && topLeft.row() <= index.row()
                && index.row() <= bottomRight.row() && topLeft.column() <= index.column()
                && index.column() <= bottomRight.column())
                return true;
        }
        return false;
    }

private slots:
    void structure()
    {
        Fixture f;
        QCOMPARE(f.model->rowCount(), 3);
        QCOMPARE(f.model->index(0, 0).data().toString(), QStringLiteral("messaging"));
        QCOMPARE(f.model->index(2, 0).data().toString(), QStringLiteral("voice"));
        QCOMPARE(f.model->columnCount(), int(PermissionTreeModel::ColumnCount));
        const QModelIndex calls = f.resource("voice", "calls");
        QVERIFY(calls.isValid());
        QCOMPARE(f.model->rowCount(calls), 5); // the wildcard is "all of them", not a sixth action
        QCOMPARE(f.model->index(0, 0, calls).data().toString(), QStringLiteral("read"));
        QCOMPARE(f.model->index(4, 0, calls).data().toString(), QStringLiteral("delete"));
        QCOMPARE(f.model->index(4, 0, calls).data(PermissionTreeModel::PermissionRole).toString(),
                 p("/twilio/voice/calls/delete"));
        QVERIFY(!calls.data(PermissionTreeModel::PermissionRole).isValid());
        QCOMPARE(Kind(calls.data(PermissionTreeModel::KindRole).toInt()), Kind::Resource);
        QCOMPARE(Kind(f.product("voice").data(PermissionTreeModel::KindRole).toInt()), Kind::Product);
        QCOMPARE(Kind(f.action("/twilio/voice/calls/read").data(PermissionTreeModel::KindRole).toInt()),
                 Kind::Action);
        QVERIFY(!calls.data(PermissionTreeModel::IsCustomRole).toBool());
        // Known only by its wildcard: one "*" action.
        const QModelIndex targets = f.resource("voice", "sip.connection-policies.targets");
        QCOMPARE(f.model->rowCount(targets), 1);
        QCOMPARE(f.model->index(0, 0, targets).data(PermissionTreeModel::PermissionRole).toString(),
                 p("/twilio/voice/sip.connection-policies.targets/*"));
        QVERIFY(f.model->flags(f.action("/twilio/voice/calls/read")) & Qt::ItemIsUserCheckable);
        QVERIFY(!(f.model->flags(f.action("/twilio/voice/calls/read")) & Qt::ItemIsUserTristate));
        QVERIFY(f.model->flags(f.levelIndex(calls)) & Qt::ItemIsEditable);
        QVERIFY(!(f.model->flags(f.product("voice")) & Qt::ItemIsEditable));
        QVERIFY(!f.model->flags(f.levelIndex(calls)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(f.model->headerData(PermissionTreeModel::LevelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Level"));
        QCOMPARE(f.model->checkedCount(), 0);
        QVERIFY(f.model->policy().isEmpty());
    }

    void leafChecksPropagateUp()
    {
        Fixture f;
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layout(f.model.get(), &QAbstractItemModel::layoutAboutToBeChanged);
        const QModelIndex calls = f.resource("voice", "calls");
        const QModelIndex voice = f.product("voice");
        QVERIFY(f.check(f.action("/twilio/voice/calls/read"), Qt::Checked));
        QCOMPARE(f.state(f.action("/twilio/voice/calls/read")), Qt::Checked);
        QCOMPARE(f.state(calls), Qt::PartiallyChecked);
        QCOMPARE(f.state(voice), Qt::PartiallyChecked);
        QCOMPARE(f.state(f.product("messaging")), Qt::Unchecked);
        QVERIFY(changedIncludes(changed, f.action("/twilio/voice/calls/read")));
        QVERIFY(changedIncludes(changed, calls));
        QVERIFY(changedIncludes(changed, f.levelIndex(calls)));
        QVERIFY(changedIncludes(changed, voice));
        QVERIFY(!changedIncludes(changed, f.product("messaging")));

        for (const char* a : { "list", "create", "update", "delete" })
            QVERIFY(f.check(f.action(qPrintable(QStringLiteral("/twilio/voice/calls/") + QLatin1String(a))),
                            Qt::Checked));
        QCOMPARE(f.state(calls), Qt::Checked);
        QCOMPARE(f.state(voice), Qt::PartiallyChecked); // recordings and targets still unchecked
        QVERIFY(f.check(f.action("/twilio/voice/calls/delete"), Qt::Unchecked));
        QCOMPARE(f.state(calls), Qt::PartiallyChecked);
        QCOMPARE(reset.size(), 0); // checking never resets
        QCOMPARE(layout.size(), 0);
    }

    void parentChecksPropagateDown()
    {
        Fixture f;
        const QModelIndex voice = f.product("voice");
        QSignalSpy count(f.model.get(), &PermissionTreeModel::checkedCountChanged);
        QSignalSpy policyChanged(f.model.get(), &PermissionTreeModel::policyChanged);
        QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(f.check(voice, Qt::Checked));
        QCOMPARE(f.state(voice), Qt::Checked);
        QCOMPARE(f.state(f.resource("voice", "calls.recordings")), Qt::Checked);
        QCOMPARE(f.state(f.action("/twilio/voice/calls/update")), Qt::Checked);
        QVERIFY(changedIncludes(changed, f.action("/twilio/voice/calls/update")));
        QVERIFY(changedIncludes(changed, f.resource("voice", "calls.recordings")));
        QCOMPARE(f.model->checkedCount(), 8); // 5 calls + 2 recordings + targets/*
        QCOMPARE(count.size(), 1); // once per change
        QCOMPARE(count.takeFirst().at(0).toInt(), 8);
        QCOMPARE(policyChanged.size(), 1);

        QVERIFY(f.check(f.resource("voice", "calls"), Qt::Unchecked));
        QCOMPARE(f.state(voice), Qt::PartiallyChecked);
        QCOMPARE(f.model->checkedCount(), 3);
        QCOMPARE(
            f.allow(),
            (QStringList { p("/twilio/voice/calls.recordings/read"), p("/twilio/voice/calls.recordings/list"),
                           p("/twilio/voice/sip.connection-policies.targets/*") }));
        // PartiallyChecked is what a parent shows, not something to set.
        QVERIFY(!f.check(voice, Qt::PartiallyChecked));
        // A view click on a partial parent checks everything below (no user tri-state).
        QVERIFY(f.check(voice, Qt::Checked));
        QCOMPARE(f.model->checkedCount(), 8);
        policyChanged.clear();
        QVERIFY(f.check(voice, Qt::Checked)); // no change, no signal
        QCOMPARE(policyChanged.size(), 0);
        QVERIFY(f.check(voice, Qt::Unchecked));
        QCOMPARE(f.model->checkedCount(), 0);
        QCOMPARE(f.state(f.resource("voice", "calls")), Qt::Unchecked);
    }

    void levels()
    {
        Fixture f;
        const QModelIndex calls = f.resource("voice", "calls");
        QCOMPARE(f.model->availableLevels(calls),
                 (QList<Level> { Level::None, Level::Read, Level::ReadWrite, Level::All }));
        QCOMPARE(f.level(calls), Level::None);
        QCOMPARE(f.levelIndex(calls).data().toString(), QStringLiteral("None"));
        const QVariantList offered = calls.data(PermissionTreeModel::AvailableLevelsRole).toList();
        QCOMPARE(offered.size(), 4);
        QCOMPARE(Level(offered.at(1).toInt()), Level::Read);

        QVERIFY(f.model->setData(f.levelIndex(calls), int(Level::Read), Qt::EditRole));
        QCOMPARE(f.allow(), (QStringList { p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list") }));
        QCOMPARE(f.levelIndex(calls).data().toString(), QStringLiteral("Read"));
        QCOMPARE(f.state(calls), Qt::PartiallyChecked);

        QVERIFY(f.model->setData(f.levelIndex(calls), int(Level::ReadWrite), Qt::EditRole));
        QCOMPARE(f.model->checkedCount(), 4);
        QCOMPARE(f.level(calls), Level::ReadWrite);
        QCOMPARE(f.levelIndex(calls).data().toString(), QStringLiteral("Read + write"));
        QVERIFY(!f.action("/twilio/voice/calls/delete").data(Qt::CheckStateRole).toInt());

        QVERIFY(f.model->setData(f.levelIndex(calls), int(Level::All), Qt::EditRole));
        QCOMPARE(f.state(calls), Qt::Checked);
        QCOMPARE(f.level(calls), Level::All);

        // Levels follow the check boxes: delete alone is no level.
        QVERIFY(f.model->setData(f.levelIndex(calls), int(Level::None), Qt::EditRole));
        QVERIFY(f.check(f.action("/twilio/voice/calls/delete"), Qt::Checked));
        QCOMPARE(f.level(calls), Level::Mixed);
        QCOMPARE(f.levelIndex(calls).data().toString(), QStringLiteral("Mixed"));
        QVERIFY(!f.model->setData(f.levelIndex(calls), int(Level::Mixed), Qt::EditRole));
        QVERIFY(!f.model->setData(f.levelIndex(calls), 42, Qt::EditRole));
        QCOMPARE(f.level(calls), Level::Mixed);

        // Only what differs is offered.
        const QModelIndex recordings = f.resource("voice", "calls.recordings");
        QCOMPARE(f.model->availableLevels(recordings), (QList<Level> { Level::None, Level::Read }));
        QVERIFY(!f.model->setData(f.levelIndex(recordings), int(Level::All), Qt::EditRole));
        QVERIFY(f.model->setData(f.levelIndex(recordings), int(Level::Read), Qt::EditRole));
        QCOMPARE(f.state(recordings), Qt::Checked);
        QCOMPARE(f.level(recordings), Level::Read);
        const QModelIndex targets = f.resource("voice", "sip.connection-policies.targets");
        QCOMPARE(f.model->availableLevels(targets), (QList<Level> { Level::None, Level::All }));
        const QModelIndex flows = f.resource("studio", "flows");
        QCOMPARE(f.model->availableLevels(flows), (QList<Level> { Level::None, Level::ReadWrite }));
        const QModelIndex media = f.resource("messaging", "messages.media");
        QCOMPARE(f.model->availableLevels(media), (QList<Level> { Level::None, Level::Read }));

        // Products and actions have no level.
        QVERIFY(!f.levelIndex(f.product("voice")).data().isValid());
        QVERIFY(f.model->availableLevels(f.product("voice")).isEmpty());
        QVERIFY(!f.model->setData(f.levelIndex(f.product("voice")), int(Level::All), Qt::EditRole));
    }

    void wildcardExpands()
    {
        Fixture f;
        f.model->setPolicy(Policy(QStringList { p("/twilio/voice/calls/*"),
                                                p("/twilio/voice/sip.connection-policies.targets/*") }));
        QCOMPARE(f.state(f.resource("voice", "calls")), Qt::Checked);
        QCOMPARE(f.model->checkedCount(), 6);
        // Every action stays explicit (see the class comment); the wildcard-only resource keeps "/*".
        QCOMPARE(f.allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list"),
                                p("/twilio/voice/calls/create"), p("/twilio/voice/calls/update"),
                                p("/twilio/voice/calls/delete"),
                                p("/twilio/voice/sip.connection-policies.targets/*") }));
        QVERIFY(f.model->customPermissions().isEmpty());
    }

    void customPermissions()
    {
        Fixture f;
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy count(f.model.get(), &PermissionTreeModel::checkedCountChanged);
        QString error;
        // Unknown product: a new product row, flagged custom, checked.
        QVERIFY(f.model->addCustomPermission(p("/twilio/lookup/phone-numbers/read"), &error));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!inserted.first().at(0).toModelIndex().isValid()); // a top-level row
        const QModelIndex lookup = f.product("lookup");
        QVERIFY(lookup.isValid());
        QCOMPARE(lookup.row(), 0); // sorted by name: lookup, messaging, studio, voice
        QVERIFY(lookup.data(PermissionTreeModel::IsCustomRole).toBool());
        const QModelIndex read = f.action("/twilio/lookup/phone-numbers/read");
        QVERIFY(read.isValid());
        QVERIFY(read.data(PermissionTreeModel::IsCustomRole).toBool());
        QCOMPARE(f.state(read), Qt::Checked);
        QCOMPARE(f.state(lookup), Qt::Checked);
        QCOMPARE(count.size(), 1);

        // Unknown action of a catalog resource: a new action row under it.
        QVERIFY(f.model->addCustomPermission(p("/twilio/voice/calls.recordings/delete"), &error));
        QCOMPARE(inserted.size(), 2);
        const QModelIndex recordings = f.resource("voice", "calls.recordings");
        QCOMPARE(inserted.last().at(0).toModelIndex(), recordings);
        QCOMPARE(f.model->rowCount(recordings), 3);
        QVERIFY(!recordings.data(PermissionTreeModel::IsCustomRole).toBool());
        QCOMPARE(f.state(recordings), Qt::PartiallyChecked);
        QCOMPARE(f.model->availableLevels(recordings),
                 (QList<Level> { Level::None, Level::Read, Level::All }));

        // A known one is just checked; its wildcard checks the whole resource.
        QVERIFY(f.model->addCustomPermission(p("/twilio/voice/calls/read"), &error));
        QVERIFY(f.model->addCustomPermission(p("/twilio/messaging/messages/*"), &error));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(f.state(f.resource("messaging", "messages")), Qt::Checked);

        // Refused: not the shape.
        for (const char* bad :
             { "/twilio/voice/calls/launch", "twilio/voice/calls/read", "/twilio/iam/api:keys/create", "" }) {
            error.clear();
            QVERIFY(!f.model->addCustomPermission(QString::fromLatin1(bad), &error));
            QVERIFY(error.contains(QStringLiteral("/twilio/<product>/<resource>/<action>")));
        }
        QCOMPARE(inserted.size(), 2);

        // Catalog order first, then custom ones in the order they were added.
        QCOMPARE(f.model->customPermissions(),
                 (QStringList { p("/twilio/lookup/phone-numbers/read"),
                                p("/twilio/voice/calls.recordings/delete") }));
        const QStringList allow = f.allow();
        QCOMPARE(allow.mid(allow.size() - 2), f.model->customPermissions());
        QCOMPARE(allow.first(), p("/twilio/voice/calls/read"));
        QCOMPARE(f.model->checkedCount(), 2 + 5 + 1);

        // An unchecked custom action stays until a policy without it is set.
        QVERIFY(f.check(read, Qt::Unchecked));
        QVERIFY(f.product("lookup").isValid());
        QCOMPARE(f.state(f.product("lookup")), Qt::Unchecked);
        QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
        f.model->setPolicy(Policy(QStringList { p("/twilio/voice/calls.recordings/delete") }));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!f.product("lookup").isValid());
        QCOMPARE(f.model->rowCount(), 3);
        QCOMPARE(f.model->rowCount(recordings), 3);
        f.model->setPolicy(Policy());
        QCOMPARE(f.model->rowCount(recordings), 2);
        QVERIFY(f.model->customPermissions().isEmpty());
    }

    void setPolicyCreatesAndRemovesCustomRows()
    {
        Fixture f;
        f.model->setPolicy(Policy(
            QStringList { p("/twilio/lookup/phone-numbers/read"), p("/twilio/lookup/phone-numbers/list"),
                          p("/twilio/voice/queues/*"), p("/twilio/voice/calls/read") }));
        QCOMPARE(f.model->checkedCount(), 4);
        QCOMPARE(f.model->rowCount(f.product("lookup")), 1);
        const QModelIndex queues = f.resource("voice", "queues");
        QVERIFY(queues.isValid());
        QVERIFY(queues.data(PermissionTreeModel::IsCustomRole).toBool());
        QCOMPARE(f.model->index(0, 0, queues).data().toString(), QStringLiteral("* (all actions)"));
        QCOMPARE(f.allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/lookup/phone-numbers/read"),
                                p("/twilio/lookup/phone-numbers/list"), p("/twilio/voice/queues/*") }));
        f.model->setPolicy(Policy(QStringList { p("/twilio/lookup/phone-numbers/list") }));
        QCOMPARE(f.model->rowCount(f.resource("lookup", "phone-numbers")), 1);
        QVERIFY(!f.resource("voice", "queues").isValid());
        QCOMPARE(f.allow(), QStringList { p("/twilio/lookup/phone-numbers/list") });
    }

    void notPermissionsAreKept()
    {
        Fixture f;
        QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
        const Policy odd(
            QStringList { p("/twilio/voice/calls/read"), p("bad"), p("/twilio/voice/calls/launch") });
        f.model->setPolicy(odd);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(f.model->unplacedPermissions(), (QStringList { p("bad"), p("/twilio/voice/calls/launch") }));
        QCOMPARE(f.model->policy(), odd);
        QCOMPARE(f.model->checkedCount(), 3);
        f.model->setPolicy(Policy());
        QVERIFY(f.model->unplacedPermissions().isEmpty());
        QCOMPARE(f.model->checkedCount(), 0);
    }

    void countSignal()
    {
        Fixture f;
        QSignalSpy count(f.model.get(), &PermissionTreeModel::checkedCountChanged);
        f.model->setPolicy(Policy(QStringList { p("/twilio/messaging/messages/*") }));
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.last().at(0).toInt(), 5);
        f.model->setPolicy(Policy(QStringList { p("/twilio/messaging/messages/*") }));
        QCOMPARE(count.size(), 1); // unchanged
        QVERIFY(f.check(f.action("/twilio/messaging/messages/read"), Qt::Unchecked));
        QCOMPARE(count.last().at(0).toInt(), 4);
        QVERIFY(f.check(f.action("/twilio/messaging/messages/read"), Qt::Unchecked));
        QCOMPARE(count.size(), 2);
    }

    void batchChecks()
    {
        Fixture f;
        QSignalSpy policyChanged(f.model.get(), &PermissionTreeModel::policyChanged);
        f.model->setPermissionsChecked({ p("/twilio/voice/calls/read"), p("/twilio/messaging/messages/read"),
                                         p("/twilio/nowhere/at-all/read") },
                                       true);
        QCOMPARE(policyChanged.size(), 1); // one change
        QCOMPARE(f.allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/messaging/messages/read") }));
        QCOMPARE(f.state(f.product("voice")), Qt::PartiallyChecked);
        f.model->setPermissionsChecked({ p("/twilio/voice/calls/read") }, false);
        QCOMPARE(f.allow(), QStringList { p("/twilio/messaging/messages/read") });
        f.model->setPermissionsChecked({ p("/twilio/voice/calls/read") }, false);
        QCOMPARE(policyChanged.size(), 2); // nothing changed the second time
    }

    void roundTripBuiltIn()
    {
        Fixture f(PermissionCatalog::builtIn());
        QStringList allow;
        const QStringList& all = PermissionCatalog::builtIn().permissions();
        for (int i = 0; i < all.size() && allow.size() < 37; i += 7) {
            if (!all.at(i).endsWith(QLatin1String("/*")))
                allow << all.at(i);
        }
        allow << p("/twilio/serverless/services/read")
              << p("/twilio/conversations/conversations.participants/list");
        const Policy policy(allow);
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelAboutToBeReset);
        f.model->setPolicy(policy);
        QCOMPARE(f.model->policy(), policy);
        QCOMPARE(f.model->checkedCount(), int(allow.size()));
        // Through a fresh model too.
        Fixture g(PermissionCatalog::builtIn());
        g.model->setPolicy(f.model->policy());
        QCOMPARE(g.model->policy(), policy);
        const auto back = Policy::fromJson(g.model->policy().toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(*back, policy);
        QCOMPARE(reset.size(), 0);
        // A wildcard the catalog lists comes back as its resource's actions.
        f.model->setPolicy(Policy(QStringList { p("/twilio/iam/api-keys/*") }));
        QCOMPARE(f.model->checkedCount(), 5);
        QCOMPARE(f.model->policy().allow().first(), p("/twilio/iam/api-keys/read"));
    }

    void setCatalogResetsAndKeepsChecks()
    {
        Fixture f;
        f.model->setPolicy(
            Policy(QStringList { p("/twilio/voice/calls/read"), p("/twilio/studio/flows/create") }));
        QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy policyChanged(f.model.get(), &PermissionTreeModel::policyChanged);
        f.model->setCatalog(
            PermissionCatalog({ p("/twilio/voice/calls/read"), p("/twilio/voice/calls/list") }));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(policyChanged.size(), 0); // same permissions; studio/flows/create is custom now
        QCOMPARE(f.model->rowCount(), 2);
        QVERIFY(f.action("/twilio/studio/flows/create").data(PermissionTreeModel::IsCustomRole).toBool());
        QCOMPARE(f.allow(),
                 (QStringList { p("/twilio/voice/calls/read"), p("/twilio/studio/flows/create") }));
    }
};

QTEST_GUILESS_MAIN(TestPermissionTreeModel)
#include "tst_permissiontreemodel.moc"
