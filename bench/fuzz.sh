#!/usr/bin/env bash
# Differential fuzzing of `dockerd-config validate` against the real dockerd builds: COUNT generated
# configurations per dockerd version, from SEED (test/fuzz/, test/daemon/fuzz.test.ts).
#   sudo bash bench/fuzz.sh [SEED] [COUNT]
# Prints one line per dockerd version (agreeing cases / total, disagreements, timeouts, run time)
# and where the disagreeing cases are: $FUZZ_OUT/VERSION/NAME.json|.flags|.txt, one corpus case
# each (replay with DOCKERD_CORPUS_EXTRA=$FUZZ_OUT/VERSION bash bench/agreement.sh).
# Concurrency: DOCKERD_CORPUS_CONCURRENCY (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
export FUZZ_SEED=${1:-${FUZZ_SEED:-2}}
export FUZZ_COUNT=${2:-${FUZZ_COUNT:-25}}
export DOCKERD_CORPUS_CONCURRENCY=${DOCKERD_CORPUS_CONCURRENCY:-3}
export FUZZ_OUT=${FUZZ_OUT:-$(mktemp -d /tmp/dockerd-config-fuzz.XXXXXX)}
mkdir -p "$FUZZ_OUT"
bash scripts/provision.sh
node scripts/build.mjs
status=0
# Each version's cases run in one beforeAll: give it ~2 s a case (0.35 s measured at concurrency 3) beyond the default.
hook_ms=$((600000 + FUZZ_COUNT * 2000))
npx vitest run --project daemon --hookTimeout="$hook_ms" --testTimeout="$hook_ms" test/daemon/fuzz.test.ts > "$FUZZ_OUT/vitest.log" 2>&1 || status=$?
if [ -f "$FUZZ_OUT/agreement.txt" ]; then cat "$FUZZ_OUT/agreement.txt"; else tail -40 "$FUZZ_OUT/vitest.log"; fi
shopt -s nullglob
for txt in "$FUZZ_OUT"/*/*.txt "$FUZZ_OUT"/*/timeouts/*.txt; do echo "  ${txt%.txt}.json: $(sed -n 2p "$txt" | sed 's/^ *//')"; done
echo "details: $FUZZ_OUT (VERSION/cases.tsv, VERSION/*.txt, vitest.log)"
exit $status
