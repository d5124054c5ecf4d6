#!/usr/bin/env bash
# Publishes samples/AotConsumer as Native AOT against the packed IntegrationConcept package and checks that
#  - the publish reports 0 warnings (trim and AOT analysis of the whole dependency graph; each would be an error), and
#  - the native program (invariant globalization, no ICU) prints the Trier report byte for byte like the JIT sample
#    samples/TrierEhrangQuint, in German, English and Markdown.
# Called by .ci/run after the pack; uses $IC_PACKAGE_DIR (the packed .nupkg) or packs itself.
#
#   bash samples/AotConsumer/verify-aot.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
consumer="samples/AotConsumer"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "verify-aot: FAIL $*" >&2
  exit 1
}

# The package: the one CI just packed, else a fresh pack. Its own restore folder, emptied first, so that no
# earlier build of the same version comes from a cache.
rm -rf "$consumer/packages-local" "$consumer/.nuget-packages" "$consumer/bin" "$consumer/obj"
mkdir -p "$consumer/packages-local"
if compgen -G "${IC_PACKAGE_DIR:-/nonexistent}/IntegrationConcept.*.nupkg" > /dev/null; then
  cp "$IC_PACKAGE_DIR"/IntegrationConcept.*.nupkg "$consumer/packages-local/"
else
  dotnet pack src/IntegrationConcept -c Release -o "$consumer/packages-local" > "$work/pack.out" 2>&1 \
    || { cat "$work/pack.out" >&2; fail "dotnet pack of src/IntegrationConcept failed"; }
fi
nupkgs=("$consumer"/packages-local/IntegrationConcept.*.nupkg)
nupkg="${nupkgs[0]}"
version="$(basename "$nupkg" .nupkg)"
version="${version#IntegrationConcept.}"
# The package depends on NodaTime and, for net8.0, System.Text.Json: nothing else (no NodaTime.Serialization.SystemTextJson,
# whose reflection-based converters were the one source of trim/AOT warnings).
deps="$(unzip -p "$nupkg" IntegrationConcept.nuspec | grep -o '<dependency id="[^"]*"' | sed 's/.*id="//; s/"$//' | sort -u | tr '\n' ' ')"
[[ "$deps" == "NodaTime System.Text.Json " ]] || fail "the package depends on '$deps', expected 'NodaTime System.Text.Json '"
echo "verify-aot: the package depends on $deps"
echo "verify-aot: publishing $consumer as Native AOT against IntegrationConcept $version"

rid="linux-x64"
out="$work/publish"
dotnet publish "$consumer" -c Release -r "$rid" -o "$out" -p:IntegrationConceptVersion="$version" \
  -p:TreatWarningsAsErrors=true > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; fail "dotnet publish -p:PublishAot=true failed"; }
warnings="$(grep -cE 'warning [A-Z]+[0-9]+' "$work/publish.out" || true)"
if [[ "$warnings" -ne 0 ]]; then
  grep -E 'warning [A-Z]+[0-9]+' "$work/publish.out" | sort -u >&2
  fail "the AOT publish reported $warnings warning(s)"
fi
[[ -x "$out/AotConsumer" ]] || fail "no native executable at $out/AotConsumer"
echo "verify-aot: published with 0 warnings: $(du -h "$out/AotConsumer" | cut -f1) native executable"

echo "verify-aot: building the JIT sample samples/TrierEhrangQuint"
dotnet build samples/TrierEhrangQuint -c Release -o "$work/jit" > "$work/build.out" 2>&1 \
  || { cat "$work/build.out" >&2; fail "dotnet build samples/TrierEhrangQuint failed"; }

for mode in "" --english --markdown; do
  dotnet "$work/jit/TrierEhrangQuint.dll" $mode > "$work/jit$mode.txt"
  "$out/AotConsumer" $mode > "$work/aot$mode.txt"
  if ! cmp -s "$work/jit$mode.txt" "$work/aot$mode.txt"; then
    diff "$work/jit$mode.txt" "$work/aot$mode.txt" >&2 || true
    fail "the AOT program ${mode:-(German)} prints something else than the JIT sample"
  fi
  # The JIT sample under invariant globalization too: the same bytes without ICU.
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet "$work/jit/TrierEhrangQuint.dll" $mode > "$work/invariant$mode.txt"
  cmp -s "$work/jit$mode.txt" "$work/invariant$mode.txt" \
    || { diff "$work/jit$mode.txt" "$work/invariant$mode.txt" >&2 || true; fail "the JIT sample ${mode:-(German)} prints something else under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"; }
  echo "verify-aot: ${mode:-German}: AOT, JIT and JIT without ICU print the same $(wc -c < "$work/jit$mode.txt") bytes"
done
grep -q "Stichtag: 31.12.2014" "$work/aot.txt" || fail "the German report lacks 'Stichtag: 31.12.2014'"
grep -qE "[0-9]\.[0-9]{3},[0-9]{2}" "$work/aot.txt" || fail "the German report lacks an amount with a thousands point and a decimal comma (1.240,50)"
grep -q "abgedeckt sind damit 50 % der" "$work/aot.txt" || fail "the German report lacks its overall percentage (50, a no-break space, %)"
echo "verify-aot: passed"
