// bench_token: µs per Access Token decode+verify, decode+verify+inspect, and build, over 100k distinct
// tokens, median of several runs. Not a pass/fail test; run it through run_bench.sh or `ninja bench`.
//
//   bench_token [--tokens N] [--runs R] [--json]
#include "core/Clock.h"
#include "token/AccessTokenBuilder.h"
#include "token/Base64Url.h"
#include "token/Hmac.h"
#include "token/Jwt.h"
#include "token/TokenInspector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// The voice_full vector's inputs (made-up credentials from the shared token vectors).
const QByteArray kSecret = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";

AccessTokenBuilder makeBuilder(const Clock& clock)
{
    AccessTokenBuilder builder(clock);
    builder.setAccountSid(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    builder.setKeySid(QStringLiteral("SKfedcba9876543210fedcba9876543210"));
    builder.setTtl(3600);
    VoiceGrant voice;
    voice.incomingAllow = true;
    voice.outgoingApplicationSid = QStringLiteral("AP00112233445566778899aabbccddeeff");
    voice.outgoingApplicationParams
        = *OrderedJson::parse(QByteArray(R"({"agent":"alice","queue":"support"})"));
    voice.pushCredentialSid = QStringLiteral("CR00112233445566778899aabbccddeeff");
    voice.endpointId = QStringLiteral("alice-desktop-01");
    builder.addGrant(voice.toGrant());
    return builder;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

template<typename F> double microsPerItem(int count, F&& work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        work(i);
    return double(timer.nsecsElapsed()) / 1000.0 / count;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int tokens = 100000;
    int runs = 5;
    bool json = false;
    bool breakdown = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--tokens" && i + 1 < args.size())
            tokens = args[++i].toInt();
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == u"--json")
            json = true;
        else if (args[i] == u"--breakdown")
            breakdown = true;
    }
    tokens = std::max(tokens, 1);
    runs = std::max(runs, 1);

    FixedClock clock(1700000000);
    AccessTokenBuilder builder = makeBuilder(clock);
    std::vector<QByteArray> made(static_cast<size_t>(tokens));
    std::vector<double> build, decodeVerify, inspect;
    std::vector<QString> identities(static_cast<size_t>(tokens));
    for (int i = 0; i < tokens; ++i)
        identities[size_t(i)] = QStringLiteral("user_%1").arg(i);

    long long failures = 0;
    for (int run = 0; run < runs; ++run) {
        // Build: validation, header + payload JSON, base64url, HMAC-SHA256; one distinct identity each.
        build.push_back(microsPerItem(tokens, [&](int i) {
            builder.setIdentity(identities[size_t(i)]);
            AccessTokenBuilder::Result r = builder.build(kSecret);
            failures += !r.ok;
            made[size_t(i)] = std::move(r.token);
        }));
        // Decode + verify: paste clean-up, split, base64url, both JSON parses, HMAC over the received
        // segments.
        decodeVerify.push_back(microsPerItem(tokens, [&](int i) {
            const JwtParseResult parsed = Jwt::parse(made[size_t(i)]);
            failures += !(parsed.ok && Jwt::verify(parsed.parts, kSecret));
        }));
        // Decode + verify + every Twilio-aware check, as the inspector and `token verify` run them.
        TokenInspector::Options options;
        options.now = 1700000001;
        options.secret = kSecret;
        inspect.push_back(microsPerItem(tokens, [&](int i) {
            const TokenInspector::Result r = TokenInspector::inspect(made[size_t(i)], options);
            failures += r.signature != TokenInspector::SignatureState::Verified;
        }));
    }
    if (failures) {
        std::fprintf(stderr, "bench_token: %lld operations failed\n", failures);
        return 1;
    }

    QTextStream out(stdout);
    if (breakdown) {
        // Where decode+verify spends its time, step by step, on the same tokens (for profiling).
        const JwtParseResult sample = Jwt::parse(made.front());
        const QByteArray signingInput = sample.parts.signingInput();
        QByteArray scratch;
        auto line = [&](const char* what, double us) {
            out << QStringLiteral("  %1 %2 us\n").arg(QLatin1String(what), -34).arg(us, 8, 'f', 3);
        };
        line("HMAC-SHA256 of the signing input", microsPerItem(tokens, [&](int) {
                 failures += Hmac::compute(HmacAlgorithm::Sha256, kSecret, signingInput).isEmpty();
             }));
        line("base64url decode payload", microsPerItem(tokens, [&](int) {
                 failures += !Base64Url::decode(sample.parts.payloadB64, &scratch);
             }));
        line("OrderedJson::parse payload", microsPerItem(tokens, [&](int) {
                 failures += !OrderedJson::parse(sample.parts.payloadJson).has_value();
             }));
        line("Jwt::parse",
             microsPerItem(tokens, [&](int i) { failures += !Jwt::parse(made[size_t(i)]).ok; }));
        line("Jwt::verify (parsed)",
             microsPerItem(tokens, [&](int) { failures += !Jwt::verify(sample.parts, kSecret); }));
        line("payloadJson() (build, no signing)",
             microsPerItem(tokens, [&](int) { failures += builder.payloadJson(1700000000).isEmpty(); }));
        line("validate() (build)",
             microsPerItem(tokens, [&](int) { failures += !builder.validate().isEmpty(); }));
    }
    const double b = median(build), d = median(decodeVerify), n = median(inspect);
    if (json) {
        out << QStringLiteral(
                   "{\"tokens\":%1,\"runs\":%2,\"decode_verify_us\":%3,\"decode_verify_inspect_us\":%4,"
                   "\"build_us\":%5}\n")
                   .arg(tokens)
                   .arg(runs)
                   .arg(d, 0, 'f', 3)
                   .arg(n, 0, 'f', 3)
                   .arg(b, 0, 'f', 3);
    } else {
        out << QStringLiteral("keydesk  decode+verify          %1 us/token\n").arg(d, 8, 'f', 2);
        out << QStringLiteral("keydesk  decode+verify+inspect  %1 us/token\n").arg(n, 8, 'f', 2);
        out << QStringLiteral("keydesk  build                  %1 us/token\n").arg(b, 8, 'f', 2);
        out << QStringLiteral("(median of %1 runs over %2 distinct tokens; token size %3 bytes)\n")
                   .arg(runs)
                   .arg(tokens)
                   .arg(made.front().size());
    }
    return 0;
}
