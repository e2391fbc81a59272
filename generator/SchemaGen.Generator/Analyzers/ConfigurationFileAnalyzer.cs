using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Analyzers.Interpretation;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0200: checks the <c>option: value</c> lines of Proxmox-style VM configuration files that the
/// project lists as <c>AdditionalFiles</c> against the schema types that name the option with
/// <c>[PropertyString(..., Option = "amd-sev")]</c>, in this compilation or a referenced assembly.
/// Each bad value is reported at its file, line and column, narrowed to the offending part.
/// See docs/decisions/0010-additional-files-config-check.md.
/// </summary>
/// <remarks>
/// Checked files: <c>*.conf</c>, unless an .editorconfig/.globalconfig says otherwise for the file
/// with <c>schemagen_config_check = true|false</c>. A compilation with no such file costs one pass
/// over its additional files' names; the schemas are looked up only when a file is checked.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The .editorconfig key that turns the check on or off for a file.</summary>
    public const string CheckOption = "schemagen_config_check";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidConfigurationValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SchemaSymbols.Resolve(start.Compilation);
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            if (symbols is null || !start.Options.AdditionalFiles.Any(file => IsChecked(file, provider)))
            {
                return;
            }

            var compilation = start.Compilation;
            var options = new Lazy<IReadOnlyDictionary<string, (INamedTypeSymbol Type, SchemaModel Schema)>>(
                () => SchemasByOption(compilation, symbols, start.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (IsChecked(fileContext.AdditionalFile, provider))
                {
                    Analyze(fileContext, options.Value);
                }
            });
        });
    }

    private static bool IsChecked(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        if (provider.GetOptions(file).TryGetValue(CheckOption, out var setting))
        {
            return string.Equals(setting.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Path.GetExtension(file.Path), ".conf", StringComparison.OrdinalIgnoreCase);
    }

    private static void Analyze(AdditionalFileAnalysisContext context,
        IReadOnlyDictionary<string, (INamedTypeSymbol Type, SchemaModel Schema)> options)
    {
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null || options.Count == 0)
        {
            return;
        }

        foreach (var entry in ConfigurationFile.Read(text))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!options.TryGetValue(entry.Option, out var schema)
                || PropertyStringInterpreter.Interpret(schema.Schema, entry.Value).Error is not { } error)
            {
                continue;
            }

            // A missing key has no place in the value: the whole value is at fault.
            var span = error.Length > 0 ? new TextSpan(entry.ValueSpan.Start + error.Offset, error.Length) : entry.ValueSpan;
            var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
            var message = error.SuggestedKey is null ? error.DisplayText
                : error.DisplayText + "; did you mean '" + error.SuggestedKey + "'?";
            var properties = error.SuggestedKey is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty
                    .Add(Descriptors.UnknownKeyProperty, entry.Value.Substring(error.Offset, error.Length))
                    .Add(Descriptors.SuggestedKeyProperty, error.SuggestedKey);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfigurationValue, location, properties, entry.Option,
                DisplayNames.Of(schema.Type), message));
        }
    }

    /// <summary>
    /// The schema of each option, from the types of this compilation and of the assemblies that
    /// reference SchemaGen.Runtime (no other assembly can hold one). Where two types name one
    /// option, the first by full name wins, so that the answer does not depend on reference order.
    /// </summary>
    private static IReadOnlyDictionary<string, (INamedTypeSymbol, SchemaModel)> SchemasByOption(Compilation compilation,
        SchemaSymbols symbols, CancellationToken cancellationToken)
    {
        var runtime = symbols.PropertyStringAttribute.ContainingAssembly;
        var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
        assemblies.AddRange(compilation.SourceModule.ReferencedAssemblySymbols
            .Where(a => a.Modules.Any(m => m.ReferencedAssemblySymbols.Contains(runtime, SymbolEqualityComparer.Default))));

        var found = new List<(string Option, string Name, INamedTypeSymbol Type, SchemaModel Schema)>();
        foreach (var assembly in assemblies)
        {
            foreach (var type in TypesIn(assembly.GlobalNamespace))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var attribute = symbols.PropertyStringOf(type);
                if (attribute is not null
                    && SchemaGen.Generator.Parsing.SchemaParser.NamedString(attribute, ContractNames.Option) is { Length: > 0 } option
                    && SchemaGen.Generator.Parsing.SchemaParser.ReadRules(type, attribute, forGeneration: false,
                        cancellationToken) is { } schema)
                {
                    found.Add((option, type.ToDisplayString(), type, schema));
                }
            }
        }

        var byOption = new Dictionary<string, (INamedTypeSymbol, SchemaModel)>(StringComparer.Ordinal);
        foreach (var (option, _, type, schema) in found.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (!byOption.ContainsKey(option))
            {
                byOption.Add(option, (type, schema));
            }
        }

        return byOption;
    }

    private static IEnumerable<INamedTypeSymbol> TypesIn(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in TypesIn(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in NestedTypesOf(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> NestedTypesOf(INamedTypeSymbol type)
    {
        foreach (var nested in type.GetTypeMembers())
        {
            yield return nested;
            foreach (var deeper in NestedTypesOf(nested))
            {
                yield return deeper;
            }
        }
    }
}
