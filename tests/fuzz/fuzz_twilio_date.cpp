// libFuzzer target for TwilioDate: every date field of a REST answer (RFC 2822 on v2010 and IAM, ISO 8601
// on accounts.twilio.com). Whatever parses is UTC and survives both writers unchanged (to the second).
#include "FuzzSupport.h"
#include "api/TwilioDate.h"

#include <cstdint>

namespace {

QDateTime toSeconds(const QDateTime& dateTime)
{
    return QDateTime::fromSecsSinceEpoch(
        dateTime.toSecsSinceEpoch() - (dateTime.toMSecsSinceEpoch() % 1000 < 0 ? 1 : 0), Qt::UTC);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime parsed = TwilioDate::parse(text);
    if (!parsed.isValid()) {
        Fuzz::check(TwilioDate::toIsoUtc(parsed).isEmpty(), "an invalid date writes nothing");
        return 0;
    }
    Fuzz::check(parsed.timeSpec() == Qt::UTC, "parsed dates are UTC");
    const int year = parsed.date().year();
    Fuzz::check(year >= 1 && year <= 9999, "parsed dates have four-digit years");
    const QDateTime seconds = toSeconds(parsed);
    const QByteArray iso = TwilioDate::toIsoUtc(parsed);
    Fuzz::check(iso.size() == 20 && iso.endsWith('Z'), "ISO writer shape");
    Fuzz::check(TwilioDate::parse(QString::fromLatin1(iso)) == seconds, "ISO round trip");
    const QString rfc = TwilioDate::toRfc2822(parsed);
    Fuzz::check(rfc.size() == 31, "RFC 2822 writer shape");
    Fuzz::check(TwilioDate::parse(rfc) == seconds, "RFC 2822 round trip");
    return 0;
}
