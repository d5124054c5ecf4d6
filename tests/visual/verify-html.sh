#!/usr/bin/env bash
# Checks the HTML reports as a reader sees them: renders the Trier sample (German and English), the matrix
# sample and the ConceptUpdate sample's change report (the HTML of ikon diff) to HTML, opens each in headless
# Chromium, runs axe-core (WCAG 2.0 A/AA, 2.1 A/AA: 0 violations), makes
# sure no script can run, takes a screenshot (not blank) and prints an A4 PDF (page count in range).
# Installs what it needs on a fresh Debian machine, idempotently: chromium (apt), puppeteer-core and axe-core
# (npm, into tests/visual/node_modules, not committed). Called by .ci/run; run it alone the same way:
#
#   bash tests/visual/verify-html.sh            # output in artifacts/visual/
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/visual"
mkdir -p "$out"

# apt needs root: as root run it directly, otherwise through sudo (non-interactive), else give up with a clear message.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    sudo -n "$@"
  else
    echo "verify-html: '$*' needs root (or password-less sudo); install chromium and nodejs by hand." >&2
    exit 1
  fi
}

apt_install() {
  echo "verify-html: installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null
}

chromium="${CHROMIUM:-}"
if [ -z "$chromium" ]; then
  chromium="$(command -v chromium || command -v chromium-browser || true)"
fi
if [ -z "$chromium" ]; then
  apt_install chromium
  chromium="$(command -v chromium)"
fi
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  apt_install nodejs npm
fi
export CHROMIUM="$chromium"
echo "verify-html: $("$chromium" --version 2> /dev/null | head -1), node $(node --version)"

# The npm packages go into tests/visual/node_modules (ignored by git); a second run finds them there.
if [ ! -f "$here/node_modules/puppeteer-core/package.json" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  echo "verify-html: npm install puppeteer-core axe-core (into $here/node_modules)"
  (cd "$here" && npm install --no-audit --no-fund --no-save --silent "puppeteer-core@24" "axe-core@4" > /dev/null)
fi

echo "verify-html: rendering the reports into $out"
dotnet build "$root/samples/TrierEhrangQuint" -c Release -v q -nologo > "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dotnet build "$here/RenderMatrix" -c Release -v q -nologo >> "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dotnet build "$root/samples/ConceptUpdate" -c Release -v q -nologo >> "$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
dotnet run -c Release --no-build --project "$root/samples/TrierEhrangQuint" -- --html "$out/trier.html" > /dev/null
dotnet run -c Release --no-build --project "$root/samples/TrierEhrangQuint" -- --english --html "$out/trier-en.html" > /dev/null
dotnet run -c Release --no-build --project "$here/RenderMatrix" -- "$out/matrix.html" > /dev/null
dotnet run -c Release --no-build --project "$root/samples/ConceptUpdate" -- --html "$out/diff.html" > /dev/null

# Page ranges: what the reports print to today on A4, with room for small changes of wording.
node "$here/check-pages.cjs" "$out" \
  "trier=$out/trier.html:5-14" \
  "trier-en=$out/trier-en.html:5-14" \
  "matrix=$out/matrix.html:2-6" \
  "diff=$out/diff.html:3-10"
