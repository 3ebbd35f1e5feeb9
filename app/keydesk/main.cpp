// keydesk: the GUI. Everything lives in the models and ui libraries; this only starts them.
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <sys/resource.h>

int main(int argc, char* argv[])
{
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
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for Twilio API keys and Access Tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QApplication::translate("main", "Start on the built-in sandbox account with demo keys (no Twilio account needed)."));
    parser.addOption(sandbox);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(sandbox))
        window.setConnectionText(QApplication::translate("main", "Sandbox account"));
    window.show();
    return app.exec();
}
