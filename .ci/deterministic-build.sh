#!/usr/bin/env bash
# Deterministic builds: with CI=true (ContinuousIntegrationBuild), two copies of the repository at different paths
# must build byte-identical assemblies. Copies the tracked and untracked-but-not-ignored files twice, builds the
# library (Release, net10.0; analyzers off: they do not change the assembly) in each, and compares the SHA-256 of
# the DLLs and looks for the build path inside.
#
#   bash .ci/deterministic-build.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

first="$work/a"
second="$work/clone-with-a-longer-path/b"
for dir in "$first" "$second"; do
  mkdir -p "$dir"
  git ls-files -z --cached --others --exclude-standard -- src Directory.Build.props Directory.Packages.props schemas README.md \
    | xargs -0 tar -cf - | tar -xf - -C "$dir"
  CI=true dotnet build "$dir/src/IntegrationConcept" -c Release -f net10.0 -nologo -v q -warnaserror -p:RunAnalyzers=false > "$work/build.out" 2>&1 \
    || { cat "$work/build.out" >&2; echo "deterministic-build: FAIL the build in $dir failed" >&2; exit 1; }
done

dll="src/IntegrationConcept/bin/Release/net10.0/IntegrationConcept.dll"
a="$(sha256sum "$first/$dll" | cut -d' ' -f1)"
b="$(sha256sum "$second/$dll" | cut -d' ' -f1)"
echo "deterministic-build: $a  (built in $first)"
echo "deterministic-build: $b  (built in $second)"
if [[ "$a" != "$b" ]]; then
  echo "deterministic-build: FAIL the two copies built different assemblies" >&2
  exit 1
fi
if grep -aqF "$work" "$first/$dll"; then
  echo "deterministic-build: FAIL the assembly contains the build path $work" >&2
  exit 1
fi
echo "deterministic-build: identical, and no build path inside"
