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

# expect_readme: the "What it prints" block of the sample's README.md is still true: each of its
# lines (except "..." and blank ones) is a whole line of what the sample printed.
expect_readme() {
  local readme="samples/$current/README.md" line
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == "..." ]] && continue
    grep -qxF -- "$line" "$work/$current.out" \
      || fail "$current" "$readme shows a line the sample no longer prints (update the README): $line"
  done < <(awk '/^```text$/ { inside = 1; next } /^```$/ { if (inside) exit } inside' "$readme")
}

current=""
# A German percentage such as "50,0 %": .NET puts a no-break space (two bytes in UTF-8) before the sign.
pct_de='[0-9]+,[0-9][^0-9%]{0,3}%'

# --- Trier / Ehrang-Quint: the README's main sample ---------------------------------------
run_sample TrierEhrangQuint
expect "Bericht zur Umsetzung im Stadtteil Ehrang/Quint"
expect "- Stichtag: 31.12.2014"
expect "- Prüfprofil: Standard"
expect "Handlungsfelder auf einen Blick:"
# Each of Trier's five action fields with its goals in the district, fully and partly covered, not covered, not
# applicable; Verwaltung is declared out of scope as a whole. The percentage says what it counts.
expect_regex "^  Bildung und Sprache +2 +1 +1 +0 +1  teilweise abgedeckt$"
expect_regex "^  Ausbildung, Arbeit +2 +0 +1 +1 +0  teilweise abgedeckt$"
expect_regex "^  Wohnen und Leben im +3 +3 +0 +0 +0  abgedeckt$"
expect_regex "^  Gesundheit und +1 +0 +0 +1 +1  nicht abgedeckt$"
expect_regex "^  Verwaltung +0 +0 +0 +0 +2  nicht zutreffend$"
expect_regex "^  Gesamt +8 +4 +2 +2 +4  –$"
expect_regex "Davon vollständig abgedeckt: 4, teilweise abgedeckt: 2, nicht abgedeckt: 2\. Vollständig$"
# The goal tables: carrier and lead office, recorded implementation status, budget per year.
expect "Umsetzungsstand laut Planung: EQ-1: auf gutem Weg (Stand 31.12.2012) – illustrativ / illustrative"
expect "Federführung: Stadtverwaltung Trier"
expect "(ohne Träger; ohne Federführung; ohne Laufzeit; geplant)"
expect "Haushaltsmittel der Maßnahmen im Handlungsfeld Wohnen und Leben im Stadtteil:"
expect_regex "^  M-03 Schnuppermitgliedschaften in Vereinen +2012 +– +– +1\.240,50.€  Stadt Trier$"
# The indicators with unit, date, the planned value rounded ("rund") and the light in words, green ones too.
expect_regex "^  Letzte Messung: 15.Personen \(31\.12\.2012\)$"
# I-4 was last measured before its target date, which has passed: the target itself is the planned value, the
# light says the target was missed (as IC4006 does), not "im Plan".
expect_regex "^  Sollwert laut Zielpfad: 60.Personen$"
expect "  Ampel: gelb: Zielwert verfehlt"
expect "  Letzte Messung: keine Messung"
# Rule ids only in the technical appendix.
expect "Technischer Anhang"
expect "- IC3011" # the plan takes up the draft of spring 2011, the concept is the adopted version
expect_regex "^  Meldung: Das Ziel BS-1 .* ist nur$" # partly covered, naming what is missing
expect "- IC1002" # a city goal no district goal takes up
# Issue 13 (format 2): term, targets past their date, stale data, lead office, budget, target groups.
expect "- IC3014"
expect "Meldung: Die Laufzeit des Stadtteilkonzepts endete am 31.12.2012"
expect "hat seinen Zielwert verfehlt: Ziel 20 zum 31.12.2012"
expect "- IC4004"
expect "- IC2008"
expect "- IC2009"
expect "- IC1007"
expect "laut Planung: erreicht (Stand 31.12.2012)"
expect "Mit Begründung zurückgestellte Befunde:"
expect "  Begründung: Netzwerk- und Aktionsteam"
expect "Rückmeldung an das gesamtstädtische Konzept"
expect "Defizite: Ziele, die der Stadtteil nicht oder nur teilweise umsetzen kann"
expect "Potenziale: eigene Ziele des Stadtteils über das Konzept hinaus"
# No line is wider than 100 columns (characters, not bytes).
if perl -CSD -ne 'chomp; $wide = 1 if length > 100; END { exit !$wide }' "$work/$current.out"; then
  fail "$current" "a line is wider than 100 columns"
fi
expect_readme
run_sample TrierEhrangQuint --no-build -- --english
expect "Implementation report for the district Ehrang/Quint"
expect_regex "^  Education and language +2 +1 +1 +0 +1  partly covered$"
expect "Feedback for the city concept"
run_sample TrierEhrangQuint --no-build -- --markdown
expect "# Bericht zur Umsetzung im Stadtteil Ehrang/Quint"
expect "## Auf einen Blick"
expect "| Ziel | Stand | Umsetzungsstand laut Planung | Stadtteilziele | Maßnahmen (Träger; Federführung; Laufzeit; Stand) | Was fehlt / Begründung |"
# --html / --docx write the committee report beside the unchanged text output.
run_sample TrierEhrangQuint --no-build -- --html "$work/trier.html" --docx "$work/trier.docx"
expect "Auf einen Blick"
grep -q '<h1 id="bericht">Bericht zur Umsetzung im Stadtteil Ehrang/Quint</h1>' "$work/trier.html" \
  || fail TrierEhrangQuint "--html wrote no report to $work/trier.html"
[[ "$(head -c 2 "$work/trier.docx")" == "PK" ]] || fail TrierEhrangQuint "--docx wrote no DOCX (ZIP) file"

# --- Custom rule --------------------------------------------------------------------------
run_sample CustomRule
expect "Eigene Regel TR0001: 3 Befunde"
expect "- TR0001"
expect "  Meldung: Die Maßnahme M-03 „Schnuppermitgliedschaften in Vereinen“ richtet sich an Kinder, nennt"
expect "- IC3011" # the built-in rules still run beside the custom one
expect_readme

# --- Spreadsheet import and suggested links ---------------------------------------------------
run_sample SpreadsheetImport
expect "Eingelesen aus ehrang-quint-massnahmen.xlsx: 7 Ziele, 11 Maßnahmen, 1 Indikator(en), 6 Akteure"
expect "Eingelesen aus den CSV-Dateien: derselbe Plan: ja"
expect "Vorschläge für Verknüpfungen (9):"
expect_regex "^    [123]\. BS-1 Sprachförderung .*gemeinsame Wörter: .*förderung.*" # the paraphrase meets the compound
expect_regex "^    1\. AAW-2 .*Score [0-9]+,[0-9]{2}; gemeinsame Wörter: jugendliche, übergang, ausbildung, begleiten$"
expect "Bestätigt und übernommen: EQ-5 → BS-1, EQ-6 → AAW-2, M-11 → AAW-2"
expect "Nach XLSX exportiert und wieder eingelesen: gleich: ja"
# The report of the linked plan: EQ-5 now takes up BS-1, so BS-1 is partly covered; rule ids are stable.
expect_regex "^  Bildung und Sprache +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+  "
expect "- IC1003"
expect_regex "^  Meldung: Das Ziel BS-1 "
expect_readme

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
expect "Bericht zur Umsetzung in den Stadtteilen"
expect "- Stadtteile: Nordstadt, Hafenviertel, Südstadt"
expect_regex "^  Stadtteil +Ziele im +vollständig +teilweise +nicht +nicht +Abdeckungsgrad$"
expect_regex "^  Nordstadt +3 +1 +1 +1 +1 +33.%$"
expect_regex "^  Zusammen +4 +1 +3 +0 +0 +25.%$"
expect_regex "^  SB-1 Frühe +abgedeckt +nicht abgedeckt +teilweise abgedeckt +abgedeckt$"
expect "Potenzial aus Hafenviertel: H-3"
# Concept history: Hafenviertel takes up the concept of 2019, the report says what changed.
expect_regex "IC3011 .*Fassung 2019|IC3011 .*Version 2019"
expect "Ziel SB-2 neu gefasst"
expect "Ziel AR-1 ist vom Handlungsfeld SB in das Handlungsfeld AR verschoben"
expect_regex "IC1006 .*HB-2"
expect_regex "IC3016 .*N-I3"
expect_regex "IC4005 .*N-I2 .*Zielwert erreicht"
# A plan naming a concept version that does not exist (illustrative Südstadt): its own error.
expect "Befunde für Südstadt (13):"
expect_regex "IC3015 .*Fassung 2021 auf, die das gesamtstädtische Konzept nicht kennt"
expect_readme
# The restored package is the one just packed, not a cached or project-built copy.
[[ -d "$consumer/.nuget-packages/integrationconcept/$(echo "$version" | tr '[:upper:]' '[:lower:]')" ]] \
  || fail "SecondMunicipality" "did not restore IntegrationConcept $version from $consumer/packages-local"

# --- ConceptUpdate: the Trier concept from the draft of spring 2011 to the adoption, and the district's feedback ---
run_sample ConceptUpdate
expect_readme
expect "Geänderte Grundsätze"
expect "Zu überprüfen in Ehrang/Quint"
expect_regex "Fassung „Entwurf 2011“, Stichtag 31\.10\.2011$"
expect_regex "Fassung „Beschluss 2011“, Stichtag 30\.06\.2012$"
expect_regex "I-1 +keine Warnung +Zielwert verfehlt"
expect "  - Entscheidung: abgelehnt: Die Anerkennung berät die Kammer gesamtstädtisch, nicht der Stadtteil (illustrativ) am 13.12.2011"
run_sample ConceptUpdate -- --english
expect "Concept update: what changed"
expect "Feedback into the city concept"
expect_regex "^Beschluss 2011: WLS-4 \(Added\) <- R-4 Ehrang/Quint, 2011-10-31$"
run_sample ConceptUpdate -- --json "$work/feedback.json"
grep -qF '"status": "adopted"' "$work/feedback.json" || fail ConceptUpdate "the feedback document lacks an adoption"
run_sample ConceptUpdate -- --html "$work/change.html"
grep -qF 'Ziele vorher und nachher nach Stand der Abdeckung</figcaption>' "$work/change.html" \
  || fail ConceptUpdate "the HTML change report lacks the before/after chart per action field"

echo "verify-samples: all samples passed"
