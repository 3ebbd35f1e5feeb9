// keydesk-sandbox: a local Twilio stand-in for KeyDesk's tests and demos (the logic is in the library).
#include "SandboxCommandLine.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>
#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop, so the sandbox exits normally (0) and its state file is complete.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool hasDefaultSecret(const SandboxState& state, const QString& keySid, const QString& secret)
{
    const SandboxKey* key = state.findKey(keySid);
    return key && state.keySecretMatches(*key, secret.toUtf8());
}

} // namespace

int main(int argc, char* argv[])
{
    // No core dumps, not dumpable: its state holds Auth Tokens and key secrets.
    ProcessHardening::apply();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydesk-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("keydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);

    SandboxCommandLine options;
    switch (options.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Result::Help:
        out << SandboxCommandLine::helpText();
        return 0;
    case SandboxCommandLine::Result::Version:
        out << "keydesk-sandbox " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case SandboxCommandLine::Result::Error:
        err << "keydesk-sandbox: " << options.errorText() << '\n';
        return 2;
    case SandboxCommandLine::Result::Run:
        break;
    }

    // Room for --max-connections sockets besides the process's own descriptors.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < 4096 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = std::min<rlim_t>(4096, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
    }

    SandboxServer server;
    server.setHttpSettings(options.http);
    server.setFaultSeed(options.faultSeed);
    server.setFaultSpec(options.faults);
    QString error;
    if (!options.stateFile.isEmpty() && QFileInfo::exists(options.stateFile)) {
        if (!server.attachStateFile(options.stateFile, &error)) {
            err << "keydesk-sandbox: " << error << '\n';
            return 2;
        }
        if (options.seedGiven || options.keysGiven || options.accountSidGiven || options.authTokenGiven) {
            err << SandboxMain::tr(
                       "keydesk-sandbox: %1 exists, so --seed, --keys, --account-sid and --auth-token "
                       "do not apply")
                       .arg(options.stateFile)
                << '\n';
        }
    } else {
        SandboxSeeder::seed(server.state(), options.seed);
        if (!options.stateFile.isEmpty() && !server.attachStateFile(options.stateFile, &error)) {
            err << "keydesk-sandbox: " << error << '\n';
            return 2;
        }
    }
    if (!server.start(options.port)) {
        err << "keydesk-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    quitOnSignals(app);

    // Machine-read banner (SandboxProcess parses it): fixed English labels, not translated.
    const SandboxState& state = server.state();
    const SandboxAccount* main = state.account(state.mainAccountSid());
    out << "listening on " << server.serverUrl().toString() << Qt::endl;
    out << "account-sid: " << main->sid << '\n';
    out << "auth-token: " << main->authToken << '\n';
    if (const SandboxOAuthClient* client = state.oauthClient(SandboxSeeder::defaultOAuthClientId());
        client && state.oauthSecretMatches(*client, SandboxSeeder::defaultOAuthClientSecret().toUtf8())) {
        out << "oauth-client-id: " << client->clientId << '\n';
        out << "oauth-client-secret: " << SandboxSeeder::defaultOAuthClientSecret() << '\n';
    }
    if (hasDefaultSecret(state, SandboxSeeder::defaultMainKeySid(), SandboxSeeder::defaultMainKeySecret())) {
        out << "main-key-sid: " << SandboxSeeder::defaultMainKeySid() << '\n';
        out << "main-key-secret: " << SandboxSeeder::defaultMainKeySecret() << '\n';
    }
    out << "accounts: " << state.accounts().size() << '\n';
    out << "keys: " << state.keyCount() << '\n';
    out << "state: " << (options.stateFile.isEmpty() ? QStringLiteral("memory") : options.stateFile) << '\n';
    out << "faults: " << (options.faults.isEmpty() ? QStringLiteral("none") : options.faults) << Qt::endl;

    return QCoreApplication::exec();
}
