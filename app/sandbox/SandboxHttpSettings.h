#pragma once

#include <QtGlobal>

// What one request may hold. The defaults are far above what KeyDesk sends (a Policy of 100 permissions
// is about 12 KiB, a Bearer token about 1 KiB) and low enough that a thousand hostile connections cannot
// grow the process by much.
struct SandboxHttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line + header fields (+ chunked trailers)
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 64 * 1024;
};

// The HTTP layer's limits and timeouts (SandboxServer::setHttpSettings, keydesk-sandbox --idle-timeout …).
// A slow or idle client is disconnected well under a minute; a request that breaks a limit gets its 4xx
// in Twilio's error shape.
struct SandboxHttpSettings
{
    SandboxHttpLimits limits;
    // From a request's first byte until its header fields are complete (else 408).
    int headerTimeoutMs = 10000;
    // From a request's first byte until its body is complete (else 408).
    int requestTimeoutMs = 30000;
    // No byte moving either way: between requests, inside one, or while the client does not read the answer.
    int idleTimeoutMs = 15000;
    // Open connections at once; one more gets 503 and is closed.
    int maxConnections = 1000;
};
