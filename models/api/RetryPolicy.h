#pragma once

// How an idempotent request is repeated after a transient failure: capped exponential backoff
// (base, 2·base, 4·base … up to maxDelayMs), or the server's Retry-After when it asks for longer
// (up to maxRetryAfterMs). All waits of one call together stay within maxTotalWaitMs: a Retry-After
// that would pass it ends the call with an error instead of stalling it. Tests inject small values.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 30000;
    int maxTotalWaitMs = 45000;

    // Delay before attempt number `attempt` (2 = first retry). retryAfterMs < 0 when the server sent none.
    int delayBefore(int attempt, int retryAfterMs) const
    {
        long long delay = baseDelayMs;
        for (int i = 2; i < attempt && delay < maxDelayMs; ++i)
            delay *= 2;
        if (delay > maxDelayMs)
            delay = maxDelayMs;
        if (retryAfterMs >= 0) {
            const long long asked = retryAfterMs > maxRetryAfterMs ? maxRetryAfterMs : retryAfterMs;
            if (asked > delay)
                delay = asked;
        }
        return int(delay);
    }
};
