#include "ApiPager.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QJsonObject>

ApiPager::ApiPager(ApiClient* client, ApiRequest firstPage, QString listKey, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_first(std::move(firstPage))
    , m_listKey(std::move(listKey))
    , m_maxPages(client->maxListPages())
{ }

void ApiPager::start()
{
    fetch(m_first);
}

void ApiPager::cancel()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->abort(); // finishes through onPage with Cancelled
    else
        finish(ApiError::cancelled());
}

QString ApiPager::nextLink(const QJsonObject& page)
{
    const QJsonValue meta = page.value(QStringLiteral("meta"));
    if (meta.isObject())
        return meta.toObject().value(QStringLiteral("next_page_url")).toString();
    return page.value(QStringLiteral("next_page_uri")).toString();
}

QJsonArray ApiPager::pageItems(const QJsonObject& page, const QString& listKey, bool* found)
{
    QString key = listKey;
    const QJsonValue meta = page.value(QStringLiteral("meta"));
    if (meta.isObject()) {
        const QString metaKey = meta.toObject().value(QStringLiteral("key")).toString();
        if (!metaKey.isEmpty())
            key = metaKey;
    }
    const QJsonValue items = page.value(key);
    *found = items.isArray();
    return items.toArray();
}

void ApiPager::fetch(const ApiRequest& request)
{
    m_call = m_client->send(request, this);
    connect(m_call, &ApiCall::finished, this, &ApiPager::onPage);
}

void ApiPager::onPage()
{
    ApiCall* call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    call->deleteLater();
    if (!call->ok()) {
        finish(call->error());
        return;
    }
    const QJsonObject page = call->json().object();
    bool found = false;
    const QJsonArray items = pageItems(page, m_listKey, &found);
    if (!found) {
        ApiError error
            = ApiError::badResponse(call->httpStatus(), tr("the page has no \"%1\" list").arg(m_listKey));
        error.setContext(call->url().host(), {}, {});
        finish(error);
        return;
    }
    ++m_pages;
    m_items += items.size();

    // Ask for the next page before handing this one out, so parsing overlaps the next round trip.
    const QString link = nextLink(page);
    ApiError linkError;
    if (!link.isEmpty()) {
        ApiRequest next;
        next.method = ApiRequest::Method::Get;
        next.product = m_first.product;
        next.secretFields = m_first.secretFields;
        next.authenticated = m_first.authenticated;
        next.absoluteUrl = m_client->hosts().nextPageUrl(m_first.product, link);
        if (m_seenLinks.contains(link) || m_pages >= m_maxPages) {
            linkError = ApiError::badResponse(
                call->httpStatus(),
                m_pages >= m_maxPages
                    ? tr("the list has more than %1 pages; KeyDesk follows at most %1 pages of one list and "
                         "stopped there")
                          .arg(m_maxPages)
                    : tr("the server sent the same next page twice; stopped to avoid a loop"));
        } else if (!next.absoluteUrl.isValid() || next.absoluteUrl.isEmpty()) {
            linkError = ApiError::badResponse(
                call->httpStatus(), tr("the next-page link \"%1\" is not usable").arg(link.left(200)));
        } else {
            m_seenLinks.insert(link);
            fetch(next);
        }
        if (linkError.isError())
            linkError.setContext(call->url().host(), {}, {});
    }
    Q_EMIT pageReceived(items);
    Q_EMIT progress(m_items, m_pages);
    if (m_finished) // cancelled from a slot
        return;
    if (link.isEmpty())
        finish({});
    else if (linkError.isError())
        finish(linkError);
}

void ApiPager::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
}
