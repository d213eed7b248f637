#!/usr/bin/env bash
# Every benchmark of BENCHMARKS.md that needs no real daemon: start-up, doctor, the wizard.
# (bench/restart.sh needs a booted systemd box; run it on its own.)
set -euo pipefail
cd "$(dirname "$0")"
bash startup.sh
# The standalone executable's start-up (needs `node scripts/release/sea.mjs` first).
node startup.mjs
bash doctor.sh
bash wizard.sh
