#pragma once

// Keeps the secrets a KeyDesk program holds out of crash dumps and away from other processes of the
// same user: no core file (RLIMIT_CORE 0, which a piped core_pattern ignores) and not dumpable
// (PR_SET_DUMPABLE 0, which also stops ptrace and reading /proc/PID/mem or /proc/PID/environ by
// processes without CAP_SYS_PTRACE). Each program calls apply() first thing in main().
class ProcessHardening
{
public:
    struct Result
    {
        bool coreLimitZero = false; // RLIMIT_CORE is 0 (soft and hard)
        bool notDumpable = false; // prctl(PR_SET_DUMPABLE, 0) held; true where no such switch exists
        bool ok() const { return coreLimitZero && notDumpable; }
    };

    // Safe to call before QCoreApplication exists and more than once.
    static Result apply();
};
