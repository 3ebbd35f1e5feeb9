#include "SandboxCommandLine.h"

#include "SandboxFaults.h"
#include "SandboxFormat.h"

QString SandboxCommandLine::helpText()
{
    return tr("keydesk-sandbox: a local, stateful stand-in for the Twilio endpoints KeyDesk uses\n"
              "(api v2010 Accounts and Keys, iam v1 Keys, accounts v1 AuthTokens, oauth v2 token) on\n"
              "http://127.0.0.1 only. Every product is served on the one base URL it prints.\n"
              "\n"
              "usage: keydesk-sandbox [options]\n"
              "\n"
              "  --port N             listen on 127.0.0.1:N (0, the default, picks a free port)\n"
              "  --account-sid AC...  the main account's SID (default %1)\n"
              "  --auth-token TOKEN   its Auth Token (default %2)\n"
              "  --seed demo|empty    demo (default): a Main key, Standard and Restricted keys and two\n"
              "                       subaccounts; empty: the main account and nothing else\n"
              "  --keys N             add N generated keys (every third Restricted) to the main account\n"
              "  --state FILE         keep the state in FILE: loaded at start when it exists (then --seed,\n"
              "                       --keys, --account-sid and --auth-token do not apply), saved after\n"
              "                       every change. A corrupt file stops the sandbox with exit code 2.\n"
              "  --faults SPEC        inject faults (see below)\n"
              "  --fault-seed N       seed for the fault rates (default 1): same seed, same faults\n"
              "  --help, --version\n"
              "\n"
              "The sandbox prints \"listening on http://127.0.0.1:N\" first, then the credentials it uses,\n"
              "one \"name: value\" per line, ending with the \"faults:\" line. Those credentials are "
              "made-up\n"
              "sandbox values that work nowhere else, so printing them is safe. The other defaults:\n"
              "  OAuth client id      %3\n"
              "  OAuth client secret  %4\n"
              "  Main key (demo seed) %5, secret %6\n"
              "\n"
              "Fault SPEC: RULE;RULE;...   RULE = KIND[=VALUE][@[METHOD ]PATH][:PARAM,PARAM...]\n"
              "  KIND   latency (=200ms, =1.5s), drop, truncate, or an HTTP status 400-599 (429, 500, 503)\n"
              "  PATH   a path prefix (/v1/Keys) or a glob where * matches anything\n"
              "         (/2010-04-01/Accounts/*/Keys*)\n"
              "  PARAM  rate=0..1 (seeded by --fault-seed), count=N (first N firings only), after=N (skip "
              "the\n"
              "         first N matches), retry-after=S, mode=short|json (truncate), stage=before|after "
              "(drop)\n"
              "  Rules are tried in order; the longest firing latency applies, the first firing other rule\n"
              "  decides. 429 always sends Retry-After (1 s by default). Status faults and drop "
              "(stage=before)\n"
              "  leave the state untouched; drop:stage=after applies the request, then closes unanswered.\n"
              "  truncate sends the full Content-Length with half the body and closes (mode=short) or half\n"
              "  the JSON with a matching length (mode=json).\n"
              "  Example: latency=200ms;429@/v1/Keys:rate=0.5,retry-after=1;500:rate=0.1;"
              "drop@POST /v1/Keys:count=1;truncate:rate=0.2\n"
              "\n"
              "Exit codes: 0 stopped, 1 cannot listen, 2 bad options or a corrupt --state file.\n")
               .arg(SandboxSeeder::defaultAccountSid(), SandboxSeeder::defaultAuthToken(),
                    SandboxSeeder::defaultOAuthClientId(), SandboxSeeder::defaultOAuthClientSecret(),
                    SandboxSeeder::defaultMainKeySid(), SandboxSeeder::defaultMainKeySecret())
        + tr("\n"
             "Limits (answered in Twilio's error shape, then the connection closes):\n"
             "  --header-timeout D   a request's header fields must arrive within D (default 10s, else 408)\n"
             "  --request-timeout D  a whole request must arrive within D (default 30s, else 408)\n"
             "  --idle-timeout D     close a connection when no byte moves for D (default 15s)\n"
             "  --max-connections N  serve at most N connections at once, 1-1000 (default 1000; more get "
             "503)\n"
             "  D is a duration such as 500ms or 10s. Header fields are limited to %1 KiB (else 431), a\n"
             "  request body to %2 KiB (else 413, decided before the body is read); malformed HTTP gets "
             "400.\n")
              .arg(SandboxHttpLimits().maxHeaderBytes / 1024)
              .arg(SandboxHttpLimits().maxBodyBytes / 1024);
}

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList& arguments)
{
    m_error.clear();
    for (int i = 1; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (name.startsWith(QLatin1String("--")) && name.contains(u'=')) {
            value = name.mid(name.indexOf(u'=') + 1);
            name = name.left(name.indexOf(u'='));
            hasValue = true;
        }
        if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            return Result::Help;
        if (name == QLatin1String("--version"))
            return Result::Version;
        static const QStringList valued {
            QStringLiteral("--port"),           QStringLiteral("--account-sid"),
            QStringLiteral("--auth-token"),     QStringLiteral("--seed"),
            QStringLiteral("--keys"),           QStringLiteral("--state"),
            QStringLiteral("--faults"),         QStringLiteral("--fault-seed"),
            QStringLiteral("--header-timeout"), QStringLiteral("--request-timeout"),
            QStringLiteral("--idle-timeout"),   QStringLiteral("--max-connections")
        };
        if (!valued.contains(name)) {
            m_error = tr("unknown option %1 (see --help)").arg(name);
            return Result::Error;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                m_error = tr("%1 needs a value").arg(name);
                return Result::Error;
            }
            value = arguments.at(++i);
        }

        bool ok = false;
        if (name == QLatin1String("--port")) {
            const uint p = value.toUInt(&ok);
            if (!ok || p > 65535) {
                m_error = tr("--port must be a number from 0 to 65535");
                return Result::Error;
            }
            port = quint16(p);
        } else if (name == QLatin1String("--account-sid")) {
            if (!SandboxFormat::isSid(value, QLatin1String("AC"))) {
                m_error = tr("--account-sid must be AC followed by 32 hex digits");
                return Result::Error;
            }
            seed.accountSid = value;
            accountSidGiven = true;
        } else if (name == QLatin1String("--auth-token")) {
            if (value.size() < 8 || value.contains(u':') || value.contains(u' ')) {
                m_error = tr("--auth-token must be at least 8 characters without ':' or spaces");
                return Result::Error;
            }
            seed.authToken = value;
            authTokenGiven = true;
        } else if (name == QLatin1String("--seed")) {
            if (value == QLatin1String("demo"))
                seed.content = SandboxSeeder::Content::Demo;
            else if (value == QLatin1String("empty"))
                seed.content = SandboxSeeder::Content::Empty;
            else {
                m_error = tr("--seed must be demo or empty");
                return Result::Error;
            }
            seedGiven = true;
        } else if (name == QLatin1String("--keys")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 1000000) {
                m_error = tr("--keys must be a number from 0 to 1000000");
                return Result::Error;
            }
            seed.generatedKeys = n;
            keysGiven = true;
        } else if (name == QLatin1String("--state")) {
            if (value.isEmpty()) {
                m_error = tr("--state needs a file name");
                return Result::Error;
            }
            stateFile = value;
        } else if (name == QLatin1String("--faults")) {
            std::vector<SandboxFaultRule> rules;
            QString problem;
            if (!SandboxFaults::parse(value, &rules, &problem)) {
                m_error = tr("--faults: %1").arg(problem);
                return Result::Error;
            }
            faults = value;
        } else if (name == QLatin1String("--header-timeout") || name == QLatin1String("--request-timeout")
                   || name == QLatin1String("--idle-timeout")) {
            int ms = 0;
            if (!SandboxFaults::parseDuration(value, &ms) || ms < 1) {
                m_error = tr("%1 must be a duration from 1ms to 600s, such as 500ms or 10s").arg(name);
                return Result::Error;
            }
            if (name == QLatin1String("--header-timeout"))
                http.headerTimeoutMs = ms;
            else if (name == QLatin1String("--request-timeout"))
                http.requestTimeoutMs = ms;
            else
                http.idleTimeoutMs = ms;
        } else if (name == QLatin1String("--max-connections")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 1000) {
                m_error = tr("--max-connections must be a number from 1 to 1000");
                return Result::Error;
            }
            http.maxConnections = n;
        } else if (name == QLatin1String("--fault-seed")) {
            faultSeed = value.toULongLong(&ok);
            if (!ok) {
                m_error = tr("--fault-seed must be a whole number");
                return Result::Error;
            }
        }
    }
    return Result::Run;
}
