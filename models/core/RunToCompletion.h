#pragma once

#include <QEventLoop>
#include <functional>
#include <optional>
#include <utility>

// Runs one asynchronous call to completion on a local event loop and returns what its callback was given.
// `start` begins the call with the callback it is handed; the callback may run at once or later. For the
// CLI's blocking variants and tests only: never on the GUI thread.
template<typename R> R runToCompletion(const std::function<void(std::function<void(R)>)>& start)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
