using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// One argument of an attribute as the key rules read it: the part of Roslyn's <see cref="TypedConstant"/> they use. The generator
/// builds it from the bound attribute (<see cref="Of"/>) or, without binding the attribute, from a constant written in its syntax
/// (<see cref="FromSyntax.ConstantReader"/>); both must give the same value for the same text, which the tests check.
/// </summary>
internal readonly struct ArgumentValue
{
    private ArgumentValue(TypedConstantKind kind, object? value, ITypeSymbol? enumType, ImmutableArray<ArgumentValue> values, bool isNull)
    {
        Kind = kind;
        Value = value;
        EnumType = enumType;
        Values = values;
        IsNull = isNull;
    }

    /// <summary>Primitive (a string, a bool, a number), Enum, Array, or Error.</summary>
    public TypedConstantKind Kind { get; }

    /// <summary>The constant; an enum member's as its underlying value; null for null, an array or an error.</summary>
    public object? Value { get; }

    /// <summary>The enum of an <see cref="TypedConstantKind.Enum"/> value; null otherwise.</summary>
    public ITypeSymbol? EnumType { get; }

    /// <summary>The elements of an array; empty otherwise.</summary>
    public ImmutableArray<ArgumentValue> Values { get; }

    /// <summary>Whether the argument is null (a null string or array).</summary>
    public bool IsNull { get; }

    /// <summary>The value of a bound argument.</summary>
    public static ArgumentValue Of(TypedConstant constant) => constant.Kind switch
    {
        // TypedConstant.Value throws for an array.
        TypedConstantKind.Array => new ArgumentValue(TypedConstantKind.Array, null, null,
            constant.IsNull ? ImmutableArray<ArgumentValue>.Empty : constant.Values.Select(Of).ToImmutableArray(), constant.IsNull),
        TypedConstantKind.Enum => new ArgumentValue(TypedConstantKind.Enum, constant.Value, constant.Type,
            ImmutableArray<ArgumentValue>.Empty, constant.IsNull),
        _ => new ArgumentValue(constant.Kind, constant.Value, null, ImmutableArray<ArgumentValue>.Empty, constant.IsNull),
    };

    /// <summary>A string, bool or number; null is a null string.</summary>
    public static ArgumentValue Primitive(object? value)
        => new(TypedConstantKind.Primitive, value, null, ImmutableArray<ArgumentValue>.Empty, value is null);

    /// <summary>An enum member, by its underlying value.</summary>
    public static ArgumentValue Enum(ITypeSymbol enumType, object value)
        => new(TypedConstantKind.Enum, value, enumType, ImmutableArray<ArgumentValue>.Empty, isNull: false);

    /// <summary>An array that is not null.</summary>
    public static ArgumentValue Array(ImmutableArray<ArgumentValue> values)
        => new(TypedConstantKind.Array, null, null, values, isNull: false);
}
