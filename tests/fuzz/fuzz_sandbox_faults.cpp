// libFuzzer target for --faults SPEC (SandboxFaults::parse and the rules' matching).
// Input: the spec on the first line, then request lines "<METHOD> <path>" to decide on.
// A spec that parses gives back a spec that parses to the same rules; the glob matcher agrees with a
// plain recursive reference; decisions stay within what the rules allow.
#include "FuzzSupport.h"
#include "SandboxFaults.h"

#include <cstdint>

namespace {

// The reference: '*' matches any run of characters, everything else itself (dynamic programming over
// prefixes: match[j] says whether the pattern so far matches the first j characters of text).
bool referenceGlob(QStringView pattern, QStringView text)
{
    QList<bool> match(text.size() + 1, false);
    match[0] = true;
    for (const QChar p : pattern) {
        QList<bool> next(text.size() + 1, false);
        for (qsizetype j = 0; j <= text.size(); ++j) {
            if (p == u'*')
                next[j] = match[j] || (j > 0 && next[j - 1]);
            else
                next[j] = j > 0 && match[j - 1] && text[j - 1] == p;
        }
        match = next;
    }
    return match[text.size()];
}

bool sameRules(const std::vector<SandboxFaultRule>& a, const std::vector<SandboxFaultRule>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const SandboxFaultRule& x = a[i];
        const SandboxFaultRule& y = b[i];
        if (x.kind != y.kind || x.status != y.status || x.latencyMs != y.latencyMs || x.method != y.method
            || x.pathPattern != y.pathPattern || x.rate != y.rate || x.count != y.count || x.after != y.after
            || x.retryAfter != y.retryAfter || x.truncateJson != y.truncateJson
            || x.dropAfterProcessing != y.dropAfterProcessing)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    Fuzz::Lines input(data, size);
    const QString spec = QString::fromUtf8(input.next());

    std::vector<SandboxFaultRule> rules;
    QString error;
    if (!SandboxFaults::parse(spec, &rules, &error)) {
        Fuzz::check(!error.isEmpty(), "a refused spec says why");
        SandboxFaults faults;
        Fuzz::check(!faults.setSpec(spec, &error) && faults.isEmpty(), "setSpec refuses what parse refuses");
        return 0;
    }
    for (const SandboxFaultRule& rule : rules) {
        Fuzz::check(rule.kind != SandboxFaultRule::Kind::Status || (rule.status >= 400 && rule.status <= 599),
                    "status rules answer 400..599");
        Fuzz::check(rule.rate < 0 || rule.rate <= 1, "rate is a probability");
        Fuzz::check(rule.latencyMs >= 0, "latency is not negative");
    }
    SandboxFaults faults;
    faults.setSeed(quint64(size));
    Fuzz::check(faults.setSpec(spec, &error), "setSpec takes what parse takes");
    std::vector<SandboxFaultRule> again;
    Fuzz::check(SandboxFaults::parse(faults.spec(), &again, &error), "spec() parses");
    Fuzz::check(sameRules(rules, again), "spec() gives the same rules");

    int requests = 0;
    while (!input.atEnd() && requests++ < 32) {
        const QString line = QString::fromUtf8(input.next());
        const qsizetype space = line.indexOf(u' ');
        const QString method = space < 0 ? QStringLiteral("GET") : line.left(space);
        const QString path = space < 0 ? line : line.mid(space + 1);
        const SandboxFaults::Decision decision = faults.decide(method, path);
        Fuzz::check(decision.latencyMs >= 0, "latency is not negative");
        if (decision.action == SandboxFaults::Decision::Action::Status)
            Fuzz::check(decision.status >= 400 && decision.status <= 599, "fault status 400..599");
        if (decision.action == SandboxFaults::Decision::Action::Status && decision.status == 429)
            Fuzz::check(decision.retryAfter >= 0, "a 429 always carries Retry-After");
        for (const SandboxFaultRule& rule : faults.rules()) {
            Fuzz::check(rule.count < 0 || rule.fired <= rule.count, "count= is a limit");
            if (rule.pathPattern.contains(u'*') && rule.pathPattern.size() <= 64 && path.size() <= 256)
                Fuzz::check(SandboxFaults::globMatch(rule.pathPattern, path)
                                == referenceGlob(rule.pathPattern, path),
                            "globMatch agrees with the reference");
        }
    }
    return 0;
}
