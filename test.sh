#!/usr/bin/env bash
# Runs every test of the repository: the README's test command.
#   1. dotnet test SchemaGen.sln (generator, analyzers, code fixes, vectors, SEV runtime, launcher)
#   2. eng/check-packages.sh: a consumer built against the packed NuGet packages alone
#   3. tests/analyzer-smoke/run.sh: SG diagnostics in a real `dotnet build`, config files included
set -euo pipefail
cd "$(dirname "$0")"
dotnet test SchemaGen.sln --configuration Release "$@"
eng/check-packages.sh
tests/analyzer-smoke/run.sh
