using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>
/// <see cref="AttributeNames"/> finds an attribute by its full name as <c>ToDisplayString() == name</c> did:
/// only the non-generic top-level type of that namespace, not a namesake elsewhere.
/// </summary>
public sealed class AttributeNamesTests
{
    private const string Source = """
        namespace SchemaGen { public sealed class KeyAttribute : System.Attribute { } }
        namespace Other.SchemaGen { public sealed class KeyAttribute : System.Attribute { } }
        namespace Gen { public sealed class KeyAttribute : System.Attribute { } }
        namespace SchemaGen { public sealed class KeyAttribute<T> : System.Attribute { } }
        namespace SchemaGen { public static class Outer { public sealed class KeyAttribute : System.Attribute { } } }
        public sealed class KeyAttribute : System.Attribute { }
        """;

    [Theory]
    [InlineData("SchemaGen.KeyAttribute", true)]
    [InlineData("Other.SchemaGen.KeyAttribute", false)]
    [InlineData("Gen.KeyAttribute", false)]
    [InlineData("SchemaGen.KeyAttribute`1", false)]
    [InlineData("SchemaGen.Outer+KeyAttribute", false)]
    [InlineData("KeyAttribute", false)]
    public void Only_the_named_type_matches_SchemaGen_KeyAttribute(string metadataName, bool matches)
    {
        var type = TestCompilation.Create(Source).GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Equal(matches, AttributeNames.Is(type, ContractNames.KeyAttribute));
        Assert.Equal(type.ToDisplayString() == ContractNames.KeyAttribute, AttributeNames.Is(type, ContractNames.KeyAttribute));
    }

    [Fact]
    public void A_global_type_matches_a_name_without_namespace_and_nothing_matches_null()
    {
        var type = TestCompilation.Create(Source).GetTypeByMetadataName("KeyAttribute");
        Assert.True(AttributeNames.Is(type, "KeyAttribute"));
        Assert.False(AttributeNames.Is(type, "SchemaGen.KeyAttribute"));
        Assert.False(AttributeNames.Is(null, "KeyAttribute"));
    }
}
