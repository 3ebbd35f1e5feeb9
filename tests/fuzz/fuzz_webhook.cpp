// libFuzzer target for webhook signatures (models/token/WebhookSignature): URLs and parameters as the
// CLI reads them. Input: URL, auth token, signature, form-encoded parameters (one line each), then a
// JSON body. Whatever compute() signs, validate() accepts; the order of parameters does not matter; a
// URL given its body hash validates with that body.
#include "FuzzSupport.h"
#include "token/WebhookSignature.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    Fuzz::Lines input(data, size);
    const QString url = QString::fromUtf8(input.next());
    const QByteArray token = input.next().toByteArray();
    const QString signature = QString::fromUtf8(input.next());
    // application/x-www-form-urlencoded, as Twilio posts it and `keydesk-cli webhook --params-file` reads it.
    const QUrlQuery query(QString::fromUtf8(input.next()).replace(u'+', u' '));
    WebhookSignature::Params params;
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        params.append(item);
    const QByteArray body = input.rest().toByteArray();

    const QByteArray signedText = WebhookSignature::stringToSign(url, params);
    Fuzz::check(signedText.startsWith(url.toUtf8()), "the signed text starts with the URL");
    const QString computed = WebhookSignature::compute(token, url, params);
    Fuzz::check(computed.size() == 28, "an HMAC-SHA1 in base64");
    WebhookSignature::Params reversed = params;
    std::reverse(reversed.begin(), reversed.end());
    Fuzz::check(WebhookSignature::compute(token, url, reversed) == computed,
                "parameter order does not matter");

    const QList<QPair<QString, QString>> variants = WebhookSignature::urlVariants(url);
    Fuzz::check(!variants.isEmpty() && variants.first().second == url, "the URL as given comes first");
    const WebhookSignature::Validation valid = WebhookSignature::validate(token, url, params, computed);
    Fuzz::check(valid.valid && valid.matchedUrl == url, "a computed signature validates");
    for (const auto& variant : variants)
        Fuzz::check(WebhookSignature::validate(token, url, params,
                                               WebhookSignature::compute(token, variant.second, params))
                        .valid,
                    "every URL variant's signature validates");
    const WebhookSignature::Validation given = WebhookSignature::validate(token, url, params, signature);
    Fuzz::check(!given.message.isEmpty() && given.triedVariants.size() == variants.size(),
                "validation report");

    // JSON bodies: the URL carries bodySHA256 and is signed without parameters.
    const QString withHash = WebhookSignature::urlWithBodyHash(url, body);
    const QString bodySignature = WebhookSignature::compute(token, withHash, {});
    const WebhookSignature::Validation withBody
        = WebhookSignature::validateWithBody(token, withHash, body, bodySignature);
    Fuzz::check(withBody.bodyChecked && !withBody.message.isEmpty(), "body validation report");
    if (!url.contains(QStringLiteral("bodySHA256"), Qt::CaseInsensitive)
        && QUrl(url, QUrl::StrictMode).isValid() && !url.contains(u'#'))
        Fuzz::check(withBody.valid && withBody.bodyHashMatches, "a URL given its body hash validates");
    (void)WebhookSignature::validateWithBody(token, url, body, signature);
    return 0;
}
