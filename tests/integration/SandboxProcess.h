#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs the real keydesk-sandbox on a free loopback port for integration tests:
//
//     SandboxProcess sandbox;
//     QVERIFY2(sandbox.start({ "--seed", "empty", "--keys", "2500" }), qPrintable(sandbox.errorString()));
//     QUrl keys = sandbox.url("/v1/Keys?AccountSid=" + sandbox.accountSid());
//     request.setRawHeader("Authorization", sandbox.basicAuthorization());
//     …
//     sandbox.stop(); // or let the destructor do it
//
// start() adds "--port 0", waits (running the event loop, no sleeping) for the banner the sandbox
// prints, "listening on http://127.0.0.1:N" then "name: value" lines up to "faults:", and keeps every
// value (value("account-sid"), accountSid(), authToken(), mainKeySid(), …). The executable is
// $KEYDESK_SANDBOX_EXE when set, else the keydesk-sandbox built with this library.
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override;

    static QString defaultProgram();
    void setProgram(const QString& program) { m_program = program; }

    bool start(const QStringList& arguments = {}, int timeoutMs = 60000);
    // SIGTERM, then waits for a normal exit (true) or kills it after timeoutMs (false). Either way, a
    // sanitizer report on the sandbox's stderr ends the test program with that report (qFatal).
    bool stop(int timeoutMs = 15000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    // baseUrl() + a path with an optional query ("/v1/Keys?AccountSid=AC…").
    QUrl url(const QString& pathAndQuery) const;

    QString value(const QString& name) const { return m_banner.value(name); }
    QString accountSid() const { return value(QStringLiteral("account-sid")); }
    QString authToken() const { return value(QStringLiteral("auth-token")); }
    QString oauthClientId() const { return value(QStringLiteral("oauth-client-id")); }
    QString oauthClientSecret() const { return value(QStringLiteral("oauth-client-secret")); }
    QString mainKeySid() const { return value(QStringLiteral("main-key-sid")); }
    QString mainKeySecret() const { return value(QStringLiteral("main-key-secret")); }
    // "Basic base64(user:password)"; without arguments the main account's SID and Auth Token.
    QByteArray basicAuthorization() const;
    static QByteArray basicAuthorization(const QString& user, const QString& password);

    QString errorString() const { return m_error; }
    QByteArray standardError() const { return m_stderr; }
    int exitCode() const { return m_process.exitCode(); }

    // Runs keydesk-sandbox with arguments until it exits (for --help and bad options); -1 on timeout.
    static int run(const QStringList& arguments, QByteArray* standardOutput, QByteArray* standardError,
                   int timeoutMs = 60000);

private:
    void readOutput();
    void failOnSanitizerReport();

    QString m_program;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QHash<QString, QString> m_banner;
    QUrl m_baseUrl;
    bool m_bannerDone = false;
    QString m_error;
};
