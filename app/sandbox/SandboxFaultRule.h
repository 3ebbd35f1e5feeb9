#pragma once

#include <QString>

// One rule of a --faults SPEC (see SandboxFaults.h for the syntax).
struct SandboxFaultRule
{
    enum class Kind { Latency, Status, Drop, Truncate };

    Kind kind = Kind::Status;
    int status = 500; // Kind::Status: the HTTP status to answer with (400..599)
    int latencyMs = 0; // Kind::Latency
    QString method; // empty = any method
    QString pathPattern; // empty = any path; a prefix, or a glob when it contains '*'
    double rate = -1; // < 0: no rate (fires on every eligible match)
    int count = -1; // < 0: unlimited; otherwise fires at most this many times
    int after = 0; // the first `after` matching requests are let through
    int retryAfter = -1; // seconds for the Retry-After header; < 0: none (429 defaults to 1)
    bool truncateJson = false; // Truncate: cut the JSON with a matching Content-Length
    bool dropAfterProcessing = false; // Drop: apply the request, then close without answering

    // Counters, reset whenever the rules are replaced.
    int matched = 0;
    int fired = 0;

    QString text; // the rule as written, for messages
};
