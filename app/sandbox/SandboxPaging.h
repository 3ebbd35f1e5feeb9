#pragma once

#include "SandboxResponse.h"

#include <QString>
#include <functional>
#include <optional>

class OrderedJson;
struct SandboxRequest;

// Twilio paging for both envelopes. PageSize (1..1000, default 50) and Page (>= 0) come from the query;
// next/previous links carry an opaque PageToken ("PA<n>": after item n, "PB<n>": before item n, where n
// is the creation sequence), so following them costs O(log n + page) and stays correct while keys are
// created or deleted between pages. Without a token, Page * PageSize is the offset.
class SandboxPaging
{
public:
    static constexpr int defaultPageSize = 50;
    static constexpr int maxPageSize = 1000;

    struct Request
    {
        qint64 pageSize = defaultPageSize;
        qint64 page = 0;
        QString pageToken;
    };

    struct Window
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString nextToken; // empty: no next page
        QString previousToken; // empty: no previous page
    };

    // Returns the 400 error to send for a bad PageSize (20007), Page (20001) or PageToken (21481).
    static std::optional<SandboxResponse> parse(const SandboxRequest& request, Request* out,
                                                bool xml = false);

    // The slice of a collection of `size` items ordered by a strictly increasing sequence number.
    static std::optional<SandboxResponse> window(const Request& request, qsizetype size,
                                                 const std::function<quint64(qsizetype)>& seqAt,
                                                 const std::function<qsizetype(quint64)>& lowerBound,
                                                 Window* out, bool xml = false);

    // "PageSize=50&Page=0[&PageToken=…]", appended to filterQuery ("A=1&B=2" or empty).
    static QString pageQuery(const QString& filterQuery, qint64 pageSize, qint64 page, const QString& token);

    // v2010: the list and first_page_uri, end, previous_page_uri, uri, page_size, start, next_page_uri,
    // page beside it (relative URIs).
    static OrderedJson v2010Envelope(const QString& listKey, const OrderedJson& items, const QString& path,
                                     const QString& filterQuery, const Request& request,
                                     const Window& window);
    // v1: {"<key>": [...], "meta": {page, page_size, first_page_url, previous_page_url, url, next_page_url,
    // key}} with absolute URLs.
    static OrderedJson v1Envelope(const QString& listKey, const OrderedJson& items,
                                  const QString& absoluteUrl, const QString& filterQuery,
                                  const Request& request, const Window& window);
};
