#!/usr/bin/env bash
# Runs every sample in Release and checks its exit code and the key lines it prints,
# so that no sample can go stale. Called by .ci/run from the repository root; works on a
# fresh clone (nothing in bin/obj, no local package folder yet).
#
#   samples/verify-samples.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "verify-samples: FAIL [$1] $2" >&2
  exit 1
}

# run_sample NAME [dotnet run args...] -- [program args...]
# Runs samples/NAME and leaves what it printed in $work/NAME.out; fails on a non-zero exit code.
run_sample() {
  local name="$1"
  shift
  echo "verify-samples: running $name $*"
  local rc=0
  dotnet run -c Release --project "samples/$name" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  if [[ $rc -ne 0 ]]; then
    cat "$work/$name.out" "$work/$name.err" >&2
    fail "$name" "exited with code $rc (expected 0)"
  fi
  current="$name"
}

# expect TEXT: the last sample's output contains TEXT on some line (fixed string, not a pattern).
expect() {
  grep -qF -- "$1" "$work/$current.out" || {
    cat "$work/$current.out" >&2
    fail "$current" "missing line containing: $1"
  }
}

# expect_regex REGEX: some line of the last sample's output matches the extended regex.
expect_regex() {
  grep -qE -- "$1" "$work/$current.out" || {
    cat "$work/$current.out" >&2
    fail "$current" "no line matching: $1"
  }
}

current=""

# --- Trier / Ehrang-Quint: the README's main sample ---------------------------------------
# EXPECTATIONS-TRIER

# --- Custom rule --------------------------------------------------------------------------
# EXPECTATIONS-CUSTOM

# --- Second municipality: consumes the packed NuGet package, not the source ---------------
# A unique version per run: NuGet never serves an older build of the same version from a cache.
consumer="samples/SecondMunicipality"
base_version="$(dotnet msbuild src/IntegrationConcept/IntegrationConcept.csproj -getProperty:Version)"
version="${base_version%%-*}-samples.$(date -u +%Y%m%d%H%M%S).$$"
rm -rf "$consumer/packages-local" "$consumer/.nuget-packages/integrationconcept"
mkdir -p "$consumer/packages-local"
echo "verify-samples: packing IntegrationConcept $version into $consumer/packages-local"
dotnet pack src/IntegrationConcept/IntegrationConcept.csproj -c Release -o "$consumer/packages-local" \
  -p:Version="$version" >"$work/pack.out" 2>&1 || {
  cat "$work/pack.out" >&2
  fail "SecondMunicipality" "dotnet pack of src/IntegrationConcept failed"
}
run_sample SecondMunicipality -p:IntegrationConceptVersion="$version"
# EXPECTATIONS-SECOND
# The restored package is the one just packed, not a cached or project-built copy.
[[ -d "$consumer/.nuget-packages/integrationconcept/$(echo "$version" | tr '[:upper:]' '[:lower:]')" ]] \
  || fail "SecondMunicipality" "did not restore IntegrationConcept $version from $consumer/packages-local"

echo "verify-samples: all samples passed"
