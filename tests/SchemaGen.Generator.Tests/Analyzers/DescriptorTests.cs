using System.Reflection;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Verifiers;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>Every descriptor is reported by an analyzer, documented on its page, and tracked for release.</summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Found = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    /// <summary>Every descriptor, checked to be all of them so that no loop below can pass on an empty list.</summary>
    private static DiagnosticDescriptor[] All
    {
        get
        {
            // SG0001-SG0029, SG0100-SG0102 and SG0200.
            Assert.Equal(33, Found.Length);
            return Found;
        }
    }

    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(
        typeof(DescriptorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
            "..", ".."));

    [Fact]
    public void Ids_are_unique_and_each_is_supported_by_one_analyzer()
    {
        Assert.Equal(All.Length, All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in All)
        {
            Assert.Single(SchemaGenAnalyzers.All, a => a.SupportedDiagnostics.Contains(descriptor));
        }
    }

    [Fact]
    public void Each_has_its_help_page()
    {
        foreach (var descriptor in All)
        {
            Assert.Equal($"https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text);
            Assert.Contains($"| Message | `{descriptor.MessageFormat}` |", text);
            Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", text);
        }
    }

    [Fact]
    public void Each_is_tracked_in_the_unshipped_release()
    {
        var releases = File.ReadAllLines(Path.Combine(RepositoryRoot, "generator", "SchemaGen.Generator", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in All)
        {
            Assert.Contains(releases, line => line.StartsWith($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |",
                StringComparison.Ordinal));
        }
    }
}
