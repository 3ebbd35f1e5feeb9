// libFuzzer target for the sandbox's request handling, without a socket: raw HTTP/1.1 bytes go through
// SandboxHttpParser (as SandboxHttpConnection feeds it) into SandboxRequest (query and form decoding,
// Authorization, Content-Type), then through SandboxRouter to every handler (authentication, paging
// parameters, policies, key, account, Auth Token and OAuth changes) on a freshly seeded state. Up to four
// pipelined requests share the state, so a seed can create a key and then fetch, change or delete it.
//
// Besides "no crash", every answer must be a well-formed Twilio answer, no key may see an Auth Token, and
// the Main key can be neither deleted nor changed through the API (issue 9, finding 1).
#include "FuzzSupport.h"
#include "SandboxHttpParser.h"
#include "SandboxKey.h"
#include "SandboxPrincipal.h"
#include "SandboxRequest.h"
#include "SandboxRouter.h"
#include "SandboxSeeder.h"
#include "SandboxState.h"
#include "core/Clock.h"
#include "core/OrderedJson.h"

#include <QXmlStreamReader>
#include <cstdint>

namespace {

// Keys with known secrets, so seeds can authenticate as each kind of key.
const QString standardKeySid = QStringLiteral("SKf0220000000000000000000000000001");
const QString restrictedKeySid = QStringLiteral("SKf0220000000000000000000000000002");
const QString keySecret = QStringLiteral("fuzzKeySecret0000000000000000001");

void seed(SandboxState& state)
{
    SandboxSeeder::seed(state, SandboxSeeder::Options());
    const QString main = SandboxSeeder::defaultAccountSid();
    state.addKeyWithSecret(main, SandboxKeyType::Standard, QStringLiteral("fuzz standard"), {}, keySecret,
                           standardKeySid);
    state.addKeyWithSecret(
        main, SandboxKeyType::Restricted, QStringLiteral("fuzz restricted"),
        { QStringLiteral("/twilio/iam/api-keys/*"), QStringLiteral("/twilio/iam/accounts/*") }, keySecret,
        restrictedKeySid);
}

// The checks that hold for every answer, whoever asked.
void checkAnswer(const SandboxRequest& request, const SandboxResponse& response, const SandboxState& state,
                 const SandboxPrincipal& principal, const QByteArrayList& tokensBefore)
{
    if (Fuzz::verbose())
        std::fprintf(stderr, "%s %s -> %d %s\n", qPrintable(request.method), qPrintable(request.path),
                     response.status, response.body.left(160).constData());
    Fuzz::check(response.status >= 200 && response.status <= 599, "an HTTP status");
    if (response.contentType.startsWith("application/json")) {
        const auto document = OrderedJson::parse(response.body);
        Fuzz::check(document.has_value() && document->isObject(), "a JSON answer is a JSON object");
    } else if (response.contentType.startsWith("application/xml")) {
        QXmlStreamReader xml(response.body);
        while (!xml.atEnd())
            xml.readNext();
        Fuzz::check(!xml.hasError(), "an XML answer is well-formed XML");
    } else {
        Fuzz::check(response.status == 204 && response.body.isEmpty(), "bodiless answers are 204");
    }

    QByteArrayList authTokens = tokensBefore;
    QByteArrayList secondaryTokens;
    for (const SandboxAccount& account : state.accounts()) {
        authTokens << account.authToken.toUtf8();
        if (!account.secondaryAuthToken.isEmpty())
            secondaryTokens << account.secondaryAuthToken.toUtf8();
    }
    if (principal.isKey()) {
        for (const QByteArray& token : std::as_const(authTokens))
            Fuzz::check(!response.body.contains(token), "an Auth Token was sent to a key");
    }
    if (principal.kind == SandboxPrincipal::Kind::RestrictedKey
        || principal.kind == SandboxPrincipal::Kind::StandardKey) {
        for (const QByteArray& token : std::as_const(secondaryTokens))
            Fuzz::check(!response.body.contains(token), "a secondary Auth Token was sent to a key");
    }
    const SandboxKey* mainKey = state.findKey(SandboxSeeder::defaultMainKeySid());
    Fuzz::check(mainKey != nullptr, "the Main key was deleted through the API");
    Fuzz::check(mainKey->type == SandboxKeyType::Main && mainKey->policy.isEmpty(),
                "the Main key was changed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr(), the permission catalog's resource
    static FixedClock clock(1700000000);
    SandboxState state;
    state.setClock(&clock);
    seed(state);
    SandboxRouter router(state);
    router.setBaseUrl(QStringLiteral("http://127.0.0.1:8089"));

    QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    SandboxHttpParser parser;
    for (int requests = 0; requests < 4 && !input.isEmpty(); ++requests) {
        const qsizetype used = parser.feed(input);
        Fuzz::check(used >= 0 && used <= input.size(), "the parser uses what it was given");
        input = input.sliced(used);
        if (!parser.isComplete())
            break; // refused (the connection answers the error and closes) or waiting for more bytes
        SandboxRequest request;
        if (parser.toSandboxRequest(&request)) {
            const SandboxPrincipal principal = SandboxPrincipal::authenticate(request, state);
            QByteArrayList tokensBefore;
            for (const SandboxAccount& account : state.accounts())
                tokensBefore << account.authToken.toUtf8();
            const SandboxResponse response = router.handle(request);
            checkAnswer(request, response, state, principal, tokensBefore);
        }
        parser.reset();
    }
    return 0;
}
