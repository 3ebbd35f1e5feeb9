#include "SandboxResponse.h"

#include "SandboxFormat.h"
#include "core/OrderedJson.h"

#include <QXmlStreamWriter>

SandboxResponse SandboxResponse::json(int status, const OrderedJson& document)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = document.toCompact();
    return r;
}

SandboxResponse SandboxResponse::error(int status, int code, const QString& message)
{
    OrderedJson body = OrderedJson::makeObject();
    body.insert(QStringLiteral("code"), OrderedJson::fromInteger(code));
    body.insert(QStringLiteral("message"), OrderedJson::fromString(message));
    body.insert(QStringLiteral("more_info"), OrderedJson::fromString(SandboxFormat::moreInfoUrl(code)));
    body.insert(QStringLiteral("status"), OrderedJson::fromInteger(status));
    SandboxResponse r = json(status, body);
    if (status == 401)
        r.withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Twilio API\""));
    return r;
}

SandboxResponse SandboxResponse::xmlError(int status, int code, const QString& message)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/xml; charset=utf-8");
    QXmlStreamWriter xml(&r.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("TwilioResponse"));
    xml.writeStartElement(QStringLiteral("RestException"));
    xml.writeTextElement(QStringLiteral("Code"), QString::number(code));
    xml.writeTextElement(QStringLiteral("Message"), message);
    xml.writeTextElement(QStringLiteral("MoreInfo"), SandboxFormat::moreInfoUrl(code));
    xml.writeTextElement(QStringLiteral("Status"), QString::number(status));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (status == 401)
        r.withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Twilio API\""));
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse& SandboxResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}
