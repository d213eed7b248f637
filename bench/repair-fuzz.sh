#!/usr/bin/env bash
# The repair property over more damaged files than npm test runs (test/unit/repair/damage-fuzz.test.ts).
#   REPAIR_FUZZ_SEED=N REPAIR_FUZZ_COUNT=M bash bench/repair-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export REPAIR_FUZZ_SEED=${REPAIR_FUZZ_SEED:-1} REPAIR_FUZZ_COUNT=${REPAIR_FUZZ_COUNT:-20000}
npx vitest run --project unit test/unit/repair/damage-fuzz.test.ts
