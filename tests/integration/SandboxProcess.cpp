#include "SandboxProcess.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::defaultProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("KEYDESK_SANDBOX_EXE");
    return fromEnvironment.isEmpty() ? QStringLiteral(KEYDESK_SANDBOX_EXE) : fromEnvironment;
}

bool SandboxProcess::start(const QStringList& arguments, int timeoutMs)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_banner.clear();
    m_baseUrl.clear();
    m_bannerDone = false;
    m_error.clear();

    QEventLoop loop;
    const auto quit = [&loop] {
        loop.quit();
    };
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, quit);
    const auto finished = connect(&m_process, &QProcess::finished, &loop, quit);
    const auto errored = connect(&m_process, &QProcess::errorOccurred, &loop, quit);
    const auto output = connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (m_bannerDone)
            loop.quit();
    });

    m_process.start(m_program, QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments);
    timeout.start(timeoutMs);
    if (!m_bannerDone && m_process.state() != QProcess::NotRunning)
        loop.exec();
    disconnect(finished);
    disconnect(errored);
    disconnect(output);

    if (m_bannerDone)
        return true;
    if (m_process.state() == QProcess::NotRunning) {
        m_error = m_process.error() == QProcess::FailedToStart
            ? QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString())
            : QStringLiteral("keydesk-sandbox exited with %1: %2")
                  .arg(m_process.exitCode())
                  .arg(QString::fromUtf8(m_stderr).trimmed());
    } else {
        m_error = QStringLiteral("keydesk-sandbox printed no banner within %1 ms").arg(timeoutMs);
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    return false;
}

void SandboxProcess::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_bannerDone)
        return;
    static const QRegularExpression listening(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    for (const QByteArray& rawLine : m_stdout.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const QRegularExpressionMatch m = listening.match(line);
        if (m.hasMatch()) {
            m_baseUrl = QUrl(m.captured(1));
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon > 0)
            m_banner.insert(line.left(colon), line.mid(colon + 2));
    }
    // The banner ends with the "faults:" line; only a complete line counts.
    m_bannerDone = m_baseUrl.isValid() && m_banner.contains(QStringLiteral("faults"))
        && m_stdout.contains("\nfaults: ") && m_stdout.endsWith('\n');
}

bool SandboxProcess::stop(int timeoutMs)
{
    bool clean = true;
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (m_process.waitForFinished(timeoutMs)) {
            clean = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        } else {
            m_process.kill();
            m_process.waitForFinished(5000);
            clean = false;
        }
    }
    failOnSanitizerReport();
    return clean;
}

void SandboxProcess::failOnSanitizerReport()
{
    // In the sanitizer suite (.ci/run) the sandbox is built with ASan/UBSan too. Most tests never look at how
    // it exited, so a report it printed (a leak found at exit, say) fails the test that started it here.
    if (m_process.isOpen())
        m_stderr += m_process.readAllStandardError();
    if (m_stderr.contains("Sanitizer"))
        qFatal("keydesk-sandbox printed a sanitizer report:\n%s", m_stderr.constData());
}

QUrl SandboxProcess::url(const QString& pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

QByteArray SandboxProcess::basicAuthorization() const
{
    return basicAuthorization(accountSid(), authToken());
}

QByteArray SandboxProcess::basicAuthorization(const QString& user, const QString& password)
{
    return QByteArrayLiteral("Basic ") + (user + u':' + password).toUtf8().toBase64();
}

int SandboxProcess::run(const QStringList& arguments, QByteArray* standardOutput, QByteArray* standardError,
                        int timeoutMs)
{
    QProcess process;
    process.start(defaultProgram(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (standardOutput)
        *standardOutput = process.readAllStandardOutput();
    if (standardError)
        *standardError = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
