// libFuzzer target for ApiError::fromHttp: error answers in every body shape Twilio uses (JSON, problem
// JSON, {"errors":[…]}, v2010 XML, HTML, text, cut-off bodies).
// Input: "<status> [<Content-Type>]\n<body>". The body is read with the given Content-Type and again with
// each of the usual ones, so one input reaches every shape.
#include "FuzzSupport.h"
#include "api/ApiError.h"

#include <cstdint>

namespace {

void checkError(int status, const QByteArray& body, const QByteArray& contentType)
{
    ApiError error = ApiError::fromHttp(status, body, contentType);
    Fuzz::check(error.isError() && error.kind() == ApiError::Kind::Api, "fromHttp gives an API error");
    Fuzz::check(status == 0 || error.httpStatus() == status, "a given status is kept");
    // Every server text is clipped to 500 characters and an ellipsis.
    Fuzz::check(error.message().size() <= 501, "the message is clipped");
    Fuzz::check(body.trimmed().isEmpty() == (error.bodyShape() == ApiError::BodyShape::None),
                "only an empty body has no shape");
    (void)error.isAmbiguous();
    (void)error.isTransient();
    Fuzz::check(error.httpStatus() == 0 || !error.tag().isEmpty(), "a tag names the status");
    Fuzz::check(!error.sentence().isEmpty(), "sentence without context");
    error.setContext(QStringLiteral("api.twilio.com"), QStringLiteral("API key SK0123"),
                     QStringLiteral("ie1"));
    error.addNote(QStringLiteral("A note."));
    Fuzz::check(!error.sentence().isEmpty(), "sentence with context");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    Fuzz::Lines input(data, size);
    const QByteArrayView first = input.next();
    const qsizetype space = first.indexOf(' ');
    bool ok = false;
    int status = (space < 0 ? first : first.first(space)).toInt(&ok);
    if (!ok || status < 0 || status > 999)
        status = 400 + int(size % 200);
    const QByteArray contentType = space < 0 ? QByteArray() : first.sliced(space + 1).toByteArray();
    const QByteArray body = input.rest().toByteArray();

    checkError(status, body, contentType);
    if (contentType.isEmpty()) {
        for (const char* type : { "application/json", "application/problem+json", "application/xml",
                                  "text/html; charset=utf-8" })
            checkError(status, body, QByteArray(type));
    }
    return 0;
}
