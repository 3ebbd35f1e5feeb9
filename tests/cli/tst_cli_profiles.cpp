// keydesk-cli profiles list|add|remove|use|test|import-twilio-cli and --profile on the API commands, run as
// the built program against a real keydesk-sandbox, each test with its own XDG config/data/cache folders.
// The keychain tests need a Secret Service (scripts/run-tests.sh: gnome-keyring in a private D-Bus session);
// without one they skip (fail under CI=true). After every test no secret may appear in any file under the
// test's XDG folders.
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/OAuthBrowserSignIn.h"
#include "api/TwilioHosts.h"
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace {

const QString kSecretVar = QStringLiteral("KEYDESK_TEST_SECRET");

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return QFile::setPermissions(path, permissions);
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void helpOnEverySubcommand_data();
    void helpOnEverySubcommand();
    void emptyListAndNames();
    void addEachKindListUseTestAndListKeys();
    void standardKeyIsRefusedOnTheKeyEndpoints();
    void precedence();
    void importTwilioCliAndStripSecrets();
    void importRefusesMalformedFilesUntouched_data();
    void importRefusesMalformedFilesUntouched();
    void removeAsksAndDeletesTheKeychainEntry();
    void withoutKeychainNothingIsKept();
    void serverTextIsEscaped();
    void signInProfileWorksAndStaysSignedIn();

private:
    // The environment of one keydesk-cli run: the test's XDG folders, no TWILIO_* variables, plus extra.
    QProcessEnvironment environment(const QHash<QString, QString>& extra = {}) const;
    CliRun cli(const QStringList& args, const QHash<QString, QString>& extra = {},
               const QByteArray& stdinData = {}) const;
    // profiles add NAME … with the secret passed through --secret-env.
    CliRun add(const QString& name, const QStringList& credential, const QString& secret,
               const QStringList& more = {}) const;
    QStringList sandboxUrlArgs() const
    {
        return { QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() };
    }
    bool needKeychain();
    // How many keys the sandbox's account has now (tests share one sandbox and some create keys).
    int sandboxKeyCount() const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    bool m_keychain = false;
    QList<QByteArray> m_secrets; // every secret a test used: none may reach a file under m_home
};

void TestCliProfiles::initTestCase()
{
    QVERIFY2(QFileInfo::exists(cliPath()), "keydesk-cli is not built");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY(!m_sandbox->mainKeySecret().isEmpty());
    QVERIFY(!m_sandbox->oauthClientSecret().isEmpty());

    SecretVault vault(QStringLiteral("KeyDesk"));
    const SecretVault::Result probe
        = vault.storeAndWait(QStringLiteral("probe-tst_cli_profiles"), SecretBytes(QByteArrayView("x")));
    m_keychain = probe.ok && !probe.keptInMemoryOnly;
    if (m_keychain)
        vault.removeAndWait(QStringLiteral("probe-tst_cli_profiles"));
}

void TestCliProfiles::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char* dir : { "config", "data", "cache", "twilio" })
        QVERIFY(QDir(m_home->path()).mkpath(QString::fromLatin1(dir)));
    m_secrets = { m_sandbox->authToken().toUtf8(), m_sandbox->mainKeySecret().toUtf8(),
                  m_sandbox->oauthClientSecret().toUtf8() };
}

void TestCliProfiles::cleanup()
{
    // No secret in any file under the XDG folders (QSettings, the vault index, caches).
    for (const char* dir : { "config", "data", "cache" }) {
        QDirIterator it(m_home->filePath(QString::fromLatin1(dir)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY2(!secret.isEmpty() && !bytes.contains(secret),
                         qPrintable(QStringLiteral("a secret is in %1").arg(path)));
        }
    }
    m_home.reset();
}

QProcessEnvironment TestCliProfiles::environment(const QHash<QString, QString>& extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : { QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("TWILIO_AUTH_TOKEN"),
                                 QStringLiteral("TWILIO_API_KEY"), QStringLiteral("TWILIO_API_SECRET"),
                                 QStringLiteral("TWILIO_REGION"), QStringLiteral("TWILIO_EDGE"),
                                 QStringLiteral("TWILIO_CONFIG_DIR") })
        env.remove(name);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("HOME"), m_home->path());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

CliRun TestCliProfiles::cli(const QStringList& args, const QHash<QString, QString>& extra,
                            const QByteArray& stdinData) const
{
    CliRun run = runCliWithEnvironment(args, environment(extra), stdinData, 60000);
    // Whatever a command prints, it never prints a secret it was given.
    for (const QByteArray& secret : m_secrets)
        if (run.mentions(secret))
            run.exitCode = -100;
    return run;
}

CliRun TestCliProfiles::add(const QString& name, const QStringList& credential, const QString& secret,
                            const QStringList& more) const
{
    return cli(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), name,
                             QStringLiteral("--account-sid"), m_sandbox->accountSid() }
                   + credential + QStringList { QStringLiteral("--secret-env"), kSecretVar }
                   + sandboxUrlArgs() + more,
               { { kSecretVar, secret } });
}

int TestCliProfiles::sandboxKeyCount() const
{
    const CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString() });
    return run.exitCode == 0 ? jsonOf(run).value(QStringLiteral("count")).toInt() : -1;
}

bool TestCliProfiles::needKeychain()
{
    return m_keychain;
}

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!needKeychain())                                                                                 \
            KEYDESK_REQUIRE_ENVIRONMENT("No Secret Service on the session bus; run through "                 \
                                        "scripts/run-tests.sh (dbus-run-session + gnome-keyring).");         \
    } while (false)

void TestCliProfiles::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString account = QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00");
    QTest::newRow("no subcommand") << QStringList { QStringLiteral("profiles") };
    QTest::newRow("unknown subcommand")
        << QStringList { QStringLiteral("profiles"), QStringLiteral("rename") };
    QTest::newRow("add without name") << QStringList { QStringLiteral("profiles"), QStringLiteral("add") };
    QTest::newRow("add without kind") << QStringList { QStringLiteral("profiles"),
                                                       QStringLiteral("add"),
                                                       QStringLiteral("p"),
                                                       QStringLiteral("--account-sid"),
                                                       account,
                                                       QStringLiteral("--secret-stdin") };
    QTest::newRow("add with two kinds") << QStringList { QStringLiteral("profiles"),
                                                         QStringLiteral("add"),
                                                         QStringLiteral("p"),
                                                         QStringLiteral("--account-sid"),
                                                         account,
                                                         QStringLiteral("--use-auth-token"),
                                                         QStringLiteral("--api-key"),
                                                         QStringLiteral("SK0123456789abcdef0123456789abcdef"),
                                                         QStringLiteral("--secret-stdin") };
    QTest::newRow("add bad account") << QStringList {
        QStringLiteral("profiles"),      QStringLiteral("add"),   QStringLiteral("p"),
        QStringLiteral("--account-sid"), QStringLiteral("AC123"), QStringLiteral("--use-auth-token"),
        QStringLiteral("--secret-stdin")
    };
    QTest::newRow("add without secret option") << QStringList { QStringLiteral("profiles"),
                                                                QStringLiteral("add"),
                                                                QStringLiteral("p"),
                                                                QStringLiteral("--account-sid"),
                                                                account,
                                                                QStringLiteral("--use-auth-token") };
    QTest::newRow("add env name") << QStringList { QStringLiteral("profiles"),
                                                   QStringLiteral("add"),
                                                   QStringLiteral("[env]"),
                                                   QStringLiteral("--account-sid"),
                                                   account,
                                                   QStringLiteral("--use-auth-token"),
                                                   QStringLiteral("--secret-stdin") };
    QTest::newRow("use unknown") << QStringList { QStringLiteral("profiles"), QStringLiteral("use"),
                                                  QStringLiteral("nobody") };
    QTest::newRow("remove env") << QStringList { QStringLiteral("profiles"), QStringLiteral("remove"),
                                                 QStringLiteral("[env]"), QStringLiteral("--yes") };
    QTest::newRow("keys with unknown profile")
        << QStringList { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"),
                         QStringLiteral("nobody") };
    QTest::newRow("keys without any profile")
        << QStringList { QStringLiteral("keys"), QStringLiteral("list") };
    QTest::newRow("import all and names")
        << QStringList { QStringLiteral("profiles"), QStringLiteral("import-twilio-cli"),
                         QStringLiteral("--all"), QStringLiteral("x") };
}

void TestCliProfiles::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = cli(args, {}, QByteArrayLiteral("s3cret-on-stdin"));
    QVERIFY_EXIT(run, 2);
    QVERIFY(run.err.startsWith("keydesk-cli: "));
}

void TestCliProfiles::helpOnEverySubcommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("profiles --help") << QStringList { QStringLiteral("profiles"), QStringLiteral("--help") };
    for (const char* sub : { "list", "add", "remove", "use", "test", "import-twilio-cli" })
        QTest::newRow(sub) << QStringList { QStringLiteral("profiles"), QString::fromLatin1(sub),
                                            QStringLiteral("--help") };
    QTest::newRow("keys list") << QStringList { QStringLiteral("keys"), QStringLiteral("list"),
                                                QStringLiteral("--help") };
}

void TestCliProfiles::helpOnEverySubcommand()
{
    QFETCH(QStringList, args);
    const CliRun run = cli(args);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("sage"));
    QVERIFY(run.err.isEmpty());
    // No option takes a secret value directly.
    const QRegularExpression secretOption(QStringLiteral("--(secret|password|token|auth-token)(\\s|=|,|$)"),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(!secretOption.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    if (args.value(1) == u"add")
        QVERIFY(run.out.contains("--secret-stdin"));
    if (args.value(0) == u"keys")
        QVERIFY(run.out.contains("--profile <NAME>"));
}

void TestCliProfiles::emptyListAndNames()
{
    CliRun run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.isEmpty());
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list") });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("No profiles"));
    // A secret typed on the command line is refused and not echoed.
    run = cli({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"),
                QStringLiteral("--account-sid"), m_sandbox->accountSid(), QStringLiteral("--use-auth-token"),
                m_sandbox->authToken() });
    QVERIFY_EXIT(run, 2);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"),
                QStringLiteral("--account-sid"), m_sandbox->accountSid(), QStringLiteral("--auth-token"),
                m_sandbox->authToken() });
    QVERIFY_EXIT(run, 2);
    // The environment profile is listed as [env], never in --names.
    const QHash<QString, QString> env { { QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox->accountSid() },
                                        { QStringLiteral("TWILIO_AUTH_TOKEN"), m_sandbox->authToken() } };
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list") }, env);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("[env]"));
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") }, env);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.isEmpty());
}

void TestCliProfiles::addEachKindListUseTestAndListKeys()
{
    REQUIRE_KEYCHAIN();
    CliRun run = add(QStringLiteral("Token profile"), { QStringLiteral("--use-auth-token") },
                     m_sandbox->authToken());
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("active"));
    run = add(QStringLiteral("main-key"), { QStringLiteral("--api-key"), m_sandbox->mainKeySid() },
              m_sandbox->mainKeySecret(), { QStringLiteral("--test") });
    QVERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains("Main key (it lists keys and has no policy) can manage"), run.out.constData());
    // The OAuth client's secret from a file.
    const QString secretFile = m_home->filePath(QStringLiteral("twilio/oauth-secret"));
    QVERIFY(writeFile(secretFile, m_sandbox->oauthClientSecret().toUtf8() + '\n',
                      QFile::ReadOwner | QFile::WriteOwner));
    run = cli(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("oauth"),
                            QStringLiteral("--account-sid"), m_sandbox->accountSid(),
                            QStringLiteral("--oauth-client-id"), m_sandbox->oauthClientId(),
                            QStringLiteral("--secret-file"), secretFile }
              + sandboxUrlArgs());
    QVERIFY_EXIT(run, 0);
    // The same name again is refused.
    run = add(QStringLiteral("MAIN-KEY"), { QStringLiteral("--use-auth-token") }, m_sandbox->authToken());
    QVERIFY_EXIT(run, 2);

    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") });
    QVERIFY_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("main-key\noauth\nToken profile\n"));
    // The fields are in the private XDG config folder (which cleanup() searches for secrets).
    QVERIFY(QFileInfo::exists(m_home->filePath(QStringLiteral("config/KeyDesk/profiles.conf"))));
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY_EXIT(run, 0);
    QCOMPARE(jsonOf(run).value(QStringLiteral("profiles")).toArray().size(), 3);
    QCOMPARE(jsonOf(run).value(QStringLiteral("active")).toString(), QStringLiteral("Token profile"));
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list") });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("* Token profile"));

    run = cli({ QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("oauth") });
    QVERIFY_EXIT(run, 0);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(jsonOf(run).value(QStringLiteral("active")).toString(), QStringLiteral("oauth"));

    // test: the active one, then each by name.
    run = cli({ QStringLiteral("profiles"), QStringLiteral("test") });
    QVERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains("OAuth client can manage"), run.out.constData());
    QVERIFY(run.out.contains(m_sandbox->accountSid().toUtf8()));
    for (const QString& name :
         { QStringLiteral("Token profile"), QStringLiteral("main-key"), QStringLiteral("oauth") }) {
        run = cli({ QStringLiteral("profiles"), QStringLiteral("test"), name, QStringLiteral("--json") });
        QVERIFY_EXIT(run, 0);
        QVERIFY(jsonOf(run).value(QStringLiteral("can_manage_keys")).toBool());
        QCOMPARE(
            jsonOf(run).value(QStringLiteral("account")).toObject().value(QStringLiteral("sid")).toString(),
            m_sandbox->accountSid());

        run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"), name,
                    QStringLiteral("--json") });
        QVERIFY_EXIT(run, 0);
        QCOMPARE(jsonOf(run).value(QStringLiteral("count")).toInt(), sandboxKeyCount());
    }
    // The active profile without --profile; the option may also come before the command.
    run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY_EXIT(run, 0);
    QCOMPARE(jsonOf(run).value(QStringLiteral("count")).toInt(), sandboxKeyCount());
    run = cli({ QStringLiteral("--profile"), QStringLiteral("main-key"), QStringLiteral("keys"),
                QStringLiteral("list") });
    QVERIFY_EXIT(run, 0);
}

void TestCliProfiles::standardKeyIsRefusedOnTheKeyEndpoints()
{
    REQUIRE_KEYCHAIN();
    CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("standard for the test"), QStringLiteral("--json"),
                       QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString() });
    QVERIFY_EXIT(run, 0);
    const QJsonObject created = jsonOf(run);
    const QString sid
        = created.value(QStringLiteral("key")).toObject().value(QStringLiteral("sid")).toString();
    const QString secret = created.value(QStringLiteral("secret")).toString();
    QVERIFY(!secret.isEmpty());
    m_secrets << secret.toUtf8();

    run = add(QStringLiteral("standard"), { QStringLiteral("--api-key"), sid }, secret);
    QVERIFY_EXIT(run, 0);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("standard") });
    QVERIFY_EXIT(run, 1);
    QVERIFY2(run.out.contains("Standard key"), run.out.constData());
    run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"),
                QStringLiteral("standard") });
    QVERIFY_EXIT(run, 3);

    // A Restricted key: what its policy allows (it may list and read keys, not read the account).
    run = cli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                QStringLiteral("r"), QStringLiteral("--permission"),
                QStringLiteral("/twilio/iam/api-keys/list"), QStringLiteral("--permission"),
                QStringLiteral("/twilio/iam/api-keys/read"), QStringLiteral("--json"),
                QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString() });
    QVERIFY_EXIT(run, 0);
    const QString restrictedSid
        = jsonOf(run).value(QStringLiteral("key")).toObject().value(QStringLiteral("sid")).toString();
    const QString restrictedSecret = jsonOf(run).value(QStringLiteral("secret")).toString();
    m_secrets << restrictedSecret.toUtf8();
    run = add(QStringLiteral("restricted"), { QStringLiteral("--api-key"), restrictedSid }, restrictedSecret);
    QVERIFY_EXIT(run, 0);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("restricted"),
                QStringLiteral("--json") });
    QVERIFY_EXIT(run, 0);
    const QJsonObject result = jsonOf(run);
    QCOMPARE(result.value(QStringLiteral("key_type")).toString(), QStringLiteral("restricted"));
    QVERIFY(result.value(QStringLiteral("permissions"))
                .toArray()
                .contains(QStringLiteral("/twilio/iam/api-keys/list")));
    QVERIFY(!result.value(QStringLiteral("can_manage_keys")).toBool());
    QVERIFY(result.value(QStringLiteral("account")).isNull());
    run = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("restricted") });
    QVERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains("Restricted key can do what its policy allows"), run.out.constData());
    QVERIFY(run.out.contains("  /twilio/iam/api-keys/read"));
}

void TestCliProfiles::precedence()
{
    REQUIRE_KEYCHAIN();
    // "wrong" (active) holds a wrong Auth Token, "right" the right one; both point at the sandbox.
    CliRun run = add(QStringLiteral("wrong"), { QStringLiteral("--use-auth-token") },
                     QStringLiteral("0000000000000000000000000000beef"));
    QVERIFY_EXIT(run, 0);
    run = add(QStringLiteral("right"), { QStringLiteral("--use-auth-token") }, m_sandbox->authToken());
    QVERIFY_EXIT(run, 0);
    const QStringList list { QStringLiteral("keys"), QStringLiteral("list") };

    run = cli(list);
    QVERIFY_EXIT(run, 3); // the active profile: refused
    QVERIFY(run.err.contains("20003"));

    const QHash<QString, QString> rightEnv {
        { QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox->accountSid() },
        { QStringLiteral("TWILIO_AUTH_TOKEN"), m_sandbox->authToken() }
    };
    const QHash<QString, QString> wrongEnv {
        { QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox->accountSid() },
        { QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("1111111111111111111111111111beef") }
    };
    // The environment beats the active profile.
    run = cli(list + sandboxUrlArgs(), rightEnv);
    QVERIFY_EXIT(run, 0);
    run = cli(list + sandboxUrlArgs(), wrongEnv);
    QVERIFY_EXIT(run, 3);
    // --profile beats the environment.
    run = cli(list + QStringList { QStringLiteral("--profile"), QStringLiteral("right") }, wrongEnv);
    QVERIFY_EXIT(run, 0);
    run = cli(list + QStringList { QStringLiteral("--profile"), QStringLiteral("wrong") }, rightEnv);
    QVERIFY_EXIT(run, 3);
    // "[env]" names the environment; --sandbox wins over everything.
    run = cli(list + QStringList { QStringLiteral("--profile"), QStringLiteral("[env]") } + sandboxUrlArgs(),
              rightEnv);
    QVERIFY_EXIT(run, 0);
    run = cli(list
                  + QStringList { QStringLiteral("--profile"), QStringLiteral("wrong"),
                                  QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString() },
              wrongEnv);
    QVERIFY_EXIT(run, 0);
    // profiles test follows the same order.
    run = cli({ QStringLiteral("profiles"), QStringLiteral("test") });
    QVERIFY_EXIT(run, 1);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("right") });
    QVERIFY_EXIT(run, 0);
    run = cli(list);
    QVERIFY_EXIT(run, 0);
    // authtoken commands take --profile too.
    run = cli({ QStringLiteral("authtoken"), QStringLiteral("secondary-delete"), QStringLiteral("--profile"),
                QStringLiteral("wrong"), QStringLiteral("--yes") });
    QVERIFY_EXIT(run, 3);
}

void TestCliProfiles::importTwilioCliAndStripSecrets()
{
    REQUIRE_KEYCHAIN();
    const QString path = m_home->filePath(QStringLiteral("twilio/config.json"));
    const QString secret = m_sandbox->mainKeySecret();
    QJsonObject profiles {
        { QStringLiteral("acme"),
          QJsonObject { { QStringLiteral("accountSid"), m_sandbox->accountSid() },
                        { QStringLiteral("apiKey"), m_sandbox->mainKeySid() },
                        { QStringLiteral("apiSecret"), secret } } },
        { QStringLiteral("old"),
          QJsonObject { { QStringLiteral("accountSid"), m_sandbox->accountSid() },
                        { QStringLiteral("apiKey"), m_sandbox->mainKeySid() } } },
    };
    const QByteArray original
        = QJsonDocument(QJsonObject { { QStringLiteral("profiles"), profiles },
                                      { QStringLiteral("activeProject"), QStringLiteral("acme") } })
              .toJson();
    QVERIFY(writeFile(path, original,
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QStringList import { QStringLiteral("profiles"), QStringLiteral("import-twilio-cli"),
                               QStringLiteral("--config"), path };

    // Listing changes nothing and warns about the permissions.
    CliRun run = cli(import);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("acme"));
    QVERIFY(run.out.contains("old"));
    QVERIFY(run.out.contains("cannot be imported"));
    QVERIFY2(run.err.contains("other users"), run.err.constData());
    QCOMPARE(readAll(path), original);
    // The default location: $TWILIO_CONFIG_DIR/config.json.
    run = cli({ QStringLiteral("profiles"), QStringLiteral("import-twilio-cli") },
              { { QStringLiteral("TWILIO_CONFIG_DIR"), m_home->filePath(QStringLiteral("twilio")) } });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("acme"));

    // Stripping without --yes and without a terminal is refused before anything happens.
    run = cli(import + QStringList { QStringLiteral("acme"), QStringLiteral("--strip-secrets") });
    QVERIFY_EXIT(run, 2);
    QCOMPARE(readAll(path), original);

    run = cli(
        import
        + QStringList { QStringLiteral("acme"), QStringLiteral("--strip-secrets"), QStringLiteral("--yes") });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains("Imported acme"));
    const QByteArray stripped = readAll(path);
    QVERIFY(!stripped.isEmpty());
    QVERIFY(!stripped.contains(secret.toUtf8()));
    QVERIFY(QJsonDocument::fromJson(stripped)
                .object()
                .value(QStringLiteral("profiles"))
                .toObject()
                .contains(QStringLiteral("acme")));
    const QString backup = path + QStringLiteral(".keydesk-backup");
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(readAll(backup), original);
    const QFileDevice::Permissions mode = QFile::permissions(backup);
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QVERIFY(
        !(mode
          & (QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
             | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));

    // The imported profile works (its secret came from the keychain) and became active like in twilio-cli.
    run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"),
                QStringLiteral("acme"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                m_sandbox->baseUrl().toString() });
    QVERIFY_EXIT(run, 0);
    QCOMPARE(jsonOf(run).value(QStringLiteral("count")).toInt(), sandboxKeyCount());
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(jsonOf(run).value(QStringLiteral("active")).toString(), QStringLiteral("acme"));

    // --all again: acme is there already, old cannot be imported (exit 1).
    run = cli(import + QStringList { QStringLiteral("--all") });
    QVERIFY_EXIT(run, 1);
    QVERIFY(run.out.contains("imported already"));
    QVERIFY(run.err.contains("old was not imported"));
}

void TestCliProfiles::importRefusesMalformedFilesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    const QByteArray good
        = R"({"profiles":{"p":{"accountSid":"ACc0ffeec0ffeec0ffeec0ffeec0ffee00",)"
          R"("apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"malformed-secret-1"}}})";
    QTest::newRow("truncated") << good.left(good.size() - 7);
    QTest::newRow("not an object") << QByteArray(R"(["profiles"])");
    QTest::newRow("profiles not an object") << QByteArray(R"({"profiles":[1,2,3]})");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\x1b[2J\xff\xfe", 7);
    QTest::newRow("huge") << QByteArray(R"({"profiles":{},"pad":")") + QByteArray(2 << 20, 'x')
            + QByteArray("\"}");
}

void TestCliProfiles::importRefusesMalformedFilesUntouched()
{
    QFETCH(QByteArray, content);
    const QString path = m_home->filePath(QStringLiteral("twilio/config.json"));
    QVERIFY(writeFile(path, content, QFile::ReadOwner | QFile::WriteOwner));
    for (const QStringList& extra :
         { QStringList {},
           QStringList { QStringLiteral("--all"), QStringLiteral("--strip-secrets"),
                         QStringLiteral("--yes") } }) {
        const CliRun run = cli(QStringList { QStringLiteral("profiles"), QStringLiteral("import-twilio-cli"),
                                             QStringLiteral("--config"), path }
                               + extra);
        QVERIFY_EXIT(run, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains('\x1b'));
        QVERIFY(readAll(path) == content);
    }
    QCOMPARE(QDir(m_home->filePath(QStringLiteral("twilio"))).entryList(QDir::Files),
             QStringList { QStringLiteral("config.json") });
    const CliRun run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") });
    QVERIFY(run.out.isEmpty());
}

void TestCliProfiles::removeAsksAndDeletesTheKeychainEntry()
{
    REQUIRE_KEYCHAIN();
    CliRun run
        = add(QStringLiteral("gone soon"), { QStringLiteral("--use-auth-token") }, m_sandbox->authToken());
    QVERIFY_EXIT(run, 0);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") });
    const QString id = jsonOf(run)
                           .value(QStringLiteral("profiles"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    SecretVault vault(QStringLiteral("KeyDesk"));
    SecretBytes stored;
    QVERIFY(vault.readAndWait(SecretVault::profileEntry(id), &stored).ok);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(stored.data()), qsizetype(stored.size())),
             m_sandbox->authToken().toUtf8());
    stored.clear();

    // No terminal and no --yes: refused, nothing removed.
    run = cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("gone soon") });
    QVERIFY_EXIT(run, 2);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") });
    QCOMPARE(run.out, QByteArray("gone soon\n"));

    run = cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("GONE SOON"),
                QStringLiteral("--yes") });
    QVERIFY_EXIT(run, 0);
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") });
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(vault.readAndWait(SecretVault::profileEntry(id), &stored).notFound);
    run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"),
                QStringLiteral("gone soon") });
    QVERIFY_EXIT(run, 2);
}

void TestCliProfiles::withoutKeychainNothingIsKept()
{
    // No session bus: the keychain is unreachable.
    const QHash<QString, QString> noBus { { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                            QStringLiteral("unix:path=")
                                                + m_home->filePath(QStringLiteral("no-bus")) } };
    QHash<QString, QString> env = noBus;
    env.insert(kSecretVar, m_sandbox->authToken());
    CliRun run = cli(QStringList { QStringLiteral("profiles"), QStringLiteral("add"),
                                   QStringLiteral("memory"), QStringLiteral("--account-sid"),
                                   m_sandbox->accountSid(), QStringLiteral("--use-auth-token"),
                                   QStringLiteral("--secret-env"), kSecretVar, QStringLiteral("--test") }
                         + sandboxUrlArgs(),
                     env);
    QVERIFY_EXIT(run, 3);
    QCOMPARE(run.err.count("no keychain is available; secrets are kept for this run only"), 1);
    QVERIFY2(run.err.contains("was not saved"), run.err.constData());
    QVERIFY2(run.out.contains("Auth Token can manage"), run.out.constData()); // usable for this run
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--names") }, noBus);
    QVERIFY_EXIT(run, 0);
    QVERIFY(run.out.isEmpty());

    // The environment needs no keychain, and nothing is said about one.
    env = noBus;
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox->accountSid());
    env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), m_sandbox->authToken());
    run = cli(QStringList { QStringLiteral("keys"), QStringLiteral("list") } + sandboxUrlArgs(), env);
    QVERIFY_EXIT(run, 0);
    QVERIFY(!run.err.contains("keychain"));
}

void TestCliProfiles::serverTextIsEscaped()
{
    // A key name with terminal control characters is shown escaped.
    CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("red\x1b[31mname\x07"), QStringLiteral("--sandbox"),
                       m_sandbox->baseUrl().toString() });
    if (run.exitCode == 0) {
        QVERIFY(!run.out.contains('\x1b'));
        QVERIFY(run.out.contains("red\\x1B[31mname\\x07"));
        run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--sandbox"),
                    m_sandbox->baseUrl().toString() });
        QVERIFY_EXIT(run, 0);
        QVERIFY(!run.out.contains('\x1b'));
        QVERIFY(!run.out.contains('\x07'));
    } else {
        QVERIFY_EXIT(run, 2); // the name was refused before sending; nothing to show
    }
}

// A "Sign in with Twilio" profile (made by the GUI: here the same OAuthBrowserSignIn with a scripted
// browser, and the profile written to the CLI's own profiles file and keychain) used by keydesk-cli: the
// refresh token is good once, so the second run works only when the first stored the renewed one.
void TestCliProfiles::signInProfileWorksAndStaysSignedIn()
{
    REQUIRE_KEYCHAIN();
    TwilioHosts hosts;
    QString error;
    QVERIFY(hosts.setBaseUrlOverride(m_sandbox->baseUrl(), &error));
    OAuthBrowserSignIn signIn(hosts, m_sandbox->oauthClientId());
    QNetworkAccessManager nam;
    signIn.setBrowser([&nam](const QUrl& url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&nam, reply] {
            reply->deleteLater();
            QNetworkReply* back
                = nam.get(QNetworkRequest(QUrl(QString::fromUtf8(reply->rawHeader("Location")))));
            QObject::connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
        });
        return true;
    });
    QByteArray refreshToken;
    connect(&signIn, &OAuthBrowserSignIn::signedIn, this,
            [&](const SecretBytes&, const SecretBytes& refresh, int) {
                refreshToken = refresh.view().toByteArray();
            });
    signIn.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshToken.isEmpty(), 30000);
    m_secrets << refreshToken;

    {
        QSettings settings(m_home->filePath(QStringLiteral("config/KeyDesk/profiles.conf")),
                           QSettings::IniFormat);
        SecretVault vault;
        ProfileStore store(&vault, &settings);
        Profile profile;
        profile.name = QStringLiteral("signed-in");
        profile.accountSid = m_sandbox->accountSid();
        profile.kind = Profile::CredentialKind::OAuthSignIn;
        profile.credentialUser = m_sandbox->oauthClientId();
        profile.baseUrl = m_sandbox->baseUrl();
        QString sentence;
        QVERIFY2(!store.addAndWait(profile, SecretBytes(refreshToken), &sentence).isEmpty(),
                 qPrintable(sentence));
    }

    for (int round = 0; round < 2; ++round) {
        CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--profile"),
                           QStringLiteral("signed-in"), QStringLiteral("--json") });
        QVERIFY_EXIT(run, 0);
        QVERIFY(!run.err.contains("could not be stored"));
    }
    CliRun run = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("signed-in") });
    QVERIFY_EXIT(run, 0);
    QVERIFY2(run.out.contains("Twilio sign-in can manage"), run.out.constData());
    run = cli({ QStringLiteral("profiles"), QStringLiteral("list") });
    QVERIFY(run.out.contains("signed-in"));

    // What the keychain holds now is a newer token than the first, and no file holds either (cleanup()).
    QSettings settings(m_home->filePath(QStringLiteral("config/KeyDesk/profiles.conf")),
                       QSettings::IniFormat);
    SecretVault vault;
    ProfileStore store(&vault, &settings);
    SecretBytes latest;
    QVERIFY(store.readSecretAndWait(store.find(QStringLiteral("signed-in"))->id, &latest, nullptr));
    QVERIFY(latest.view() != QByteArrayView(refreshToken));
    m_secrets << latest.view().toByteArray();
    QVERIFY(store.removeAndWait(store.find(QStringLiteral("signed-in"))->id, nullptr));
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
