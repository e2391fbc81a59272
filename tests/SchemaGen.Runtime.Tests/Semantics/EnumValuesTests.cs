using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary><see cref="EnumValues"/>: an enum member's property-string text outside a property string.</summary>
public sealed class EnumValuesTests
{
#pragma warning disable SG0023 // on purpose: the member without a text
    private enum Unmarked
    {
        [EnumValue("a")]
        A,
        B,
    }
#pragma warning restore SG0023

    [Theory]
    [InlineData(SevType.Std, "std")]
    [InlineData(SevType.Es, "es")]
    [InlineData(SevType.Snp, "snp")]
    public void A_members_text_is_its_EnumValue(SevType type, string text) => Assert.Equal(text, EnumValues.TextOf(type));

    [Fact]
    public void The_texts_come_in_declaration_order() => Assert.Equal(["std", "es", "snp"], EnumValues.Texts<SevType>());

    [Fact]
    public void A_value_that_is_no_member_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EnumValues.TextOf((SevType)7));
        Assert.Contains("7 is no member of SevType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_without_EnumValue_is_named_and_asked_again_next_time()
    {
        for (int attempt = 0; attempt < 2; attempt++)
        {
            var error = Assert.Throws<InvalidOperationException>(() => EnumValues.TextOf(Unmarked.A));
            Assert.Equal("Unmarked.B has no [EnumValue].", error.Message);
        }
    }
}
