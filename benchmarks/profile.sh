#!/usr/bin/env bash
# A CPU-sampling profile of one step of the benchmarks, with dotnet-trace:
#   bash benchmarks/profile.sh <step> <size> [seconds]
# step: raw, mirror, readconcept, readplan, read, check, readcheck, rulesengine, plain, matrix (see Infrastructure/PhaseBreakdown.cs).
# Writes the trace and the methods with the most inclusive and exclusive time to $OUT (default /tmp/ic-profile).
# Installs dotnet-trace as a global tool when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
step=${1:?step}; size=${2:?size}; seconds=${3:-20}
out=${OUT:-/tmp/ic-profile}
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || dotnet tool install --global dotnet-trace --version 10.0.750501
project=benchmarks/IntegrationConcept.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
mkdir -p "$out"
trace="$out/$step-$size.nettrace"
dotnet-trace collect --profile dotnet-sampled-thread-time -o "$trace" -- \
  dotnet "$project/bin/Release/net10.0/IntegrationConcept.Benchmarks.dll" --loop "$step" "$size" "$seconds" > /dev/null
{
  echo "## $step at $size elements: inclusive"
  dotnet-trace report "$trace" topN -n 40 --inclusive
  echo "## $step at $size elements: exclusive"
  dotnet-trace report "$trace" topN -n 30
} > "$out/$step-$size.txt"
echo "profile: $out/$step-$size.txt"
