using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// The value of an attribute argument written as a constant the reader can evaluate without binding: a literal (a negative number
/// too), string literals joined by <c>+</c>, a constant field or enum member named through <see cref="ScopeLookup"/>, an array of
/// strings. What the compiler would convert (an <c>int</c> given to a <c>long</c> parameter, a <c>char</c> to an <c>int</c>),
/// and anything else, gives null, and the caller binds the attribute instead. The value is the one Roslyn's
/// <see cref="TypedConstant"/> holds for the same text: a number given to an <c>object</c> keeps its own type.
/// </summary>
internal static class ConstantReader
{
    /// <summary>The value of <paramref name="expression"/> given to a parameter or property of type <paramref name="declared"/>.</summary>
    public static ArgumentValue? Read(ExpressionSyntax expression, ITypeSymbol declared, ScopeLookup scope)
    {
        if (declared is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String })
        {
            return StringArray(expression, scope);
        }

        var value = Natural(expression, scope);
        if (value is not { } found)
        {
            return null;
        }

        return declared.SpecialType switch
        {
            SpecialType.System_Object => found,
            SpecialType.System_String or SpecialType.System_Boolean or SpecialType.System_Int32
                when found.Kind == TypedConstantKind.Primitive && found.Value is { } constant
                    && SpecialTypeOf(constant) == declared.SpecialType
                => found,
            _ => null,
        };
    }

    /// <summary>A constant of its own type; null strings and <c>null</c> are left to the compiler.</summary>
    private static ArgumentValue? Natural(ExpressionSyntax expression, ScopeLookup scope)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Natural(parenthesized.Expression, scope);
            case LiteralExpressionSyntax literal when literal.Kind() is SyntaxKind.StringLiteralExpression
                or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression or SyntaxKind.NumericLiteralExpression
                or SyntaxKind.CharacterLiteralExpression:
                // decimal is no attribute argument type: the compiler reports it.
                return literal.Token.Value is { } value and not decimal ? ArgumentValue.Primitive(value) : null;
            case PrefixUnaryExpressionSyntax negation when negation.IsKind(SyntaxKind.UnaryMinusExpression):
                return Negated(negation.Operand);
            case BinaryExpressionSyntax joined when joined.IsKind(SyntaxKind.AddExpression):
                return String(joined, scope) is { } text ? ArgumentValue.Primitive(text) : null;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax:
                return Field(expression, scope);
            case CastExpressionSyntax { Type: PredefinedTypeSyntax target } cast:
                return Natural(cast.Expression, scope) is { Kind: TypedConstantKind.Primitive, Value: { } operand }
                    ? Converted(operand, target.Keyword.Kind())
                    : null;
            case InvocationExpressionSyntax invocation:
                return NameOf(invocation, scope) is { } name ? ArgumentValue.Primitive(name) : null;
            default:
                return null;
        }
    }

    // -x of a literal keeps the literal's type where C# keeps it (int, long, float, double); -2147483648 is an int whose literal is a
    // uint, which is left to the compiler, as is every other unsigned literal.
    private static ArgumentValue? Negated(ExpressionSyntax operand)
    {
        if (operand is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.NumericLiteralExpression))
        {
            return null;
        }

        object? negated = literal.Token.Value switch
        {
            int i => -i,
            long l => -l,
            float f => -f,
            double d => -d,
            _ => null,
        };
        return negated is null ? null : ArgumentValue.Primitive(negated);
    }

    // (byte)0, (long)-1, (double)5: a number cast to an integer type it fits (else the compiler reports it) or to double.
    private static ArgumentValue? Converted(object operand, SyntaxKind target)
    {
        if (operand is not (sbyte or byte or short or ushort or int or uint or long or ulong or double))
        {
            return null;
        }

        if (target == SyntaxKind.DoubleKeyword)
        {
            return ArgumentValue.Primitive(System.Convert.ToDouble(operand, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (operand is double)
        {
            return null;
        }

        // Every integer fits a decimal; an integer that does not fit the target is the compiler's to report.
        var value = System.Convert.ToDecimal(operand, System.Globalization.CultureInfo.InvariantCulture);
        object? converted = target switch
        {
            SyntaxKind.SByteKeyword when value is >= sbyte.MinValue and <= sbyte.MaxValue => (sbyte)value,
            SyntaxKind.ByteKeyword when value is >= byte.MinValue and <= byte.MaxValue => (byte)value,
            SyntaxKind.ShortKeyword when value is >= short.MinValue and <= short.MaxValue => (short)value,
            SyntaxKind.UShortKeyword when value is >= ushort.MinValue and <= ushort.MaxValue => (ushort)value,
            SyntaxKind.IntKeyword when value is >= int.MinValue and <= int.MaxValue => (int)value,
            SyntaxKind.UIntKeyword when value is >= uint.MinValue and <= uint.MaxValue => (uint)value,
            SyntaxKind.LongKeyword when value is >= long.MinValue and <= long.MaxValue => (long)value,
            SyntaxKind.ULongKeyword when value is >= ulong.MinValue and <= ulong.MaxValue => (ulong)value,
            _ => null,
        };
        return converted is null ? null : ArgumentValue.Primitive(converted);
    }

    // nameof(X) or nameof(T.X): the last name, when no method named nameof is in scope and X is found.
    private static string? NameOf(InvocationExpressionSyntax invocation, ScopeLookup scope)
    {
        if (invocation.Expression is not IdentifierNameSyntax { Identifier.Text: "nameof" } || invocation.ArgumentList.Arguments.Count != 1
            || invocation.ArgumentList.Arguments[0] is not { NameColon: null, RefKindKeyword.RawKind: 0 } argument
            || !scope.IsNameOf(argument.Expression))
        {
            return null;
        }

        return argument.Expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
            _ => null,
        };
    }

    // A string constant: a literal, a constant string field, or two of them joined by +.
    private static string? String(ExpressionSyntax expression, ScopeLookup scope) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => String(parenthesized.Expression, scope),
        BinaryExpressionSyntax joined when joined.IsKind(SyntaxKind.AddExpression)
            => String(joined.Left, scope) is { } left && String(joined.Right, scope) is { } right ? left + right : null,
        _ => Natural(expression, scope) is { Kind: TypedConstantKind.Primitive, Value: string text } ? text : null,
    };

    // A constant field or enum member, named as the compiler would find it.
    private static ArgumentValue? Field(ExpressionSyntax expression, ScopeLookup scope)
    {
        if (scope.Symbol(expression) is not IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: { } value } field)
        {
            return null;
        }

        if (field.Type.TypeKind == TypeKind.Enum)
        {
            return ArgumentValue.Enum(field.Type, value);
        }

        return SpecialTypeOf(value) == field.Type.SpecialType ? ArgumentValue.Primitive(value) : null;
    }

    private static ArgumentValue? StringArray(ExpressionSyntax expression, ScopeLookup scope)
    {
        SeparatedSyntaxList<ExpressionSyntax> elements;
        switch (expression)
        {
            case CollectionExpressionSyntax collection:
                var builder = ImmutableArray.CreateBuilder<ArgumentValue>(collection.Elements.Count);
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: var item } || String(item, scope) is not { } text)
                    {
                        return null;
                    }

                    builder.Add(ArgumentValue.Primitive(text));
                }

                return ArgumentValue.Array(builder.MoveToImmutable());
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                elements = implicitArray.Initializer.Expressions;
                break;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer, Type: { ElementType: PredefinedTypeSyntax element } type }
                when element.Keyword.IsKind(SyntaxKind.StringKeyword) && type.RankSpecifiers.Count == 1
                    && type.RankSpecifiers[0].Sizes.Count == 1
                    && type.RankSpecifiers[0].Sizes[0] is OmittedArraySizeExpressionSyntax:
                elements = initializer.Expressions;
                break;
            default:
                return null;
        }

        var values = ImmutableArray.CreateBuilder<ArgumentValue>(elements.Count);
        foreach (var item in elements)
        {
            if (String(item, scope) is not { } text)
            {
                return null;
            }

            values.Add(ArgumentValue.Primitive(text));
        }

        // new[] { } has no element type to infer; the compiler reports it.
        return expression is ImplicitArrayCreationExpressionSyntax && values.Count == 0
            ? null
            : ArgumentValue.Array(values.MoveToImmutable());
    }

    private static SpecialType SpecialTypeOf(object value) => value switch
    {
        string => SpecialType.System_String,
        bool => SpecialType.System_Boolean,
        char => SpecialType.System_Char,
        sbyte => SpecialType.System_SByte,
        byte => SpecialType.System_Byte,
        short => SpecialType.System_Int16,
        ushort => SpecialType.System_UInt16,
        int => SpecialType.System_Int32,
        uint => SpecialType.System_UInt32,
        long => SpecialType.System_Int64,
        ulong => SpecialType.System_UInt64,
        float => SpecialType.System_Single,
        double => SpecialType.System_Double,
        _ => SpecialType.None,
    };
}
