#!/bin/bash
# keydesk-cli's bash completion, sourced into bash as bash-completion would and on its own: what it offers after
# `keydesk-cli `, `keydesk-cli keys `, options, option values, files, and --profile names from
# `keydesk-cli profiles list --names` (silent when that command fails or does not exist yet).
#
# usage: tst_bash_completion.sh COMPLETION_FILE KEYDESK_CLI
# Without bash-completion's main script the with-bash-completion half fails under CI=true and is skipped elsewhere.
set -u

completion=$1
cli=$2
bash_completion=${BASH_COMPLETION_SCRIPT:-/usr/share/bash-completion/bash_completion}
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# complete WORD…: COMPREPLY for the command line WORD… with the cursor at the end of the last word.
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _keydesk_cli
}

# expect "CANDIDATE…" WORD…: for the command line WORD…, exactly these candidates are offered (order aside).
expect() {
    local want=$1 got
    shift
    complete_line "$@"
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/^ *//; s/ $//')
    # shellcheck disable=SC2086
    want=$(printf '%s\n' $want | sort | tr '\n' ' ' | sed 's/^ *//; s/ $//')
    [[ $got == "$want" ]] || fail "[$mode] '$*': offered '$got', expected '$want'"
}

# expect_includes "CANDIDATE…" WORD…: at least these candidates are offered (new commands may come).
expect_includes() {
    local want=$1 w
    shift
    complete_line "$@"
    for w in $want; do
        [[ " ${COMPREPLY[*]} " == *" $w "* ]] || fail "[$mode] '$*': '$w' not offered (offered '${COMPREPLY[*]}')"
    done
}

run_checks() {
    expect_includes "token webhook keys authtoken vault" "$cli" ""
    expect "list show create duplicate update delete" "$cli" keys ""
    expect "duplicate delete" "$cli" keys d
    expect "decode verify build" "$cli" token ""
    expect "sign verify" "$cli" webhook ""
    expect "secondary-create secondary-delete promote" "$cli" authtoken ""
    expect "store remove check" "$cli" vault ""
    expect "--help --version" "$cli" -
    expect_includes "--json --at --help --help-all" "$cli" token decode --
    expect "--yes" "$cli" keys delete --y
    expect "--secret-env --secret-encoding" "$cli" token verify --secret-e
    # A leading option with a value before the command.
    expect "create" "$cli" --timeout 5 keys cr
    # Option values.
    expect "iam v2010" "$cli" keys list --api ""
    expect "us1 ie1 au1" "$cli" keys list --region ""
    expect "base64" "$cli" token verify --secret-encoding b
    expect "" "$cli" keys list --timeout ""
    # A value that looks like a command is not taken for one.
    expect_includes "--account-sid --key-sid --identity --ttl --nbf --region --now --alg --grants-json --json
            --secret-env --secret-file --secret-stdin --secret-encoding --vault --help --help-all" \
        "$cli" token build --identity keys --ttl 60 --
    # Files.
    : >"$scratch/policy.json"
    expect "$scratch/policy.json" "$cli" keys create --name n --policy-file "$scratch/pol"
    # Environment variables for --secret-env.
    export KEYDESK_TEST_SECRET=x
    expect "KEYDESK_TEST_SECRET" "$cli" token verify --secret-env KEYDESK_TEST_SE

    # --profile names from `keydesk-cli profiles list --names`, when that succeeds.
    mkdir -p "$scratch/with-profiles" "$scratch/without-profiles"
    cat >"$scratch/with-profiles/keydesk-cli" <<'EOF'
#!/bin/sh
[ "$1 $2 $3" = "profiles list --names" ] || exit 2
printf 'work\nhome office\nstaging\n'
EOF
    cat >"$scratch/without-profiles/keydesk-cli" <<'EOF'
#!/bin/sh
echo 'keydesk-cli: unknown command "profiles"' >&2
exit 2
EOF
    chmod +x "$scratch/with-profiles/keydesk-cli" "$scratch/without-profiles/keydesk-cli"
    complete_line "$scratch/with-profiles/keydesk-cli" keys list --profile ""
    local got
    got=$(printf '%s|' "${COMPREPLY[@]}")
    [[ $got == "work|home office|staging|" ]] || fail "[$mode] --profile offered '$got', expected work, home office, staging"
    complete_line "$scratch/with-profiles/keydesk-cli" keys list --profile w
    [[ "${COMPREPLY[*]}" == "work" ]] || fail "[$mode] --profile w offered '${COMPREPLY[*]}'"
    local errors
    errors=$(complete_line "$scratch/without-profiles/keydesk-cli" keys list --profile "" 2>&1; echo "${#COMPREPLY[@]}")
    [[ $errors == 0 ]] || fail "[$mode] --profile without profiles: expected nothing and no output, got '$errors'"
    # The real keydesk-cli (profiles may not exist yet): silent either way.
    errors=$(complete_line "$cli" keys list --profile "" 2>&1 >/dev/null)
    [[ -z $errors ]] || fail "[$mode] --profile with $cli printed '$errors'"
}

# 1. Sourced on its own, as `source keydesk-cli` in a plain bash.
mode=plain
(
    # shellcheck disable=SC1090
    source "$completion" || exit 1
    [[ $(complete -p keydesk-cli 2>/dev/null) == "complete -F _keydesk_cli keydesk-cli" ]] \
        || fail "[$mode] no 'complete -F _keydesk_cli keydesk-cli'"
    run_checks
    exit "$failures"
) || failures=$((failures + $?))

# 2. As bash-completion loads it (its helpers present: _get_comp_words_by_ref, _filedir).
mode=bash-completion
if [[ -r $bash_completion ]]; then
    (
        # shellcheck disable=SC1090
        source "$bash_completion" >/dev/null 2>&1
        source "$completion" || exit 1
        declare -F _get_comp_words_by_ref >/dev/null || fail "[$mode] bash-completion did not load"
        run_checks
        exit "$failures"
    ) || failures=$((failures + $?))
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
if [[ ! -r $bash_completion ]]; then
    if [[ -n ${CI:-} ]]; then
        echo "FAIL: $bash_completion missing under CI (scripts/setup-debian.sh installs bash-completion)" >&2
        exit 1
    fi
    echo "SKIP: the plain checks passed; $bash_completion is missing (apt-get install bash-completion)"
    exit 77
fi
echo "PASS"
