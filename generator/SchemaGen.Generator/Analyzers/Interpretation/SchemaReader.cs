using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>
/// Reads the rules of a <c>[PropertyString]</c> type into a <see cref="SchemaModel"/> for the
/// interpreter, whether the type is declared in this compilation or in a referenced assembly.
/// </summary>
/// <remarks>
/// <see cref="SchemaParser"/> answers the generator's question (can I implement these partial
/// properties?), and so refuses a type whose properties already have their generated bodies, which
/// is every schema an analyzer sees, and every schema in a referenced assembly. The interpreter
/// only needs the rules, so this reader reuses <see cref="KeyParser"/>'s pieces without the
/// partial-property requirement. It refuses what the generator would refuse for its rules (so an
/// analyzer never interprets a schema that has no parser), leaving code-shape mistakes to SG0001-SG0008.
/// </remarks>
internal static class SchemaReader
{
    public static SchemaModel? Read(INamedTypeSymbol type, AttributeData propertyString, INamedTypeSymbol keyAttribute,
        CancellationToken cancellationToken)
    {
        if (propertyString.ConstructorArguments.Length != 1 || propertyString.ConstructorArguments[0].Value is not string formatName)
        {
            return null;
        }

        var keys = new List<KeyModel>();
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            var attribute = property.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass,
                keyAttribute));
            if (attribute is null)
            {
                continue;
            }

            var key = ReadKey(property, attribute);
            if (key is null)
            {
                return null;
            }

            keys.Add(key);
        }

        if (keys.Count == 0 || keys.Count > SchemaParser.MaximumKeyCount || !SchemaParser.AreConsistent(keys))
        {
            return null;
        }

        return new SchemaModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            type.Name,
            type.IsValueType ? "struct" : "class",
            type.IsValueType,
            type.IsReadOnly,
            new List<ContainingTypeModel>().ToEquatableArray(),
            formatName,
            SchemaParser.NamedString(propertyString, KnownNames.Option),
            keys.ToEquatableArray(),
            NeedsParameterlessConstructor: false);
    }

    /// <summary>One key's rules; null where the generator would refuse them.</summary>
    public static KeyModel? ReadKey(IPropertySymbol property, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name
            || !KeyParser.TryGetValueType(property.Type, out var kind, out var valueType, out bool isNullable))
        {
            return null;
        }

        var enumValues = new List<EnumValueModel>().ToEquatableArray();
        if (kind == MemberKind.Enum)
        {
            var values = KeyParser.EnumValuesOf(valueType);
            if (values is null)
            {
                return null;
            }

            enumValues = values.Value;
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value);
        LimitModel? minimum = null, maximum = null;
        if ((named.TryGetValue(KnownNames.Minimum, out var min) && !KeyParser.TryGetLimit(min, kind, valueType, out minimum))
            || (named.TryGetValue(KnownNames.Maximum, out var max) && !KeyParser.TryGetLimit(max, kind, valueType, out maximum)))
        {
            return null;
        }

        return new KeyModel(
            property.Name,
            name,
            kind,
            valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            isNullable,
            Accessibility: "",
            property.IsRequired,
            SetterKeyword: "",
            SetterAccessibility: null,
            named.TryGetValue(KnownNames.DefaultKey, out var defaultKey) && defaultKey.Value is true,
            named.TryGetValue(KnownNames.Alias, out var alias) ? alias.Value as string : null,
            DefaultValue: null,
            minimum,
            maximum,
            named.TryGetValue(KnownNames.MinLength, out var minLength) && minLength.Value is int minLengthValue ? minLengthValue : null,
            named.TryGetValue(KnownNames.MaxLength, out var maxLength) && maxLength.Value is int maxLengthValue ? maxLengthValue : null,
            named.TryGetValue(KnownNames.Pattern, out var pattern) ? pattern.Value as string : null,
            FormatDescription: null,
            named.TryGetValue(KnownNames.Format, out var format) ? format.Value as string : null,
            enumValues,
            Description: null);
    }
}
