#include "SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_size(std::size_t(bytes.size()))
{
    if (m_size > 0) {
        m_data.reset(new unsigned char[m_size]);
        std::memcpy(m_data.get(), bytes.data(), m_size);
    }
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data && m_size > 0)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes secret(utf8);
    wipeBytes(utf8);
    return secret;
}

bool SecretBytes::fromBase64(QByteArrayView text, SecretBytes* out, QString* error)
{
    *out = SecretBytes();
    QByteArray cleaned;
    cleaned.reserve(text.size());
    bool urlSafe = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '-' || c == '_')
            urlSafe = true;
        cleaned.append(c);
    }
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    auto result = QByteArray::fromBase64Encoding(cleaned, options);
    wipeBytes(cleaned);
    if (!result || result.decoded.isEmpty()) {
        if (error)
            *error = result ? tr("The base64 secret decodes to nothing.")
                            : tr("The secret is not valid base64.");
        wipeBytes(result.decoded);
        return false;
    }
    *out = SecretBytes(result.decoded);
    wipeBytes(result.decoded);
    return true;
}

bool SecretBytes::equals(QByteArrayView other) const
{
    if (std::size_t(other.size()) != m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data.get(), other.data(), m_size) == 0;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipeString(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}
