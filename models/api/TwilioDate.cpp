#include "TwilioDate.h"

#include <QLocale>
#include <QTimeZone>
#include <cstdio>

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The exact shape Twilio writes, "Mon, 13 Jun 2016 22:50:08 +0000", without QDateTime's general parser
// (a list of 10,000 keys has 20,000 dates). Anything else returns an invalid date and takes the slow path.
QDateTime parseTwilioRfc2822(QStringView t)
{
    if (t.size() != 31 || t.at(3) != u',' || t.at(4) != u' ' || t.at(7) != u' ' || t.at(11) != u' '
        || t.at(16) != u' ' || t.at(19) != u':' || t.at(22) != u':' || t.at(25) != u' '
        || t.mid(26) != u"+0000")
        return {};
    static const char16_t* const months[]
        = { u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec" };
    int month = 0;
    for (int m = 0; m < 12 && month == 0; ++m)
        if (t.mid(8, 3) == QStringView(months[m]))
            month = m + 1;
    const int day = digits(t, 5, 2);
    const int year = digits(t, 12, 4);
    const int hour = digits(t, 17, 2);
    const int minute = digits(t, 20, 2);
    const int second = digits(t, 23, 2);
    if (month == 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// Years 1 to 9999 only: both writers (and every JSON consumer of ISO 8601) use four digits, and Qt's own ISO
// writer gives an empty string outside them, so a "year 20000" from a server would be written two ways.
QDateTime withinFourDigitYears(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const int year = utc.date().year();
    return year >= 1 && year <= 9999 ? utc : QDateTime();
}

} // namespace

namespace TwilioDate {

QDateTime parse(const QString& text)
{
    if (const QDateTime fast = parseTwilioRfc2822(text); fast.isValid())
        return fast;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.at(0).isDigit()) {
        QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!iso.isValid())
            iso = QDateTime::fromString(t, Qt::ISODate);
        return withinFourDigitYears(iso.toUTC());
    }
    const QDateTime rfc = QDateTime::fromString(t, Qt::RFC2822Date);
    return withinFourDigitYears(rfc.toUTC());
}

QString toRfc2822(const QDateTime& dateTime)
{
    // Twilio always writes +0000 and English day/month names.
    return QLocale::c().toString(dateTime.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

} // namespace TwilioDate

QByteArray TwilioDate::toIsoUtc(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(),
                                d.day(), t.hour(), t.minute(), t.second());
    return QByteArray(buffer, n);
}
