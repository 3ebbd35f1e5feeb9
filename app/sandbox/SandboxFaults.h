#pragma once

#include "SandboxFaultRule.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>
#include <vector>

// Fault injection for tests: latency, error statuses (429 with Retry-After, 5xx), dropped connections
// and truncated bodies, chosen per request by a small rule language (--faults SPEC):
//
//   SPEC  := RULE (';' RULE)*
//   RULE  := KIND ['=' VALUE] ['@' [METHOD ' '] PATH] [':' PARAM (',' PARAM)*]
//   KIND  := latency | drop | truncate | <HTTP status 400..599, e.g. 429, 500, 503>
//   PATH  := a path prefix ("/v1/Keys"), or a glob where '*' matches any characters
//            ("/2010-04-01/Accounts/*/Keys*")
//   PARAM := rate=P (0..1, drawn from a RNG seeded by --fault-seed) | count=N (fire at most N times)
//          | after=N (let the first N matching requests through) | retry-after=S (seconds)
//          | ms=DURATION (latency) | mode=short|json (truncate) | stage=before|after (drop)
//
// Example: latency=200ms;429@/v1/Keys:rate=0.5,retry-after=1;500:rate=0.1;drop@POST /v1/Keys:count=1
//
// Rules are tried in order for every request. All firing latency rules delay the answer (the longest
// wins); the first firing non-latency rule decides the outcome. A rule without rate or count fires on
// every match. A 429 always carries Retry-After (1 s unless retry-after says otherwise). Error statuses
// and "drop" (stage=before, the default) leave the state untouched; "drop:stage=after" applies the
// request and then closes the connection unanswered. "truncate" sends the real headers with the full
// Content-Length and half the body, then closes (mode=short, the default); mode=json sends half the
// JSON with a matching Content-Length, so HTTP succeeds and JSON parsing fails. Bodiless answers (204)
// are not truncated.
class SandboxFaults
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)

public:
    struct Decision
    {
        enum class Action { None, Status, Drop, Truncate };
        Action action = Action::None;
        int latencyMs = 0;
        int status = 0;
        int retryAfter = -1;
        bool truncateJson = false;
        bool dropAfterProcessing = false;
    };

    static constexpr quint64 defaultSeed = 1;

    SandboxFaults();

    // Parses SPEC; on failure returns false with a sentence naming the rule.
    static bool parse(const QString& spec, std::vector<SandboxFaultRule>* rules, QString* error);

    // Replaces the rules (counters start again). An empty spec clears them.
    bool setSpec(const QString& spec, QString* error = nullptr);
    void setRules(std::vector<SandboxFaultRule> rules);
    void clear() { setRules({}); }
    const std::vector<SandboxFaultRule>& rules() const { return m_rules; }
    QString spec() const;
    bool isEmpty() const { return m_rules.empty(); }

    // Reseeds the generator behind rate=; the same seed and requests give the same faults.
    void setSeed(quint64 seed);
    quint64 seed() const { return m_seed; }

    // Decides the fate of one request and advances the counters.
    Decision decide(const QString& method, const QString& path);

    static bool globMatch(QStringView pattern, QStringView text);
    // "200ms", "1.5s" or "300" (milliseconds), at most 600 s.
    static bool parseDuration(const QString& text, int* ms);

private:
    std::vector<SandboxFaultRule> m_rules;
    quint64 m_seed = defaultSeed;
    QRandomGenerator m_rng;
};
