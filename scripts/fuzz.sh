#!/bin/sh
# Builds every libFuzzer target (tests/fuzz/fuzz_*.cpp) with clang-14, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, then runs each for SECONDS (default 60) with its dictionary
# (tests/fuzz/<name>.dict) and seed corpus (tests/fuzz/corpus/<name>/). Targets run one after another,
# or FUZZ_PARALLEL at a time (each still gets SECONDS of wall time; on 2 cores, 2 at a time halves the campaign).
#
# New inputs go to build-fuzz/fuzz-work/<name>/corpus (kept between runs, so the next campaign starts where
# this one ended), never into the committed corpus. A finding (crash, sanitizer report, broken invariant,
# leak, timeout, out-of-memory) is saved there as crash-*/leak-*/timeout-*/oom-*, with the log in
# fuzz-work/<name>/log. To keep it as a regression input, copy it into tests/fuzz/corpus/<name>/ under a
# name that says what it was; the normal test run then replays it (ctest label "fuzz").
#
# Prints one line per target (runs, exec/s, coverage cov/ft, corpus size, seconds, result) and exits 1
# when any target found something.
#
# Usage: scripts/fuzz.sh [SECONDS] [NAME...]      e.g. scripts/fuzz.sh 600, scripts/fuzz.sh 30 api_call policy
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (build parallelism, default 2),
#              FUZZ_PARALLEL (targets fuzzed at once, default 1).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
case $seconds in '' | *[!0-9]*) echo "usage: $0 [SECONDS] [NAME...]" >&2; exit 2 ;; esac
parallel=${FUZZ_PARALLEL:-1}
case $parallel in '' | *[!0-9]* | 0) echo "$0: FUZZ_PARALLEL must be a positive number" >&2; exit 2 ;; esac
build=${FUZZ_BUILD_DIR:-build-fuzz}
case $build in /*) ;; *) build="$root/$build" ;; esac

if [ $# -gt 0 ]; then
    names="$*"
else
    names=$(for f in tests/fuzz/fuzz_*.cpp; do n=${f##*/fuzz_}; echo "${n%.cpp}"; done)
fi

# clang is required for libFuzzer; the build type keeps optimisation (speed) and debug info (stacks).
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKEYDESK_FUZZ=ON -DKEYDESK_SANITIZE=ON -DKEYDESK_BUILD_TESTS=OFF -DKEYDESK_BUILD_BENCH=OFF >/dev/null
targets=$(for n in $names; do printf 'fuzz_%s ' "$n"; done)
# shellcheck disable=SC2086
cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target $targets

# Sanitizers stop at the first report; LeakSanitizer on (libFuzzer checks leaks per input).
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
# Anything a target writes through QSettings or QStandardPaths stays in the work area.
work="$build/fuzz-work"
mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_CACHE_HOME="$work/home/cache"

printf '%-22s %12s %8s %7s %7s %7s %6s  %s\n' target runs exec/s cov ft corpus secs result

# Fuzzes one target and writes its summary line (and, for a finding, the first report lines) to
# fuzz-work/<name>/summary; the line is printed as soon as the target ends.
fuzz_one() {
    name=$1
    bin="$build/tests/fuzz_$name"
    dir="$work/$name"
    mkdir -p "$dir/corpus"
    rm -f "$dir/summary"
    dict=""
    [ -f "tests/fuzz/$name.dict" ] && dict="-dict=$root/tests/fuzz/$name.dict"
    touch "$dir/.start" # artifacts newer than this are this run's
    start=$(date +%s)
    status=0
    # -timeout: one input taking longer than 10 s is a finding; -rss_limit_mb: so is using over 2 GB.
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/" $dict "$dir/corpus" "$root/tests/fuzz/corpus/$name" \
        >"$dir/log" 2>&1 || status=$?
    elapsed=$(($(date +%s) - start))
    last=$(grep -E '^#[0-9]+' "$dir/log" | tail -n 1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -n 1)
    cov=$(printf '%s\n' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(printf '%s\n' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    corp=$(printf '%s\n' "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
    artifacts=$(find "$dir" -maxdepth 1 -newer "$dir/.start" -type f \
        \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null || true)
    if [ "$status" -eq 0 ] && [ -z "$artifacts" ]; then
        result=ok
    else
        result="FINDING (exit $status)"
    fi
    {
        printf '%-22s %12s %8s %7s %7s %7s %6s  %s\n' "$name" "${runs:--}" "${speed:--}" "${cov:--}" "${ft:--}" \
            "${corp:--}" "$elapsed" "$result"
        if [ "$result" != ok ]; then
            grep -E 'ERROR: |runtime error: |fuzz invariant violated|deadly signal|Test unit written' "$dir/log" \
                | head -n 5 | sed 's/^/    /'
            echo "    log: $dir/log"
        fi
    } >"$dir/summary.tmp"
    mv "$dir/summary.tmp" "$dir/summary"
    cat "$dir/summary"
}

# Lane i takes every parallel-th target, starting at the i-th.
lane=0
while [ "$lane" -lt "$parallel" ]; do
    (
        i=0
        for name in $names; do
            [ $((i % parallel)) -eq "$lane" ] && fuzz_one "$name"
            i=$((i + 1))
        done
    ) &
    lane=$((lane + 1))
done
wait

failed=0
for name in $names; do
    if [ ! -f "$work/$name/summary" ] || ! head -n 1 "$work/$name/summary" | grep -q ' ok$'; then
        failed=1
    fi
done
exit "$failed"
