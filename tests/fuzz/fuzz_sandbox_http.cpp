// libFuzzer target for the sandbox's HTTP/1.1 request parser (SandboxHttpParser), the first code that
// sees bytes from any local process. The input is fed whole, then again in pieces (sizes taken from the
// input itself), with the default limits and with tiny ones: both ways must reach the same result, every
// refusal is one of the documented statuses, and nothing kept goes past a limit.
#include "FuzzSupport.h"
#include "SandboxHttpParser.h"
#include "SandboxRequest.h"

#include <algorithm>
#include <cstdint>

namespace {

struct Outcome
{
    bool complete = false;
    bool failed = false;
    int status = 0;
    qsizetype used = 0;
    QByteArray method;
    QByteArray target;
    QList<SandboxHttpParser::Header> headers;
    QByteArray body;

    bool operator==(const Outcome& o) const
    {
        // Where a refusal stops reading may differ with the pieces; what was refused may not.
        return complete == o.complete && failed == o.failed && status == o.status
            && (!complete || used == o.used) && method == o.method && target == o.target
            && headers == o.headers && body == o.body;
    }
};

Outcome finish(const SandboxHttpParser& parser, qsizetype used, const SandboxHttpLimits& limits)
{
    Outcome o;
    o.complete = parser.isComplete();
    o.failed = parser.hasFailed();
    Fuzz::check(!(o.complete && o.failed), "complete or failed, not both");
    o.status = parser.errorStatus();
    o.used = used;
    if (o.failed) {
        static const int statuses[] = { 400, 413, 414, 417, 431, 501, 505 };
        Fuzz::check(std::find(std::begin(statuses), std::end(statuses), o.status) != std::end(statuses),
                    "a documented refusal status");
        Fuzz::check(!parser.errorMessage().isEmpty(), "a refusal has a message");
    }
    Fuzz::check(parser.body().size() <= limits.maxBodyBytes, "the body stays under maxBodyBytes");
    Fuzz::check(parser.headers().size() <= limits.maxHeaderCount, "header fields stay under maxHeaderCount");
    if (o.complete) {
        o.method = parser.method();
        o.target = parser.target();
        o.headers = parser.headers();
        o.body = parser.body();
        Fuzz::check(!o.method.isEmpty() && !o.target.isEmpty(), "a complete request has a method and target");
        (void)parser.keepAlive();
        SandboxRequest request;
        if (parser.toSandboxRequest(&request))
            Fuzz::check(request.path.startsWith(u'/'), "a request path is absolute");
    }
    return o;
}

// Feeds one request: all of data at once, or in pieces of the given sizes (cycled).
Outcome parse(QByteArrayView data, const SandboxHttpLimits& limits, QByteArrayView pieces)
{
    SandboxHttpParser parser(limits);
    qsizetype used = 0;
    if (pieces.isEmpty()) {
        used = parser.feed(data);
        Fuzz::check(used >= 0 && used <= data.size(), "feed() uses at most what it gets");
        return finish(parser, used, limits);
    }
    qsizetype i = 0;
    while (used < data.size() && !parser.isComplete() && !parser.hasFailed()) {
        const qsizetype piece
            = qMin<qsizetype>(1 + uchar(pieces[i++ % pieces.size()]) % 16, data.size() - used);
        const qsizetype n = parser.feed(data.sliced(used, piece));
        Fuzz::check(n >= 0 && n <= piece, "feed() uses at most what it gets");
        Fuzz::check(n == piece || parser.isComplete() || parser.hasFailed(), "feed() stops only at an end");
        used += n;
    }
    return finish(parser, used, limits);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application();
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The piece sizes come from the input's last bytes, so libFuzzer can steer them too.
    const QByteArrayView pieces = input.last(qMin<qsizetype>(input.size(), 8));

    SandboxHttpLimits tiny;
    tiny.maxHeaderBytes = 96;
    tiny.maxHeaderCount = 4;
    tiny.maxBodyBytes = 32;
    for (const SandboxHttpLimits& limits : { SandboxHttpLimits(), tiny }) {
        const Outcome whole = parse(input, limits, {});
        const Outcome split = parse(input, limits, pieces);
        Fuzz::check(whole == split, "the result does not depend on how the bytes arrive");
    }

    // Pipelined requests on one connection: reset() after each starts the next cleanly.
    SandboxHttpParser parser;
    QByteArrayView rest = input;
    for (int requests = 0; requests < 8 && !rest.isEmpty(); ++requests) {
        const qsizetype used = parser.feed(rest);
        Fuzz::check(used >= 0 && used <= rest.size(), "feed() uses at most what it gets");
        if (!parser.isComplete())
            break;
        rest = rest.sliced(used);
        parser.reset();
        Fuzz::check(!parser.hasStarted() && !parser.isComplete() && !parser.hasFailed(),
                    "reset() starts over");
    }
    return 0;
}
