using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0023-SG0026: every member of an enum a key holds needs its own text. An enum that gives any
/// member an [EnumValue] is checked where it is declared: members without one (SG0023), two
/// members with one text (SG0024), texts a property string cannot hold (SG0025). A key whose enum
/// gives none of its members a text, or comes broken from another assembly, is reported at the key
/// (SG0026). The code fix <c>AddEnumValueCodeFix</c> adds the missing attributes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnumValueAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.EnumMemberWithoutValue,
        Descriptors.DuplicateEnumValue,
        Descriptors.InvalidEnumValue,
        Descriptors.UnusableKeyEnum);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind == TypeKind.Enum)
        {
            AnalyzeEnum(context, symbols, type);
        }
        else if (symbols.PropertyStringOf(type) is not null)
        {
            AnalyzeKeys(context, symbols, type);
        }
    }

    private static void AnalyzeEnum(SymbolAnalysisContext context, SchemaSymbols symbols, INamedTypeSymbol type)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
        if (!members.Any(m => symbols.EnumValueOf(m) is not null))
        {
            // Not meant for property strings, unless a key holds it: AnalyzeKeys says so there.
            return;
        }

        var enumName = DisplayNames.Of(type);
        var owners = new Dictionary<string, IFieldSymbol>(System.StringComparer.Ordinal);
        foreach (var member in members)
        {
            var location = AttributeArguments.FirstLocation(member);
            var attribute = symbols.EnumValueOf(member);
            if (attribute is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EnumMemberWithoutValue, location, enumName, member.Name));
                continue;
            }

            var text = AttributeArguments.Name(attribute) ?? "";
            var textLocation = AttributeArguments.ConstructorArgument(attribute, 0, location, context.CancellationToken);
            if (!KeyParser.IsValidEnumText(text))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidEnumValue, textLocation, enumName, member.Name, text,
                    ProblemWith(text)));
            }
            else if (owners.TryGetValue(text, out var owner))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateEnumValue, textLocation, enumName, owner.Name, member.Name,
                    text));
            }
            else
            {
                owners.Add(text, member);
            }
        }
    }

    private static void AnalyzeKeys(SymbolAnalysisContext context, SchemaSymbols symbols, INamedTypeSymbol type)
    {
        foreach (var property in KeyProperties.Of(type).Select(k => k.Property))
        {
            var key = symbols.KeyOf(property);
            if (key is null
                || !KeyParser.TryGetValueType(property.Type, out var kind, out var valueType, out _)
                || kind != Model.ValueKind.Enum
                || KeyParser.EnumValuesOf(valueType) is not null)
            {
                continue;
            }

            var members = valueType.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
            bool annotated = members.Any(m => symbols.EnumValueOf(m) is not null);
            bool declaredHere = valueType.Locations.Any(l => l.IsInSource);
            string reason;
            if (members.Count == 0)
            {
                reason = "it has no members";
            }
            else if (!annotated)
            {
                reason = "none of its members has an [EnumValue]";
            }
            else if (!declaredHere)
            {
                reason = "some of its members lack an [EnumValue], share one, or have one a property string cannot hold";
            }
            else
            {
                // Declared here with some texts: AnalyzeEnum reports each member where it is declared.
                continue;
            }

            var location = (property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(
                context.CancellationToken) as PropertyDeclarationSyntax)?.Type.GetLocation()
                ?? AttributeArguments.FirstLocation(property);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnusableKeyEnum, location, DisplayNames.Of(type), property.Name, AttributeArguments.Name(key) ?? "",
                    DisplayNames.Of(valueType), reason));
        }
    }

    private static string ProblemWith(string text)
    {
        if (text.Length == 0)
        {
            return "it is empty";
        }

        if (text.Contains(','))
        {
            return "it contains ',', which separates keys";
        }

        if (text.Contains('='))
        {
            return "it contains '=', which separates a key from its value";
        }

        return text.Any(char.IsWhiteSpace) ? "it contains white space" : "it contains a character outside ASCII";
    }
}
