#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class ApiClient;

// Reads a list to the end: follows next_page_uri (v2010, relative) or meta.next_page_url (v1,
// absolute) page after page, re-rooted onto the profile's host (or override). Each page is one
// ApiCall with its own retries. Reports progress, can be cancelled, and emits finished() once.
class ApiPager : public QObject
{
    Q_OBJECT

public:
    // listKey is the array's name when the envelope has no meta.key (v2010: "keys", "accounts").
    ApiPager(ApiClient* client, ApiRequest firstPage, QString listKey, QObject* parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError& error() const { return m_error; }
    qint64 itemCount() const { return m_items; }
    int pageCount() const { return m_pages; }
    // Stops with an error after this many pages even if more are announced (guards against endless
    // paging); ApiClient::maxListPages() unless set.
    void setMaxPages(int pages) { m_maxPages = pages; }
    int maxPages() const { return m_maxPages; }

    // The next-page link of a page body, or an empty string on the last page.
    static QString nextLink(const QJsonObject& page);
    // The items of a page body: payload[meta.key] for v1, payload[listKey] for v2010. Sets *found.
    static QJsonArray pageItems(const QJsonObject& page, const QString& listKey, bool* found);

Q_SIGNALS:
    void pageReceived(const QJsonArray& items);
    void progress(qint64 items, int pages);
    void finished();

private:
    void fetch(const ApiRequest& request);
    void onPage();
    void finish(ApiError error);

    ApiClient* m_client;
    ApiRequest m_first;
    QString m_listKey;
    QPointer<ApiCall> m_call;
    QSet<QString> m_seenLinks;
    ApiError m_error;
    qint64 m_items = 0;
    int m_pages = 0;
    int m_maxPages;
    bool m_finished = false;
};
