// keydesk: the GUI. Everything lives in the models and ui libraries; this only starts them.
#include "SandboxHost.h"
#include "SandboxSeeder.h"
#include "api/ApiClient.h"
#include "api/ApiCredentials.h"
#include "api/KeyService.h"
#include "api/OAuthTokenSource.h"
#include "authtoken/AuthTokenPage.h"
#include "core/ProcessHardening.h"
#include "core/SecretVault.h"
#include "keys/KeysPage.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "profiles/ProfilesPage.h"
#include "profiles/Session.h"
#include "profiles/WelcomePage.h"
#include "shell/MainWindow.h"
#include "token/TokenBuilderPage.h"
#include "token/TokenInspectorPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QStackedWidget>
#include <QToolBar>
#include <QTranslator>
#include <QWindow>
#include <cstdio>

namespace {

// KEYDESK_STARTUP_PROBE=1: print the milliseconds from main() to the first exposed frame, the window's
// banner and connection text, and quit. Used by the start-up benchmark and the no-keychain test; a no-op
// otherwise.
class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer& clock, const MainWindow& window)
        : m_clock(clock)
        , m_window(window)
    { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            fprintf(stderr, "keydesk: window exposed %lld ms after main()\n",
                    static_cast<long long>(m_clock.elapsed()));
            fprintf(stderr, "keydesk: banner: %s\n", qPrintable(m_window.bannerText()));
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    const MainWindow& m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // No core dumps and no ptrace by other processes of the user: a crash must not write secrets to disk.
    ProcessHardening::apply();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KeyDesk"));
    QApplication::setOrganizationName(QStringLiteral("KeyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.keydesk.KeyDesk"));

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
    const QCommandLineOption sandboxKeys(
        QStringLiteral("sandbox-keys"),
        QApplication::translate("main", "With --sandbox: add N generated keys to the sandbox account."),
        QStringLiteral("N"));
    parser.addOption(sandboxKeys);
    parser.process(app);
    int generatedKeys = 0;
    if (parser.isSet(sandboxKeys)) {
        bool ok = false;
        generatedKeys = parser.value(sandboxKeys).toInt(&ok);
        if (!ok || generatedKeys < 0 || generatedKeys > 100000) {
            fprintf(stderr, "%s\n",
                    qPrintable(QApplication::translate(
                        "main", "keydesk: --sandbox-keys takes a number from 0 to 100000")));
            return 2;
        }
    }

    // The session: one client for the account in use, the vault, and the pages built over them.
    ApiClient client;
    SecretVault vault;
    // --sandbox: the sandbox server runs inside this process, on a thread of its own (a slow or hostile
    // client never stalls the window), on a free loopback port, seeded with demo keys.
    SandboxHost sandboxHost;
    // Declared after what its pages use, so it is destroyed first: pages cancel their requests while the
    // client still exists.
    MainWindow window;
    // Connects the one client to a profile: its hosts and credentials; the pages read the new account.
    ProfileStore profiles(&vault);
    KeysPage* keysPage = nullptr;
    // The Keys slot shows the welcome page until an account is connected.
    auto* keysSlot = new QStackedWidget;
    keysSlot->setObjectName(QStringLiteral("keysSlot"));
    auto* welcome = new WelcomePage(keysSlot);
    keysSlot->addWidget(welcome);
    AuthTokenPage* authTokenPage = nullptr;
    // The toolbar's profile switcher: every profile and [env]; choosing one connects to it.
    auto* switcher = new ProfileSwitcher(&profiles);
    QToolBar* profileBar = window.addToolBar(QApplication::translate("main", "Profile"));
    profileBar->setObjectName(QStringLiteral("profileToolBar"));
    profileBar->setMovable(false);
    profileBar->addWidget(switcher);
    std::optional<Profile> connectedProfile;
    auto connectProfile = [&](const Profile& profile, SecretBytes secret) {
        QString error;
        if (!Session::configure(&client, profile, std::move(secret), &error)) {
            window.setConnectionText(
                QApplication::translate("main", "Profile %1 cannot be used").arg(profile.name));
            window.showStatusMessage(error);
            return;
        }
        switcher->setCurrentId(
            profile.origin == Profile::Origin::Environment ? EnvironmentProfile::profileId() : profile.id);
        connectedProfile = profile;
        if (authTokenPage)
            authTokenPage->setConnectedProfile(profile);
        // A sign-in profile's refresh token is good once: keep each one Twilio gives in its place.
        if (OAuthTokenSource* source = client.tokenSource();
            source && profile.origin == Profile::Origin::Stored) {
            QObject::connect(source, &OAuthTokenSource::refreshTokenRotated, &window,
                             [&, profile](const SecretBytes& token) {
                                 profiles.storeRenewedSecret(profile, token.clone(), &window,
                                                             [&window](bool ok, const QString& sentence) {
                                                                 if (!ok)
                                                                     window.showStatusMessage(sentence);
                                                             });
                             });
        }
        window.setConnectionText(
            QApplication::translate("main", "Profile %1 (%2)").arg(profile.name, profile.accountSid));
        if (keysPage) {
            keysSlot->setCurrentWidget(keysPage);
            keysPage->connectionChanged();
        }
        if (authTokenPage)
            authTokenPage->refresh();
    };
    if (parser.isSet(sandbox) || parser.isSet(sandboxKeys)) {
        SandboxSeeder::Options options;
        options.generatedKeys = generatedKeys;
        if (sandboxHost.start(options)) {
            Profile profile;
            profile.id = QStringLiteral("sandbox");
            profile.name = QApplication::translate("main", "Sandbox");
            profile.accountSid = options.accountSid;
            profile.kind = Profile::CredentialKind::AuthToken;
            profile.baseUrl = sandboxHost.serverUrl();
            switcher->setFixedText(QApplication::translate("main", "Sandbox"));
            QString error;
            if (Session::configure(&client, profile, SecretBytes::fromUtf8(options.authToken), &error))
                window.setConnectionText(
                    QApplication::translate("main", "Sandbox account %1 at %2")
                        .arg(sandboxHost.mainAccountSid(), sandboxHost.serverUrl().toString()));
            else
                window.setConnectionText(
                    QApplication::translate("main", "Sandbox could not start: %1").arg(error));
        } else {
            window.setConnectionText(QApplication::translate("main", "Sandbox could not start: %1")
                                         .arg(sandboxHost.errorString()));
        }
    } else {
        // As twilio-cli decides: the TWILIO_* environment first, then the active profile.
        EnvironmentProfile environment;
        QString error;
        const std::optional<Profile> profile = Session::resolve(QString(), environment, profiles, &error);
        if (!profile) {
            window.setConnectionText(QApplication::translate("main", "No profile"));
            if (environment.isPresent())
                window.showStatusMessage(error);
        } else if (profile->origin == Profile::Origin::Environment) {
            connectProfile(*profile, environment.takeSecret());
        } else {
            window.setConnectionText(
                QApplication::translate("main", "Connecting to profile %1…").arg(profile->name));
            profiles.readSecret(
                profile->id, &window, [&, p = *profile](SecretBytes secret, const QString& sentence) {
                    if (secret.isEmpty()) {
                        window.setConnectionText(
                            QApplication::translate("main", "Profile %1 has no secret").arg(p.name));
                        window.showStatusMessage(sentence);
                        return;
                    }
                    connectProfile(p, std::move(secret));
                });
        }
    }
    // No keychain (no D-Bus session, a refusing secret service): say so once, for the whole window.
    auto keychainBanner = [&] {
        window.setBanner(vault.backend() == SecretVault::Backend::MemoryOnly ? QApplication::translate(
                             "main",
                             "No keychain is available: secrets are kept in memory for this "
                             "session only and are forgotten when KeyDesk closes.")
                                                                             : QString());
    };
    QObject::connect(&vault, &SecretVault::backendChanged, &window, keychainBanner);
    // Without a D-Bus session there is no Secret Service to ask: memory only from the start (a refusing
    // or locked one is found at its first use, and backendChanged() raises the banner then).
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !QFileInfo::exists(runtimeBus))
        vault.setMemoryOnly();
    keychainBanner();
    keysPage = new KeysPage(&client, &vault, window.clipboardService());
    keysSlot->addWidget(keysPage);
    keysSlot->setCurrentWidget(client.credentials().kind() == ApiCredentials::Kind::None
                                       && !(parser.isSet(sandbox) || parser.isSet(sandboxKeys))
                                   ? static_cast<QWidget*>(welcome)
                                   : keysPage);
    window.setPageWidget(MainWindow::Page::Keys, keysSlot);

    // Profiles: add, edit, remove, make active (which connects), import from twilio-cli.
    auto* profilesPage = new ProfilesPage(&profiles);
    window.setPageWidget(MainWindow::Page::Profiles, profilesPage);
    QObject::connect(profilesPage, &ProfilesPage::statusMessage, &window, &MainWindow::showStatusMessage);
    auto connectStored = [&](const Profile& profile) {
        profiles.readSecret(profile.id, &window, [&, profile](SecretBytes secret, const QString& sentence) {
            if (secret.isEmpty()) {
                window.showStatusMessage(sentence);
                return;
            }
            connectProfile(profile, std::move(secret));
        });
    };
    QObject::connect(profilesPage, &ProfilesPage::activeProfileChanged, &window, connectStored);
    auto useEnvironment = [&] {
        EnvironmentProfile environment;
        if (!environment.profile()) {
            window.showStatusMessage(environment.error());
            return;
        }
        connectProfile(*environment.profile(), environment.takeSecret());
    };
    QObject::connect(switcher, &ProfileSwitcher::profileChosen, &window, [&](const QString& id) {
        if (id == EnvironmentProfile::profileId()) {
            useEnvironment();
            return;
        }
        // As "Set active" on the Profiles page: it is the profile to use from now on.
        QString error;
        const std::optional<Profile> profile = profiles.find(id);
        if (!profile || !profiles.setActive(profile->id, &error)) {
            window.showStatusMessage(error);
            return;
        }
        window.setConnectionText(
            QApplication::translate("main", "Connecting to profile %1…").arg(profile->name));
        connectStored(*profile);
    });
    QObject::connect(welcome, &WelcomePage::signInRequested, &window, [&] {
        window.showPage(MainWindow::Page::Profiles);
        profilesPage->signInWithTwilio();
    });
    QObject::connect(welcome, &WelcomePage::addProfileRequested, &window, [&] {
        window.showPage(MainWindow::Page::Profiles);
        profilesPage->addProfile();
    });
    QObject::connect(welcome, &WelcomePage::importRequested, &window, [&] {
        window.showPage(MainWindow::Page::Profiles);
        profilesPage->importFromTwilioCli();
    });
    QObject::connect(welcome, &WelcomePage::useEnvironmentRequested, &window, useEnvironment);
    QObject::connect(welcome, &WelcomePage::sandboxRequested, &window, [&] {
        // The sandbox lives in its own KeyDesk window: start one with --sandbox.
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     { QStringLiteral("--sandbox") }))
            window.showStatusMessage(QApplication::translate("main", "Could not start keydesk --sandbox."));
    });
    window.addPageMenu(MainWindow::Page::Keys, keysPage->keysMenu());
    // Duplicate into another profile's account: every stored profile but the one in use (not from the
    // sandbox, whose keys belong to no real account).
    if (!(parser.isSet(sandbox) || parser.isSet(sandboxKeys)))
        keysPage->setProfileTargets(
            [&] {
                QList<KeyCommandContext::ProfileTarget> targets;
                for (const Profile& p : profiles.list())
                    if (!connectedProfile || p.id != connectedProfile->id)
                        targets << KeyCommandContext::ProfileTarget { p.id, p.accountSid, p.name };
                return targets;
            },
            [&](const QString& id, QObject* context, auto done) {
                Session::openStored(&profiles, id, context, std::move(done));
            });
    QObject::connect(keysPage, &KeysPage::statusMessage, &window, &MainWindow::showStatusMessage);
    authTokenPage = new AuthTokenPage(&client, window.clipboardService());
    authTokenPage->setProfileStore(&profiles);
    authTokenPage->setConnectedProfile(connectedProfile);
    // After a rotation the profile holds the promoted token: connect with it and keep working.
    QObject::connect(authTokenPage, &AuthTokenPage::profileTokenUpdated, &window, connectStored);
    window.setPageWidget(MainWindow::Page::AuthToken, authTokenPage);
    window.addPageMenu(MainWindow::Page::AuthToken, authTokenPage->authTokenMenu());
    QObject::connect(authTokenPage, &AuthTokenPage::statusMessage, &window, &MainWindow::showStatusMessage);
    auto* builder = qobject_cast<TokenBuilderPage*>(window.pageWidget(MainWindow::Page::TokenBuilder));
    auto* inspector = qobject_cast<TokenInspectorPage*>(window.pageWidget(MainWindow::Page::TokenInspector));
    // The token pages ask the loaded key list about an issuer (restricted, deleted).
    auto issuerLookup = [keysPage](const QString& sid) {
        switch (keysPage->keyState(sid)) {
        case KeysPage::KeyState::Active:
            return IssuerStatus::Active;
        case KeysPage::KeyState::Restricted:
            return IssuerStatus::Restricted;
        case KeysPage::KeyState::Deleted:
            return IssuerStatus::Deleted;
        case KeysPage::KeyState::Unknown:
            break;
        }
        return IssuerStatus::Unknown;
    };
    if (builder)
        builder->setIssuerLookup(issuerLookup);
    if (inspector) {
        inspector->setIssuerLookup(issuerLookup);
        inspector->setIssuerDescriber([keysPage](const QString& sid) { return keysPage->describeKey(sid); });
        // A pasted token verifies with its issuer's secret from the keychain, without typing.
        inspector->setVaultSecretProvider(
            [&vault](const QString& sid, QObject* context, std::function<void(SecretBytes)> done) {
                vault.read(SecretVault::apiKeyEntry(sid),
                           [context = QPointer<QObject>(context), done](const SecretVault::Result& result,
                                                                        SecretBytes secret) {
                               if (context)
                                   done(result.ok ? std::move(secret) : SecretBytes());
                           });
            });
    }
    // The Builder offers the account's keys whose secrets are in the keychain.
    auto offerVaultKeys = [keysPage, builder, &vault] {
        if (builder)
            builder->setVaultKeys(keysPage->signingKeysAmong(vault.storedApiKeySids()));
    };
    QObject::connect(keysPage, &KeysPage::keysChanged, &window, [=] {
        if (builder)
            builder->setIssuerLookup(issuerLookup);
        if (inspector)
            inspector->setIssuerLookup(issuerLookup);
        offerVaultKeys();
    });
    QObject::connect(&vault, &SecretVault::apiKeysChanged, &window, offerVaultKeys);
    // "Build a token with this key" and the Builder's keychain list: the builder, prefilled, with the
    // secret when the keychain has it.
    auto signWith = [&, builder](const QString& keySid) {
        if (!builder)
            return;
        const QString account = keysPage->keyService()->targetAccountSid();
        window.showPage(MainWindow::Page::TokenBuilder);
        vault.read(
            SecretVault::apiKeyEntry(keySid),
            [builder = QPointer<TokenBuilderPage>(builder), account, sid = keySid,
             &window](const SecretVault::Result& result, SecretBytes secret) {
                if (!builder)
                    return;
                builder->setSigningKey(account, sid, std::move(secret));
                window.showStatusMessage(
                    result.ok
                        ? QApplication::translate("main",
                                                  "Signing with %1; its secret came from your keychain.")
                              .arg(sid)
                        : QApplication::translate(
                              "main", "Signing with %1: type its secret (the keychain does not hold it).")
                              .arg(sid));
            });
    };
    QObject::connect(keysPage, &KeysPage::buildTokenRequested, &window,
                     [signWith](const ApiKey& key) { signWith(key.sid); });
    if (builder)
        QObject::connect(builder, &TokenBuilderPage::vaultKeyRequested, &window, signWith);
    StartupProbe probe(sinceStart, window);
    window.winId(); // create the native window so the probe sees its first expose
    if (qEnvironmentVariableIntValue("KEYDESK_STARTUP_PROBE") == 1)
        window.windowHandle()->installEventFilter(&probe);
    window.show();
    return app.exec();
}
