#!/usr/bin/env bash
# Packs SchemaGen, SchemaGen.Runtime, SchemaGen.Sev and SchemaGen.Proxmox into a temporary local feed, then builds and
# runs a copy of samples/ConsumerSample against the packages alone (no ProjectReference), as a
# user who installed them from NuGet would; then shows that a schema mistake in that consumer is
# reported by the packaged analyzers in `dotnet build` output.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")"
echo "== pack $version into $work/feed"
dotnet pack "$root/SchemaGen.sln" -c Release -o "$work/feed" --nologo -v quiet
ls "$work/feed"
for id in SchemaGen SchemaGen.Runtime SchemaGen.Sev SchemaGen.Proxmox; do
  test -f "$work/feed/$id.$version.nupkg" || { echo "missing package $id.$version.nupkg"; exit 1; }
done

# The consumer lives outside the repository, so none of its Directory.*.props apply.
consumer="$work/consumer"
mkdir -p "$consumer"
cp "$root"/samples/ConsumerSample/*.cs "$consumer/"
cat > "$consumer/ConsumerSample.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SchemaGen" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML

echo "== build and run the consumer against the packages"
# A private packages folder: a stale SchemaGen $version in the global cache must not stand in.
dotnet build "$consumer" --packages "$work/packages" --nologo -v quiet
output="$(dotnet run --project "$consumer" --no-build)"
echo "$output"
grep -q "ok     virtio,bridge=vmbr0,firewall=1,tag=100 -> virtio,bridge=vmbr0,firewall=1,tag=100" <<<"$output"
grep -q "error  virtio,bridge=vmbr0,tag=5000 -> tag: value must have a maximum value of 4094" <<<"$output"
grep -q "invalid virtio,bridge=vmbr0,mtu=70000 -> mtu: value must have a maximum value of 65520" <<<"$output"
if grep -q "SchemaGen.Generator" <(find "$work/packages" -name "*.csproj" 2>/dev/null); then
  echo "the consumer saw a project, not a package"; exit 1
fi

echo "== a schema mistake is reported by the packaged analyzers"
cat > "$consumer/Mistake.cs" <<'CS'
using SchemaGen;
namespace ConsumerSample;
[PropertyString("mistake")]
public partial record struct Mistake
{
    [Key("a", DefaultKey = true)] public required partial int A { get; init; }
    [Key("b", DefaultKey = true)] public required partial int B { get; init; }
}
CS
set +e
build="$(dotnet build "$consumer" --packages "$work/packages" --nologo -v quiet 2>&1)"
set -e
if grep -qE "error SG[0-9]{4}" <<<"$build"; then
  grep -oE "[A-Za-z]+\.cs\([0-9,]+\): error SG[0-9]{4}: [^[]*" <<<"$build" | sort -u
  echo "package check passed"
else
  echo "$build" | tail -20
  echo "no SG diagnostic in the build output of a consumer with a schema mistake"
  exit 1
fi
