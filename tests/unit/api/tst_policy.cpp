#include "api/Policy.h"

#include <QFile>
#include <QTest>

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QString error;
        const auto p = Policy::fromJson(
            "{\"allow\":[\"/twilio/messaging/messages/read\",\"/twilio/voice/calls/create\"]}", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->allow().first(), QStringLiteral("/twilio/messaging/messages/read"));
        QCOMPARE(
            p->toJson(),
            QByteArray("{\"allow\":[\"/twilio/messaging/messages/read\",\"/twilio/voice/calls/create\"]}"));
        QVERIFY(p->isValid());
    }

    void bareArrayAccepted()
    {
        QString error;
        const auto p = Policy::fromJson("[\"/twilio/voice/calls/*\"]", &error);
        QVERIFY(p);
        QVERIFY(p->isValid(&error));
    }

    void structuralErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expect");
        QTest::newRow("not json") << QByteArray("{allow:") << "not valid JSON";
        QTest::newRow("deny") << QByteArray("{\"allow\":[],\"deny\":[\"/twilio/a/b/read\"]}") << "deny";
        QTest::newRow("allow not list") << QByteArray("{\"allow\":\"/twilio/a/b/read\"}") << "allow";
        QTest::newRow("number item") << QByteArray("{\"allow\":[1]}") << "string";
        QTest::newRow("string doc") << QByteArray("\"x\"") << "";
    }
    void structuralErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expect);
        QString error;
        QVERIFY(!Policy::fromJson(json, &error));
        QVERIFY2(error.contains(expect), qPrintable(error));
        QVERIFY(!error.isEmpty());
    }

    // The codes the sandbox maps to Twilio's wire messages (one parser for client and sandbox).
    void syntaxErrorCodes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const int either = int(Policy::Syntax::ObjectOrList);
        const int object = int(Policy::Syntax::ObjectOnly);
        QTest::newRow("not json") << QByteArray("{allow:") << either << int(Policy::SyntaxError::NotJson)
                                  << QString();
        QTest::newRow("list, object only") << QByteArray("[\"/twilio/voice/calls/read\"]") << object
                                           << int(Policy::SyntaxError::NotAnObject) << QString();
        QTest::newRow("deny") << QByteArray("{\"allow\":[],\"deny\":[]}") << object
                              << int(Policy::SyntaxError::UnsupportedMember) << QStringLiteral("deny");
        QTest::newRow("no allow") << QByteArray("{}") << either << int(Policy::SyntaxError::NoAllowList)
                                  << QString();
        QTest::newRow("allow object")
            << QByteArray("{\"allow\":{}}") << object << int(Policy::SyntaxError::NoAllowList) << QString();
        QTest::newRow("null item") << QByteArray("{\"allow\":[null]}") << either
                                   << int(Policy::SyntaxError::NotAString) << QString();
        QTest::newRow("too large") << QByteArray((1 << 20) + 1, ' ') << either
                                   << int(Policy::SyntaxError::TooLarge) << QString();
    }
    void syntaxErrorCodes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, syntax);
        QFETCH(int, code);
        QFETCH(QString, detail);
        Policy::ParseError error;
        QVERIFY(!Policy::parse(json, Policy::Syntax(syntax), &error));
        QCOMPARE(int(error.code), code);
        if (!detail.isEmpty())
            QCOMPARE(error.detail, detail);
        if (error.code == Policy::SyntaxError::NotJson) {
            QVERIFY(error.offset >= 0);
            QVERIFY(!error.detail.isEmpty());
        }
        QVERIFY(!Policy::describe(error).isEmpty());
        // fromJson says the same sentence.
        QString message;
        if (Policy::Syntax(syntax) == Policy::Syntax::ObjectOrList) {
            QVERIFY(!Policy::fromJson(json, &message));
            QCOMPARE(message, Policy::describe(error));
        }
    }

    void parseSucceedsWithoutError()
    {
        Policy::ParseError error { Policy::SyntaxError::NotJson, QStringLiteral("stale"), 3 };
        const auto p
            = Policy::parse("{\"allow\":[\"/twilio/voice/calls/read\"]}", Policy::Syntax::ObjectOnly, &error);
        QVERIFY(p);
        QCOMPARE(error.code, Policy::SyntaxError::None);
        QCOMPARE(p->allow(), QStringList { QStringLiteral("/twilio/voice/calls/read") });
        QVERIFY(Policy::describe(error).isEmpty());
    }

    void removeDuplicatesKeepsFirstPlaces()
    {
        Policy p(QStringList { QStringLiteral("/twilio/a/b/read"), QStringLiteral("/twilio/a/b/list"),
                               QStringLiteral("/twilio/a/b/read"), QStringLiteral("/twilio/c/d/read"),
                               QStringLiteral("/twilio/a/b/list") });
        QCOMPARE(p.removeDuplicates(), 2);
        QCOMPARE(p.allow(),
                 (QStringList { QStringLiteral("/twilio/a/b/read"), QStringLiteral("/twilio/a/b/list"),
                                QStringLiteral("/twilio/c/d/read") }));
        QCOMPARE(p.removeDuplicates(), 0);
    }

    void shape_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("ok");
        QTest::newRow("read") << "/twilio/messaging/messages/read" << true;
        QTest::newRow("list") << "/twilio/messaging/messages/list" << true;
        QTest::newRow("wildcard") << "/twilio/voice/calls/*" << true;
        QTest::newRow("dotted resource")
            << "/twilio/voice/sip.domains.auth.calls.credential-list-mappings/delete" << true;
        QTest::newRow("media") << "/twilio/messaging/messages.media/read" << true;
        QTest::newRow("unknown action") << "/twilio/voice/calls/launch" << false;
        QTest::newRow("missing resource") << "/twilio/voice/read" << false;
        QTest::newRow("no prefix") << "twilio/voice/calls/read" << false;
        QTest::newRow("other vendor") << "/acme/voice/calls/read" << false;
        QTest::newRow("colon") << "/twilio/iam/api:keys/create" << false;
        QTest::newRow("trailing slash") << "/twilio/voice/calls/read/" << false;
        QTest::newRow("empty segment") << "/twilio//calls/read" << false;
        QTest::newRow("upper case") << "/twilio/Voice/calls/read" << false;
        QTest::newRow("space") << "/twilio/voice/calls/read " << false;
    }
    void shape()
    {
        QFETCH(QString, permission);
        QFETCH(bool, ok);
        QCOMPARE(Policy::isWellFormedPermission(permission), ok);
        QCOMPARE(Policy::shapeProblem(permission).isEmpty(), ok);
        if (!ok)
            QVERIFY(Policy::shapeProblem(permission)
                        .contains(QStringLiteral("/twilio/<product>/<resource>/<action>")));
    }

    void everyCatalogEntryIsWellFormed()
    {
        QFile file(QStringLiteral(KEYDESK_SHARED_DIR "/twilio/restricted-permissions.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int count = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString permission = line.section(u' ', 0, 0).section(u'\t', 0, 0);
            QVERIFY2(Policy::isWellFormedPermission(permission), qPrintable(permission));
            ++count;
        }
        QCOMPARE(count, 514);
    }

    void duplicatesAndLimit()
    {
        Policy p;
        QVERIFY(!p.isValid()); // empty
        for (int i = 0; i < Policy::maxPermissions; ++i)
            QVERIFY(p.add(QStringLiteral("/twilio/product%1/things/read").arg(i)));
        QString error;
        QVERIFY2(p.isValid(&error), qPrintable(error));
        QVERIFY(!p.add(QStringLiteral("/twilio/product0/things/read"))); // add() refuses a duplicate
        QVERIFY(p.add(QStringLiteral("/twilio/one/more/read")));
        QVERIFY(!p.isValid(&error));
        QVERIFY2(error.contains(QStringLiteral("100")), qPrintable(error));

        const Policy twice(QStringList { QStringLiteral("/twilio/voice/calls/read"),
                                         QStringLiteral("/twilio/voice/calls/read") });
        QVERIFY(!twice.isValid(&error));
        QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
    }

    void problemsListsEach()
    {
        const Policy p(QStringList { QStringLiteral("/twilio/voice/calls/read"), QStringLiteral("bad"),
                                     QStringLiteral("worse") });
        QCOMPARE(p.problems().size(), 2);
        QString error;
        QVERIFY(!p.isValid(&error));
        QVERIFY2(error.contains(QStringLiteral("1 more")), qPrintable(error));
    }

    void addRemoveDiff()
    {
        Policy before(QStringList { QStringLiteral("/twilio/voice/calls/read"),
                                    QStringLiteral("/twilio/voice/calls/list") });
        Policy after = before;
        QVERIFY(after.remove(QStringLiteral("/twilio/voice/calls/list")));
        QVERIFY(!after.remove(QStringLiteral("/twilio/voice/calls/list")));
        QVERIFY(after.add(QStringLiteral("/twilio/messaging/messages/create")));
        QCOMPARE(before.addedIn(after), QStringList { QStringLiteral("/twilio/messaging/messages/create") });
        QCOMPARE(before.removedIn(after), QStringList { QStringLiteral("/twilio/voice/calls/list") });
        QVERIFY(before != after);
    }

    void responseValue()
    {
        QString error;
        QVERIFY(!Policy::fromJsonValue(QJsonValue(), &error));
        QVERIFY(error.isEmpty()); // null policy is not an error: Standard/Main key
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
