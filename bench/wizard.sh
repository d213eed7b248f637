#!/usr/bin/env bash
# The wizard's first screen (issue 5: "within about a second"), in a real terminal (tmux), with
# hyperfine: from starting `dockerd-config wizard` until the overview's first line, and until the
# first question (after doctor's configuration and service checks). The harness alone (tmux and
# the polling, the command being printf) is measured too, to be subtracted.
#   bash bench/wizard.sh [RUNS]     (from the repo root, after `npm ci`; LANG=zh_CN.UTF-8 for Chinese)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
command -v tmux >/dev/null || { echo "bench: tmux is missing (apt-get install tmux)" >&2; exit 1; }
[ -f dist/cli.js ] || node scripts/build.mjs
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cp -r fixtures/roots/debian-docker-io/. "$root"
cli="node $PWD/bin/dockerd-config.js --root $root --lang en wizard --no-restart"
hyperfine --warmup 2 --runs "$runs" --export-markdown "${BENCH_OUT:-/dev/null}" \
  -n harness "bash bench/first-screen.sh 'What do you want to set up?' printf 'What do you want to set up?\n'" \
  -n overview "bash bench/first-screen.sh 'dockerd-config wizard:' $cli" \
  -n first-question "bash bench/first-screen.sh 'What do you want to set up?' $cli"
