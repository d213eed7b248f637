#!/usr/bin/env bash
# Start-up of `validate` and `show` against bare `node -e 0`, measured with hyperfine.
# Goal (issue 2): at most 1.5x bare node. Run from the repo root after `npm ci`.
#   bash bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
root=fixtures/roots/debian-docker-io
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
[ -f dist/cli.js ] || node scripts/build.mjs
out=$(mktemp -d)
hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/startup.json" \
  'node -e 0' \
  "node bin/dockerd-config.js --root $root --engine-version 28.5 validate" \
  "node bin/dockerd-config.js --root $root --engine-version 28.5 show" \
  "node bin/dockerd-config.js --help"
node -e '
const r = require(process.argv[1]).results;
const base = r[0].mean;
for (const x of r) console.log(`${(x.mean * 1000).toFixed(1).padStart(7)} ms ± ${(x.stddev * 1000).toFixed(1).padStart(5)}  ${(x.mean / base).toFixed(2)}x  ${x.command}`);
' "$out/startup.json"
rm -rf "$out"
