#pragma once

#include <QtGlobal>

// The one source of "now" for everything that depends on time (token iat/exp, expiry, countdowns).
// Injected so tests and the CLI's --now/--at are exact.
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 currentSecsSinceEpoch() const = 0;

    // The process-wide wall clock.
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    qint64 currentSecsSinceEpoch() const override;
};

// A clock that stands still until told to move; for tests and reproducible CLI output.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 secsSinceEpoch = 0)
        : m_now(secsSinceEpoch)
    { }
    qint64 currentSecsSinceEpoch() const override { return m_now; }
    void setCurrentSecsSinceEpoch(qint64 secs) { m_now = secs; }
    void advance(qint64 secs) { m_now += secs; }

private:
    qint64 m_now;
};
