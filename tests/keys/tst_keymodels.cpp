// The Keys console's models against a real keydesk-sandbox process: page-by-page lists, the lazy details
// loader, the target account (a subaccount) and the shared duplicate operation.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "keys/KeyDetailsLoader.h"
#include "keys/KeyDuplicator.h"
#include "keys/KeyListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace {

const QString accountSid = QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00");
const QByteArray authToken = "5a4db0c5a4db0c5a4db0c5a4db0c5a4d";

template<typename T> std::shared_ptr<std::optional<ApiResult<T>>> slot()
{
    return std::make_shared<std::optional<ApiResult<T>>>();
}

template<typename T> std::function<void(ApiResult<T>)> into(std::shared_ptr<std::optional<ApiResult<T>>> s)
{
    return [s](ApiResult<T> r) {
        s->emplace(std::move(r));
    };
}

} // namespace

class TestKeyModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    bool startSandbox(const QStringList& args = {})
    {
        m_client.reset();
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(args))
            return false;
        m_client = sandboxClient(*m_sandbox);
        return true;
    }

    QList<ApiKey> listAll(KeyService& keys)
    {
        auto result = slot<QList<ApiKey>>();
        keys.list(KeyApi::Iam, into(result));
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 60000) || !(*result)->ok())
            return {};
        return (*result)->value();
    }

private Q_SLOTS:
    void pagesArriveOneByOne()
    {
        QVERIFY2(startSandbox({ QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--keys"),
                                QStringLiteral("250") }),
                 qPrintable(m_sandbox->errorString()));
        KeyService keys(m_client.get());
        keys.setPageSize(100);
        KeyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<int> rowsAtEachPage;
        auto done = slot<qint64>();
        keys.listPages(
            KeyApi::Iam,
            [&](QList<ApiKey> page) {
                model.appendKeys(page);
                rowsAtEachPage << model.rowCount();
            },
            into(done));
        QTRY_VERIFY_WITH_TIMEOUT(done->has_value(), 60000);
        QVERIFY2((*done)->ok(), qPrintable((*done)->error().sentence()));
        QCOMPARE((*done)->value(), 250);
        QCOMPARE(rowsAtEachPage, (QList<int> { 100, 200, 250 }));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void targetAccountIsASubaccount()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->errorString()));
        AccountService accounts(m_client.get());
        auto subs = slot<QList<AccountInfo>>();
        accounts.listSubaccounts(into(subs));
        QTRY_VERIFY_WITH_TIMEOUT(subs->has_value(), 60000);
        QVERIFY((*subs)->ok());
        QString staging;
        for (const AccountInfo& a : (*subs)->value())
            if (a.friendlyName == u"Staging")
                staging = a.sid;
        QVERIFY(!staging.isEmpty());

        KeyService keys(m_client.get());
        QCOMPARE(keys.targetAccountSid(), accountSid);
        keys.setTargetAccountSid(staging);
        QStringList names;
        for (const ApiKey& key : listAll(keys))
            names << key.friendlyName;
        names.sort();
        QCOMPARE(
            names,
            (QStringList { QStringLiteral("Staging SMS sender"), QStringLiteral("Staging app server") }));
        // A create lands in the subaccount too.
        KeyCreateRequest create;
        create.friendlyName = QStringLiteral("made for staging");
        auto created = slot<CreatedKey>();
        keys.create(create, into(created));
        QTRY_VERIFY_WITH_TIMEOUT(created->has_value(), 60000);
        QVERIFY2((*created)->ok(), qPrintable((*created)->error().sentence()));
        QCOMPARE(listAll(keys).size(), 3);
        keys.setTargetAccountSid({});
        QCOMPARE(keys.targetAccountSid(), accountSid);
        QVERIFY(listAll(keys).size() >= 8);
    }

    void detailsLoadLazilyDeduplicatedAndIndependently()
    {
        // The fetch of one particular key fails every time; the others must still load.
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.json"));
        QVERIFY2(startSandbox({ QStringLiteral("--state"), state }), qPrintable(m_sandbox->errorString()));
        KeyService keys(m_client.get());
        const QList<ApiKey> all = listAll(keys);
        QVERIFY(all.size() >= 8);
        const QString broken = all.at(2).sid;
        // Demo SIDs are random per start: a state file keeps them for the restart with the fault.
        QVERIFY(m_sandbox->stop());
        QVERIFY2(startSandbox({ QStringLiteral("--state"), state, QStringLiteral("--faults"),
                                QStringLiteral("500@GET /v1/Keys/%1").arg(broken) }),
                 qPrintable(m_sandbox->errorString()));
        KeyService keys2(m_client.get());
        const QList<ApiKey> again = listAll(keys2);
        QVERIFY(again.size() >= 8);
        QStringList wanted;
        for (const ApiKey& key : again)
            wanted << key.sid;
        QVERIFY(wanted.contains(broken));

        KeyDetailsLoader loader(&keys2);
        loader.setConcurrency(2);
        QSignalSpy loaded(&loader, &KeyDetailsLoader::loaded);
        QSignalSpy failed(&loader, &KeyDetailsLoader::failed);
        QSignalSpy idle(&loader, &KeyDetailsLoader::idle);
        loader.setWanted(wanted.mid(0, 5));
        loader.setWanted(wanted.mid(0, 5)); // asked twice: no second request per key
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && loader.runningCount() == 0 && loader.waitingCount() == 0,
                                 60000);
        QCOMPARE(loaded.count() + failed.count(), 5);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), broken);
        QCOMPARE(loader.requestCount(), 5);
        for (const QVariantList& args : loaded) {
            const ApiKey key = args.at(0).value<ApiKey>();
            QVERIFY(key.detailsKnown());
        }
        QVERIFY(loader.isLoaded(wanted.at(0)));
        QVERIFY(loader.hasFailed(broken));
        // Wanting them again sends nothing; keys that scrolled out of view before their turn are dropped.
        loader.setWanted(wanted.mid(0, 5));
        QCOMPARE(loader.runningCount(), 0);
        loader.setWanted(wanted.mid(5));
        loader.setWanted({});
        QTRY_VERIFY_WITH_TIMEOUT(loader.runningCount() == 0, 60000);
        QVERIFY(loader.requestCount() <= 7); // at most the two that had started
        // A selected key goes first, and a forgotten key loads again.
        loaded.clear();
        loader.forget(wanted.at(0));
        loader.requestNow(wanted.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(loader.isLoaded(wanted.at(0)), 60000);
        QCOMPARE(loaded.last().at(0).value<ApiKey>().sid, wanted.at(0));
        // reset() cancels what runs and forgets everything.
        loader.setWanted(wanted);
        loader.reset();
        QCOMPARE(loader.runningCount(), 0);
        QVERIFY(!loader.isLoaded(wanted.at(0)));
    }

    void duplicateAddsAndRemoves()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->errorString()));
        KeyService keys(m_client.get());
        QString source;
        for (const ApiKey& key : listAll(keys))
            if (key.friendlyName == u"Outbound voice worker")
                source = key.sid;
        QVERIFY(!source.isEmpty());
        KeyDuplicator duplicator(&keys, &keys);
        DuplicateRequest request;
        request.sourceSid = source;
        request.friendlyName = QStringLiteral("Copy of Outbound voice worker");
        request.add = { QStringLiteral("/twilio/voice/calls/delete") };
        request.remove = { QStringLiteral("/twilio/voice/calls/update") };
        auto result = slot<DuplicateResult>();
        duplicator.duplicate(request, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 60000);
        QVERIFY2((*result)->ok(), qPrintable((*result)->error().sentence()));
        const DuplicateResult& r = (*result)->value();
        QCOMPARE(r.before.size(), 3);
        QCOMPARE(r.after.allow(),
                 (QStringList { QStringLiteral("/twilio/voice/calls/create"),
                                QStringLiteral("/twilio/voice/calls/read"),
                                QStringLiteral("/twilio/voice/calls/delete") }));
        QVERIFY(!r.created.secret.isEmpty());
        // Read back through the API.
        auto fetched = slot<ApiKey>();
        keys.fetch(r.created.key.sid, KeyApi::Iam, into(fetched));
        QTRY_VERIFY_WITH_TIMEOUT(fetched->has_value(), 60000);
        QVERIFY((*fetched)->ok());
        QStringList got = (*fetched)->value().policy->allow();
        QStringList want = r.after.allow();
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        QCOMPARE((*fetched)->value().friendlyName, request.friendlyName);

        // A removal the source does not have is refused before anything is sent.
        request.remove = { QStringLiteral("/twilio/voice/calls/delete") };
        request.add.clear();
        auto refused = slot<DuplicateResult>();
        const qint64 attempts = m_client->attemptCount();
        duplicator.duplicate(request, into(refused));
        QTRY_VERIFY_WITH_TIMEOUT(refused->has_value(), 60000);
        QVERIFY(!(*refused)->ok());
        QCOMPARE((*refused)->error().kind(), ApiError::Kind::InvalidRequest);
        QCOMPARE(m_client->attemptCount(), attempts + 1); // the source fetch, no create
    }

    void duplicateIntoSubaccount()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->errorString()));
        KeyService main(m_client.get());
        QString source;
        for (const ApiKey& key : listAll(main))
            if (key.friendlyName == u"Messaging read-only")
                source = key.sid;
        AccountService accounts(m_client.get());
        auto subs = slot<QList<AccountInfo>>();
        accounts.listSubaccounts(into(subs));
        QTRY_VERIFY_WITH_TIMEOUT(subs->has_value(), 60000);
        QVERIFY((*subs)->ok() && !(*subs)->value().isEmpty());
        KeyService sub(m_client.get());
        sub.setTargetAccountSid((*subs)->value().first().sid);
        const qsizetype before = listAll(sub).size();
        KeyDuplicator duplicator(&main, &sub);
        DuplicateRequest request;
        request.sourceSid = source;
        request.friendlyName = QStringLiteral("Messaging read-only (copy)");
        auto result = slot<DuplicateResult>();
        duplicator.duplicate(request, into(result));
        QTRY_VERIFY_WITH_TIMEOUT(result->has_value(), 60000);
        QVERIFY2((*result)->ok(), qPrintable((*result)->error().sentence()));
        QCOMPARE(listAll(sub).size(), before + 1);
        QCOMPARE((*result)->value().after, (*result)->value().before);
    }
};

QTEST_GUILESS_MAIN(TestKeyModels)
#include "tst_keymodels.moc"
