#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <QEventLoop>
#include <QStringList>
#include <functional>
#include <optional>

class ApiClient;
class ApiTask;
class CliContext;
class QCommandLineParser;

// keydesk-cli keys list|show|create|duplicate|update|delete
int runKeysCommand(CliContext& cli, const QStringList& args);

// How the key and auth-token commands reach Twilio: shared options and client set-up.
namespace CliConnection {

// --base-url, --sandbox, --region, --edge, --json, --timeout.
void addOptions(QCommandLineParser& parser);
// Credentials from the environment (TWILIO_ACCOUNT_SID + TWILIO_API_KEY/TWILIO_API_SECRET or
// TWILIO_AUTH_TOKEN), or the sandbox's made-up defaults with --sandbox. False with *error on bad input.
bool configure(const QCommandLineParser& parser, ApiClient* client, QString* error);
// Exit code and stderr line for a failed call: 2 for requests refused before sending, else 3.
int fail(CliContext& cli, const ApiError& error);
// Asks on the terminal unless --yes was given; with no terminal refuses. Returns -1 to go on, or an exit
// code.
int confirm(CliContext& cli, const QString& question, bool yes);

// Runs the event loop until the task's callback has run (the client is asynchronous).
template<typename T>
ApiResult<T> wait(const std::function<ApiTask*(std::function<void(ApiResult<T>)>)>& start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start([&](ApiResult<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace CliConnection
