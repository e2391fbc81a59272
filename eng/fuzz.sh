#!/usr/bin/env bash
# Fuzzes every generated parser (tests/SchemaGen.Runtime.Tests/Robustness/ParserFuzzTests.cs) with
# more inputs than the test suite's million per format, and with megabyte inputs among them.
#   eng/fuzz.sh                       ten million inputs per format (about ten minutes)
#   eng/fuzz.sh 100000 --no-build     a short run (test.sh runs this after building)
# Arguments after the count go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

inputs="${1:-10000000}"
shift || true
case "$inputs" in
  ''|*[!0-9]*) echo "fuzz.sh: the input count must be a number, not '$inputs'" >&2; exit 2 ;;
esac

echo "fuzz.sh: $inputs inputs per format, megabyte inputs included"
SCHEMAGEN_FUZZ_INPUTS="$inputs" SCHEMAGEN_FUZZ_MEGABYTE=1 \
  dotnet test tests/SchemaGen.Runtime.Tests/SchemaGen.Runtime.Tests.csproj --configuration Release \
  --filter "FullyQualifiedName~SchemaGen.Runtime.Tests.Robustness.ParserFuzzTests" "$@"
