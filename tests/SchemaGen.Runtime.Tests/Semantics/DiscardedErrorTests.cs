using System.Text;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// <see cref="PropertyStringError.Discard"/>, the error the generated fast path's readers are given: a reader
/// refuses a value through it as through a real error, and reports nothing, without touching the null reference.
/// </summary>
public sealed class DiscardedErrorTests
{
    [Fact]
    public void Reporting_to_the_discard_stores_nothing_and_does_not_throw()
    {
        PropertyStringError.Report(ref PropertyStringError.Discard, PropertyStringErrorKind.TypeCheck, "flag", "boolean", 0, 1);
        PropertyStringError.Report(ref PropertyStringError.Discard, PropertyStringErrorKind.TypeCheck, "flag", "boolean", 0, "2".AsSpan());
        PropertyStringError.Report(ref PropertyStringError.Discard, PropertyStringErrorKind.TypeCheck, "flag", "boolean", 0, "2"u8);
        PropertyStringError.ReportFormat(ref PropertyStringError.Discard, "name", "bad '{0}'", 0, "x".AsSpan(), "x".AsSpan(), 0, 1);
        Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref PropertyStringError.Discard));
    }

    [Fact]
    public void A_real_error_is_still_stored()
    {
        var error = default(PropertyStringError);
        PropertyStringError.Report(ref error, PropertyStringErrorKind.TypeCheck, "flag", "boolean", 5, "2".AsSpan());
        Assert.Equal("flag: type check ('boolean') failed - got '2'", error.ToString());
        Assert.Equal((5, 1), (error.Offset, error.Length));
    }

    [Theory]
    [InlineData("2", false)]
    [InlineData("maybe", false)]
    [InlineData("1", true)]
    [InlineData("off", true)]
    public void A_reader_given_the_discard_answers_as_with_a_real_error(string text, bool accepted)
    {
        Assert.Equal(accepted, KeyReader.Boolean(text.AsSpan(), 0, "flag", out bool fromChars, ref PropertyStringError.Discard));
        Assert.Equal(accepted, KeyReader.Boolean(Encoding.UTF8.GetBytes(text).AsSpan(), 0, "flag", out bool fromBytes,
            ref PropertyStringError.Discard));
        var error = default(PropertyStringError);
        Assert.Equal(accepted, KeyReader.Boolean(text.AsSpan(), 0, "flag", out bool reported, ref error));
        Assert.Equal(accepted ? PropertyStringErrorKind.None : PropertyStringErrorKind.TypeCheck, error.Kind);
        Assert.Equal((reported, reported), (fromChars, fromBytes));
    }
}
