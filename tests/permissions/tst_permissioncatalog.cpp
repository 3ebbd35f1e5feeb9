#include "api/Policy.h"
#include "keys/PermissionCatalog.h"

#include <QFile>
#include <QTest>

// The one permission catalog: the built-in data file, its product → resource → action view, and the
// "…/*" rules the sandbox and the editor share.
class TestPermissionCatalog : public QObject
{
    Q_OBJECT

private:
    static PermissionCatalog small()
    {
        return PermissionCatalog({
            QStringLiteral("/twilio/voice/calls/*"),
            QStringLiteral("/twilio/voice/calls/delete"),
            QStringLiteral("/twilio/voice/calls/read"),
            QStringLiteral("/twilio/voice/calls/create"),
            QStringLiteral("/twilio/voice/calls/list"),
            QStringLiteral("/twilio/voice/calls.recordings/read"),
            QStringLiteral("/twilio/messaging/messages.media/read"),
            QStringLiteral("/twilio/voice/sip.connection-policies.targets/*"),
            QStringLiteral("/twilio/voice/calls/read"), // repeated
            QStringLiteral("not a permission"),
        });
    }

private slots:
    void builtInEqualsSharedList()
    {
        QFile shared(QStringLiteral(KEYDESK_SHARED_DIR "/twilio/restricted-permissions.txt"));
        QVERIFY2(shared.open(QIODevice::ReadOnly), qPrintable(shared.fileName()));
        const PermissionCatalog& catalog = PermissionCatalog::builtIn();
        QCOMPARE(catalog.permissions(), PermissionCatalog::parse(shared.readAll()));
        QCOMPARE(catalog.size(), 514);
        QCOMPARE(&PermissionCatalog::builtIn(), &catalog); // read once
        for (const QString& permission : catalog.permissions())
            QVERIFY2(Policy::isWellFormedPermission(permission), qPrintable(permission));
    }

    void parseSkipsCommentsAndBlanks()
    {
        const QByteArray text = "# header\n\n  /twilio/a/b/read  \r\n#/twilio/x/y/read\n/twilio/a/b/list";
        QCOMPARE(PermissionCatalog::parse(text),
                 (QStringList { QStringLiteral("/twilio/a/b/read"), QStringLiteral("/twilio/a/b/list") }));
        QVERIFY(PermissionCatalog::parse(QByteArrayView()).isEmpty());
        QVERIFY(PermissionCatalog::parse("\n\n# only comments\n").isEmpty());
    }

    void productsResourcesActions()
    {
        const PermissionCatalog catalog = small();
        QCOMPARE(catalog.size(), 9); // repeat dropped, odd string kept
        QCOMPARE(catalog.permissions().last(), QStringLiteral("not a permission"));
        QCOMPARE(catalog.indexOf(QStringLiteral("/twilio/voice/calls/delete")), 1);
        QCOMPARE(catalog.indexOf(QStringLiteral("/twilio/voice/calls/update")), -1);
        QCOMPARE(catalog.products(), (QStringList { QStringLiteral("messaging"), QStringLiteral("voice") }));
        QCOMPARE(catalog.resources(QStringLiteral("voice")),
                 (QStringList { QStringLiteral("calls"), QStringLiteral("calls.recordings"),
                                QStringLiteral("sip.connection-policies.targets") }));
        // Twilio's order, without the wildcard.
        QCOMPARE(catalog.actions(QStringLiteral("voice"), QStringLiteral("calls")),
                 (QStringList { QStringLiteral("read"), QStringLiteral("list"), QStringLiteral("create"),
                                QStringLiteral("delete") }));
        // A resource known only by its wildcard keeps it as its one action.
        QCOMPARE(catalog.actions(QStringLiteral("voice"), QStringLiteral("sip.connection-policies.targets")),
                 QStringList { QStringLiteral("*") });
        QCOMPARE(catalog.resources(QStringLiteral("messaging")),
                 QStringList { QStringLiteral("messages.media") });
        QVERIFY(catalog.actions(QStringLiteral("voice"), QStringLiteral("queues")).isEmpty());
        QVERIFY(catalog.resources(QStringLiteral("studio")).isEmpty());
        QVERIFY(catalog.hasResource(QStringLiteral("voice"), QStringLiteral("calls.recordings")));
        QVERIFY(!catalog.hasResource(QStringLiteral("messaging"), QStringLiteral("calls")));
    }

    void builtInShape()
    {
        const PermissionCatalog& catalog = PermissionCatalog::builtIn();
        QVERIFY(catalog.products().contains(QStringLiteral("iam")));
        QCOMPARE(catalog.actions(QStringLiteral("iam"), QStringLiteral("api-keys")),
                 (QStringList { QStringLiteral("read"), QStringLiteral("list"), QStringLiteral("create"),
                                QStringLiteral("update"), QStringLiteral("delete") }));
        QVERIFY(catalog.resources(QStringLiteral("messaging")).contains(QStringLiteral("messages.media")));
        QVERIFY(catalog.resources(QStringLiteral("voice"))
                    .contains(QStringLiteral("sip.domains.auth.calls.credential-list-mappings")));
        QStringList sorted = catalog.products();
        sorted.sort();
        QCOMPARE(catalog.products(), sorted);
    }

    void isKnown_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("known");
        QTest::newRow("listed") << "/twilio/voice/calls/read" << true;
        QTest::newRow("listed wildcard") << "/twilio/voice/calls/*" << true;
        QTest::newRow("wildcard of a listed resource") << "/twilio/voice/calls.recordings/*" << true;
        QTest::newRow("dotted") << "/twilio/messaging/messages.media/read" << true;
        QTest::newRow("unlisted action") << "/twilio/voice/calls/update" << false;
        QTest::newRow("unknown resource wildcard") << "/twilio/voice/queues/*" << false;
        QTest::newRow("unknown product") << "/twilio/fakepermission/doesnotexist" << false;
        QTest::newRow("empty") << "" << false;
    }
    void isKnown()
    {
        QFETCH(QString, permission);
        QFETCH(bool, known);
        QCOMPARE(small().isKnown(permission), known);
    }

    void expandTurnsWildcardsIntoActions()
    {
        const PermissionCatalog catalog = small();
        const QStringList expanded = catalog.expand({
            QStringLiteral("/twilio/voice/calls.recordings/read"), QStringLiteral("/twilio/voice/calls/*"),
            QStringLiteral("/twilio/voice/calls/read"), // already there through the wildcard
            QStringLiteral("/twilio/voice/queues/*"), // not a catalog resource: kept
            QStringLiteral("/twilio/voice/sip.connection-policies.targets/*"), // wildcard-only: kept
        });
        QCOMPARE(expanded,
                 (QStringList {
                     QStringLiteral("/twilio/voice/calls.recordings/read"),
                     QStringLiteral("/twilio/voice/calls/read"),
                     QStringLiteral("/twilio/voice/calls/list"),
                     QStringLiteral("/twilio/voice/calls/create"),
                     QStringLiteral("/twilio/voice/calls/delete"),
                     QStringLiteral("/twilio/voice/queues/*"),
                     QStringLiteral("/twilio/voice/sip.connection-policies.targets/*"),
                 }));
        // Every built-in wildcard expands to what its resource lists.
        const PermissionCatalog& builtIn = PermissionCatalog::builtIn();
        const QStringList all = builtIn.expand(builtIn.permissions());
        for (const QString& permission : all)
            QVERIFY2(builtIn.contains(permission), qPrintable(permission));
    }

    void allows()
    {
        const QStringList policy { QStringLiteral("/twilio/iam/api-keys/*"),
                                   QStringLiteral("/twilio/voice/calls/read") };
        QVERIFY(PermissionCatalog::allows(policy, QStringLiteral("/twilio/iam/api-keys/delete")));
        QVERIFY(PermissionCatalog::allows(policy, QStringLiteral("/twilio/iam/api-keys/*")));
        QVERIFY(PermissionCatalog::allows(policy, QStringLiteral("/twilio/voice/calls/read")));
        QVERIFY(!PermissionCatalog::allows(policy, QStringLiteral("/twilio/voice/calls/list")));
        QVERIFY(!PermissionCatalog::allows(policy, QStringLiteral("/twilio/voice/calls.recordings/read")));
        QVERIFY(!PermissionCatalog::allows(policy, QStringLiteral("/twilio/iam/accounts/read")));
        QVERIFY(!PermissionCatalog::allows({}, QStringLiteral("/twilio/iam/api-keys/read")));
    }

    void splitAndJoin_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("action");
        QTest::newRow("plain") << "/twilio/voice/calls/read" << true << "voice"
                               << "calls"
                               << "read";
        QTest::newRow("dotted") << "/twilio/voice/sip.domains.auth.calls.credential-list-mappings/delete"
                                << true << "voice"
                                << "sip.domains.auth.calls.credential-list-mappings"
                                << "delete";
        QTest::newRow("wildcard") << "/twilio/messaging/messages.media/*" << true << "messaging"
                                  << "messages.media"
                                  << "*";
        QTest::newRow("too short") << "/twilio/voice/read" << false << ""
                                   << ""
                                   << "";
        QTest::newRow("too long") << "/twilio/voice/calls/read/x" << false << ""
                                  << ""
                                  << "";
        QTest::newRow("empty part") << "/twilio//calls/read" << false << ""
                                    << ""
                                    << "";
        QTest::newRow("other vendor") << "/acme/voice/calls/read" << false << ""
                                      << ""
                                      << "";
    }
    void splitAndJoin()
    {
        QFETCH(QString, permission);
        QFETCH(bool, ok);
        QFETCH(QString, product);
        QFETCH(QString, resource);
        QFETCH(QString, action);
        const auto parts = PermissionCatalog::split(permission);
        QCOMPARE(bool(parts), ok);
        if (!ok)
            return;
        QCOMPARE(parts->product, product);
        QCOMPARE(parts->resource, resource);
        QCOMPARE(parts->action, action);
        QCOMPARE(PermissionCatalog::join(product, resource, action), permission);
        QCOMPARE(PermissionCatalog::wildcard(product, resource),
                 PermissionCatalog::join(product, resource, QStringLiteral("*")));
    }

    void emptyCatalog()
    {
        const PermissionCatalog empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), 0);
        QVERIFY(empty.products().isEmpty());
        QVERIFY(!empty.isKnown(QStringLiteral("/twilio/voice/calls/*")));
        QCOMPARE(empty.expand({ QStringLiteral("/twilio/voice/calls/*") }),
                 QStringList { QStringLiteral("/twilio/voice/calls/*") });
    }
};

QTEST_GUILESS_MAIN(TestPermissionCatalog)
#include "tst_permissioncatalog.moc"
