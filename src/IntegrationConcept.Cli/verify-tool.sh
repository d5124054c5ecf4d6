#!/usr/bin/env bash
# Tests ikon as a user gets it: packs the tool, installs it from the local package folder into a temporary tool
# path, runs every command and every format on the Trier sample, checks exit codes and outputs, and validates the
# SARIF logs with the SARIF multitool (npm @microsoft/sarif-multitool): 0 errors. Called by .ci/run from the
# repository root; works on a fresh clone.
#
#   bash src/IntegrationConcept.Cli/verify-tool.sh
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

packages="$repo_root/artifacts/tool-package"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="samples/TrierEhrangQuint/data"
concept="$data/trier-city-concept.json"
plan="$data/ehrang-quint-district-plan.json"

fail() {
  echo "verify-tool: FAIL $*" >&2
  exit 1
}

# run EXPECTED_EXIT NAME ikon-args...: runs the installed tool, keeps stdout/stderr in $work/NAME.out/.err.
run() {
  local expected="$1" name="$2" rc=0
  shift 2
  "$ikon" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  if [[ $rc -ne $expected ]]; then
    cat "$work/$name.out" "$work/$name.err" >&2
    fail "[$name] ikon $* exited with $rc (expected $expected)"
  fi
  echo "verify-tool: ok   [$name] exit $rc: ikon $*"
}

# expect NAME TEXT: the output of run NAME holds TEXT (fixed string).
expect() {
  grep -qF -- "$2" "$work/$1.out" || { cat "$work/$1.out" >&2; fail "[$1] output lacks: $2"; }
}

echo "verify-tool: pack src/IntegrationConcept.Cli into $packages"
rm -rf "$packages"
dotnet pack src/IntegrationConcept.Cli -c Release -o "$packages" -warnaserror -nologo -v quiet
nupkg="$(ls "$packages"/IntegrationConcept.Cli.*.nupkg)"
version="$(basename "$nupkg" .nupkg)"
version="${version#IntegrationConcept.Cli.}"

echo "verify-tool: dotnet tool install --tool-path <tmp> --add-source $packages IntegrationConcept.Cli --version $version"
# A package cache of its own: a repacked 0.1.0 must not be served from an older copy in the global cache.
NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tools" --add-source "$packages" IntegrationConcept.Cli --version "$version" > "$work/install.log" \
  || { cat "$work/install.log" >&2; fail "dotnet tool install failed"; }
ikon="$work/tools/ikon"

run 0 version --version
expect version "$version"
run 0 help --help
expect help "Exit codes: 0 clean"
for command in check matrix diff feedback validate schema explain init import suggest; do
  run 0 "help-$command" "$command" --help
  expect "help-$command" "Usage:"
done

# Every format the tool offers, read from its own help (so a new renderer is tested without editing this script).
formats="$("$ikon" check --help | sed -n 's/.*The report format: \([a-z, ]*\)\..*/\1/p' | tr -d ',')"
[[ -n "$formats" ]] || fail "no formats found in 'ikon check --help'"
echo "verify-tool: formats: $formats"
for format in $formats; do
  run 0 "check-$format" check "$concept" "$plan" --at 2014-12-31 --format "$format" --out "$work/check.$format"
  run 0 "matrix-$format" matrix "$concept" "$plan" --at 2014-12-31 --format "$format" --lang en --out "$work/matrix.$format"
  [[ -s "$work/check.$format" && -s "$work/matrix.$format" ]] || fail "[$format] an output file is empty or missing"
done
grep -qF "IC2002" "$work/check.text" || fail "[check-text] the report lacks IC2002"
grep -qF "Stichtag: 31.12.2014" "$work/check.text" || fail "[check-text] the report lacks the evaluation date"
grep -qF '"district": "Ehrang/Quint"' "$work/check.json" || fail "[check-json] the report lacks the district"
grep -qF '"uri": "samples/TrierEhrangQuint/data/ehrang-quint-district-plan.json"' "$work/check.sarif" || fail "[check-sarif] no relative file URI"
grep -qF '"justification":' "$work/check.sarif" || fail "[check-sarif] the suppressed finding has no justification"
# HTML: one self-contained page (parsed with AngleSharp in the tool's tests); DOCX: a ZIP package with the Word body
# (validated with the Open XML SDK's validator in the tool's tests).
[[ "$(head -c 15 "$work/check.html")" == '<!DOCTYPE html>' ]] || fail "[check-html] no HTML5 document"
grep -qF '<html lang="de">' "$work/check.html" || fail "[check-html] not a German page"
grep -qF '<html lang="en">' "$work/matrix.html" || fail "[matrix-html] not an English page"
grep -qF '<script' "$work/check.html" && fail "[check-html] the page has a script"
for docx in "$work/check.docx" "$work/matrix.docx"; do
  [[ "$(head -c 2 "$docx")" == "PK" ]] || fail "[$(basename "$docx")] not a ZIP package"
  if command -v unzip > /dev/null; then
    # Read the whole listing first: with pipefail, `unzip -l | grep -q` fails at random when grep quits early and
    # unzip dies of SIGPIPE on a long listing (this broke CI once on matrix.docx).
    listing="$(unzip -l "$docx")"
    grep -q ' word/document.xml$' <<< "$listing" || fail "[$(basename "$docx")] has no word/document.xml"
  fi
done
run 3 docx-stdout check "$concept" "$plan" --at 2014-12-31 --format docx

# Invariant globalization (containers, no ICU): --lang de must give the same German bytes, and SARIF still says de-DE.
rc=0
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$ikon" check "$concept" "$plan" --at 2014-12-31 --format text > "$work/invariant.txt" 2> "$work/invariant.err" || rc=$?
[[ $rc -eq 0 ]] || { cat "$work/invariant.err" >&2; fail "[invariant] ikon check --lang de exited with $rc under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"; }
cmp -s "$work/invariant.txt" "$work/check.text" || fail "[invariant] the German report differs under invariant globalization"
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$ikon" check "$concept" "$plan" --at 2014-12-31 --format sarif > "$work/invariant.sarif" \
  || fail "[invariant] ikon check --format sarif failed under invariant globalization"
grep -qF '"language": "de-DE"' "$work/invariant.sarif" || fail "[invariant] the SARIF run's language is not de-DE"
echo "verify-tool: ok   [invariant] DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 gives the same German report; SARIF language de-DE"

# Exit codes: 1 for findings at or above --fail-on, 2 for invalid input, 3 for usage errors.
run 0 check-stdout check "$concept" "$plan" --at 2014-12-31 --lang en
expect check-stdout "IC2002"
run 1 fail-on-warning check "$concept" "$plan" --at 2014-12-31 --fail-on warning --format json
run 0 at-today check "$concept" "$plan" --at today --format json
run 3 no-at check "$concept" "$plan"
run 3 bad-format check "$concept" "$plan" --at 2014-12-31 --format pdf
run 3 unknown-command frobnicate
run 2 missing-file check "$concept" "$work/missing.json" --at 2014-12-31
grep -qF "missing.json: error IC0001" "$work/missing-file.err" || fail "[missing-file] no compiler-style error"
grep -qF "   at " "$work/missing-file.err" && fail "[missing-file] a stack trace without --verbose"

# Change over time: the plan at two dates (no goal gets worse: exit 0), and the feedback document, which validates.
run 0 diff-dates diff "$concept" "$plan" "$plan" --at-before 2012-06-30 --at 2014-12-31
expect diff-dates "Stichtag 30.06.2012"
expect diff-dates "Zielwert verfehlt"
run 0 diff-json diff "$concept" "$plan" "$plan" --at-before 2012-06-30 --at 2014-12-31 --format json --out "$work/change.json"
grep -qF '"kind": "coverageChange"' "$work/change.json" || fail "[diff-json] not a change report"
run 0 diff-html diff "$concept" "$plan" "$plan" --at-before 2012-06-30 --at 2014-12-31 --format html --out "$work/change.html"
grep -qF 'Content-Security-Policy' "$work/change.html" && grep -qF '<svg ' "$work/change.html" || fail "[diff-html] not a self-contained HTML change report with charts"
run 0 feedback feedback "$concept" "$plan" --at 2014-12-31 --out "$work/feedback.json"
grep -qF 'feedback.v1.schema.json' "$work/feedback.json" || fail "[feedback] no feedback schema"
run 0 feedback-validate validate "$work/feedback.json" --lang en
expect feedback-validate "1 valid"

run 0 validate validate "$concept" "$plan" --lang en
expect validate "2 file(s) checked, 2 valid, 0 problem(s)."
sed 's/"actorId": "beirat"/"actorId": "nobody"/' "$plan" > "$work/broken-plan.json"
run 2 validate-broken validate "$work/broken-plan.json" --lang en
grep -qE 'broken-plan\.json\([0-9]+,[0-9]+\): error IC0103: ' "$work/validate-broken.out" || fail "[validate-broken] no line/column error"

run 0 schema-list schema
expect schema-list "district-plan.v2.schema.json"
run 0 schema-plan schema district-plan
cmp -s "$work/schema-plan.out" schemas/district-plan.v2.schema.json || fail "[schema-plan] differs from schemas/district-plan.v2.schema.json"
run 0 schema-all schema --out "$work/schemas"
# The current version of each of the five kinds, byte for byte as committed.
[[ $(ls "$work/schemas"/*.schema.json | wc -l) -eq 6 ]] || fail "[schema-all] expected 6 schema files"
for file in "$work/schemas"/*.schema.json; do
  cmp -s "$file" "schemas/$(basename "$file")" || fail "[schema-all] $(basename "$file") differs"
done

# Every format version that is read (v1 and v2 of concept and plan, v1 of the others), byte for byte as committed.
run 0 schema-every schema --all --out "$work/every"
[[ $(ls "$work/every"/*.schema.json | wc -l) -eq $(ls schemas/*.schema.json | wc -l) ]] || fail "[schema-every] not one file per committed schema"
for file in schemas/*.schema.json; do
  cmp -s "$file" "$work/every/$(basename "$file")" || fail "[schema-every] $(basename "$file") differs or is missing"
done
run 0 schema-plan-v1 schema district-plan --version 1
cmp -s "$work/schema-plan-v1.out" schemas/district-plan.v1.schema.json || fail "[schema-plan-v1] differs from schemas/district-plan.v1.schema.json"
run 3 schema-no-v3 schema city-concept --version 3

run 0 explain-list explain --lang en
expect explain-list "IC2002"
run 0 explain explain IC4002 --lang en
expect explain "yellowTolerancePercent"
run 3 explain-unknown explain IC9999

run 0 init init --out "$work/start" --lang en
run 0 init-validate validate "$work/start/city-concept.json" "$work/start/district-plan.json"
run 0 init-check check "$work/start/city-concept.json" "$work/start/district-plan.json" --at 2026-06-30
run 2 init-again init --out "$work/start"

# import: the sample measure list as XLSX and as CSV files (named by their sheets) gives the same plan, which
# validates; a broken cell is reported with file, row and column, and nothing is written.
sheets="samples/SpreadsheetImport/data"
run 0 import-xlsx import plan "$sheets/ehrang-quint-massnahmen.xlsx" --district Ehrang/Quint --concept "$concept" --out "$work/imported.json"
run 0 import-validate validate "$work/imported.json"
run 0 import-csv import plan "$sheets/ehrang-quint-ziele.csv" "$sheets/ehrang-quint-massnahmen.csv" "$sheets/ehrang-quint-indikatoren.csv" "$sheets/ehrang-quint-messwerte.csv" \
  --district Ehrang/Quint --concept "$concept"
cmp -s "$work/import-csv.out" "$work/imported.json" || fail "[import-csv] the CSV files give another plan than the workbook"
printf 'ID;Ma\xdfnahme;Status\nM-1;Stra\xdfenfest;vielleicht\n' > "$work/massnahmen.csv"   # Windows-1252, as German Excel saves it
run 2 import-broken import plan "$work/massnahmen.csv" --district Quint --concept "$concept" --lang en --out "$work/not-written.json"
grep -qxF "file massnahmen.csv, row 2, column C (Status): 'vielleicht' is not an allowed value (allowed: geplant, laufend, abgeschlossen, abgebrochen)." "$work/import-broken.err" \
  || { cat "$work/import-broken.err" >&2; fail "[import-broken] no problem with row and column"; }
[[ ! -e "$work/not-written.json" ]] || fail "[import-broken] a document was written despite the problem"
run 3 import-unplaced import plan "$work/liste.csv" --district Quint --concept "$concept"

# suggest: suggested links for the imported plan's goals and measures that refine no city goal.
run 0 suggest suggest "$concept" "$work/imported.json"
expect suggest "gemeinsame Wörter: "
run 0 suggest-json suggest "$concept" "$work/imported.json" --format json --lang en
expect suggest-json '"sharedTerms": ['

# The README's "Use it from the command line" shows real output: each line of its text blocks (except "...") must
# be a whole line of what the tool prints now.
readme_block() {
  awk -v want="$1" '/^## Use it from the command line/ { on = 1; next } /^## / { on = 0 }
    on && /^```text$/ { n++; inside = (n == want); next } inside && /^```$/ { inside = 0; next } inside' README.md
}
expect_readme() {
  local block="$1" output="$2" line
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == "..." ]] && continue
    grep -qxF -- "$line" "$output" || fail "README.md shows a line ikon no longer prints (update the README): $line"
  done < <(readme_block "$block")
}
expect_readme 1 "$work/check-stdout.out"
cp "$work/broken-plan.json" "$work/ehrang-quint.json"
(cd "$work" && "$ikon" validate ehrang-quint.json --lang en > "$work/readme-validate.out") && fail "[readme-validate] exit 0"
expect_readme 2 "$work/readme-validate.out"
expect_readme 3 "$work/suggest.out"
echo "verify-tool: ok   README.md shows what ikon prints"

# SARIF: the multitool must report 0 errors for every log the tool wrote.
if ! command -v npm > /dev/null || ! command -v node > /dev/null; then
  echo "verify-tool: installing nodejs and npm (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm) > "$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "cannot install nodejs and npm"; }
fi
multitool_dir="$repo_root/artifacts/sarif-multitool"
if [[ ! -x "$multitool_dir/node_modules/.bin/sarif-multitool" ]]; then
  echo "verify-tool: npm install @microsoft/sarif-multitool into $multitool_dir"
  mkdir -p "$multitool_dir"
  npm install --prefix "$multitool_dir" --no-audit --no-fund --silent @microsoft/sarif-multitool > "$work/npm.log" 2>&1 \
    || { cat "$work/npm.log" >&2; fail "npm install @microsoft/sarif-multitool failed"; }
fi
for log in "$work/check.sarif" "$work/matrix.sarif"; do
  rc=0
  "$multitool_dir/node_modules/.bin/sarif-multitool" validate "$log" > "$work/validate-sarif.log" 2>&1 || rc=$?
  errors=$(grep -c ': error ' "$work/validate-sarif.log" || true)
  warnings=$(grep -c ': warning ' "$work/validate-sarif.log" || true)
  if [[ $rc -ne 0 || $errors -ne 0 ]]; then
    cat "$work/validate-sarif.log" >&2
    fail "sarif-multitool validate $(basename "$log"): exit $rc, $errors error(s)"
  fi
  echo "verify-tool: ok   sarif-multitool validate $(basename "$log"): 0 errors, $warnings warning(s)"
done

echo "verify-tool: all commands and formats behave as documented"
