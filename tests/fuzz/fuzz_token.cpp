// libFuzzer target for the token core: everything a pasted token, a grants file or a JSON document
// reaches. Besides "no crash, no sanitizer report", it checks invariants that would reveal silent bugs:
// a parsed token re-assembles to its cleaned text, OrderedJson output re-parses to the same value, and
// base64url round-trips.
#include "core/OrderedJson.h"
#include "token/Base64Url.h"
#include "token/Grants.h"
#include "token/Jwt.h"
#include "token/TokenInspector.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer records the input as a crash
}

IssuerStatus lookup(const QString& keySid)
{
    // Exercise every branch of the issuer findings, deterministically.
    switch (keySid.isEmpty() ? 0 : keySid.back().unicode() % 4) {
    case 1:
        return IssuerStatus::Active;
    case 2:
        return IssuerStatus::Restricted;
    case 3:
        return IssuerStatus::Deleted;
    default:
        return IssuerStatus::Unknown;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));

    // Token path: parse, then inspect without and with a secret (the same parse, re-inspected).
    JwtParseResult parsed = Jwt::parse(input);
    if (parsed.ok) {
        check(parsed.parts.compact() == parsed.token);
        check(parsed.parts.header.isObject() && parsed.parts.payload.isObject());
    }
    TokenInspector::Options options;
    options.now = 1700000001;
    const TokenInspector::Result unchecked = TokenInspector::inspect(parsed, options);
    check(!unchecked.findings.isEmpty());
    options.secret = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";
    options.issuerLookup = lookup;
    options.now = size > 0 ? qint64(data[0]) * 100000000 : 0;
    const TokenInspector::Result checked = TokenInspector::inspect(std::move(parsed), options);
    check(checked.ok() == unchecked.ok());
    for (const Finding& f : checked.findings)
        check(FindingCatalog::isKnown(f.code) && !f.message.isEmpty());

    // JSON path: a parsed document writes compact and indented text that parses back to the same value.
    if (const auto doc = OrderedJson::parse(input)) {
        const QByteArray compact = doc->toCompact();
        const auto again = OrderedJson::parse(compact);
        check(again.has_value());
        check(*again == *doc);
        check(again->toCompact() == compact);
        const auto indented = OrderedJson::parse(doc->toIndented());
        check(indented.has_value() && *indented == *doc);
    }

    // Grants file path (keydesk-cli token build --grants-json).
    QList<Grant> grants;
    QString error;
    if (!GrantCatalog::fromWireJson(input, &grants, &error))
        check(!error.isEmpty());

    // Base64url: whatever decodes re-encodes to itself when the padding bits are zero, and always
    // decodes again to the same bytes.
    QByteArray decoded;
    if (Base64Url::decode(input, &decoded)) {
        QByteArray twice;
        check(Base64Url::decode(Base64Url::encode(decoded), &twice) && twice == decoded);
    }
    return 0;
}
