#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// Checks for the fields of a REST answer before anything uses them (issue 8, item 9): a field of the
// wrong JSON type, too long, or a date that does not parse is an error with a sentence, never a silently
// empty value. Absent and null are allowed (optional fields) unless a caller requires the value.
// `what` names the item for the sentence ("key SK…", "account AC…"); values are never quoted in full.
namespace AnswerFields {

// A text field: absent or null gives an empty string.
bool text(const QJsonObject& object, const QString& name, int maxLength, const QString& what, QString* value,
          QString* error);
// A date in either of Twilio's formats (TwilioDate); absent or null gives an invalid QDateTime.
bool date(const QJsonObject& object, const QString& name, const QString& what, QDateTime* value,
          QString* error);
// An Account SID, or absent/null (empty).
bool accountSid(const QJsonObject& object, const QString& name, const QString& what, QString* value,
                QString* error);
// A list of short texts (flags): absent or null gives an empty list.
bool textList(const QJsonObject& object, const QString& name, int maxItems, int maxLength,
              const QString& what, QStringList* value, QString* error);

} // namespace AnswerFields
