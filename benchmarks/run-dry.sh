#!/usr/bin/env bash
# CI smoke run of the benchmarks: build them, verify the generated data and cross-check the peers, the reference
# rules and the library at 10^3 and 10^4 elements (--verify), then run every benchmark once (--job dry) at the
# smallest size only (IC_BENCH_SIZES=1000), in process, so it stays within a few minutes. No timing is asserted.
# Exits non-zero when the build, the verification or any benchmark fails.
set -euo pipefail
cd "$(dirname "$0")/.."

project=benchmarks/IntegrationConcept.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
dll="$project/bin/Release/net10.0/IntegrationConcept.Benchmarks.dll"

dotnet "$dll" --verify 1000 10000

IC_BENCH_SIZES=1000 timeout 150 dotnet "$dll" --filter '*' --job dry --inProcess \
  --artifacts "${TMPDIR:-/tmp}/ic-bench-dry"
echo "benchmarks: dry run passed"

# Suggested links: the quality figures of benchmarks/README.md, recomputed; fails if the suggester's precision@1
# no longer beats the word-overlap baseline.
dotnet run -c Release --project benchmarks/IntegrationConcept.Suggestions.Evaluation -- --require-better
echo "suggestions: evaluation passed"
