#include "WebhookSignature.h"

#include "token/Hmac.h"

#include <QMap>
#include <QUrlQuery>
#include <algorithm>

namespace {

struct UrlParts
{
    QString scheme; // "https"
    QString host; // "mycompany.com"
    QString port; // "" when none
    QString rest; // path + query + fragment, from the first '/', '?' or '#'
    bool ok = false;
};

// Split by hand: QUrl would re-encode the path and query, and the signature is over the bytes as given.
UrlParts splitUrl(const QString& url)
{
    UrlParts p;
    const qsizetype schemeEnd = url.indexOf(u"://");
    if (schemeEnd <= 0)
        return p;
    p.scheme = url.left(schemeEnd);
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (qsizetype i = authorityStart; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u'/' || c == u'?' || c == u'#') {
            authorityEnd = i;
            break;
        }
    }
    QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    p.rest = url.mid(authorityEnd);
    // user:pass@ stays part of the host text.
    const qsizetype at = authority.lastIndexOf(u'@');
    const qsizetype colon = authority.lastIndexOf(u':');
    const qsizetype bracket = authority.lastIndexOf(u']');
    if (colon > at && colon > bracket) {
        p.host = authority.left(colon);
        p.port = authority.mid(colon + 1);
    } else {
        p.host = authority;
    }
    p.ok = !p.host.isEmpty();
    return p;
}

QString defaultPort(const QString& scheme)
{
    return scheme.compare(u"https", Qt::CaseInsensitive) == 0 ? QStringLiteral("443") : QStringLiteral("80");
}

} // namespace

QByteArray WebhookSignature::stringToSign(const QString& url, const Params& params)
{
    QMap<QString, QStringList> byName; // QMap orders keys by QString::operator<, i.e. UTF-16 code units
    for (const auto& p : params)
        byName[p.first].append(p.second);
    QString data = url;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (const QString& v : std::as_const(values))
            data += it.key() + v;
    }
    return data.toUtf8();
}

QString WebhookSignature::compute(QByteArrayView authToken, const QString& url, const Params& params)
{
    const QByteArray mac = Hmac::compute(HmacAlgorithm::Sha1, authToken, stringToSign(url, params));
    return QString::fromLatin1(mac.toBase64());
}

QByteArray WebhookSignature::bodySha256Hex(QByteArrayView body)
{
    return Hmac::sha256(body).toHex();
}

QString WebhookSignature::urlWithBodyHash(const QString& url, QByteArrayView body)
{
    const QString hash = QString::fromLatin1(bodySha256Hex(body));
    const qsizetype fragment = url.indexOf(u'#');
    QString base = fragment >= 0 ? url.left(fragment) : url;
    const QString tail = fragment >= 0 ? url.mid(fragment) : QString();
    const qsizetype existing = base.indexOf(u"bodySHA256=");
    if (existing >= 0) {
        qsizetype end = base.indexOf(u'&', existing);
        if (end < 0)
            end = base.size();
        base.replace(existing, end - existing, QStringLiteral("bodySHA256=") + hash);
    } else {
        base += (base.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?"))
            + QStringLiteral("bodySHA256=") + hash;
    }
    return base + tail;
}

QList<QPair<QString, QString>> WebhookSignature::urlVariants(const QString& url)
{
    QList<QPair<QString, QString>> variants;
    variants.append({ tr("as given"), url });
    const UrlParts p = splitUrl(url);
    if (!p.ok)
        return variants;
    const QString prefix = p.scheme + QStringLiteral("://") + p.host;
    const QString without = prefix + p.rest;
    if (without != url)
        variants.append({ tr("without port"), without });
    if (p.port.isEmpty()) {
        const QString port = defaultPort(p.scheme);
        variants.append({ tr("with port :%1").arg(port), prefix + u':' + port + p.rest });
    }
    return variants;
}

WebhookSignature::Validation WebhookSignature::validate(QByteArrayView authToken, const QString& url,
                                                        const Params& params, const QString& signature)
{
    Validation v;
    const QByteArray received = signature.trimmed().toLatin1();
    for (const auto& [name, variantUrl] : urlVariants(url)) {
        v.triedVariants.append(name + QStringLiteral(": ") + variantUrl);
        const QByteArray expected = compute(authToken, variantUrl, params).toLatin1();
        if (!v.valid && Hmac::constantTimeEquals(expected, received)) {
            v.valid = true;
            v.matchedUrl = variantUrl;
            v.matchedVariant = name;
        }
    }
    v.message = v.valid
        ? tr("The signature is valid (URL %1).").arg(v.matchedVariant)
        : tr("The signature does not match any URL variant (%1). Check the exact URL Twilio called "
             "(scheme, host, port, query), every parameter, and that the auth token is the primary one.")
              .arg(v.triedVariants.size());
    return v;
}

WebhookSignature::Validation WebhookSignature::validateWithBody(QByteArrayView authToken, const QString& url,
                                                                QByteArrayView body, const QString& signature)
{
    Validation v = validate(authToken, url, {}, signature);
    v.bodyChecked = true;
    const QUrlQuery query(QUrl(url).query());
    const QString claimed = query.queryItemValue(QStringLiteral("bodySHA256"));
    const QByteArray actual = bodySha256Hex(body);
    v.bodyHashMatches = !claimed.isEmpty() && Hmac::constantTimeEquals(claimed.toLower().toLatin1(), actual);
    if (claimed.isEmpty()) {
        v.valid = false;
        v.message
            = tr("The URL has no bodySHA256 parameter; Twilio adds it to the URL of every JSON webhook.");
    } else if (!v.bodyHashMatches) {
        v.valid = false;
        v.message = tr("The body's SHA-256 (%1) differs from bodySHA256 in the URL: the body was changed on "
                       "the way.")
                        .arg(QString::fromLatin1(actual));
    }
    return v;
}
