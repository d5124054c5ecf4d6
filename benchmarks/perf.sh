#!/usr/bin/env bash
# A CPU profile of one step of the benchmarks with Linux perf (exact native and JIT frames; dotnet-trace's sampler
# stops threads at GC poll points, so its exclusive times land on PollGC):
#   bash benchmarks/perf.sh <step> <size> [seconds]
# step: raw, mirror, readconcept, readplan, read, check, readcheck, rulesengine, plain, matrix (Infrastructure/PhaseBreakdown.cs).
# Prints the exclusive and inclusive shares of the samples taken inside the step (not the data set-up); writes
# $OUT/<step>-<size>.txt (default /tmp/ic-perf). Needs perf (apt install linux-perf). Set IC_PERF_GEN0=0x20000000
# to give gen 0 a 512 MB budget, so that the profile shows the code rather than the collections.
set -euo pipefail
cd "$(dirname "$0")/.."
step=${1:?step}; size=${2:?size}; seconds=${3:-15}
out=${OUT:-/tmp/ic-perf}
mkdir -p "$out"
project=benchmarks/IntegrationConcept.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
if [ -n "${IC_PERF_GEN0:-}" ]; then export DOTNET_GCgen0size="$IC_PERF_GEN0"; fi
data="$out/$step-$size.data"
perf record -F 999 -g -o "$data" -- dotnet "$project/bin/Release/net10.0/IntegrationConcept.Benchmarks.dll" --loop "$step" "$size" "$seconds" > /dev/null
perf script -i "$data" 2> /dev/null > "$out/$step-$size.script"
python3 benchmarks/perf-fold.py "$out/$step-$size.script" '<Steps>b__' 50 50 > "$out/$step-$size.txt"
rm -f "$out/$step-$size.script"
echo "profile: $out/$step-$size.txt"
