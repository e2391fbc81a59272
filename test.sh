#!/usr/bin/env bash
# Runs every test of the repository: the README's test command.
#   1. dotnet test SchemaGen.sln (generator, analyzers, code fixes, vectors, SEV runtime, launcher)
#   2. eng/check-packages.sh: a consumer built against the packed NuGet packages alone
#   3. tests/analyzer-smoke/run.sh: SG diagnostics in a real `dotnet build`, config files included
#   4. eng/check-line-length.sh: no hand-written C# line longer than 140 characters
#   5. eng/fuzz.sh 100000: a short fuzz run with megabyte inputs (the suite's own run has none)
#   6. the parsing, vector and allocation tests again with 512-bit vectors off, then with every
#      vector off: the parsers classify text with the widest vectors the machine has, so a machine
#      with wide vectors would otherwise leave the narrower paths untested
set -euo pipefail
cd "$(dirname "$0")"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

status=0
dotnet test SchemaGen.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?
eng/check-packages.sh || status=$?
tests/analyzer-smoke/run.sh || status=$?
eng/check-line-length.sh || status=$?
eng/fuzz.sh 100000 --no-build || status=$?
narrow_filter='FullyQualifiedName~.Parsing.|FullyQualifiedName~.Vectors.|FullyQualifiedName~.Allocation.'
for narrow in DOTNET_EnableAVX512F DOTNET_EnableHWIntrinsic; do
  echo "== the parsing tests with $narrow=0"
  env "$narrow=0" dotnet test tests/SchemaGen.Runtime.Tests --configuration Release --no-build --filter "$narrow_filter" 2>&1 \
    | tee -a "$log" || status=$?
done

# One closing line for the whole run, summed over the test projects' own summaries.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
