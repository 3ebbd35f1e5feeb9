// keydesk-cli hardens its own process (issue 9, finding 8): not dumpable, no core file, and a secret
// read with --secret-env is gone from the environment block that /proc/PID/environ shows.
#include "CliRunner.h"
#include "TokenVectors.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const uid_t nobody = 65534;

QByteArray procFile(qint64 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The owner of the files in /proc/PID: the process's own uid while it is dumpable, root once it is not.
int procOwner(qint64 pid)
{
    struct stat info
    {
    };
    if (stat(QStringLiteral("/proc/%1/status").arg(pid).toLocal8Bit().constData(), &info) != 0)
        return -1;
    return int(info.st_uid);
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretEnvIsScrubbedAndTheProcessIsNotDumpable();
};

void TestCliHardening::initTestCase()
{
    QString error;
    QVERIFY2(TokenVectors::load(&error), qPrintable(error));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
}

void TestCliHardening::secretEnvIsScrubbedAndTheProcessIsNotDumpable()
{
    const TokenVectors::AccessToken v = TokenVectors::accessTokens().first();
    const TokenVectors::Credentials c = TokenVectors::credentials();
    // /proc/PID of a process that is not dumpable belongs to root, so the check needs the CLI to run as
    // another user: as root, the child drops to nobody (root can still read its environment block).
    const bool root = geteuid() == 0;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("KEYDESK_TEST_SECRET"), QString::fromLatin1(c.apiSecret));
    process.setProcessEnvironment(env);
    if (root) {
        process.setChildProcessModifier([] {
            if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(121);
        });
    }
    // verify reads the secret, then waits for the token on standard input: time to look at the process.
    process.start(cliPath(),
                  { QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("-"),
                    QStringLiteral("--at"), QString::number(*v.exp - 1), QStringLiteral("--secret-env"),
                    QStringLiteral("KEYDESK_TEST_SECRET") });
    QVERIFY(process.waitForStarted(10000));
    const qint64 pid = process.processId();
    const QByteArray status = procFile(pid, "status");
    const QRegularExpression uidLine(QStringLiteral("^Uid:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto uidMatch = uidLine.match(QString::fromLatin1(status));
    if (root && process.state() == QProcess::NotRunning && process.exitCode() == 121)
        QSKIP("cannot run the CLI as nobody here");
    QVERIFY2(uidMatch.hasMatch(), status.constData());
    QVERIFY(uidMatch.captured(1).toUInt() != 0);

    // PR_SET_DUMPABLE 0: the files in /proc/PID turn root's (and ptrace, /proc/PID/mem, environ close to the
    // user).
    QTRY_COMPARE_WITH_TIMEOUT(procOwner(pid), 0, 20000);
    // RLIMIT_CORE 0.
    const QRegularExpression coreLimit(QStringLiteral("^Max core file size\\s+0\\s+0\\s"),
                                       QRegularExpression::MultilineOption);
    QVERIFY2(coreLimit.match(QString::fromLatin1(procFile(pid, "limits"))).hasMatch(),
             procFile(pid, "limits").constData());

    if (root) {
        // The variable's value was overwritten in place once read (unsetenv alone leaves the bytes).
        QTRY_VERIFY_WITH_TIMEOUT(!procFile(pid, "environ").contains(c.apiSecret), 20000);
        QVERIFY(procFile(pid, "environ").contains("KEYDESK_TEST_SECRET="));
    } else {
        // Another user's view: the block cannot be read at all any more (finding 8 in the unit test
        // tst_secretbytes covers the overwrite itself).
        QVERIFY(procFile(pid, "environ").isEmpty());
    }

    process.write(v.token + '\n');
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    QVERIFY(out.contains("Signature verified."));
    QVERIFY(!out.contains(c.apiSecret) && !err.contains(c.apiSecret));
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
