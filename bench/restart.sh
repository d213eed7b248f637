#!/usr/bin/env bash
# Restart-to-verified: `dockerd-config restart` (detect, systemctl restart, wait for /_ping on every
# listener, compare /info) against the raw restart (`systemctl restart docker`, then poll /_ping)
# in the same booted systemd container, same run, measured with hyperfine. Goal (issue 3): our
# overhead at most 10%. Also a mirror change (reload) and its raw SIGHUP equivalent.
# Needs root and `bash scripts/provision.sh` (the systemd rootfs). Run from the repo root:
#   bash bench/restart.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
name=bench-restart-$$
box=test/infra/sdbox.sh
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
[ -f dist/cli.js ] || node scripts/build.mjs
out=$(mktemp -d)
trap 'bash $box stop $name >/dev/null 2>&1 || true; rm -rf "$out"' EXIT

bash $box boot $name >/dev/null
root=$(bash $box root $name)
# Many restarts in a row: lift systemd's start limit (3 per 60 s) for both sides alike.
mkdir -p "$root/etc/systemd/system/docker.service.d"
printf '[Unit]\nStartLimitIntervalSec=0\n' > "$root/etc/systemd/system/docker.service.d/bench.conf"
bash $box exec $name systemctl daemon-reload

in_box="bash $box exec $name"
ping='until curl -sf --unix-socket /run/docker.sock http://x/_ping >/dev/null; do sleep 0.005; done'
cli="node $PWD/bin/dockerd-config.js"
# The standalone executable (npm run release), copied into the box: the start-up users of the .deb get.
exe=release/dockerd-config-linux-x64
[ -x "$exe" ] || { echo "bench: $exe is missing; run: npm run release" >&2; exit 1; }
cp "$exe" "$root/usr/local/bin/dockerd-config"
hyperfine --warmup 2 --runs "$runs" --export-json "$out/restart.json" \
  -n 'raw: systemctl restart docker, then /_ping' "$in_box sh -c 'systemctl restart docker && $ping'" \
  -n 'dockerd-config restart (verified)' "$in_box $cli restart -y" \
  -n 'the executable: dockerd-config restart (verified)' "$in_box /usr/local/bin/dockerd-config restart -y" \
  -n 'raw: systemctl reload docker, then /info shows it' "$in_box sh -c 'systemctl reload docker && $ping && docker info >/dev/null'" \
  -n 'dockerd-config reload (verified)' "$in_box $cli reload -y" \
  -n 'the executable: dockerd-config reload (verified)' "$in_box /usr/local/bin/dockerd-config reload -y" \
  -n 'baseline: enter the box (nsenter) only' "$in_box true" \
  -n 'baseline: node -e 0' "$in_box node -e 0" \
  -n 'baseline: dockerd-config show (start-up, reading the configuration)' "$in_box $cli show" \
  -n 'baseline: the executable: dockerd-config show' "$in_box /usr/local/bin/dockerd-config show" >&2
node -e '
const r = require(process.argv[1]).results;
const ms = (x) => (x * 1000).toFixed(0).padStart(6);
for (const x of r) console.log(`${ms(x.mean)} ms ± ${ms(x.stddev)}  ${x.command}`);
const pair = (a, b) => `${((r[b].mean / r[a].mean - 1) * 100).toFixed(1)}% (${ms(r[b].mean - r[a].mean).trim()} ms)`;
console.log(`restart overhead: bundle ${pair(0, 1)}, executable ${pair(0, 2)}; reload overhead: bundle ${pair(3, 4)}, executable ${pair(3, 5)}`);
const fixed = r[8].mean - r[6].mean;
console.log(`bundle start-up and reading the configuration: ${ms(fixed).trim()} ms; the rest (service queries, waiting, verifying): restart ${ms(r[1].mean - r[0].mean - fixed).trim()} ms, reload ${ms(r[4].mean - r[3].mean - fixed).trim()} ms`);
const exeFixed = r[9].mean - r[6].mean;
console.log(`the executable: start-up and reading the configuration: ${ms(exeFixed).trim()} ms; the rest: restart ${ms(r[2].mean - r[0].mean - exeFixed).trim()} ms, reload ${ms(r[5].mean - r[3].mean - exeFixed).trim()} ms`);
' "$out/restart.json"

# The same with a non-loopback TCP listener without TLS, where dockerd itself waits 15 s before it
# serves (BENCH_TCP=1; three runs each, about two minutes).
if [ "${BENCH_TCP:-0}" = 1 ]; then
  $in_box $cli host add tcp://0.0.0.0:2375 --allow-insecure-tcp -y >/dev/null
  tcp_ping='until curl -sf http://127.0.0.1:2375/_ping >/dev/null; do sleep 0.005; done'
  hyperfine --runs 3 --export-json "$out/tcp.json" \
    -n 'raw: systemctl restart docker, then /_ping on both listeners' "$in_box sh -c 'systemctl restart docker && $ping && $tcp_ping'" \
    -n 'dockerd-config restart (verified)' "$in_box $cli restart -y" >&2
  node -e '
const r = require(process.argv[1]).results;
for (const x of r) console.log(`${(x.mean * 1000).toFixed(0).padStart(6)} ms  ${x.command}`);
console.log(`restart overhead with tcp://0.0.0.0:2375: ${((r[1].mean / r[0].mean - 1) * 100).toFixed(1)}% (${((r[1].mean - r[0].mean) * 1000).toFixed(0)} ms)`);
' "$out/tcp.json"
fi
