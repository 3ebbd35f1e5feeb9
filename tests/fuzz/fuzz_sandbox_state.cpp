// libFuzzer target for --state FILE (SandboxStateFile::deserialize). A file that loads saves to one
// that loads again to the same state; a file that does not load leaves the state as it was and says why.
#include "FuzzSupport.h"
#include "SandboxSeeder.h"
#include "SandboxState.h"
#include "SandboxStateFile.h"
#include "core/Clock.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr(), the permission catalog's resource
    static FixedClock clock(1700000000);
    const QByteArray file(reinterpret_cast<const char*>(data), qsizetype(size));

    SandboxState state;
    state.setClock(&clock);
    SandboxSeeder::Options options;
    options.content = SandboxSeeder::Content::Empty;
    SandboxSeeder::seed(state, options);
    const QByteArray before = SandboxStateFile::serialize(state);

    QString error;
    if (!SandboxStateFile::deserialize(file, &state, &error)) {
        Fuzz::check(!error.isEmpty(), "a refused state file says why");
        Fuzz::check(SandboxStateFile::serialize(state) == before, "a refused state file changes nothing");
        return 0;
    }
    const QByteArray saved = SandboxStateFile::serialize(state);
    SandboxState reloaded;
    reloaded.setClock(&clock);
    Fuzz::check(SandboxStateFile::deserialize(saved, &reloaded, &error),
                "what the sandbox saves it can load");
    Fuzz::check(SandboxStateFile::serialize(reloaded) == saved, "save, load, save gives the same file");
    return 0;
}
