#include "SandboxFormat.h"

#include "token/Hmac.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <vector>

QString SandboxFormat::rfc2822(qint64 secsSinceEpoch)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + QStringLiteral(" +0000");
}

QString SandboxFormat::iso8601(qint64 secsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString SandboxFormat::newSid(QLatin1String prefix)
{
    return QString(prefix) + randomHex(32);
}

bool SandboxFormat::isSid(QStringView text, QLatin1String prefix)
{
    if (text.size() != prefix.size() + 32 || !text.startsWith(prefix))
        return false;
    for (const QChar c : text.mid(prefix.size())) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

QString SandboxFormat::randomAlphanumeric(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    std::vector<quint32> words(std::size_t(length) + 8);
    while (out.size() < length) {
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        for (const quint32 word : words) {
            // Rejection sampling keeps every character equally likely (248 = 4 * 62).
            const quint32 byte = word & 0xff;
            if (byte < 248 && out.size() < length)
                out.append(QLatin1Char(alphabet[byte % 62]));
        }
    }
    return out;
}

QString SandboxFormat::randomHex(int length)
{
    std::vector<quint32> words(std::size_t(length + 7) / 8);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex().left(length));
}

QByteArray SandboxFormat::sha256(QByteArrayView data)
{
    return Hmac::sha256(data);
}

QString SandboxFormat::moreInfoUrl(int code)
{
    return QStringLiteral("https://www.twilio.com/docs/errors/") + QString::number(code);
}
