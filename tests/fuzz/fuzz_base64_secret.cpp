// libFuzzer target for base64 secrets (SecretBytes::fromBase64, `--secret-encoding base64`) and the
// JWT segment decoder (Base64Url). The input is read as base64 text, and also taken as raw bytes that
// every accepted spelling (standard, URL-safe, with or without padding, wrapped) must give back.
#include "FuzzSupport.h"
#include "core/SecretBytes.h"
#include "token/Base64Url.h"

#include <cstdint>

namespace {

void checkText(QByteArrayView text)
{
    SecretBytes secret;
    QString error;
    if (!SecretBytes::fromBase64(text, &secret, &error)) {
        Fuzz::check(secret.isEmpty() && !error.isEmpty(), "a refused secret is empty and says why");
        return;
    }
    Fuzz::check(!secret.isEmpty() && error.isEmpty(), "an accepted secret has bytes");
    // Whatever is accepted is what the standard encoding of those bytes decodes to.
    SecretBytes again;
    Fuzz::check(SecretBytes::fromBase64(secret.view().toByteArray().toBase64(), &again, nullptr)
                    && again.equals(secret.view()),
                "accepted bytes re-encode and decode the same");
}

void checkBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const QByteArray raw = bytes.toByteArray();
    const QByteArray spellings[] = {
        raw.toBase64(),
        raw.toBase64(QByteArray::OmitTrailingEquals),
        raw.toBase64(QByteArray::Base64UrlEncoding),
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
    };
    for (const QByteArray& text : spellings) {
        SecretBytes secret;
        QString error;
        Fuzz::check(SecretBytes::fromBase64(text, &secret, &error) && secret.equals(raw),
                    "every spelling of base64 is accepted");
        QByteArray wrapped = text;
        for (qsizetype at = wrapped.size() - wrapped.size() % 4; at > 0; at -= 4)
            wrapped.insert(at, at % 8 == 0 ? "\n" : " ");
        Fuzz::check(SecretBytes::fromBase64(wrapped, &secret, &error) && secret.equals(raw),
                    "whitespace in base64 is ignored");
    }
    QByteArray decoded;
    Fuzz::check(Base64Url::decode(Base64Url::encode(raw), &decoded) && decoded == raw,
                "base64url round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    checkText(input);
    checkBytes(input);
    QByteArray decoded;
    qsizetype errorOffset = -1;
    if (!Base64Url::decode(input, &decoded, &errorOffset))
        Fuzz::check(errorOffset >= 0 && errorOffset <= input.size(), "the error offset is inside the input");
    return 0;
}
