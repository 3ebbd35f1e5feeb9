#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtTest>

// Runs the built keydesk-cli (KEYDESK_BIN_DIR) and collects what it did. Tests wait for the process
// with a deadline instead of sleeping; a hang shows up as timedOut, a crash as crashed.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    bool started = false;
    QByteArray out;
    QByteArray err;

    // Whether either stream contains `text` (used to prove secrets never reach the output).
    bool mentions(const QByteArray& text) const { return out.contains(text) || err.contains(text); }
};

inline QString cliPath()
{
    return QStringLiteral(KEYDESK_BIN_DIR) + QStringLiteral("/keydesk-cli");
}

// Runs keydesk-cli in exactly the given environment (LC_ALL is forced to C.UTF-8).
inline CliRun runCliWithEnvironment(const QStringList& args, QProcessEnvironment environment,
                                    const QByteArray& stdinData = QByteArray(), int timeoutMs = 30000)
{
    QProcess process;
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), args);
    CliRun run;
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    // Always give the child a closed stdin (a terminal would make it wait for input).
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    return run;
}

inline CliRun runCli(const QStringList& args, const QByteArray& stdinData = QByteArray(),
                     const QList<QPair<QString, QByteArray>>& env = {}, int timeoutMs = 30000)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : env)
        environment.insert(name, QString::fromUtf8(value));
    return runCliWithEnvironment(args, environment, stdinData, timeoutMs);
}

// Asserts a finished, uncrashed run with the given exit code; prints stderr (never a secret) if not.
#define QVERIFY_EXIT(run, code)                                                                              \
    do {                                                                                                     \
        QVERIFY2((run).started, "keydesk-cli did not start");                                                \
        QVERIFY2(!(run).timedOut, "keydesk-cli did not finish in time");                                     \
        QVERIFY2(!(run).crashed, "keydesk-cli crashed");                                                     \
        QVERIFY2((run).exitCode == (code),                                                                   \
                 qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")                               \
                                .arg((run).exitCode)                                                         \
                                .arg(code)                                                                   \
                                .arg(QString::fromUtf8((run).err.left(400)))));                              \
    } while (false)
