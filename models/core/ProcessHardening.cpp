#include "ProcessHardening.h"

#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

ProcessHardening::Result ProcessHardening::apply()
{
    Result result;
    const rlimit noCore { 0, 0 };
    result.coreLimitZero = setrlimit(RLIMIT_CORE, &noCore) == 0;
#if defined(__linux__)
    // A core_pattern that pipes to a helper (systemd-coredump, apport) ignores RLIMIT_CORE; a process
    // that is not dumpable gets no dump at all.
    result.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    result.notDumpable = true; // macOS and others: RLIMIT_CORE is what there is
#endif
    return result;
}
