#include "OpenApiValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

bool OpenApiValidator::load(const QString& specPath, QString* error)
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(specPath);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(specPath, parseError.errorString());
        return false;
    }
    m_spec = doc.object();
    return true;
}

QJsonObject OpenApiValidator::resolve(const QJsonObject& schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 16 && current.contains(QStringLiteral("$ref")); ++depth) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QJsonValue node = m_spec;
        for (const QString& part : ref.mid(2).split(u'/'))
            node = node.toObject().value(part);
        // Sibling keys (nullable, description) of a $ref are kept.
        QJsonObject merged = node.toObject();
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (it.key() != QLatin1String("$ref"))
                merged.insert(it.key(), it.value());
        }
        current = merged;
    }
    return current;
}

QStringList OpenApiValidator::validateResponse(const QString& pathTemplate, const QString& method, int status,
                                               const QByteArray& body, bool strict) const
{
    QStringList problems;
    const QJsonObject operation = m_spec.value(QStringLiteral("paths"))
                                      .toObject()
                                      .value(pathTemplate)
                                      .toObject()
                                      .value(method.toLower())
                                      .toObject();
    if (operation.isEmpty())
        return { QStringLiteral("no operation %1 %2 in the spec").arg(method, pathTemplate) };
    const QJsonObject response = resolve(
        operation.value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject());
    if (response.isEmpty())
        return {
            QStringLiteral("status %1 is not declared for %2 %3").arg(status).arg(method, pathTemplate)
        };
    const QJsonObject content = response.value(QStringLiteral("content")).toObject();
    if (content.isEmpty()) {
        if (!body.isEmpty())
            problems.append(QStringLiteral("the spec declares no body but %1 bytes came").arg(body.size()));
        return problems;
    }
    const QJsonObject schema = content.value(QStringLiteral("application/json"))
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isNull())
        return { QStringLiteral("body is not JSON: %1").arg(parseError.errorString()) };
    validate(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), schema, QStringLiteral("$"),
             strict, &problems);
    return problems;
}

QStringList OpenApiValidator::validateSchema(const QString& schemaName, const QJsonValue& value,
                                             bool strict) const
{
    QStringList problems;
    QJsonObject ref;
    ref.insert(QStringLiteral("$ref"), QStringLiteral("#/components/schemas/") + schemaName);
    validate(value, ref, QStringLiteral("$"), strict, &problems);
    return problems;
}

void OpenApiValidator::validate(const QJsonValue& value, const QJsonObject& rawSchema, const QString& where,
                                bool strict, QStringList* problems) const
{
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty())
        return; // {} accepts anything
    if (value.isNull()) {
        if (!schema.value(QStringLiteral("nullable")).toBool())
            problems->append(QStringLiteral("%1: null but not nullable").arg(where));
        return;
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    const auto mismatch = [&](const char* expected) {
        problems->append(QStringLiteral("%1: expected %2").arg(where, QLatin1String(expected)));
    };
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return mismatch("a string");
        const QString s = value.toString();
        if (schema.contains(QStringLiteral("minLength"))
            && s.size() < schema.value(QStringLiteral("minLength")).toInt())
            problems->append(QStringLiteral("%1: shorter than minLength").arg(where));
        if (schema.contains(QStringLiteral("maxLength"))
            && s.size() > schema.value(QStringLiteral("maxLength")).toInt())
            problems->append(QStringLiteral("%1: longer than maxLength").arg(where));
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
            if (!re.match(s).hasMatch())
                problems->append(QStringLiteral("%1: \"%2\" does not match %3").arg(where, s, re.pattern()));
        }
        if (schema.contains(QStringLiteral("enum"))) {
            if (!schema.value(QStringLiteral("enum")).toArray().contains(QJsonValue(s)))
                problems->append(QStringLiteral("%1: \"%2\" is not in the enum").arg(where, s));
        }
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("date-time-rfc-2822")) {
            static const QRegularExpression re(
                QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} "
                               "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                               "\\d{2}:\\d{2}:\\d{2} \\+0000$"));
            if (!re.match(s).hasMatch())
                problems->append(QStringLiteral("%1: \"%2\" is not an RFC 2822 date").arg(where, s));
        } else if (format == QLatin1String("date-time")) {
            static const QRegularExpression re(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
            if (!re.match(s).hasMatch())
                problems->append(QStringLiteral("%1: \"%2\" is not an ISO 8601 date-time").arg(where, s));
        } else if (format == QLatin1String("uri")) {
            if (!QUrl(s, QUrl::StrictMode).isValid() || s.isEmpty())
                problems->append(QStringLiteral("%1: \"%2\" is not a URI").arg(where, s));
        }
    } else if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return mismatch("an integer");
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            return mismatch("a number");
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            return mismatch("a boolean");
    } else if (type == QLatin1String("array")) {
        if (!value.isArray())
            return mismatch("an array");
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(QStringLiteral("items")).toObject();
        for (int i = 0; i < items.size(); ++i)
            validate(items.at(i), itemSchema, QStringLiteral("%1[%2]").arg(where).arg(i), strict, problems);
    } else if (type == QLatin1String("object") || schema.contains(QStringLiteral("properties"))) {
        if (!value.isObject())
            return mismatch("an object");
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& required : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems->append(
                    QStringLiteral("%1: required \"%2\" is missing").arg(where, required.toString()));
        }
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                validate(object.value(it.key()), it.value().toObject(), where + u'.' + it.key(), strict,
                         problems);
            else if (strict)
                problems->append(QStringLiteral("%1: \"%2\" is missing").arg(where, it.key()));
        }
        if (strict && !properties.isEmpty()) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!properties.contains(it.key()))
                    problems->append(QStringLiteral("%1: \"%2\" is not in the schema").arg(where, it.key()));
            }
        }
    }
}

QStringList OpenApiValidator::validateTwilioError(const QByteArray& body, int httpStatus)
{
    QStringList problems;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return { QStringLiteral("error body is not a JSON object") };
    const QJsonObject o = doc.object();
    const QStringList expected { QStringLiteral("code"), QStringLiteral("message"),
                                 QStringLiteral("more_info"), QStringLiteral("status") };
    if (o.keys() != expected)
        problems.append(QStringLiteral("error members are %1").arg(o.keys().join(u',')));
    if (!o.value(QStringLiteral("code")).isDouble())
        problems.append(QStringLiteral("code is not a number"));
    if (!o.value(QStringLiteral("message")).isString()
        || o.value(QStringLiteral("message")).toString().isEmpty())
        problems.append(QStringLiteral("message is not a non-empty string"));
    const int code = o.value(QStringLiteral("code")).toInt();
    if (o.value(QStringLiteral("more_info")).toString()
        != QStringLiteral("https://www.twilio.com/docs/errors/") + QString::number(code))
        problems.append(QStringLiteral("more_info does not point at the code"));
    if (o.value(QStringLiteral("status")).toInt() != httpStatus)
        problems.append(QStringLiteral("status %1 differs from HTTP %2")
                            .arg(o.value(QStringLiteral("status")).toInt())
                            .arg(httpStatus));
    return problems;
}
