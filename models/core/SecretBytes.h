#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <cstddef>

// Owns secret key material in a buffer of its own (never implicitly shared) and wipes it with
// OPENSSL_cleanse when destroyed or cleared. Move-only so no copy escapes the wipe.
//
// The buffer lives in pages of its own that are left out of core dumps (MADV_DONTDUMP) and, while
// RLIMIT_MEMLOCK allows, locked so they are never written to swap (mlock).
class SecretBytes
{
    Q_DECLARE_TR_FUNCTIONS(SecretBytes)

public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    // Takes the UTF-8 bytes of a string; the caller should wipe its own QString if it can.
    static SecretBytes fromUtf8(const QString& text);
    // Standard or URL-safe base64, padding optional. Returns false (and leaves *out empty) on bad input.
    static bool fromBase64(QByteArrayView text, SecretBytes* out, QString* error);
    // Moves the value of environment variable `name` into *out, overwrites the value where it lies (the
    // block /proc/PID/environ shows keeps the original bytes otherwise) and unsets the variable. False,
    // with *out empty, when the variable is not set. Not thread-safe, like setenv itself.
    static bool takeFromEnvironment(const char* name, SecretBytes* out);

    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char*>(m_data), qsizetype(m_size));
    }
    SecretBytes clone() const { return SecretBytes(view()); }
    void clear();

    // Whether the buffer is locked in memory (mlock); false when empty or the rlimit did not allow it.
    bool isLocked() const { return m_locked; }

    // Constant-time equality (CRYPTO_memcmp); sizes are not secret.
    bool equals(QByteArrayView other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // bytes mapped for m_data, a whole number of pages
    bool m_locked = false;
};

// Wipes a QByteArray's bytes in place (after detaching) and empties it.
void wipeBytes(QByteArray& bytes);
// Wipes a QString's UTF-16 storage in place and empties it.
void wipeString(QString& text);
