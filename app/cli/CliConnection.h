#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "core/RunToCompletion.h"
#include "core/SecretVault.h"
#include "profiles/ProfileStore.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class ApiTask;
class CliContext;
class QCommandLineParser;
class Session;

// The profile store and keychain as the CLI uses them: one SecretVault and one ProfileStore (KeyDesk's own
// profiles file, shared with the GUI) for the run. When the keychain turns out to be unavailable, one
// stderr line says that secrets are kept for this run only.
class CliProfiles
{
public:
    explicit CliProfiles(CliContext& cli);
    ~CliProfiles();

    SecretVault& vault() { return m_vault; }
    ProfileStore& store() { return *m_store; }
    bool memoryOnly() const { return m_vault.backend() == SecretVault::Backend::MemoryOnly; }

private:
    SecretVault m_vault;
    std::unique_ptr<ProfileStore> m_store;
};

// How the key and auth-token commands reach Twilio: shared options, and the Session they run on.
namespace CliConnection {

// --profile, --base-url, --sandbox, --region, --edge, --json, --timeout.
void addOptions(QCommandLineParser& parser);

// The session the options ask for. --sandbox URL wins (the sandbox's made-up default account); else the
// profile as twilio-cli picks it: --profile NAME, then the TWILIO_* environment, then the active profile
// (Session::resolve). --region, --edge and --base-url override the profile's own. On failure prints one
// line and sets *exitCode: 2 for unusable options or profiles, 3 when the keychain cannot be read.
std::unique_ptr<Session> open(CliContext& cli, const QCommandLineParser& parser, int* exitCode);

// The profile as twilio-cli picks it (Session::resolve: explicitName, then the TWILIO_* environment, then
// the active profile) and its secret (environment or keychain). False with the line printed and *exitCode
// set: 2 for no or an unusable profile, a secret missing from the keychain; 3 when the keychain cannot be
// read.
bool resolve(CliContext& cli, CliProfiles& profiles, const QString& explicitName, Profile* profile,
             SecretBytes* secret, int* exitCode);

// Exit code and stderr line for a failed call: 2 for requests refused before sending, else 3.
int fail(CliContext& cli, const ApiError& error);

// A "Sign in with Twilio" profile's refresh token is good once: every new one Twilio gives while the
// session works is stored for the profile before the command goes on (a warning line when it cannot be).
void keepRenewedSignIn(CliContext& cli, Session& session);
// Asks on the terminal unless --yes was given; with no terminal refuses. Returns -1 to go on, or an exit
// code.
int confirm(CliContext& cli, const QString& question, bool yes);

// Runs the event loop until the task's callback has run (the client is asynchronous).
template<typename T>
ApiResult<T> wait(const std::function<ApiTask*(std::function<void(ApiResult<T>)>)>& start)
{
    return runToCompletion<ApiResult<T>>(
        [&](std::function<void(ApiResult<T>)> done) { start(std::move(done)); });
}

} // namespace CliConnection
