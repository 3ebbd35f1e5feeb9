// libFuzzer target for list pages and key items: a page body (v2010 {"keys":[…],"next_page_uri":…} or v1
// {"keys":[…],"meta":{"key":…,"next_page_url":…}}), its next-page link re-rooted onto our own host, and
// every item read as an API key from each kind of response.
#include "FuzzSupport.h"
#include "api/ApiKey.h"
#include "api/ApiPager.h"
#include "api/TwilioHosts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

namespace {

// Credentials go only to the host we chose: a next-page link keeps its path and query, never its host.
void checkNextLink(const TwilioHosts& hosts, const QString& link)
{
    for (const TwilioProduct product : { TwilioProduct::Api, TwilioProduct::Iam, TwilioProduct::Accounts }) {
        const QUrl next = hosts.nextPageUrl(product, link);
        if (!next.isValid())
            continue;
        const QUrl base = hosts.baseUrl(product);
        Fuzz::check(next.scheme() == base.scheme(), "next page keeps the scheme");
        Fuzz::check(next.host() == base.host(), "next page keeps the host");
        Fuzz::check(next.port() == base.port(), "next page keeps the port");
        Fuzz::check(next.userInfo().isEmpty(), "next page carries no user info");
        Fuzz::check(next.path().startsWith(base.path()), "next page keeps the path prefix");
    }
}

void checkKey(const QJsonObject& object)
{
    for (const ApiKey::Source source :
         { ApiKey::Source::IamList, ApiKey::Source::IamFetch, ApiKey::Source::V2010 }) {
        QString error;
        const std::optional<ApiKey> key = ApiKey::fromJson(object, source, QStringLiteral("ie1"), &error);
        if (!key) {
            Fuzz::check(!error.isEmpty(), "a refused key says why");
            continue;
        }
        Fuzz::check(key->source == source, "source kept");
        const QJsonObject json = key->toJson();
        QByteArray compact;
        key->appendJson(compact);
        QJsonParseError parseError;
        const QJsonDocument written = QJsonDocument::fromJson(compact, &parseError);
        Fuzz::check(parseError.error == QJsonParseError::NoError && written.isObject(),
                    "appendJson writes valid JSON");
        Fuzz::check(written.object() == json, "appendJson writes what toJson gives");
        ApiKey merged = *key;
        merged.mergeDetails(*key);
        (void)ApiKey::typeLabel(merged.type);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonObject page = document.object();

    static const TwilioHosts twilio = [] {
        TwilioHosts hosts;
        hosts.setRegion(QStringLiteral("ie1"), QString());
        return hosts;
    }();
    static const TwilioHosts proxy = [] {
        TwilioHosts hosts;
        hosts.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:8089/twilio")));
        return hosts;
    }();
    const QString link = ApiPager::nextLink(page);
    checkNextLink(twilio, link);
    checkNextLink(proxy, link);

    bool found = false;
    const QJsonArray items = ApiPager::pageItems(page, QStringLiteral("keys"), &found);
    Fuzz::check(found || items.isEmpty(), "no list, no items");
    int read = 0;
    for (const QJsonValue& item : items) {
        if (item.isObject())
            checkKey(item.toObject());
        if (++read == 64)
            break; // enough to reach every branch; keeps huge pages fast
    }
    checkKey(page); // a fetch answer is one key object
    return 0;
}
