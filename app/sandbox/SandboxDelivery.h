#pragma once

#include "SandboxResponse.h"

// How a response leaves the server: normally, late, cut short or not at all (fault injection).
struct SandboxDelivery
{
    enum class Mode { Normal, Drop, TruncateShort, TruncateJson };

    SandboxResponse response;
    Mode mode = Mode::Normal;
    int latencyMs = 0;
    bool closeAfter = false; // the client asked for Connection: close
};
