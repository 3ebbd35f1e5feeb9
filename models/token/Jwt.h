#pragma once

#include "core/OrderedJson.h"
#include "token/Hmac.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

enum class JwtAlgorithm { HS256, HS384, HS512, None, Other };

JwtAlgorithm jwtAlgorithmFromName(QStringView name);
QString jwtAlgorithmName(JwtAlgorithm algorithm);
std::optional<HmacAlgorithm> hmacForJwt(JwtAlgorithm algorithm);

// A compact JWS split into its parts. The base64url text and the decoded bytes are kept exactly as
// received: the signature is always checked over the received segments, never over re-serialised JSON.
struct JwtParts
{
    QByteArray headerB64;
    QByteArray payloadB64;
    QByteArray signatureB64;
    QByteArray headerJson; // decoded bytes, as received
    QByteArray payloadJson; // decoded bytes, as received
    QByteArray signature; // raw signature bytes
    OrderedJson header;
    OrderedJson payload;

    QByteArray signingInput() const { return headerB64 + '.' + payloadB64; }
    QByteArray compact() const { return signingInput() + '.' + signatureB64; }
    JwtAlgorithm algorithm() const;
};

struct JwtParseResult
{
    enum class Part { None, Token, Header, Payload, Signature };

    bool ok = false;
    JwtParts parts;
    // On failure: which part is wrong, a sentence, and the offset into `token` (-1 if not applicable).
    Part errorPart = Part::None;
    QString error;
    qsizetype errorOffset = -1;

    // The token after paste clean-up (prefixes, quotes and whitespace removed), and what was dropped.
    QByteArray token;
    QByteArray ignoredPrefix;
    QByteArray ignoredSuffix;
    int removedWhitespace = 0;
};

class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    // Pastes larger than this are refused before any decoding (a token is a few hundred bytes).
    static constexpr qsizetype MaxTokenBytes = 256 * 1024;
    static constexpr int MaxJsonDepth = 64;

    // Accepts what people paste: `Bearer eyJ…`, `Authorization: Bearer …`, quotes, line breaks.
    static JwtParseResult parse(QByteArrayView paste);

    // Signs `signingInput` and returns the base64url signature.
    static QByteArray sign(JwtAlgorithm algorithm, QByteArrayView key, QByteArrayView signingInput);
    // Constant-time check of the received signature over the received segments.
    static bool verify(const JwtParts& parts, QByteArrayView key);
};
