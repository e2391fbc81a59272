using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SchemaGen.Generator.Analyzers.Interpretation;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0100-SG0102: a compile-time constant given to a schema's generated <c>Parse</c> or
/// <c>TryParse</c> (UTF-16, UTF-8 <c>"..."u8</c>, <c>IParsable</c>/<c>ISpanParsable</c> forms) is
/// parsed here, by <see cref="PropertyStringInterpreter"/>; if the parser would refuse it, the error
/// is reported with the parser's text, on the offending part of the literal where that can be
/// mapped exactly. An unknown key close to a known one says which was probably meant, and
/// <c>FixMisspelledKeyCodeFix</c> replaces it.
/// </summary>
/// <remarks>
/// <c>Parse</c> would throw: an error (SG0100, or SG0101 for a misspelled key). <c>TryParse</c>
/// only returns false, and a constant that fails there is how tests and demos show the parser's
/// errors (the README does), so it is informational (SG0102): shown in the IDE, silent in a build,
/// raised with <c>dotnet_diagnostic.SG0102.severity</c> where a team wants it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PropertyStringLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidPropertyString, Descriptors.MisspelledKey, Descriptors.TryParseAlwaysFails);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code parses what it is given at run time; a literal there is not the user's to fix.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SchemaSymbols.Resolve(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            // Each schema is read once per compilation, however many calls parse with it.
            var schemas = new ConcurrentDictionary<INamedTypeSymbol, SchemaModel?>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(operationContext => Analyze(operationContext, symbols, schemas), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, SchemaSymbols symbols,
        ConcurrentDictionary<INamedTypeSymbol, SchemaModel?> schemas)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Name is not ("Parse" or "TryParse") || !IsParsingSignature(method))
        {
            return;
        }

        var type = method.ContainingType;
        var attribute = symbols.PropertyStringOf(type);
        if (attribute is null)
        {
            return;
        }

        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (argument is null || !TryGetConstantText(argument.Value, out var text, out var source))
        {
            return;
        }

        var schema = schemas.GetOrAdd(type, t => SchemaParser.ReadRules(t, attribute, forGeneration: false, context.CancellationToken));
        if (schema is null || PropertyStringInterpreter.Interpret(schema, text).Error is not { } error)
        {
            return;
        }

        var location = LocationOf(source, text, error);
        var properties = error.SuggestedKey is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty
                .Add(Descriptors.UnknownKeyProperty, text.Substring(error.Offset, error.Length))
                .Add(Descriptors.SuggestedKeyProperty, error.SuggestedKey);
        Diagnostic diagnostic;
        if (method.Name == "TryParse")
        {
            var message = error.SuggestedKey is null ? error.DisplayText
                : error.DisplayText + "; did you mean '" + error.SuggestedKey + "'?";
            diagnostic = Diagnostic.Create(Descriptors.TryParseAlwaysFails, location, properties, DisplayNames.Of(type), message);
        }
        else
        {
            diagnostic = error.SuggestedKey is null
                ? Diagnostic.Create(Descriptors.InvalidPropertyString, location, DisplayNames.Of(type), error.DisplayText)
                : Diagnostic.Create(Descriptors.MisspelledKey, location, properties, DisplayNames.Of(type), error.DisplayText,
                    error.SuggestedKey);
        }

        context.ReportDiagnostic(diagnostic);
    }

    /// <summary>The generated entry points: text first, then nothing but an optional format provider and out parameters.</summary>
    private static bool IsParsingSignature(IMethodSymbol method)
    {
        if (method.Parameters.Length == 0 || !IsTextType(method.Parameters[0].Type))
        {
            return false;
        }

        return method.Parameters.Skip(1).All(p => p.RefKind == RefKind.Out || p.Type.Name == "IFormatProvider");
    }

    private static bool IsTextType(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String
           || KeyFormatRules.IsSpanOf(type, SpecialType.System_Char)
           || KeyFormatRules.IsSpanOf(type, SpecialType.System_Byte);

    /// <summary>
    /// The constant text an argument holds, looking through the conversions to a span, <c>"..."u8</c>
    /// and <c>"...".AsSpan()</c>; <paramref name="source"/> is the operation that wrote it.
    /// </summary>
    private static bool TryGetConstantText(IOperation value, out string text, out IOperation source)
    {
        value = Unwrap(value);
        if (value is IInvocationOperation
            {
                TargetMethod: { Name: "AsSpan", ContainingType.Name: "MemoryExtensions" },
                Arguments.Length: 1,
            } asSpan)
        {
            value = Unwrap(asSpan.Arguments[0].Value);
        }

        source = value;
        text = value switch
        {
            IUtf8StringOperation utf8 => utf8.Value,
            { ConstantValue: { HasValue: true, Value: string constant } } => constant,
            _ => null!,
        };
        return text is not null;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The offending part of a literal, when its characters map exactly to the source; else the whole expression.</summary>
    private static Location LocationOf(IOperation source, string text, ParseError error)
    {
        var syntax = source.Syntax;
        if (syntax is LiteralExpressionSyntax literal && LiteralTextMap.Create(literal.Token, text)?.Map(error.Offset,
            error.Length) is { } span)
        {
            return Location.Create(syntax.SyntaxTree, span);
        }

        return syntax.GetLocation();
    }
}
