// --state files (issue 9, finding 5): what the sandbox saves it loads again, every field is checked on
// load, and only regular files of a sane size are read (never a FIFO or a device).
#include "SandboxProcess.h"
#include "SandboxSeeder.h"
#include "SandboxState.h"
#include "SandboxStateFile.h"
#include "keys/PermissionCatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

// A valid file to break one field at a time: the main account, a subaccount, a Restricted key, an OAuth
// client.
QByteArray validState()
{
    return QByteArrayLiteral(
        "{\"format\":\"keydesk-sandbox-state\",\"version\":1,\"next_seq\":4,\"accounts\":["
        "{\"seq\":1,\"sid\":\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"owner_account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":\"Main\",\"status\":\"active\",\"type\":"
        "\"Full\",\"date_created\":1,\"date_updated\":1,\"auth_token\":\"abcdefgh\",\"auth_token_date\":1,"
        "\"secondary_auth_token\":null,\"secondary_date_created\":0},"
        "{\"seq\":2,\"sid\":\"ACc0ffeec0ffeec0ffeec0ffeec0ffee0a\",\"owner_account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":\"Sub\",\"status\":\"suspended\",\"type\":"
        "\"Full\",\"date_created\":1,\"date_updated\":1,\"auth_token\":\"ijklmnop\",\"auth_token_date\":1,"
        "\"secondary_auth_token\":\"qrstuvwx\",\"secondary_date_created\":2}],"
        "\"keys\":[{\"seq\":3,\"sid\":\"SKc0ffeec0ffeec0ffeec0ffeec0ffee01\",\"account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":\"Reader\",\"type\":\"restricted\","
        "\"policy\":[\"/twilio/iam/api-keys/read\"],\"secret_sha256\":"
        "\"0000000000000000000000000000000000000000000000000000000000000000\",\"date_created\":1,"
        "\"date_updated\":1}],"
        "\"oauth_clients\":[{\"client_id\":\"OQc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"account_sid\":"
        "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":\"App\",\"secret_sha256\":"
        "\"0000000000000000000000000000000000000000000000000000000000000000\"}]}");
}

} // namespace

class tst_SandboxStateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatItSavesItLoads();
    void validBaseline();
    void everyFieldChecked_data();
    void everyFieldChecked();
    void onlyRegularFiles_data();
    void onlyRegularFiles();
    void sizeCap();
};

void tst_SandboxStateFile::whatItSavesItLoads()
{
    // Everything the API and the seeder can make, at the edges: 64-character names (astral ones count as
    // one), a full policy with wildcards, a suspended subaccount, secondary tokens, generated keys.
    SandboxState state;
    SandboxSeeder::Options options;
    options.generatedKeys = 300;
    SandboxSeeder::seed(state, options);
    const QString main = state.mainAccountSid();
    const QString name64 = QString(63, u'n') + QString::fromUcs4(U"\U0001F511");
    state.createSubaccount(name64);
    SandboxAccount& sub = state.createSubaccount(QStringLiteral("closed one"));
    state.updateAccount(sub.sid, std::nullopt, QStringLiteral("closed"));
    state.createSecondaryAuthToken(main);
    QStringList hundred;
    for (const QString& p : PermissionCatalog::builtIn().permissions()) {
        if (hundred.size() < 99 && !p.endsWith(QLatin1String("/*")))
            hundred.append(p);
    }
    hundred.append(QStringLiteral("/twilio/iam/api-keys/*"));
    state.createKey(main, SandboxKeyType::Restricted, name64, hundred);
    state.createKey(main, SandboxKeyType::Standard, std::nullopt);
    const SandboxState::NewKey gone = state.createKey(main, SandboxKeyType::Standard, QStringLiteral("gone"));
    state.deleteKey(gone.key->sid);

    const QByteArray saved = SandboxStateFile::serialize(state);
    SandboxState loaded;
    QString error;
    QVERIFY2(SandboxStateFile::deserialize(saved, &loaded, &error), qPrintable(error));
    QCOMPARE(SandboxStateFile::serialize(loaded), saved);
    QCOMPARE(loaded.keyCount(), state.keyCount());
    QCOMPARE(loaded.nextSeq(), state.nextSeq());

    // Through a file as well.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QVERIFY2(SandboxStateFile::save(path, state, &error), qPrintable(error));
    SandboxState reread;
    QVERIFY2(SandboxStateFile::load(path, &reread, &error), qPrintable(error));
    QCOMPARE(SandboxStateFile::serialize(reread), saved);
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void tst_SandboxStateFile::validBaseline()
{
    SandboxState state;
    QString error;
    QVERIFY2(SandboxStateFile::deserialize(validState(), &state, &error), qPrintable(error));
    QCOMPARE(state.accounts().size(), std::size_t(2));
    QCOMPARE(state.keyCount(), 1);
}

void tst_SandboxStateFile::everyFieldChecked_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");

    const QByteArray name65 = "\"" + QByteArray(65, 'n') + "\"";
    QTest::newRow("account name 65") << QByteArray("\"Main\"") << name65
                                     << QStringLiteral("$.accounts[0].friendly_name");
    QTest::newRow("key name 65") << QByteArray("\"Reader\"") << name65
                                 << QStringLiteral("$.keys[0].friendly_name");
    QTest::newRow("client name 65") << QByteArray("\"App\"") << name65
                                    << QStringLiteral("$.oauth_clients[0].friendly_name");
    QTest::newRow("unknown permission")
        << QByteArray("/twilio/iam/api-keys/read") << QByteArray("/twilio/fake/thing/read")
        << QStringLiteral("$.keys[0].policy");
    QTest::newRow("permission twice")
        << QByteArray("\"/twilio/iam/api-keys/read\"]")
        << QByteArray("\"/twilio/iam/api-keys/read\",\"/twilio/iam/api-keys/read\"]")
        << QStringLiteral("$.keys[0].policy");
    QTest::newRow("restricted without policy") << QByteArray("[\"/twilio/iam/api-keys/read\"]")
                                               << QByteArray("[]") << QStringLiteral("$.keys[0].policy");
    QTest::newRow("next_seq not above every seq")
        << QByteArray("\"next_seq\":4") << QByteArray("\"next_seq\":3") << QStringLiteral("$.next_seq");
    QTest::newRow("duplicate seq") << QByteArray("{\"seq\":3,") << QByteArray("{\"seq\":2,")
                                   << QStringLiteral("$.keys[0].seq");
    QTest::newRow("accounts out of order")
        << QByteArray("{\"seq\":1,") << QByteArray("{\"seq\":5,") << QStringLiteral("$.accounts[1].seq");
    QTest::newRow("seq beyond 2^53") << QByteArray("{\"seq\":3,") << QByteArray("{\"seq\":9007199254740993,")
                                     << QStringLiteral("$.keys[0].seq");
    QTest::newRow("date beyond 9999") << QByteArray("\"date_created\":1,\"date_updated\":1}]")
                                      << QByteArray("\"date_created\":1,\"date_updated\":999999999999}]")
                                      << QStringLiteral("$.keys[0].date_updated");
    QTest::newRow("auth token with a colon") << QByteArray("\"abcdefgh\"") << QByteArray("\"abcd:efgh\"")
                                             << QStringLiteral("$.accounts[0].auth_token");
    QTest::newRow("auth token too short")
        << QByteArray("\"abcdefgh\"") << QByteArray("\"abc\"") << QStringLiteral("$.accounts[0].auth_token");
    QTest::newRow("secondary token with a space") << QByteArray("\"qrstuvwx\"") << QByteArray("\"qrst uvwx\"")
                                                  << QStringLiteral("$.accounts[1].secondary_auth_token");
    QTest::newRow("duplicate OAuth client")
        << QByteArray(
               "\"secret_sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\"}]}")
        << QByteArray(
               "\"secret_sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\"},"
               "{\"client_id\":\"OQc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"account_sid\":"
               "\"ACc0ffeec0ffeec0ffeec0ffeec0ffee00\",\"friendly_name\":\"App\",\"secret_sha256\":"
               "\"0000000000000000000000000000000000000000000000000000000000000000\"}]}")
        << QStringLiteral("$.oauth_clients[1].client_id");
}

void tst_SandboxStateFile::everyFieldChecked()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QByteArray data = validState();
    QVERIFY(data.contains(from));
    data.replace(data.indexOf(from), from.size(), to);

    SandboxState state;
    SandboxSeeder::seed(state, {});
    const QByteArray before = SandboxStateFile::serialize(state);
    QString error;
    QVERIFY(!SandboxStateFile::deserialize(data, &state, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QCOMPARE(SandboxStateFile::serialize(state), before); // untouched
}

void tst_SandboxStateFile::onlyRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("device") << QStringLiteral("device");
    QTest::newRow("directory") << QStringLiteral("directory");
}

void tst_SandboxStateFile::onlyRegularFiles()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("state"));
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (kind == QLatin1String("device"))
        path = QStringLiteral("/dev/null");
    else
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("state")));

    // The real program: refuses at once with exit code 2 (a FIFO without a writer must not block it).
    QByteArray err;
    QCOMPARE(SandboxProcess::run({ QStringLiteral("--state"), path }, nullptr, &err, 20000), 2);
    QVERIFY2(err.contains("not a regular file"), err.constData());

    SandboxState state;
    QString error;
    QVERIFY(!SandboxStateFile::load(path, &state, &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
}

void tst_SandboxStateFile::sizeCap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(SandboxStateFile::maxFileBytes + 1)); // sparse: costs no disk
    big.close();
    SandboxState state;
    QString error;
    QVERIFY(!SandboxStateFile::load(path, &state, &error));
    QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));
    QVERIFY(state.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxStateFile)
#include "tst_sandboxstatefile.moc"
