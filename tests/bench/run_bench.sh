#!/bin/sh
# Token benchmark, KeyDesk and Twilio's node library side by side in one run.
#   tests/bench/run_bench.sh [BUILD_DIR]      (default: build-core next to this repository's sources)
# Environment: BENCH_TOKENS (KeyDesk, default 100000), BENCH_RUNS (default 5), BENCH_NODE_TOKENS
# (default 10000: node needs ~0.5 ms per token) and BENCH_NODE_RUNS (default 3).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build-core}
bench="$build_dir/tests/bench_token"
[ -x "$bench" ] || { echo "run_bench.sh: $bench is not built (ninja -C $build_dir bench_token)" >&2; exit 2; }

tokens=${BENCH_TOKENS:-100000}
node_tokens=${BENCH_NODE_TOKENS:-10000}
runs=${BENCH_RUNS:-5}
node_runs=${BENCH_NODE_RUNS:-3}

kd=$("$bench" --tokens "$tokens" --runs "$runs" --json)
node_json=""
modules="$source_dir/tests/node/node_modules"
if command -v node >/dev/null 2>&1 && [ -d "$modules/twilio" ] && [ -d "$modules/jsonwebtoken" ]; then
    node_json=$(NODE_PATH="$modules" node "$here/bench_node.js" --tokens "$node_tokens" --runs "$node_runs" --json)
else
    echo "(node or tests/node/node_modules missing: KeyDesk numbers only)" >&2
fi

# Side-by-side table; python3 only formats the two JSON lines.
KD="$kd" NODE="$node_json" python3 - <<'PY'
import json, os
kd = json.loads(os.environ["KD"])
node = json.loads(os.environ["NODE"]) if os.environ.get("NODE") else None
rows = [
    ("decode + verify", kd["decode_verify_us"], node and node["verify_us"], "jsonwebtoken.verify"),
    ("decode + verify + inspect", kd["decode_verify_inspect_us"], None, ""),
    ("decode only", None, node and node["decode_us"], "jsonwebtoken.decode"),
    ("build", kd["build_us"], node and node["build_us"], "twilio AccessToken.toJwt"),
]
print(f"{'µs per token':28}{'KeyDesk':>10}{'node':>12}  {'':7}node function")
for name, k, n, fn in rows:
    ks = f"{k:10.2f}" if k is not None else f"{'-':>10}"
    ns = f"{n:12.2f}" if n is not None else f"{'-':>12}"
    ratio = f"{n / k:5.0f}x" if (k and n) else "      "
    print(f"{name:28}{ks}{ns}  {ratio} {fn}")
print(f"KeyDesk: median of {kd['runs']} runs x {kd['tokens']} tokens" +
      (f"; node: median of {node['runs']} runs x {node['tokens']} tokens" if node else ""))
PY
