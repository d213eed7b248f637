#!/usr/bin/env bash
# The repair and edit properties over more damaged files than npm test runs
# (test/unit/repair/damage-fuzz.test.ts, test/unit/repair/damage-edits.test.ts).
#   REPAIR_FUZZ_SEED=N REPAIR_FUZZ_COUNT=M EDIT_FUZZ_COUNT=K bash bench/repair-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export REPAIR_FUZZ_SEED=${REPAIR_FUZZ_SEED:-1} REPAIR_FUZZ_COUNT=${REPAIR_FUZZ_COUNT:-20000}
export EDIT_FUZZ_SEED=$REPAIR_FUZZ_SEED EDIT_FUZZ_COUNT=${EDIT_FUZZ_COUNT:-3000}
npx vitest run --project unit test/unit/repair/damage-fuzz.test.ts test/unit/repair/damage-edits.test.ts
