#include "Clock.h"

#include <QDateTime>

Clock::~Clock() = default;

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

qint64 SystemClock::currentSecsSinceEpoch() const
{
    return QDateTime::currentSecsSinceEpoch();
}
