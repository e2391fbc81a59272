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
  test -f "$work/feed/$id.$version.snupkg" || { echo "missing symbol package $id.$version.snupkg"; exit 1; }
done

echo "== every shipped assembly has its PDB in the symbol package, with SourceLink to the repository"
unzip_to() { # archive, directory
  mkdir -p "$2"
  if command -v unzip >/dev/null 2>&1; then unzip -q -o "$1" -d "$2"
  elif command -v python3 >/dev/null 2>&1; then python3 -m zipfile -e "$1" "$2"
  else echo "check-packages.sh needs unzip or python3 to open the packages"; exit 1
  fi
}
# The JSON SourceLink writes into each PDB: the repository's raw files at the built commit.
sourcelink='"https://raw\.githubusercontent\.com/schemagen/schemagen/[0-9a-f]{40}/\*"'
for id in SchemaGen SchemaGen.Runtime SchemaGen.Sev; do
  unzip_to "$work/feed/$id.$version.nupkg" "$work/open/$id"
  unzip_to "$work/feed/$id.$version.snupkg" "$work/open/$id.symbols"
  dlls="$(cd "$work/open/$id" && find . \( -path './lib/*' -o -path './analyzers/*' \) -name '*.dll' | sed 's:^\./::' | sort)"
  test -n "$dlls" || { echo "$id.$version.nupkg holds no assembly"; exit 1; }
  for dll in $dlls; do
    pdb="$work/open/$id.symbols/${dll%.dll}.pdb"
    test -f "$pdb" || { echo "$id.$version.snupkg has no ${dll%.dll}.pdb for $dll"; exit 1; }
    grep -qaE "$sourcelink" "$pdb" || { echo "${dll%.dll}.pdb in $id.$version.snupkg has no SourceLink to the repository"; exit 1; }
    echo "$id: $dll -> ${dll%.dll}.pdb with SourceLink"
  done
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
# NuGet's restore record: SchemaGen and SchemaGen.Runtime must be packages from the private folder,
# and nothing may come in as a project.
assets="$consumer/obj/project.assets.json"
test -f "$assets" || { echo "no $assets: the consumer was not restored"; exit 1; }
for id in SchemaGen SchemaGen.Runtime; do
  grep -A1 "\"$id/$version\": {" "$assets" | grep -q '"type": "package"' \
    || { echo "the consumer did not get $id $version as a package (see $assets)"; exit 1; }
done
if grep -q '"type": "project"' "$assets"; then
  echo "the consumer saw a project, not a package:"; grep -B1 '"type": "project"' "$assets"; exit 1
fi
generator="$(find "$work/packages/schemagen/$version" -path '*/analyzers/dotnet/cs/SchemaGen.Generator.dll' | head -1)"
test -n "$generator" || { echo "the SchemaGen package in $work/packages has no analyzers/dotnet/cs/SchemaGen.Generator.dll"; exit 1; }

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
# Two default keys: SG0012 exactly, on Mistake.cs (another SG error would mean the analyzers misread it).
if grep -qE "Mistake\.cs\([0-9,]+\): error SG0012: " <<<"$build"; then
  grep -oE "[A-Za-z]+\.cs\([0-9,]+\): error SG[0-9]{4}: [^[]*" <<<"$build" | sort -u
  echo "package check passed"
else
  echo "$build" | tail -20
  echo "no SG0012 (more than one default key) on Mistake.cs in the build output of a consumer with two default keys"
  exit 1
fi
