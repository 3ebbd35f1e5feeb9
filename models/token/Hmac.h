#pragma once

#include <QByteArray>
#include <QByteArrayView>

enum class HmacAlgorithm { Sha1, Sha256, Sha384, Sha512 };

// HMAC through OpenSSL's EVP_MAC. Each thread keeps one fetched context per digest, so a call costs
// about one HMAC and no provider look-up.
namespace Hmac {

QByteArray compute(HmacAlgorithm algorithm, QByteArrayView key, QByteArrayView data);
int digestLength(HmacAlgorithm algorithm);

// Constant-time equality (CRYPTO_memcmp). Lengths are compared first; they are not secret.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

QByteArray sha256(QByteArrayView data);

} // namespace Hmac
