using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.Generator.Tests.Verifiers;

/// <summary>Every analyzer SchemaGen ships, found by reflection so that a new one is tested too.</summary>
public static class SchemaGenAnalyzers
{
    /// <summary>One instance of each, ordered by name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .OrderBy(a => a.GetType().Name, StringComparer.Ordinal)
        .ToImmutableArray();
}
