// Issue 8, item 2: the GUI without a keychain. keydesk is started as a program with no D-Bus session (no
// DBUS_SESSION_BUS_ADDRESS, an empty XDG_RUNTIME_DIR) on the built-in sandbox; it starts, works on
// memory-only secrets and says so in the banner across the window. With the test's own session bus
// (scripts/run-tests.sh) the same start shows no banner. KEYDESK_STARTUP_PROBE=1 makes keydesk print its
// banner and quit once shown.
#include "TestEnvironment.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QByteArray err;
    };

    static Run start(QProcessEnvironment env)
    {
        QTemporaryDir home;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("KEYDESK_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYDESK_BIN_DIR "/keydesk"), { QStringLiteral("--sandbox") });
        Run run;
        run.finished = process.waitForFinished(60000);
        run.exitCode = process.exitCode();
        run.err = process.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void withoutDBusTheBannerSaysSecretsAreNotKept()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const Run run = start(env);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("keydesk: window exposed"), run.err.constData());
        QVERIFY2(
            run.err.contains("keydesk: banner: No keychain is available: secrets are kept in memory for this "
                             "session only"),
            run.err.constData());
    }

    void withASecretServiceThereIsNoBanner()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            KEYDESK_REQUIRE_ENVIRONMENT("no D-Bus session (run under scripts/run-tests.sh)");
        const Run run = start(QProcessEnvironment::systemEnvironment());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("keydesk: banner: \n"), run.err.constData());
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
