#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks JSON bodies against one of Twilio's OpenAPI specs (shared/twilio/openapi): the response schema
// of an operation (path template + method + status), with $ref, type, nullable, enum, pattern,
// minLength/maxLength, items, and the formats Twilio uses (date-time-rfc-2822, date-time, uri). Strict
// mode also flags fields the schema does not declare and declared fields that are missing, since
// Twilio always sends every field of its resources.
class OpenApiValidator
{
public:
    bool load(const QString& specPath, QString* error);

    // Problems found (empty: valid). An undeclared status is a problem too.
    QStringList validateResponse(const QString& pathTemplate, const QString& method, int status,
                                 const QByteArray& body, bool strict = true) const;
    // Against a named schema in components/schemas.
    QStringList validateSchema(const QString& schemaName, const QJsonValue& value, bool strict = true) const;

    // The common error body {code, message, more_info, status}, strictly.
    static QStringList validateTwilioError(const QByteArray& body, int httpStatus);

private:
    QJsonObject resolve(const QJsonObject& schema) const;
    void validate(const QJsonValue& value, const QJsonObject& schema, const QString& where, bool strict,
                  QStringList* problems) const;

    QJsonObject m_spec;
};
