#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <memory>

// Owns secret key material in a buffer of its own (never implicitly shared) and wipes it with
// OPENSSL_cleanse when destroyed or cleared. Move-only so no copy escapes the wipe.
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

    const unsigned char* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(reinterpret_cast<const char*>(m_data.get()), qsizetype(m_size)); }
    SecretBytes clone() const { return SecretBytes(view()); }
    void clear();

    // Constant-time equality (CRYPTO_memcmp); sizes are not secret.
    bool equals(QByteArrayView other) const;

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Wipes a QByteArray's bytes in place (after detaching) and empties it.
void wipeBytes(QByteArray& bytes);
// Wipes a QString's UTF-16 storage in place and empties it.
void wipeString(QString& text);
