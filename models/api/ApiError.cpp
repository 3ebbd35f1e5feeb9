#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

constexpr qsizetype maxMessageLength = 500;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text = text.left(maxMessageLength) + QChar(0x2026);
    return text;
}

int intOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString())
        return v.toString().toInt();
    return 0;
}

// <TwilioResponse><RestException><Code>…</Code><Message>…</Message><MoreInfo>…</MoreInfo><Status>…</Status>
bool parseXml(const QByteArray& body, int* code, QString* message, QString* moreInfo, int* status)
{
    QXmlStreamReader xml(body);
    bool inException = false;
    bool sawException = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"RestException") {
                inException = true;
                sawException = true;
            } else if (inException && name == u"Code") {
                *code = xml.readElementText().trimmed().toInt();
            } else if (inException && name == u"Message") {
                *message = xml.readElementText();
            } else if (inException && name == u"MoreInfo") {
                *moreInfo = xml.readElementText().trimmed();
            } else if (inException && name == u"Status") {
                *status = xml.readElementText().trimmed().toInt();
            }
        } else if (xml.isEndElement() && xml.name() == u"RestException") {
            inException = false;
        }
    }
    return sawException;
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(QString::fromUtf8(body.left(64 * 1024)));
    if (m.hasMatch())
        return clip(m.captured(1));
    static const QRegularExpression h1(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
    const auto m1 = h1.match(QString::fromUtf8(body.left(64 * 1024)));
    return m1.hasMatch() ? clip(m1.captured(1).remove(QRegularExpression(QStringLiteral("<[^>]*>"))))
                         : QString();
}

bool looksLikeHtml(const QByteArray& trimmed, const QByteArray& contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray head = trimmed.left(256).toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    ApiError e;
    e.m_kind = Kind::Api;
    e.m_httpStatus = httpStatus;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        e.m_shape = BodyShape::None;
        return e;
    }
    const char first = trimmed.at(0);
    if (first == '{' || first == '[') {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            e.m_shape = BodyShape::TruncatedJson;
            e.m_message = tr("the error body is cut off or is not valid JSON (%1 at byte %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset);
            return e;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("type")) && o.contains(QStringLiteral("title"))) {
            // RFC 9457 problem details; Twilio adds a numeric code.
            e.m_shape = BodyShape::ProblemJson;
            e.m_code = intOf(o.value(QStringLiteral("code")));
            const QString title = o.value(QStringLiteral("title")).toString();
            const QString detail = o.value(QStringLiteral("detail")).toString();
            e.m_message
                = clip(detail.isEmpty() ? title
                                        : (title.isEmpty() ? detail : title + QStringLiteral(": ") + detail));
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type.startsWith(QStringLiteral("http")))
                e.m_moreInfo = type;
            if (const int s = intOf(o.value(QStringLiteral("status"))); s > 0 && httpStatus == 0)
                e.m_httpStatus = s;
            return e;
        }
        if (o.contains(QStringLiteral("code")) || o.contains(QStringLiteral("message"))) {
            e.m_shape = BodyShape::TwilioJson;
            e.m_code = intOf(o.value(QStringLiteral("code")));
            e.m_message = clip(o.value(QStringLiteral("message")).toString());
            e.m_moreInfo = o.value(QStringLiteral("more_info")).toString();
            if (const int s = intOf(o.value(QStringLiteral("status"))); s > 0 && httpStatus == 0)
                e.m_httpStatus = s;
            return e;
        }
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        if (!errors.isEmpty() && errors.first().isObject()) {
            e.m_shape = BodyShape::ErrorsArray;
            const QJsonObject firstError = errors.first().toObject();
            e.m_code = intOf(firstError.value(QStringLiteral("code")));
            QStringList messages;
            for (const QJsonValue& item : errors)
                messages << item.toObject().value(QStringLiteral("message")).toString();
            messages.removeAll(QString());
            e.m_message = clip(messages.join(QStringLiteral("; ")));
            e.m_moreInfo = firstError.value(QStringLiteral("infoUrl")).toString();
            if (e.m_moreInfo.isEmpty())
                e.m_moreInfo = firstError.value(QStringLiteral("more_info")).toString();
            return e;
        }
        e.m_shape = BodyShape::OtherJson;
        const QString detail = o.value(QStringLiteral("error_description")).toString();
        e.m_message = clip(detail.isEmpty() ? o.value(QStringLiteral("error")).toString() : detail);
        return e;
    }
    if (first == '<' && !looksLikeHtml(trimmed, contentType)) {
        int code = 0;
        int status = 0;
        QString message;
        QString moreInfo;
        if (parseXml(trimmed, &code, &message, &moreInfo, &status)) {
            e.m_shape = BodyShape::Xml;
            e.m_code = code;
            e.m_message = clip(message);
            e.m_moreInfo = moreInfo;
            if (httpStatus == 0)
                e.m_httpStatus = status;
            return e;
        }
    }
    if (looksLikeHtml(trimmed, contentType)) {
        e.m_shape = BodyShape::Html;
        e.m_message = htmlTitle(trimmed);
        return e;
    }
    e.m_shape = BodyShape::Text;
    e.m_message = clip(QString::fromUtf8(trimmed.left(2 * maxMessageLength)));
    return e;
}

ApiError ApiError::transport(Kind kind, const QString& detail)
{
    ApiError e;
    e.m_kind = kind;
    e.m_message = clip(detail);
    return e;
}

ApiError ApiError::badResponse(int httpStatus, const QString& detail)
{
    ApiError e;
    e.m_kind = Kind::BadResponse;
    e.m_httpStatus = httpStatus;
    e.m_message = clip(detail);
    return e;
}

ApiError ApiError::invalidRequest(const QString& message)
{
    ApiError e;
    e.m_kind = Kind::InvalidRequest;
    e.m_message = message;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_message = tr("cancelled");
    return e;
}

void ApiError::setContext(const QString& host, const QString& credential, const QString& region)
{
    m_host = host;
    m_credential = credential;
    m_region = region;
}

bool ApiError::isAmbiguous() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionDropped:
    case Kind::BadResponse:
        return true;
    case Kind::Api:
        // A 5xx with no Twilio error body may have come after the work was done.
        return m_httpStatus >= 500 && m_code == 0;
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionDropped:
    case Kind::Network:
        return true;
    case Kind::Api:
        return m_httpStatus == 429 || m_code == 20429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::tag() const
{
    QStringList parts;
    if (m_httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(m_httpStatus);
    if (m_code > 0)
        parts << tr("Twilio error %1").arg(m_code);
    return parts.join(QStringLiteral(", "));
}

QString ApiError::sentence() const
{
    const QString base = baseSentence();
    return m_note.isEmpty() ? base : base + u' ' + m_note;
}

QString ApiError::baseSentence() const
{
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    const QString region = m_region.isEmpty() ? QStringLiteral("us1") : m_region;
    const QString said = m_message.isEmpty() ? QString() : tr(" Twilio said: \u201c%1\u201d").arg(m_message);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InvalidRequest:
        return m_message;
    case Kind::Network:
        return tr("Could not reach %1 (%2). Check the network connection, proxy and base URL.")
            .arg(host, m_message);
    case Kind::Timeout:
        return tr("%1 did not answer in time (%2). Twilio or the network may be slow; try again.")
            .arg(host, m_message);
    case Kind::ConnectionDropped:
        return tr("The connection to %1 closed before the answer was complete (%2).").arg(host, m_message);
    case Kind::Tls:
        return tr("The secure connection to %1 failed (%2). KeyDesk does not skip certificate checks; check "
                  "the "
                  "system clock and any proxy that intercepts TLS.")
            .arg(host, m_message);
    case Kind::BadResponse:
        return tr("The answer from %1 (HTTP %2) was cut off or is not what Twilio sends (%3).")
            .arg(host)
            .arg(m_httpStatus)
            .arg(m_message);
    case Kind::Api:
        break;
    }

    switch (m_code) {
    case 20003:
        return tr("Twilio did not accept the credentials (error 20003, HTTP %1). Check the %2: the SID and "
                  "secret "
                  "must match and still exist, the account must be active, and keys and tokens work only in "
                  "the "
                  "region that made them (this profile uses %3). A Standard key cannot manage keys or "
                  "accounts; "
                  "use a Main key or the Auth Token.")
            .arg(m_httpStatus)
            .arg(m_credential.isEmpty() ? tr("Account SID and Auth Token or API key") : m_credential, region);
    case 20403:
        return tr("Twilio refused access (error 20403): the account may be suspended or closed.%1").arg(said);
    case 20404:
        return tr("Twilio found no such resource (error 20404): the SID may be mistyped or already deleted, "
                  "or the "
                  "request went to the wrong region's host (%1).")
            .arg(host);
    case 20429:
        return tr("Twilio is getting too many requests at once (error 20429) and asked to slow down; KeyDesk "
                  "retried and gave up. Try again in a minute.");
    case 20007:
        return tr("The page size is too large (error 20007); Twilio allows at most 1000 items a page.");
    case 21481:
        return tr("Twilio rejected the paging token (error 21481); reload the list from the start.");
    case 70001:
        return tr("Twilio rejected a value in the request (error 70001, constraint violations). The friendly "
                  "name "
                  "may be at most 64 characters.%1")
            .arg(said);
    case 70002:
        return tr("Twilio rejected a permission in the policy (error 70002).%1 Permissions look like "
                  "/twilio/<product>/<resource>/<action> and must be ones Twilio knows.")
            .arg(said);
    case 70051:
        return tr("The credential is not allowed to do this (error 70051): a Restricted key lacks the "
                  "permission, "
                  "or the key or account is suspended.%1")
            .arg(said);
    case 70151:
        return tr("The account has the maximum number of API keys (error 70151); delete unused keys first.");
    case 70152:
        return tr("A key cannot create a key with more permissions than it has itself (error 70152).");
    default:
        break;
    }

    switch (m_shape) {
    case BodyShape::Html:
        return tr("%1 answered HTTP %2 with a web page%3 instead of Twilio's JSON. Check the base URL, "
                  "region and "
                  "any proxy in between.")
            .arg(host)
            .arg(m_httpStatus)
            .arg(m_message.isEmpty() ? QString() : QStringLiteral(" (\u201c%1\u201d)").arg(m_message));
    case BodyShape::TruncatedJson:
        return tr("%1 answered HTTP %2 and the error body was cut off.").arg(host).arg(m_httpStatus);
    case BodyShape::None:
        if (m_httpStatus == 401)
            return tr("%1 answered HTTP 401 (not authenticated) with no details. Check the credentials and "
                      "the "
                      "region (this profile uses %2).")
                .arg(host, region);
        if (m_httpStatus == 429)
            return tr("%1 kept answering HTTP 429 (too many requests); KeyDesk retried and gave up. Try "
                      "again in a "
                      "minute.")
                .arg(host);
        if (m_httpStatus >= 500)
            return tr("%1 had an internal failure (HTTP %2) and sent no details; try again later.")
                .arg(host)
                .arg(m_httpStatus);
        return tr("%1 answered HTTP %2 with no details.").arg(host).arg(m_httpStatus);
    default:
        break;
    }
    if (m_httpStatus >= 500)
        return tr("Twilio had an internal failure (HTTP %1%2).%3 Try again later.")
            .arg(m_httpStatus)
            .arg(m_code > 0 ? tr(", error %1").arg(m_code) : QString())
            .arg(said);
    if (m_code > 0)
        return tr("Twilio refused the request (error %1, HTTP %2).%3")
            .arg(m_code)
            .arg(m_httpStatus)
            .arg(said);
    return tr("Twilio refused the request (HTTP %1).%2").arg(m_httpStatus).arg(said);
}
