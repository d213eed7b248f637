#!/usr/bin/env bash
# doctor's wall time with 1, 5 and 20 dead mirrors (listeners on 127.0.0.1 that accept and never
# answer), measured with hyperfine. Goal (issue 4): within one probe timeout + 0.5 s, whatever N:
# the probes run at once. And `--only security` on the 20 (issue 12): no probe at all, so no
# timeout in its time. Run from the repo root after `npm ci`.
#   bash bench/doctor.sh [RUNS] [TIMEOUT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
timeout=${2:-2}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
[ -f dist/cli.js ] || node scripts/build.mjs
work=$(mktemp -d)
# Black holes: 20 listeners that accept and never answer, ended by pid when done.
node -e '
const net = require("net");
const ports = [];
let open = 0;
for (let i = 0; i < 20; i++) {
  const s = net.createServer(() => {}).listen(0, "127.0.0.1", () => {
    ports.push(s.address().port);
    if (++open === 20) require("fs").writeFileSync(process.argv[1], ports.join("\n"));
  });
}
' "$work/ports" &
holes=$!
trap 'kill $holes 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/ports" ] && break; sleep 0.1; done
mapfile -t ports < "$work/ports"
cmds=()
for n in 1 5 20; do
  mkdir -p "$work/root$n/etc/docker"
  node -e '
    const [n, file, ...ports] = process.argv.slice(1);
    const mirrors = ports.slice(0, Number(n)).map((p) => `http://127.0.0.1:${p}`);
    require("fs").writeFileSync(file, JSON.stringify({ "registry-mirrors": mirrors }) + "\n");
  ' "$n" "$work/root$n/etc/docker/daemon.json" "${ports[@]}"
  cmds+=("node bin/dockerd-config.js --root $work/root$n --engine-version 28.5 doctor --only network --timeout $timeout --json")
done
cmds+=("node bin/dockerd-config.js --root $work/root20 --engine-version 28.5 doctor --only security --timeout $timeout --json")
# doctor exits 0 here (dead mirrors are warnings); -i keeps hyperfine going if that changes.
hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$work/doctor.json" "${cmds[@]}"
node -e '
const r = require(process.argv[1]).results;
const limit = Number(process.argv[2]) + 0.5;
for (const [i, x] of r.slice(0, 3).entries()) {
  const n = [1, 5, 20][i];
  console.log(`${String(n).padStart(2)} dead mirrors: ${x.mean.toFixed(3)} s ± ${x.stddev.toFixed(3)} (max ${x.max.toFixed(3)} s; goal ≤ ${limit} s) ${x.max <= limit ? "ok" : "OVER"}`);
}
const s = r[3];
console.log(`--only security, 20 dead mirrors: ${s.mean.toFixed(3)} s ± ${s.stddev.toFixed(3)} (goal: no timeout, < ${Number(process.argv[2])} s) ${s.max < Number(process.argv[2]) ? "ok" : "OVER"}`);
' "$work/doctor.json" "$timeout"
