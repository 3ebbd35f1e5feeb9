#include "SandboxFaults.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

const QStringList& knownMethods()
{
    static const QStringList methods { QStringLiteral("GET"),    QStringLiteral("POST"),
                                       QStringLiteral("DELETE"), QStringLiteral("PUT"),
                                       QStringLiteral("PATCH"),  QStringLiteral("HEAD"),
                                       QStringLiteral("OPTIONS") };
    return methods;
}

bool readDuration(const QString& text, int* ms)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const double value = m.captured(1).toDouble();
    const double millis = m.captured(2) == QLatin1String("s") ? value * 1000 : value;
    if (millis > 600000)
        return false;
    *ms = int(millis);
    return true;
}

bool parseCount(const QString& text, int* out)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

} // namespace

SandboxFaults::SandboxFaults()
    : m_rng(quint32(defaultSeed))
{ }

bool SandboxFaults::parse(const QString& spec, std::vector<SandboxFaultRule>* rules, QString* error)
{
    std::vector<SandboxFaultRule> out;
    const auto fail = [&](const QString& rule, const QString& why) {
        if (error)
            *error = tr("fault rule \"%1\": %2").arg(rule, why);
        return false;
    };
    for (const QString& rawRule : spec.split(u';')) {
        const QString text = rawRule.trimmed();
        if (text.isEmpty())
            continue;
        SandboxFaultRule rule;
        rule.text = text;

        QString head = text;
        QString params;
        const qsizetype colon = text.indexOf(u':');
        if (colon >= 0) {
            head = text.left(colon).trimmed();
            params = text.mid(colon + 1).trimmed();
        }
        QString kindPart = head;
        QString match;
        const qsizetype at = head.indexOf(u'@');
        if (at >= 0) {
            kindPart = head.left(at).trimmed();
            match = head.mid(at + 1).trimmed();
            if (match.isEmpty())
                return fail(text, tr("nothing after '@' (expected [METHOD] /path)"));
        }
        QString kind = kindPart;
        QString value;
        const qsizetype eq = kindPart.indexOf(u'=');
        if (eq >= 0) {
            kind = kindPart.left(eq).trimmed();
            value = kindPart.mid(eq + 1).trimmed();
        }
        kind = kind.toLower();
        if (kind == QLatin1String("latency")) {
            rule.kind = SandboxFaultRule::Kind::Latency;
            if (!value.isEmpty() && !readDuration(value, &rule.latencyMs))
                return fail(text,
                            tr("\"%1\" is not a duration (e.g. 200ms or 1.5s, at most 600s)").arg(value));
        } else if (kind == QLatin1String("drop")) {
            rule.kind = SandboxFaultRule::Kind::Drop;
        } else if (kind == QLatin1String("truncate")) {
            rule.kind = SandboxFaultRule::Kind::Truncate;
        } else {
            bool ok = false;
            const int status = kind.toInt(&ok);
            if (!ok || status < 400 || status > 599) {
                return fail(
                    text,
                    tr("unknown kind \"%1\" (expected latency, drop, truncate or an HTTP status 400-599)")
                        .arg(kind));
            }
            rule.kind = SandboxFaultRule::Kind::Status;
            rule.status = status;
        }
        if (!value.isEmpty() && rule.kind != SandboxFaultRule::Kind::Latency)
            return fail(text, tr("only latency takes a value (latency=200ms)"));

        if (!match.isEmpty()) {
            const qsizetype space = match.indexOf(u' ');
            QString method;
            QString path = match;
            if (space >= 0) {
                method = match.left(space).trimmed().toUpper();
                path = match.mid(space + 1).trimmed();
            } else if (!match.startsWith(u'/')) {
                method = match.toUpper();
                path.clear();
            }
            if (!method.isEmpty() && !knownMethods().contains(method))
                return fail(text, tr("unknown HTTP method \"%1\"").arg(method));
            if (!path.isEmpty() && !path.startsWith(u'/'))
                return fail(text, tr("the path \"%1\" must start with '/'").arg(path));
            rule.method = method;
            rule.pathPattern = path;
        }

        if (!params.isEmpty()) {
            for (const QString& rawParam : params.split(u',')) {
                const QString param = rawParam.trimmed();
                const qsizetype peq = param.indexOf(u'=');
                if (peq <= 0)
                    return fail(text, tr("parameter \"%1\" is not name=value").arg(param));
                const QString name = param.left(peq).trimmed().toLower();
                const QString pvalue = param.mid(peq + 1).trimmed();
                if (name == QLatin1String("rate")) {
                    bool ok = false;
                    rule.rate = pvalue.toDouble(&ok);
                    if (!ok || rule.rate < 0 || rule.rate > 1)
                        return fail(text, tr("rate must be a number from 0 to 1"));
                } else if (name == QLatin1String("count")) {
                    if (!parseCount(pvalue, &rule.count))
                        return fail(text, tr("count must be a whole number >= 0"));
                } else if (name == QLatin1String("after")) {
                    if (!parseCount(pvalue, &rule.after))
                        return fail(text, tr("after must be a whole number >= 0"));
                } else if (name == QLatin1String("retry-after")) {
                    if (!parseCount(pvalue, &rule.retryAfter))
                        return fail(text, tr("retry-after must be whole seconds >= 0"));
                } else if (name == QLatin1String("ms") && rule.kind == SandboxFaultRule::Kind::Latency) {
                    if (!readDuration(pvalue, &rule.latencyMs))
                        return fail(text, tr("\"%1\" is not a duration").arg(pvalue));
                } else if (name == QLatin1String("mode") && rule.kind == SandboxFaultRule::Kind::Truncate) {
                    if (pvalue != QLatin1String("short") && pvalue != QLatin1String("json"))
                        return fail(text, tr("mode must be short or json"));
                    rule.truncateJson = pvalue == QLatin1String("json");
                } else if (name == QLatin1String("stage") && rule.kind == SandboxFaultRule::Kind::Drop) {
                    if (pvalue != QLatin1String("before") && pvalue != QLatin1String("after"))
                        return fail(text, tr("stage must be before or after"));
                    rule.dropAfterProcessing = pvalue == QLatin1String("after");
                } else {
                    return fail(text, tr("unknown parameter \"%1\" for this kind").arg(name));
                }
            }
        }
        if (rule.kind == SandboxFaultRule::Kind::Latency && rule.latencyMs <= 0 && value.isEmpty())
            return fail(text, tr("latency needs a duration (latency=200ms)"));
        out.push_back(std::move(rule));
    }
    *rules = std::move(out);
    return true;
}

bool SandboxFaults::setSpec(const QString& spec, QString* error)
{
    std::vector<SandboxFaultRule> rules;
    if (!parse(spec, &rules, error))
        return false;
    setRules(std::move(rules));
    return true;
}

void SandboxFaults::setRules(std::vector<SandboxFaultRule> rules)
{
    m_rules = std::move(rules);
    for (auto& rule : m_rules)
        rule.matched = rule.fired = 0;
    m_rng.seed(quint32(m_seed ^ (m_seed >> 32)));
}

QString SandboxFaults::spec() const
{
    QStringList parts;
    for (const auto& rule : m_rules)
        parts.append(rule.text);
    return parts.join(u';');
}

void SandboxFaults::setSeed(quint64 seed)
{
    m_seed = seed;
    m_rng.seed(quint32(m_seed ^ (m_seed >> 32)));
}

bool SandboxFaults::globMatch(QStringView pattern, QStringView text)
{
    // '*' matches any run of characters (slashes included); everything else literally.
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

SandboxFaults::Decision SandboxFaults::decide(const QString& method, const QString& path)
{
    Decision d;
    bool decided = false;
    for (auto& rule : m_rules) {
        const bool isLatency = rule.kind == SandboxFaultRule::Kind::Latency;
        if (decided && !isLatency)
            continue;
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!rule.pathPattern.isEmpty()) {
            const bool hit = rule.pathPattern.contains(u'*') ? globMatch(rule.pathPattern, path)
                                                             : path.startsWith(rule.pathPattern);
            if (!hit)
                continue;
        }
        ++rule.matched;
        if (rule.matched <= rule.after)
            continue;
        if (rule.count >= 0 && rule.fired >= rule.count)
            continue;
        if (rule.rate >= 0 && !(m_rng.generateDouble() < rule.rate))
            continue;
        ++rule.fired;
        switch (rule.kind) {
        case SandboxFaultRule::Kind::Latency:
            d.latencyMs = std::max(d.latencyMs, rule.latencyMs);
            break;
        case SandboxFaultRule::Kind::Status:
            d.action = Decision::Action::Status;
            d.status = rule.status;
            d.retryAfter = rule.retryAfter >= 0 ? rule.retryAfter : (rule.status == 429 ? 1 : -1);
            decided = true;
            break;
        case SandboxFaultRule::Kind::Drop:
            d.action = Decision::Action::Drop;
            d.dropAfterProcessing = rule.dropAfterProcessing;
            decided = true;
            break;
        case SandboxFaultRule::Kind::Truncate:
            d.action = Decision::Action::Truncate;
            d.truncateJson = rule.truncateJson;
            decided = true;
            break;
        }
    }
    return d;
}

bool SandboxFaults::parseDuration(const QString& text, int* ms)
{
    return readDuration(text, ms);
}
