#include "AnswerFields.h"

#include "api/ApiCredentials.h"
#include "api/TwilioDate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

bool absent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace

namespace AnswerFields {

bool text(const QJsonObject& object, const QString& name, int maxLength, const QString& what, QString* value,
          QString* error)
{
    const QJsonValue v = object.value(name);
    value->clear();
    if (absent(v))
        return true;
    if (!v.isString()) {
        *error = QCoreApplication::translate("AnswerFields", "%1 has a %2 that is not text").arg(what, name);
        return false;
    }
    if (v.toString().size() > maxLength) {
        *error = QCoreApplication::translate("AnswerFields", "%1 has a %2 longer than %3 characters")
                     .arg(what, name)
                     .arg(maxLength);
        return false;
    }
    *value = v.toString();
    return true;
}

bool date(const QJsonObject& object, const QString& name, const QString& what, QDateTime* value,
          QString* error)
{
    const QJsonValue v = object.value(name);
    *value = QDateTime();
    if (absent(v))
        return true;
    const QDateTime parsed
        = v.isString() && v.toString().size() <= 64 ? TwilioDate::parse(v.toString()) : QDateTime();
    if (!parsed.isValid()) {
        *error
            = QCoreApplication::translate("AnswerFields", "%1 has a %2 that is not a date").arg(what, name);
        return false;
    }
    *value = parsed;
    return true;
}

bool accountSid(const QJsonObject& object, const QString& name, const QString& what, QString* value,
                QString* error)
{
    if (!text(object, name, 34, what, value, error))
        return false;
    if (!value->isEmpty() && !ApiCredentials::isAccountSid(*value)) {
        *error = QCoreApplication::translate("AnswerFields", "%1 has a %2 that is not an Account SID")
                     .arg(what, name);
        value->clear();
        return false;
    }
    return true;
}

bool textList(const QJsonObject& object, const QString& name, int maxItems, int maxLength,
              const QString& what, QStringList* value, QString* error)
{
    const QJsonValue v = object.value(name);
    value->clear();
    if (absent(v))
        return true;
    if (!v.isArray() || v.toArray().size() > maxItems) {
        *error = QCoreApplication::translate("AnswerFields",
                                             "%1 has a %2 that is not a list of at most %3 texts")
                     .arg(what, name)
                     .arg(maxItems);
        return false;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || item.toString().size() > maxLength) {
            *error = QCoreApplication::translate("AnswerFields",
                                                 "%1 has a %2 that is not a list of at most %3 texts")
                         .arg(what, name)
                         .arg(maxItems);
            value->clear();
            return false;
        }
        value->append(item.toString());
    }
    return true;
}

} // namespace AnswerFields
