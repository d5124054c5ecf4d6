#!/usr/bin/env bash
# Every figure of issue 17, one BenchmarkDotNet run per size (TargetBenchmarks and the change report: the floor, the mirror peer, Read,
# Check, Read + Check, the coverage-only check, the RulesEngine peer, plain C#, the matrix), --job short, in process
# (building BenchmarkDotNet's generated project takes minutes on a busy machine; the process is fresh per size).
#   bash benchmarks/run-targets.sh <results-folder> [sizes, default "1000 10000 100000 1000000"]
#   IC_BENCH_GC=batch bash benchmarks/run-targets.sh <results-folder>: the same with the collector a batch pipeline
#   would configure (no background collections: DOTNET_gcConcurrent=0, what <ConcurrentGarbageCollection>false
#   </ConcurrentGarbageCollection> in an application's project file sets; the ikon tool ships with it). The reports'
#   header line names the collector (Concurrent Workstation or Non-concurrent Workstation).
# Copies each size's GitHub reports to <results-folder>/{TargetBenchmarks,ChangeReportBenchmarks}-<size>-report-github.md and prints the
# summary of benchmarks/summarize.py. Run it on a quiet machine: the ratios come from one process each.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:?results folder}
sizes=${2:-"1000 10000 100000 1000000"}
project=benchmarks/IntegrationConcept.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
dll="$project/bin/Release/net10.0/IntegrationConcept.Benchmarks.dll"
mkdir -p "$folder"
case "${IC_BENCH_GC:-default}" in
  default) ;;
  batch) export DOTNET_gcConcurrent=0 ;;
  *) echo "IC_BENCH_GC must be default or batch" >&2; exit 2 ;;
esac
echo "collector: ${IC_BENCH_GC:-default} (DOTNET_gcConcurrent=${DOTNET_gcConcurrent:-unset}); $(git rev-parse --short HEAD)" > "$folder/collector.txt"
for size in $sizes; do
  artifacts="${TMPDIR:-/tmp}/ic-bench-targets-$size"
  rm -rf "$artifacts"
  IC_BENCH_SIZES=$size dotnet "$dll" --anyCategories Targets Changes --job short --inProcess --artifacts "$artifacts"
  cp "$artifacts/results/IntegrationConcept.Benchmarks.Benchmarks.TargetBenchmarks-report-github.md" \
     "$folder/TargetBenchmarks-$size-report-github.md"
  cp "$artifacts/results/IntegrationConcept.Benchmarks.Benchmarks.ChangeReportBenchmarks-report-github.md" \
     "$folder/ChangeReportBenchmarks-$size-report-github.md"
done
python3 benchmarks/summarize.py "$folder"
