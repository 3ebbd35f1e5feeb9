#pragma once

#include <QByteArray>
#include <QByteArrayView>

// base64url without padding (RFC 7515 §2), the encoding of every JWT segment.
namespace Base64Url {

QByteArray encode(QByteArrayView bytes);

// Strict decode: only A–Z a–z 0–9 - _, no padding, no whitespace. On failure returns false and sets
// *errorOffset to the offending character (or the segment length when the length itself is impossible).
bool decode(QByteArrayView text, QByteArray* out, qsizetype* errorOffset = nullptr);

} // namespace Base64Url
