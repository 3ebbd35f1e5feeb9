#include "Jwt.h"

#include "token/Base64Url.h"

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Characters that can be part of a pasted token: base64url, dots, padding and standard-base64 characters
// we want to report precisely, and whitespace from line-wrapping.
bool isTokenChar(char c)
{
    return isBase64UrlChar(c) || c == '.' || c == '=' || c == '+' || c == '/' || isSpace(c);
}

} // namespace

JwtAlgorithm jwtAlgorithmFromName(QStringView name)
{
    if (name == u"HS256")
        return JwtAlgorithm::HS256;
    if (name == u"HS384")
        return JwtAlgorithm::HS384;
    if (name == u"HS512")
        return JwtAlgorithm::HS512;
    if (name.compare(u"none", Qt::CaseInsensitive) == 0)
        return JwtAlgorithm::None;
    return JwtAlgorithm::Other;
}

QString jwtAlgorithmName(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return QStringLiteral("HS256");
    case JwtAlgorithm::HS384:
        return QStringLiteral("HS384");
    case JwtAlgorithm::HS512:
        return QStringLiteral("HS512");
    case JwtAlgorithm::None:
        return QStringLiteral("none");
    case JwtAlgorithm::Other:
        break;
    }
    return QString();
}

std::optional<HmacAlgorithm> hmacForJwt(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return HmacAlgorithm::Sha256;
    case JwtAlgorithm::HS384:
        return HmacAlgorithm::Sha384;
    case JwtAlgorithm::HS512:
        return HmacAlgorithm::Sha512;
    default:
        return std::nullopt;
    }
}

JwtAlgorithm JwtParts::algorithm() const
{
    const OrderedJson* alg = header.find(u"alg");
    if (!alg || !alg->isString())
        return JwtAlgorithm::Other;
    return jwtAlgorithmFromName(alg->toString());
}

JwtParseResult Jwt::parse(QByteArrayView paste)
{
    JwtParseResult r;
    auto failAt = [&r](JwtParseResult::Part part, const QString& message, qsizetype offset) {
        r.ok = false;
        r.errorPart = part;
        r.error = message;
        r.errorOffset = offset;
        return r;
    };

    if (paste.size() > MaxTokenBytes) {
        return failAt(JwtParseResult::Part::Token,
                      tr("The input is %1 KiB; a token is at most %2 KiB. Paste only the token.")
                          .arg((paste.size() + 1023) / 1024)
                          .arg(MaxTokenBytes / 1024),
                      -1);
    }

    // Find where the token starts: at the first "eyJ" (a JSON object in base64url) that follows the
    // start or a separator, otherwise at the first token character after leading noise. An "eyJ" right
    // after a dot is a later segment of the same token, not a start: skipping to it would silently drop
    // a malformed header (or turn four segments into three).
    qsizetype start = -1;
    for (qsizetype i = 0; i + 2 < paste.size(); ++i) {
        if (paste[i] == 'e' && paste[i + 1] == 'y' && paste[i + 2] == 'J'
            && (i == 0 || (!isBase64UrlChar(paste[i - 1]) && paste[i - 1] != '.'))) {
            start = i;
            break;
        }
    }
    if (start < 0) {
        qsizetype i = 0;
        while (i < paste.size()
               && (isSpace(paste[i]) || paste[i] == '"' || paste[i] == '\'' || paste[i] == '`'))
            ++i;
        start = i;
    }
    r.ignoredPrefix = paste.first(start).toByteArray().trimmed();

    qsizetype end = start;
    while (end < paste.size() && isTokenChar(paste[end]))
        ++end;
    r.ignoredSuffix = paste.sliced(end).toByteArray().trimmed();

    // Copy the token without its whitespace through a raw pointer (a per-byte append is a call each).
    QByteArray token(end - start, Qt::Uninitialized);
    char* out = token.data();
    for (qsizetype i = start; i < end; ++i) {
        if (isSpace(paste[i]))
            ++r.removedWhitespace;
        else
            *out++ = paste[i];
    }
    token.truncate(out - token.constData());
    r.token = token;

    if (token.isEmpty()) {
        if (!r.ignoredPrefix.isEmpty() || !r.ignoredSuffix.isEmpty())
            return failAt(JwtParseResult::Part::Token,
                          tr("No token found: a JWT is three base64url segments separated by dots, usually "
                             "starting with \"eyJ\"."),
                          -1);
        return failAt(JwtParseResult::Part::Token, tr("The token is empty."), -1);
    }

    // Quotes around a token are what people copy from JSON and logs; anything else left over is reported.
    static const QByteArray quoteChars = QByteArrayLiteral("\"'`,;");
    bool suffixIsQuotes = true;
    for (char c : std::as_const(r.ignoredSuffix))
        suffixIsQuotes = suffixIsQuotes && quoteChars.contains(c);
    if (!r.ignoredSuffix.isEmpty() && !suffixIsQuotes) {
        return failAt(JwtParseResult::Part::Token,
                      tr("Unexpected character '%1' after the token at position %2; a token holds only A–Z, "
                         "a–z, 0–9, '-', '_' and dots.")
                          .arg(QString::fromUtf8(r.ignoredSuffix.left(1)))
                          .arg(end - start + 1),
                      token.size());
    }

    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
    const int segments = int(token.count('.')) + 1;
    if (segments != 3) {
        QString message;
        if (segments == 1)
            message
                = tr("The token has 1 segment; a JWT has 3 (header.payload.signature) separated by dots.");
        else if (segments == 2)
            message
                = tr("The token has 2 segments; the signature (the third, after the second dot) is missing.");
        else if (segments == 5)
            message = tr("The token has 5 segments: that is an encrypted JWE, not a Twilio Access Token (3 "
                         "segments).");
        else
            message = tr("The token has %1 segments; a JWT has exactly 3 (header.payload.signature).")
                          .arg(segments);
        return failAt(JwtParseResult::Part::Token, message,
                      segments == 1 ? -1 : (dot2 >= 0 ? token.indexOf('.', dot2 + 1) : dot1));
    }

    r.parts.headerB64 = token.first(dot1);
    r.parts.payloadB64 = token.sliced(dot1 + 1, dot2 - dot1 - 1);
    r.parts.signatureB64 = token.sliced(dot2 + 1);

    struct Segment
    {
        JwtParseResult::Part part;
        const QByteArray& text;
        QByteArray* decoded;
        qsizetype base;
        const char* name;
    };
    const Segment segmentsToDecode[] = {
        { JwtParseResult::Part::Header, r.parts.headerB64, &r.parts.headerJson, 0, QT_TR_NOOP("header") },
        { JwtParseResult::Part::Payload, r.parts.payloadB64, &r.parts.payloadJson, dot1 + 1,
          QT_TR_NOOP("payload") },
        { JwtParseResult::Part::Signature, r.parts.signatureB64, &r.parts.signature, dot2 + 1,
          QT_TR_NOOP("signature") },
    };
    for (const Segment& s : segmentsToDecode) {
        // Translated only on the error paths: tr() costs more than decoding a segment.
        const auto name = [&s] {
            return tr(s.name);
        };
        if (s.text.isEmpty()) {
            if (s.part == JwtParseResult::Part::Signature)
                continue; // an unsecured JWT; the inspector reports it
            return failAt(s.part, tr("The %1 segment is empty.").arg(name()), s.base);
        }
        qsizetype bad = -1;
        if (!Base64Url::decode(s.text, s.decoded, &bad)) {
            if (bad >= s.text.size()) {
                return failAt(s.part,
                              tr("The %1 segment has an impossible length (%2 characters); part of it was "
                                 "probably cut off.")
                                  .arg(name())
                                  .arg(s.text.size()),
                              s.base + s.text.size());
            }
            const char c = s.text[bad];
            const QString what = c == '=' ? tr("'=' padding, which JWTs do not use")
                : (c == '+' || c == '/')
                ? tr("'%1', which is standard base64, not base64url").arg(QLatin1Char(c))
                : tr("the character '%1'").arg(QString::fromLatin1(&c, 1));
            return failAt(s.part,
                          tr("The %1 segment is not base64url: %2 at position %3.")
                              .arg(name(), what)
                              .arg(s.base + bad + 1),
                          s.base + bad);
        }
    }

    OrderedJson::ParseError jsonError;
    auto header = OrderedJson::parse(r.parts.headerJson, &jsonError, MaxJsonDepth);
    if (!header)
        return failAt(JwtParseResult::Part::Header,
                      tr("The header is not valid JSON: %1 at byte %2.")
                          .arg(jsonError.message)
                          .arg(jsonError.offset + 1),
                      0);
    if (!header->isObject())
        return failAt(JwtParseResult::Part::Header, tr("The header is JSON but not an object."), 0);
    const OrderedJson* alg = header->find(u"alg");
    if (!alg || !alg->isString())
        return failAt(JwtParseResult::Part::Header,
                      tr("The header has no \"alg\" (RFC 7515 §4.1.1 requires it)."), 0);
    r.parts.header = std::move(*header);

    auto payload = OrderedJson::parse(r.parts.payloadJson, &jsonError, MaxJsonDepth);
    if (!payload)
        return failAt(JwtParseResult::Part::Payload,
                      tr("The payload is not valid JSON: %1 at byte %2.")
                          .arg(jsonError.message)
                          .arg(jsonError.offset + 1),
                      dot1 + 1);
    if (!payload->isObject())
        return failAt(JwtParseResult::Part::Payload,
                      tr("The payload is JSON but not an object (a JWT claims set)."), dot1 + 1);
    r.parts.payload = std::move(*payload);

    r.ok = true;
    return r;
}

QByteArray Jwt::sign(JwtAlgorithm algorithm, QByteArrayView key, QByteArrayView signingInput)
{
    const auto hmac = hmacForJwt(algorithm);
    if (!hmac)
        return {};
    QByteArray mac = Hmac::compute(*hmac, key, signingInput);
    return Base64Url::encode(mac);
}

bool Jwt::verify(const JwtParts& parts, QByteArrayView key)
{
    const auto hmac = hmacForJwt(parts.algorithm());
    if (!hmac)
        return false;
    // HMAC over "header.payload" exactly as received; no copy of the token is made.
    QByteArray input;
    input.reserve(parts.headerB64.size() + 1 + parts.payloadB64.size());
    input.append(parts.headerB64).append('.').append(parts.payloadB64);
    const QByteArray mac = Hmac::compute(*hmac, key, input);
    return !mac.isEmpty() && Hmac::constantTimeEquals(mac, parts.signature);
}
