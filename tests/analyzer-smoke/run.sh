#!/usr/bin/env bash
# End-to-end proof that SchemaGen's analyzers reach a real `dotnet build`: a throwaway consumer
# project (outside the repository, in a temp dir) references the generator as an Analyzer and
# SchemaGen.Runtime, holds deliberate mistakes, and must fail to build with the SG diagnostics
# below in its output. Exit 0 when they are all there.
#
#   tests/analyzer-smoke/run.sh            # from anywhere; about 30-60 s
#   KEEP=1 tests/analyzer-smoke/run.sh     # keep the temp project to look at
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/schemagen-smoke.XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/SchemaGen.Runtime/SchemaGen.Runtime.csproj" />
    <ProjectReference Include="$repo/generator/SchemaGen.Generator/SchemaGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <AdditionalFiles Include="vm/*.conf" />
  </ItemGroup>
</Project>
XML

mkdir -p "$work/vm"
cat > "$work/Schema.cs" <<'CS'
using SchemaGen;

// Mistake 1 (SG0020): an optional key that has no value for when it is absent.
// (Mistakes the compiler itself refuses at declaration level, such as a partial property in a
// type that is not partial, stop `dotnet build` before analyzers run; the IDE still shows them.)
[PropertyString("smoke-fmt")]
public partial record struct Broken
{
    [Key("level", DefaultKey = true)] public required partial int Level { get; init; }
    [Key("quiet")] public partial bool Quiet { get; init; }
}

[PropertyString("good-fmt", Option = "good")]
public partial record struct Good
{
    [Key("mode", DefaultKey = true)] public required partial Mode Mode { get; init; }
    [Key("verbose", Default = false)] public partial bool Verbose { get; init; }
}

public enum Mode { [EnumValue("fast")] Fast, [EnumValue("safe")] Safe }

public static class Program
{
    // Mistake 2 (SG0101): a misspelled key in a constant the parser would reject.
    public static Good Parsed => Good.Parse("safe,verbos=1");

    public static void Main() => System.Console.WriteLine(Parsed);
}
CS

# Mistake 3 (SG0200): a configuration value the schema rejects.
printf 'good: fast,verbose=maybe\n' > "$work/vm/100.conf"

set +e
output="$(cd "$work" && dotnet build --nologo -clp:NoSummary 2>&1)"
status=$?
set -e

failed=0
for expected in "error SG0020" "error SG0101" "error SG0200" "vm/100.conf(1,20)"; do
  if ! grep -qF "$expected" <<<"$output"; then
    echo "analyzer-smoke: '$expected' is missing from the build output" >&2
    failed=1
  fi
done
if [[ $status -eq 0 ]]; then
  echo "analyzer-smoke: the build succeeded although it has errors" >&2
  failed=1
fi
if [[ $failed -ne 0 ]]; then
  echo "$output" >&2
  exit 1
fi
grep -E "error SG[0-9]{4}" <<<"$output" | sed -E 's/ \[[^]]*\]$//' | sort -u
echo "analyzer-smoke: ok"
