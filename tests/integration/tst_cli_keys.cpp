// keydesk-cli keys … and authtoken … against a real keydesk-sandbox process on loopback.
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace {

// Bytes that drive a terminal: C0 controls but the newline (ESC, BEL …), DEL, the C1 CSI and NEL, and
// the bidirectional overrides and isolates.
bool hasTerminalControls(const QByteArray& bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n') || u == 0x7f)
            return true;
    }
    return bytes.contains("\xc2\x9b") || bytes.contains("\xc2\x85") || bytes.contains("\xe2\x80\xae")
        || bytes.contains("\xe2\x81\xa6");
}

// A key name planted by whoever can name keys: sets the window title (OSC), clears the screen (CSI),
// the C1 CSI, and reverses the rest of the line (U+202E).
const QString hostileName = QStringLiteral("ops\u001b]0;owned\u0007\u001b[2J\u202eyek-evil\u009b31m");

QByteArray visible(const QByteArray& bytes)
{
    return bytes.toPercentEncoding(" \n:{}\",[]/-_.()\u201c\u201d");
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;

    bool startSandbox(const QStringList& args = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        return m_sandbox->start(args);
    }

    // Runs keydesk-cli with stdin closed (no terminal) and an environment without Twilio credentials
    // unless env adds them.
    CliRun cli(const QStringList& args, const QHash<QString, QString>& env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY",
                                  "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE" })
            environment.remove(QString::fromLatin1(name));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(KEYDESK_BIN_DIR "/keydesk-cli"));
        process.setArguments(args);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        CliRun run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    CliRun sandboxCli(QStringList args)
    {
        args << QStringLiteral("--sandbox") << m_sandbox->baseUrl().toString();
        return cli(args);
    }

    int keyCount()
    {
        const CliRun run
            = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
        return run.exitCode == 0 ? run.json().value(QStringLiteral("count")).toInt() : -1;
    }

    QString firstKeyOfType(const QString& type)
    {
        const CliRun run
            = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue& key : run.json().value(QStringLiteral("keys")).toArray())
            if (key.toObject().value(QStringLiteral("type")).toString() == type)
                return key.toObject().value(QStringLiteral("sid")).toString();
        return {};
    }

private Q_SLOTS:
    void helpEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("keys") << QStringList { QStringLiteral("keys"), QStringLiteral("--help") };
        QTest::newRow("authtoken") << QStringList { QStringLiteral("authtoken"), QStringLiteral("--help") };
        for (const char* sub : { "list", "show", "create", "duplicate", "update", "delete" })
            QTest::newRow(sub) << QStringList { QStringLiteral("keys"), QString::fromLatin1(sub),
                                                QStringLiteral("--help") };
        for (const char* sub : { "secondary-create", "secondary-delete", "promote" })
            QTest::newRow(sub) << QStringList { QStringLiteral("authtoken"), QString::fromLatin1(sub),
                                                QStringLiteral("--help") };
    }
    void helpEverywhere()
    {
        QFETCH(QStringList, args);
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("usage") || run.out.contains("Usage"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("keys") };
        QTest::newRow("unknown subcommand")
            << QStringList { QStringLiteral("keys"), QStringLiteral("rotate") };
        QTest::newRow("no credentials") << QStringList { QStringLiteral("keys"), QStringLiteral("list") };
        QTest::newRow("both urls") << QStringList {
            QStringLiteral("keys"),       QStringLiteral("list"),
            QStringLiteral("--sandbox"),  QStringLiteral("http://127.0.0.1:1"),
            QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")
        };
        QTest::newRow("bad region") << QStringList {
            QStringLiteral("keys"),      QStringLiteral("list"),
            QStringLiteral("--sandbox"), QStringLiteral("http://127.0.0.1:1"),
            QStringLiteral("--region"),  QStringLiteral("mars9")
        };
        QTest::newRow("bad api") << QStringList {
            QStringLiteral("keys"),      QStringLiteral("list"),
            QStringLiteral("--sandbox"), QStringLiteral("http://127.0.0.1:1"),
            QStringLiteral("--api"),     QStringLiteral("v3")
        };
        QTest::newRow("create without name")
            << QStringList { QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--sandbox"),
                             QStringLiteral("http://127.0.0.1:1") };
        QTest::newRow("name too long")
            << QStringList { QStringLiteral("keys"),      QStringLiteral("create"),
                             QStringLiteral("--name"),    QString(65, u'x'),
                             QStringLiteral("--sandbox"), QStringLiteral("http://127.0.0.1:1") };
        QTest::newRow("malformed permission")
            << QStringList { QStringLiteral("keys"),         QStringLiteral("create"),
                             QStringLiteral("--name"),       QStringLiteral("x"),
                             QStringLiteral("--permission"), QStringLiteral("messaging/read"),
                             QStringLiteral("--sandbox"),    QStringLiteral("http://127.0.0.1:1") };
        QTest::newRow("restricted on v2010")
            << QStringList { QStringLiteral("keys"),         QStringLiteral("create"),
                             QStringLiteral("--name"),       QStringLiteral("x"),
                             QStringLiteral("--permission"), QStringLiteral("/twilio/voice/calls/read"),
                             QStringLiteral("--api"),        QStringLiteral("v2010"),
                             QStringLiteral("--sandbox"),    QStringLiteral("http://127.0.0.1:1") };
        QTest::newRow("bad sid") << QStringList {
            QStringLiteral("keys"),  QStringLiteral("delete"),    QStringLiteral("SK../x"),
            QStringLiteral("--yes"), QStringLiteral("--sandbox"), QStringLiteral("http://127.0.0.1:1")
        };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("keydesk-cli: "));
    }

    void listAndShow()
    {
        QVERIFY(startSandbox());
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 8);
        QCOMPARE(run.json().value(QStringLiteral("keys")).toArray().size(), 8);

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--api"),
                           QStringLiteral("v2010") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\n8 key"));

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--details"),
                           QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        int standard = 0;
        for (const QJsonValue& key : run.json().value(QStringLiteral("keys")).toArray())
            standard += key.toObject().value(QStringLiteral("type")).toString() == u"standard";
        QCOMPARE(standard, 4);

        const QString restricted = firstKeyOfType(QStringLiteral("restricted"));
        QVERIFY(!restricted.isEmpty());
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("show"), restricted });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("type:         restricted"));
        QVERIFY(run.out.contains("/twilio/"));

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("show"),
                           QStringLiteral("SK00000000000000000000000000000000") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("20404"));
        QCOMPARE(run.err.count('\n'), 1); // one line
    }

    void tenThousandKeys()
    {
        QVERIFY(startSandbox({ QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--keys"),
                               QStringLiteral("10000") }));
        // The connection options may come before the command.
        const CliRun run = cli({ QStringLiteral("--sandbox"), m_sandbox->baseUrl().toString(),
                                 QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 10000);
        const QJsonArray keys = run.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 10000);
        QSet<QString> sids;
        for (const QJsonValue& key : keys)
            sids.insert(key.toObject().value(QStringLiteral("sid")).toString());
        QCOMPARE(sids.size(), 10000);
    }

    void createPrintsSecretOnce()
    {
        QVERIFY(startSandbox());
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("ci"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QString secret = run.json().value(QStringLiteral("secret")).toString();
        QVERIFY(secret.size() >= 32);
        QCOMPARE(run.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("standard"));
        const QString sid
            = run.json().value(QStringLiteral("key")).toObject().value(QStringLiteral("sid")).toString();
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("show"), sid, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(secret.toUtf8())); // never again

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("v2010 key"), QStringLiteral("--api"), QStringLiteral("v2010") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("secret:"));
        QVERIFY(run.err.contains("only time"));
        QCOMPARE(keyCount(), 10);
    }

    void createRestrictedFromPolicyFile()
    {
        QVERIFY(startSandbox());
        QTemporaryFile policy;
        QVERIFY(policy.open());
        policy.write(R"({"allow":["/twilio/messaging/messages/read","/twilio/messaging/messages/list"]})");
        policy.flush();
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("reader"), QStringLiteral("--policy-file"),
                                  policy.fileName(), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject key = run.json().value(QStringLiteral("key")).toObject();
        QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("restricted"));
        QCOMPARE(
            key.value(QStringLiteral("policy")).toObject().value(QStringLiteral("allow")).toArray().size(),
            2);

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("x"), QStringLiteral("--permission"),
                           QStringLiteral("/twilio/fakepermission/doesnotexist/read") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("70002"));
        QCOMPARE(run.err.count('\n'), 1);
    }

    void duplicateAndUpdate()
    {
        QVERIFY(startSandbox());
        const QString source = firstKeyOfType(QStringLiteral("restricted"));
        CliRun show = sandboxCli(
            { QStringLiteral("keys"), QStringLiteral("show"), source, QStringLiteral("--json") });
        const QJsonArray original
            = show.json().value(QStringLiteral("policy")).toObject().value(QStringLiteral("allow")).toArray();
        QVERIFY(!original.isEmpty());
        const QString dropped = original.first().toString();

        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("duplicate"), source,
                                  QStringLiteral("--name"), QStringLiteral("copy"), QStringLiteral("--add"),
                                  QStringLiteral("/twilio/voice/calls/read"), QStringLiteral("--remove"),
                                  dropped, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject copy = run.json().value(QStringLiteral("key")).toObject();
        const QJsonArray allow
            = copy.value(QStringLiteral("policy")).toObject().value(QStringLiteral("allow")).toArray();
        QCOMPARE(allow.size(), original.size());
        QVERIFY(allow.contains(QStringLiteral("/twilio/voice/calls/read")));
        QVERIFY(!allow.contains(dropped));
        QVERIFY(!run.json().value(QStringLiteral("secret")).toString().isEmpty());
        const QString copySid = copy.value(QStringLiteral("sid")).toString();

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("update"), copySid,
                           QStringLiteral("--name"), QStringLiteral("renamed"), QStringLiteral("--remove"),
                           QStringLiteral("/twilio/voice/calls/read") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("- /twilio/voice/calls/read")); // the change is shown
        show = sandboxCli(
            { QStringLiteral("keys"), QStringLiteral("show"), copySid, QStringLiteral("--json") });
        QCOMPARE(show.json().value(QStringLiteral("friendly_name")).toString(), QStringLiteral("renamed"));
        QCOMPARE(show.json()
                     .value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("allow"))
                     .toArray()
                     .size(),
                 original.size() - 1);

        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("update"), copySid,
                           QStringLiteral("--remove"), QStringLiteral("/twilio/not/held/read") });
        QCOMPARE(run.exitCode, 2);

        const QString standard = firstKeyOfType(QStringLiteral("unknown"));
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("update"), standard,
                           QStringLiteral("--add"), QStringLiteral("/twilio/voice/calls/read") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("only Restricted keys"));
    }

    void deleteNeedsConfirmation()
    {
        QVERIFY(startSandbox());
        const QString sid = firstKeyOfType(QStringLiteral("restricted"));
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("delete"), sid });
        QCOMPARE(run.exitCode, 2); // no terminal to ask on
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(keyCount(), 8);
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("delete"), sid, QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(keyCount(), 7);
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("delete"), sid, QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("20404"));
    }

    void authTokenRotation()
    {
        QVERIFY(startSandbox());
        CliRun run = sandboxCli(
            { QStringLiteral("authtoken"), QStringLiteral("secondary-create"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QString secondary = run.json().value(QStringLiteral("secondary_auth_token")).toString();
        QVERIFY(!secondary.isEmpty());

        run = sandboxCli({ QStringLiteral("authtoken"), QStringLiteral("promote") });
        QCOMPARE(run.exitCode, 2); // refuses without --yes and a terminal
        QCOMPARE(keyCount(), 8); // the default token still works

        run = sandboxCli({ QStringLiteral("authtoken"), QStringLiteral("promote"), QStringLiteral("--yes") });
        QCOMPARE(run.exitCode, 0);
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 3); // the old primary died at once
        QVERIFY(run.err.contains("20003"));
        QVERIFY(!run.err.contains(m_sandbox->value(QStringLiteral("auth-token")).toUtf8()));

        // The promoted token, from the environment.
        const QHash<QString, QString> env { { QStringLiteral("TWILIO_ACCOUNT_SID"),
                                              m_sandbox->value(QStringLiteral("account-sid")) },
                                            { QStringLiteral("TWILIO_AUTH_TOKEN"), secondary } };
        run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--base-url"),
                    m_sandbox->baseUrl().toString() },
                  env);
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("authtoken"), QStringLiteral("secondary-create"),
                    QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() },
                  env);
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("authtoken"), QStringLiteral("secondary-delete"), QStringLiteral("--yes"),
                    QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() },
                  env);
        QCOMPARE(run.exitCode, 0);
    }

    void apiKeyFromEnvironment()
    {
        QVERIFY(startSandbox());
        const QHash<QString, QString> env {
            { QStringLiteral("TWILIO_ACCOUNT_SID"), m_sandbox->value(QStringLiteral("account-sid")) },
            { QStringLiteral("TWILIO_API_KEY"), m_sandbox->value(QStringLiteral("main-key-sid")) },
            { QStringLiteral("TWILIO_API_SECRET"), m_sandbox->value(QStringLiteral("main-key-secret")) }
        };
        CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() },
                         env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 8);

        QHash<QString, QString> wrong = env;
        wrong.insert(QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("not-the-secret"));
        run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--base-url"),
                    m_sandbox->baseUrl().toString() },
                  wrong);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("20003"));
        QVERIFY(run.err.contains("API key"));
        QVERIFY(!run.err.contains("not-the-secret"));
    }

    void misplacedSecretIsNotEchoed()
    {
        // A secret put into a SID variable must not be printed back; the message names the variable.
        const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
        CliRun run = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--base-url"),
                           QStringLiteral("http://127.0.0.1:9") },
                         { { QStringLiteral("TWILIO_ACCOUNT_SID"), secret },
                           { QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("t") } });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("TWILIO_ACCOUNT_SID"), run.err.constData());

        run = cli(
            { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--base-url"),
              QStringLiteral("http://127.0.0.1:9") },
            { { QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00") },
              { QStringLiteral("TWILIO_API_KEY"), secret },
              { QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("s") } });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.contains(secret.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("TWILIO_API_KEY"), run.err.constData());
    }

    void createWhoseAnswerIsLost()
    {
        QVERIFY(startSandbox(
            { QStringLiteral("--faults"), QStringLiteral("drop@POST /v1/Keys:count=1,stage=after") }));
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("lost") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("was created"));
        QVERIFY(run.out.contains("lost"));
        QCOMPARE(keyCount(), 9); // one key, not two
    }

    void createNotMadeIsSafeToRepeat()
    {
        QVERIFY(startSandbox({ QStringLiteral("--faults"), QStringLiteral("500@POST /v1/Keys:count=1") }));
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("n") });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("no key was created"));
        QCOMPARE(keyCount(), 8);
    }

    void listSurvivesFaults()
    {
        QVERIFY(startSandbox(
            { QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--keys"),
              QStringLiteral("3000"), QStringLiteral("--faults"),
              QStringLiteral("503@GET /v1/Keys:after=1,count=1;truncate@GET /v1/Keys:after=2,count=1;429@GET "
                             "/v1/Keys:after=3,count=1,retry-after=0") }));
        const CliRun run
            = sandboxCli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("count")).toInt(), 3000);
    }

    void hostileKeyNamesReachTheTerminalEscaped()
    {
        QVERIFY(startSandbox());
        CliRun run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                                  hostileName, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasTerminalControls(run.out), visible(run.out).constData());
        const QJsonObject created = run.json().value(QStringLiteral("key")).toObject();
        QCOMPARE(created.value(QStringLiteral("friendly_name")).toString(), hostileName); // exact, valid JSON
        const QString sid = created.value(QStringLiteral("sid")).toString();

        // Text: the name shows its escapes.
        for (const QStringList& args :
             { QStringList { QStringLiteral("keys"), QStringLiteral("list") },
               QStringList { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--api"),
                             QStringLiteral("v2010") },
               QStringList { QStringLiteral("keys"), QStringLiteral("show"), sid } }) {
            run = sandboxCli(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!hasTerminalControls(run.out), visible(run.out).constData());
            QVERIFY2(!hasTerminalControls(run.err), visible(run.err).constData());
            QVERIFY2(run.out.contains("ops\\x1B]0;owned\\x07\\x1B[2J\\u202Eyek-evil\\x9B31m"),
                     visible(run.out).constData());
        }
        // JSON: valid, the same name, and nothing a terminal acts on.
        for (const QStringList& args :
             { QStringList { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json") },
               QStringList { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--details"),
                             QStringLiteral("--json") },
               QStringList { QStringLiteral("keys"), QStringLiteral("show"), sid,
                             QStringLiteral("--json") } }) {
            run = sandboxCli(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!hasTerminalControls(run.out), visible(run.out).constData());
            QVERIFY(run.out.contains("\\u202e"));
            const QJsonObject doc = run.json();
            QVERIFY(!doc.isEmpty());
            bool found = doc.value(QStringLiteral("friendly_name")).toString() == hostileName;
            for (const QJsonValue& key : doc.value(QStringLiteral("keys")).toArray())
                found = found
                    || key.toObject().value(QStringLiteral("friendly_name")).toString() == hostileName;
            QVERIFY(found);
        }
        // A rename prints the key again.
        run = sandboxCli({ QStringLiteral("keys"), QStringLiteral("update"), sid, QStringLiteral("--name"),
                           hostileName + QStringLiteral("2") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasTerminalControls(run.out), visible(run.out).constData());

        // The delete confirmation quotes the name: asked on a real terminal (a pty as standard input).
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QByteArray slave = ptsname(master);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([slave] {
            const int fd = ::open(slave.constData(), O_RDWR);
            if (fd < 0 || dup2(fd, STDIN_FILENO) < 0)
                _exit(120);
        });
        process.start(QStringLiteral(KEYDESK_BIN_DIR "/keydesk-cli"),
                      { QStringLiteral("keys"), QStringLiteral("delete"), sid, QStringLiteral("--sandbox"),
                        m_sandbox->baseUrl().toString() });
        QVERIFY(process.waitForStarted());
        QByteArray prompt;
        QTRY_VERIFY_WITH_TIMEOUT((prompt += process.readAllStandardError()).contains("yes"), 60000);
        QVERIFY(::write(master, "no\n", 3) == 3);
        QVERIFY(process.waitForFinished(60000));
        prompt += process.readAllStandardError();
        ::close(master);
        QCOMPARE(process.exitCode(), 1); // not confirmed
        QVERIFY2(!hasTerminalControls(prompt), visible(prompt).constData());
        QVERIFY2(prompt.contains("ops\\x1B]0;owned"), visible(prompt).constData());
        QCOMPARE(keyCount(), 9); // still there
    }

    void hostileServerMessagesReachTheTerminalEscaped()
    {
        // A server (or anything in the path to it) that answers with escape sequences in the error.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("code"), 20001 },
                                          { QStringLiteral("message"),
                                            QStringLiteral("Bad \u001b]0;owned\u0007\u001b[2J request "
                                                           "\u202e\u009b1m") },
                                          { QStringLiteral("more_info"),
                                            QStringLiteral("https://www.twilio.com/docs/errors/20001") },
                                          { QStringLiteral("status"), 400 } })
                  .toJson(QJsonDocument::Compact);
        connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
                    const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
                    socket->setProperty("request", request);
                    if (socket->property("answered").toBool() || !request.contains("\r\n\r\n"))
                        return;
                    socket->setProperty("answered", true);
                    socket->write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        const QHash<QString, QString> env {
            { QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("ACc0ffeec0ffeec0ffeec0ffeec0ffee00") },
            { QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("5a4db0c5a4db0c5a4db0c5a4db0c5a4d") }
        };
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        // The event loop must run for the fake server while the CLI waits for it.
        process.start(QStringLiteral(KEYDESK_BIN_DIR "/keydesk-cli"),
                      { QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--base-url"),
                        QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()) });
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(err.contains("20001"), err.constData());
        QVERIFY2(!hasTerminalControls(err), visible(err).constData());
        QVERIFY2(err.contains("\\x1B]0;owned"), visible(err).constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void networkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliRun run
            = cli({ QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--sandbox"), url });
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("Could not reach"));
        QCOMPARE(run.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
