#include "TwilioDate.h"

#include <QLocale>
#include <QTimeZone>

namespace TwilioDate {

QDateTime parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.at(0).isDigit()) {
        QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!iso.isValid())
            iso = QDateTime::fromString(t, Qt::ISODate);
        return iso.isValid() ? iso.toUTC() : QDateTime();
    }
    const QDateTime rfc = QDateTime::fromString(t, Qt::RFC2822Date);
    return rfc.isValid() ? rfc.toUTC() : QDateTime();
}

QString toRfc2822(const QDateTime& dateTime)
{
    // Twilio always writes +0000 and English day/month names.
    return QLocale::c().toString(dateTime.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

} // namespace TwilioDate
