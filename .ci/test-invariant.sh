#!/usr/bin/env bash
# Runs the whole test suite a second time under invariant globalization (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1,
# as in containers and Native AOT apps): no ICU, so a German report that asked the operating system for its
# formats would come out with a decimal point, or not at all. Named cultures are allowed to exist
# (DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=0), so that the tests' CultureInfo.GetCultureInfo("de-DE")
# gives a culture named de-DE that carries invariant data: every German expectation of the suite then checks that
# the library carries its own formats. The strict mode (no named cultures at all) is checked by
# samples/AotConsumer/verify-aot.sh. The net10.0 build of the tests only: globalization is the runtime's (the net8.0
# build runs on the same .NET 10 runtime), and a second net8.0 pass would double the time for nothing new.
#
#   bash .ci/test-invariant.sh RESULTS_DIR    (after a build of the tests: runs with --no-build)
# Writes RESULTS_DIR/invariant-globalization.trx, which .ci/run counts with the other TRX files.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
results="${1:?usage: test-invariant.sh RESULTS_DIR}"

DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=0 \
  dotnet test tests/IntegrationConcept.Tests --no-build -f net10.0 \
  --logger "trx;LogFileName=invariant-globalization.trx" --results-directory "$results"
