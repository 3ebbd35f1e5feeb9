#include "SecretBytes.h"

#include <cstdlib>
#include <cstring>
#include <openssl/crypto.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

std::size_t pageSize()
{
    static const std::size_t size = [] {
        const long value = sysconf(_SC_PAGESIZE);
        return value > 0 ? std::size_t(value) : std::size_t(4096);
    }();
    return size;
}

} // namespace

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_size(std::size_t(bytes.size()))
{
    if (m_size == 0)
        return;
    // Pages of their own: nothing else shares them, so excluding them from dumps and locking them
    // affects only secrets. One mmap per secret is cheap at the number of secrets KeyDesk holds.
    const std::size_t page = pageSize();
    m_capacity = (m_size + page - 1) / page * page;
    void* memory = mmap(nullptr, m_capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        qBadAlloc();
#ifdef MADV_DONTDUMP
    madvise(memory, m_capacity, MADV_DONTDUMP);
#endif
    // Fails with ENOMEM/EPERM beyond RLIMIT_MEMLOCK; the secret is then kept unlocked.
    m_locked = mlock(memory, m_capacity) == 0;
    m_data = static_cast<unsigned char*>(memory);
    std::memcpy(m_data, bytes.data(), m_size);
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
    , m_capacity(other.m_capacity)
    , m_locked(other.m_locked)
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_capacity = 0;
    other.m_locked = false;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        m_locked = other.m_locked;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_capacity = 0;
        other.m_locked = false;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        if (m_locked)
            munlock(m_data, m_capacity);
        munmap(m_data, m_capacity);
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
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

bool SecretBytes::takeFromEnvironment(const char* name, SecretBytes* out)
{
    *out = SecretBytes();
    // getenv, not qgetenv: the bytes to overwrite are the environment's own, not a copy.
    char* value = std::getenv(name);
    if (!value)
        return false;
    const std::size_t length = std::strlen(value);
    *out = SecretBytes(QByteArrayView(value, qsizetype(length)));
    // For the variables the program started with, value points into the block the kernel set up at exec,
    // which /proc/PID/environ keeps showing after unsetenv.
    OPENSSL_cleanse(value, length);
    unsetenv(name);
    return true;
}

bool SecretBytes::equals(QByteArrayView other) const
{
    if (std::size_t(other.size()) != m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.data(), m_size) == 0;
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
