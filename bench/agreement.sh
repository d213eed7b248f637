#!/usr/bin/env bash
# Agreement of `dockerd-config validate` with the real dockerd builds, on the repo's cases and on
# any other case directories given (e.g. a held-back set in the same format as test/cases/).
#   sudo bash bench/agreement.sh [CASES_DIR ...]
# Prints one line per dockerd version: agreeing cases / total, per case set, and the run time.
# Disagreements and the verdicts of each run are left in $DOCKERD_CORPUS_OUT (default below).
set -euo pipefail
cd "$(dirname "$0")/.."
extra=()
for d in "$@"; do extra+=("$(cd "$d" && pwd)"); done
export DOCKERD_CORPUS_EXTRA
DOCKERD_CORPUS_EXTRA=$(IFS=:; echo "${extra[*]:-}")
export DOCKERD_CORPUS_OUT=${DOCKERD_CORPUS_OUT:-$(mktemp -d /tmp/dockerd-config-agreement.XXXXXX)}
bash scripts/provision.sh
node scripts/build.mjs
status=0
npx vitest run --project daemon test/daemon/corpus.test.ts > "$DOCKERD_CORPUS_OUT/vitest.log" 2>&1 || status=$?
cat "$DOCKERD_CORPUS_OUT/agreement.txt"
echo "details: $DOCKERD_CORPUS_OUT (disagreements-*.txt, verdicts-*.tsv, vitest.log)"
exit $status
