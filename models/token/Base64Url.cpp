#include "Base64Url.h"

#include <array>

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<signed char, 256> makeTable()
{
    std::array<signed char, 256> t {};
    for (auto& v : t)
        v = -1;
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
    return t;
}

constexpr auto kTable = makeTable();

} // namespace

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    QByteArray out;
    out.resize((n * 4 + 2) / 3);
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    char* o = out.data();
    qsizetype i = 0;
    for (; i + 2 < n; i += 3) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8) | in[i + 2];
        *o++ = kAlphabet[(v >> 18) & 63];
        *o++ = kAlphabet[(v >> 12) & 63];
        *o++ = kAlphabet[(v >> 6) & 63];
        *o++ = kAlphabet[v & 63];
    }
    if (n - i == 1) {
        const unsigned v = unsigned(in[i]) << 16;
        *o++ = kAlphabet[(v >> 18) & 63];
        *o++ = kAlphabet[(v >> 12) & 63];
    } else if (n - i == 2) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8);
        *o++ = kAlphabet[(v >> 18) & 63];
        *o++ = kAlphabet[(v >> 12) & 63];
        *o++ = kAlphabet[(v >> 6) & 63];
    }
    return out;
}

bool Base64Url::decode(QByteArrayView text, QByteArray* out, qsizetype* errorOffset)
{
    const qsizetype n = text.size();
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    for (qsizetype i = 0; i < n; ++i) {
        if (kTable[in[i]] < 0) {
            if (errorOffset)
                *errorOffset = i;
            return false;
        }
    }
    if (n % 4 == 1) {
        if (errorOffset)
            *errorOffset = n;
        return false;
    }
    out->resize(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1));
    auto* o = reinterpret_cast<unsigned char*>(out->data());
    qsizetype i = 0;
    for (; i + 3 < n; i += 4) {
        const unsigned v = (unsigned(kTable[in[i]]) << 18) | (unsigned(kTable[in[i + 1]]) << 12)
            | (unsigned(kTable[in[i + 2]]) << 6) | unsigned(kTable[in[i + 3]]);
        *o++ = static_cast<unsigned char>(v >> 16);
        *o++ = static_cast<unsigned char>(v >> 8);
        *o++ = static_cast<unsigned char>(v);
    }
    const qsizetype rest = n - i;
    if (rest >= 2) {
        unsigned v = (unsigned(kTable[in[i]]) << 18) | (unsigned(kTable[in[i + 1]]) << 12);
        if (rest == 3)
            v |= unsigned(kTable[in[i + 2]]) << 6;
        *o++ = static_cast<unsigned char>(v >> 16);
        if (rest == 3)
            *o++ = static_cast<unsigned char>(v >> 8);
    }
    return true;
}
