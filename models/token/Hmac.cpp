#include "Hmac.h"

#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace {

const char* digestName(HmacAlgorithm algorithm)
{
    switch (algorithm) {
    case HmacAlgorithm::Sha1:
        return "SHA1";
    case HmacAlgorithm::Sha256:
        return "SHA256";
    case HmacAlgorithm::Sha384:
        return "SHA384";
    case HmacAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

// Per-thread contexts with the digest already set; EVP_MAC_init() with a new key resets them.
class MacContexts
{
public:
    ~MacContexts()
    {
        for (EVP_MAC_CTX* ctx : m_contexts)
            EVP_MAC_CTX_free(ctx);
        EVP_MAC_free(m_mac);
    }

    EVP_MAC_CTX* get(HmacAlgorithm algorithm)
    {
        const auto index = static_cast<std::size_t>(algorithm);
        if (m_contexts[index])
            return m_contexts[index];
        if (!m_mac)
            m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (!m_mac)
            return nullptr;
        EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(m_mac);
        if (!ctx)
            return nullptr;
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(algorithm)),
                                             0),
            OSSL_PARAM_construct_end(),
        };
        if (EVP_MAC_CTX_set_params(ctx, params) != 1) {
            EVP_MAC_CTX_free(ctx);
            return nullptr;
        }
        m_contexts[index] = ctx;
        return ctx;
    }

private:
    EVP_MAC* m_mac = nullptr;
    std::array<EVP_MAC_CTX*, 4> m_contexts {};
};

} // namespace

int Hmac::digestLength(HmacAlgorithm algorithm)
{
    switch (algorithm) {
    case HmacAlgorithm::Sha1:
        return 20;
    case HmacAlgorithm::Sha256:
        return 32;
    case HmacAlgorithm::Sha384:
        return 48;
    case HmacAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

QByteArray Hmac::compute(HmacAlgorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    thread_local MacContexts contexts;
    EVP_MAC_CTX* ctx = contexts.get(algorithm);
    if (!ctx)
        return {};
    // OpenSSL refuses a zero-length key pointer; an empty key is still a valid HMAC key.
    static const unsigned char emptyKey[1] = { 0 };
    const auto* keyData = key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char*>(key.data());
    if (EVP_MAC_init(ctx, keyData, std::size_t(key.size()), nullptr) != 1)
        return {};
    // The reused context keeps the key (and its pads) until the next init; re-key it with a dummy byte on
    // the way out so no secret stays resident between calls.
    struct Rekey
    {
        EVP_MAC_CTX* ctx;
        ~Rekey() { EVP_MAC_init(ctx, emptyKey, 1, nullptr); }
    } rekey { ctx };
    if (EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()))
        != 1)
        return {};
    QByteArray out(digestLength(algorithm), Qt::Uninitialized);
    std::size_t written = 0;
    if (EVP_MAC_final(ctx, reinterpret_cast<unsigned char*>(out.data()), &written, std::size_t(out.size()))
        != 1)
        return {};
    out.truncate(qsizetype(written));
    return out;
}

bool Hmac::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

QByteArray Hmac::sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
                   EVP_sha256(), nullptr)
        != 1)
        return {};
    out.truncate(int(len));
    return out;
}
