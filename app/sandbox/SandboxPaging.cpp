#include "SandboxPaging.h"

#include "SandboxRequest.h"
#include "core/OrderedJson.h"

#include <QUrl>
#include <algorithm>
#include <limits>

namespace {

SandboxResponse badRequest(bool xml, int code, const QString& message)
{
    return xml ? SandboxResponse::xmlError(400, code, message) : SandboxResponse::error(400, code, message);
}

bool parseToken(const QString& token, QChar* direction, quint64* seq)
{
    if (token.size() < 3 || !token.startsWith(QLatin1String("P")))
        return false;
    const QChar d = token.at(1);
    if (d != u'A' && d != u'B')
        return false;
    bool ok = false;
    const quint64 value = token.mid(2).toULongLong(&ok);
    if (!ok || token.mid(2) != QString::number(value))
        return false;
    *direction = d;
    *seq = value;
    return true;
}

OrderedJson nullableString(const QString& text)
{
    return text.isNull() ? OrderedJson() : OrderedJson::fromString(text);
}

} // namespace

std::optional<SandboxResponse> SandboxPaging::parse(const SandboxRequest& request, Request* out, bool xml)
{
    // Wire text, not translated.
    Request r;
    const auto pageSize = request.query.constFind(QStringLiteral("PageSize"));
    if (pageSize != request.query.constEnd()) {
        bool ok = false;
        const qint64 value = pageSize->toLongLong(&ok);
        if (!ok || value < 1 || value > maxPageSize) {
            return badRequest(xml, 20007,
                              QStringLiteral("Invalid PageSize '%1': it must be an integer from 1 to %2")
                                  .arg(*pageSize)
                                  .arg(maxPageSize));
        }
        r.pageSize = value;
    }
    const auto page = request.query.constFind(QStringLiteral("Page"));
    if (page != request.query.constEnd()) {
        bool ok = false;
        const qint64 value = page->toLongLong(&ok);
        if (!ok || value < 0 || value > (std::numeric_limits<qint32>::max)())
            return badRequest(xml, 20001,
                              QStringLiteral("Invalid Page '%1': it must be an integer >= 0").arg(*page));
        r.page = value;
    }
    const auto token = request.query.constFind(QStringLiteral("PageToken"));
    if (token != request.query.constEnd()) {
        QChar direction;
        quint64 seq = 0;
        if (!parseToken(*token, &direction, &seq))
            return badRequest(xml, 21481, QStringLiteral("Invalid PageToken"));
        r.pageToken = *token;
    }
    *out = r;
    return std::nullopt;
}

std::optional<SandboxResponse> SandboxPaging::window(const Request& request, qsizetype size,
                                                     const std::function<quint64(qsizetype)>& seqAt,
                                                     const std::function<qsizetype(quint64)>& lowerBound,
                                                     Window* out, bool xml)
{
    Window w;
    if (!request.pageToken.isEmpty()) {
        QChar direction;
        quint64 seq = 0;
        if (!parseToken(request.pageToken, &direction, &seq))
            return badRequest(xml, 21481, QStringLiteral("Invalid PageToken"));
        if (direction == u'A') {
            w.begin = lowerBound(seq + 1);
            w.end = std::min<qsizetype>(size, w.begin + qsizetype(request.pageSize));
        } else {
            w.end = lowerBound(seq);
            w.begin = std::max<qsizetype>(0, w.end - qsizetype(request.pageSize));
        }
    } else {
        const qint64 offset = request.page * request.pageSize;
        w.begin = qsizetype(std::min<qint64>(offset, size));
        w.end = std::min<qsizetype>(size, w.begin + qsizetype(request.pageSize));
    }
    if (w.end < size && w.end > w.begin)
        w.nextToken = QStringLiteral("PA") + QString::number(seqAt(w.end - 1));
    if (request.page > 0 && w.begin > 0) {
        // Past the end, "before" points one beyond the last item so the previous page is the last one.
        const quint64 anchor = w.begin < size ? seqAt(w.begin) : seqAt(size - 1) + 1;
        w.previousToken = QStringLiteral("PB") + QString::number(anchor);
    }
    *out = w;
    return std::nullopt;
}

QString SandboxPaging::pageQuery(const QString& filterQuery, qint64 pageSize, qint64 page,
                                 const QString& token)
{
    QString q = filterQuery;
    if (!q.isEmpty())
        q += u'&';
    q += QStringLiteral("PageSize=%1&Page=%2").arg(pageSize).arg(page);
    if (!token.isEmpty())
        q += QStringLiteral("&PageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
    return q;
}

OrderedJson SandboxPaging::v2010Envelope(const QString& listKey, const OrderedJson& items,
                                         const QString& path, const QString& filterQuery,
                                         const Request& request, const Window& window)
{
    const qint64 count = window.end - window.begin;
    const qint64 start = request.page * request.pageSize;
    const QString base = path + u'?';
    OrderedJson doc = OrderedJson::makeObject();
    doc.insert(listKey, items);
    doc.insert(QStringLiteral("first_page_uri"),
               OrderedJson::fromString(base + pageQuery(filterQuery, request.pageSize, 0, {})));
    doc.insert(QStringLiteral("end"), OrderedJson::fromInteger(count > 0 ? start + count - 1 : start));
    doc.insert(QStringLiteral("previous_page_uri"),
               nullableString(window.previousToken.isEmpty() ? QString()
                                                             : base
                                      + pageQuery(filterQuery, request.pageSize, request.page - 1,
                                                  window.previousToken)));
    doc.insert(QStringLiteral("uri"),
               OrderedJson::fromString(
                   base + pageQuery(filterQuery, request.pageSize, request.page, request.pageToken)));
    doc.insert(QStringLiteral("page_size"), OrderedJson::fromInteger(request.pageSize));
    doc.insert(QStringLiteral("start"), OrderedJson::fromInteger(start));
    doc.insert(QStringLiteral("next_page_uri"),
               nullableString(
                   window.nextToken.isEmpty() ? QString()
                                              : base
                           + pageQuery(filterQuery, request.pageSize, request.page + 1, window.nextToken)));
    doc.insert(QStringLiteral("page"), OrderedJson::fromInteger(request.page));
    return doc;
}

OrderedJson SandboxPaging::v1Envelope(const QString& listKey, const OrderedJson& items,
                                      const QString& absoluteUrl, const QString& filterQuery,
                                      const Request& request, const Window& window)
{
    const QString base = absoluteUrl + u'?';
    OrderedJson meta = OrderedJson::makeObject();
    meta.insert(QStringLiteral("page"), OrderedJson::fromInteger(request.page));
    meta.insert(QStringLiteral("page_size"), OrderedJson::fromInteger(request.pageSize));
    meta.insert(QStringLiteral("first_page_url"),
                OrderedJson::fromString(base + pageQuery(filterQuery, request.pageSize, 0, {})));
    meta.insert(QStringLiteral("previous_page_url"),
                nullableString(window.previousToken.isEmpty() ? QString()
                                                              : base
                                       + pageQuery(filterQuery, request.pageSize, request.page - 1,
                                                   window.previousToken)));
    meta.insert(QStringLiteral("url"),
                OrderedJson::fromString(
                    base + pageQuery(filterQuery, request.pageSize, request.page, request.pageToken)));
    meta.insert(QStringLiteral("next_page_url"),
                nullableString(
                    window.nextToken.isEmpty() ? QString()
                                               : base
                            + pageQuery(filterQuery, request.pageSize, request.page + 1, window.nextToken)));
    meta.insert(QStringLiteral("key"), OrderedJson::fromString(listKey));
    OrderedJson doc = OrderedJson::makeObject();
    doc.insert(listKey, items);
    doc.insert(QStringLiteral("meta"), meta);
    return doc;
}
