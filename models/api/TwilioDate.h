#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Dates as Twilio writes them: RFC 2822 on v2010 and IAM ("Mon, 13 Jun 2016 22:50:08 +0000"), ISO 8601 on
// accounts.twilio.com ("2015-07-31T04:00:00Z"). Both parse to UTC QDateTime; anything else is invalid, and so
// is a year outside 1 to 9999 (neither writer could carry it).
namespace TwilioDate {
QDateTime parse(const QString& text);
QString toRfc2822(const QDateTime& dateTime);
// "2016-06-13T22:50:08Z" (UTC, seconds), as bytes for JSON writers; empty for an invalid date.
QByteArray toIsoUtc(const QDateTime& dateTime);
} // namespace TwilioDate
