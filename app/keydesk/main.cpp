// keydesk: the GUI. Everything lives in the models and ui libraries; this only starts them.
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxState.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWindow>
#include <cstdio>
#include <sys/resource.h>

namespace {

// KEYDESK_STARTUP_PROBE=1: print the milliseconds from main() to the first exposed frame and quit.
// Used by the start-up benchmark; a no-op otherwise.
class StartupProbe : public QObject
{
public:
    explicit StartupProbe(const QElapsedTimer& clock)
        : m_clock(clock)
    { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            fprintf(stderr, "keydesk: window exposed %lld ms after main()\n",
                    static_cast<long long>(m_clock.elapsed()));
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // No core dumps: a crash must not write secrets to disk.
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("keydesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("keydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for Twilio API keys and Access Tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start on the built-in sandbox account with demo keys (no Twilio account needed)."));
    parser.addOption(sandbox);
    parser.process(app);

    MainWindow window;
    // --sandbox: the sandbox server runs inside this process on a free loopback port, seeded with demo keys.
    SandboxServer sandboxServer;
    if (parser.isSet(sandbox)) {
        SandboxSeeder::seed(sandboxServer.state(), SandboxSeeder::Options());
        if (sandboxServer.start(0)) {
            window.setConnectionText(
                QApplication::translate("main", "Sandbox account %1 at %2")
                    .arg(sandboxServer.state().mainAccountSid(), sandboxServer.serverUrl().toString()));
        } else {
            window.setConnectionText(QApplication::translate("main", "Sandbox could not start: %1")
                                         .arg(sandboxServer.errorString()));
        }
    }
    StartupProbe probe(sinceStart);
    window.winId(); // create the native window so the probe sees its first expose
    if (qEnvironmentVariableIntValue("KEYDESK_STARTUP_PROBE") == 1)
        window.windowHandle()->installEventFilter(&probe);
    window.show();
    return app.exec();
}
