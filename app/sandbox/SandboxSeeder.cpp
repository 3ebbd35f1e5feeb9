#include "SandboxSeeder.h"

#include "SandboxState.h"
#include "keys/PermissionCatalog.h"

#include <QSignalBlocker>

namespace {

constexpr qint64 day = 24 * 3600;

// Demo content: names and permissions a real account would have. Strings are data (API values), not UI.
struct DemoKey
{
    const char* name;
    SandboxKeyType type;
    QStringList policy;
    qint64 ageDays;
};

} // namespace

void SandboxSeeder::seed(SandboxState& state, const Options& options)
{
    {
        const QSignalBlocker blocker(&state);
        state.clear();
        SandboxAccount& main = state.createMainAccount(options.accountSid, options.authToken,
                                                       QStringLiteral("KeyDesk Sandbox"));
        const qint64 now = state.now();
        main.dateCreated = main.dateUpdated = main.authTokenDate = now - 400 * day;
        const QString mainSid = main.sid; // `main` dangles once subaccounts are added
        state.addOAuthClient(mainSid, defaultOAuthClientId(), defaultOAuthClientSecret(),
                             QStringLiteral("KeyDesk sandbox OAuth app"));

        if (options.content == Content::Demo) {
            state.addKeyWithSecret(mainSid, SandboxKeyType::Main, QStringLiteral("Main key (Console)"), {},
                                   defaultMainKeySecret(), defaultMainKeySid(), now - 380 * day);
            const std::vector<DemoKey> keys {
                { "twilio-cli for ana on ana-laptop", SandboxKeyType::Standard, {}, 300 },
                { "Production webhooks", SandboxKeyType::Standard, {}, 240 },
                { "CI deploy (GitHub Actions)", SandboxKeyType::Standard, {}, 120 },
                { "Messaging read-only",
                  SandboxKeyType::Restricted,
                  { QStringLiteral("/twilio/messaging/messages/read"),
                    QStringLiteral("/twilio/messaging/messages/list") },
                  90 },
                { "Outbound voice worker",
                  SandboxKeyType::Restricted,
                  { QStringLiteral("/twilio/voice/calls/create"),
                    QStringLiteral("/twilio/voice/calls/update"),
                    QStringLiteral("/twilio/voice/calls/read") },
                  60 },
                { "Key rotation bot",
                  SandboxKeyType::Restricted,
                  { QStringLiteral("/twilio/iam/api-keys/*") },
                  30 },
                { "Support dashboard",
                  SandboxKeyType::Restricted,
                  { QStringLiteral("/twilio/monitor/alerts/list"),
                    QStringLiteral("/twilio/monitor/alerts/read"),
                    QStringLiteral("/twilio/lookup/phone-numbers/read"),
                    QStringLiteral("/twilio/studio/flows/list") },
                  7 },
            };
            for (const DemoKey& k : keys) {
                state.createKey(mainSid, k.type, QString::fromUtf8(k.name), k.policy, now - k.ageDays * day);
            }

            SandboxAccount& staging = state.createSubaccount(QStringLiteral("Staging"));
            staging.dateCreated = staging.dateUpdated = staging.authTokenDate = now - 200 * day;
            const QString stagingSid = staging.sid;
            state.createKey(stagingSid, SandboxKeyType::Standard, QStringLiteral("Staging app server"));
            state.createKey(stagingSid, SandboxKeyType::Restricted, QStringLiteral("Staging SMS sender"),
                            { QStringLiteral("/twilio/messaging/messages/create") });

            SandboxAccount& support = state.createSubaccount(QStringLiteral("EU support"));
            support.dateCreated = support.dateUpdated = support.authTokenDate = now - 150 * day;
            state.createKey(support.sid, SandboxKeyType::Standard, QStringLiteral("Zendesk integration"));
        }
        if (options.generatedKeys > 0)
            addGeneratedKeys(state, mainSid, options.generatedKeys);
    }
    Q_EMIT state.changed();
}

void SandboxSeeder::addGeneratedKeys(SandboxState& state, const QString& accountSid, int count)
{
    static const char* const fleets[] = { "web-backend",   "sms-worker",    "voice-ivr",
                                          "ci-runner",     "analytics-etl", "mobile-app-token-server",
                                          "support-tools", "billing-sync" };
    const QStringList& catalog = PermissionCatalog::builtIn().permissions();
    const qint64 now = state.now();
    const QSignalBlocker blocker(&state);
    for (int i = 0; i < count; ++i) {
        const QString name
            = QStringLiteral("%1 #%2").arg(QLatin1String(fleets[i % 8])).arg(i + 1, 5, 10, QLatin1Char('0'));
        const bool restricted = i % 3 == 2 && !catalog.isEmpty();
        QStringList policy;
        if (restricted) {
            const int n = 1 + i % 5;
            for (int j = 0; j < n; ++j) {
                const QString permission = catalog.at((i * 7 + j * 13) % catalog.size());
                if (!policy.contains(permission))
                    policy.append(permission);
            }
        }
        const SandboxState::NewKey created
            = state.createKey(accountSid, restricted ? SandboxKeyType::Restricted : SandboxKeyType::Standard,
                              name, policy, now - qint64(count - i) * 60);
        if (!created.key)
            break;
    }
}
