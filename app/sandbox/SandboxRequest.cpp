#include "SandboxRequest.h"

namespace {

QString decodeComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

QHash<QString, QString> SandboxRequest::parseUrlEncoded(QByteArrayView text)
{
    QHash<QString, QString> out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('&', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView pair = text.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                out.insert(decodeComponent(pair), QString());
            else
                out.insert(decodeComponent(pair.first(eq)), decodeComponent(pair.sliced(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}
