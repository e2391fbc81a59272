#!/usr/bin/env bash
# Fails when a hand-written C# file has a line longer than 140 characters (.editorconfig's
# max_line_length, which no Roslyn rule enforces). The generator's baselines are generated code
# compared byte for byte, so they keep the generator's own layout.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=140

mapfile -t files < <(git ls-files -- '*.cs' ':!:tests/SchemaGen.Generator.Tests/Baselines/**')
if [ "${#files[@]}" -eq 0 ]; then
  echo "check-line-length: no C# files found" >&2
  exit 1
fi

# perl (essential on Debian) counts characters, not bytes: the code has some non-ASCII text.
long="$(perl -CSD -ne 'chomp; printf "%s:%d: %d characters\n", $ARGV, $., length if length > '"$limit"'; close ARGV if eof' \
  "${files[@]}")"
if [ -n "$long" ]; then
  echo "$long"
  echo "check-line-length: $(wc -l <<<"$long") line(s) longer than $limit characters" >&2
  exit 1
fi
echo "check-line-length: ${#files[@]} files, no line longer than $limit characters"
