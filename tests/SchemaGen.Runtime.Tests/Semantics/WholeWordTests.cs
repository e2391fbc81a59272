using System.Text;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// A text that is nothing but a word of the default key (<c>std</c>) skips the split: it must answer
/// as the split would, also when another key is required or the word breaks the key's limit.
/// </summary>
public sealed class WholeWordTests
{
    [Theory]
    [InlineData("std", SevType.Std)]
    [InlineData("es", SevType.Es)]
    [InlineData("snp", SevType.Snp)]
    public void A_word_alone_is_the_default_key(string text, SevType type)
    {
        Assert.True(AmdSevOptions.TryParse(text, out var fromChars, out _));
        Assert.True(AmdSevOptions.TryParse(Encoding.UTF8.GetBytes(text), out var fromBytes, out _));
        Assert.Equal(new AmdSevOptions { Type = type }, fromChars);
        Assert.Equal(fromChars, fromBytes);
        Assert.Equal(text, fromChars.ToString());
    }

    [Fact]
    public void Every_model_alone_is_the_model_of_a_struct_and_of_a_class()
    {
        // ThrottledNetDevice, a struct with string keys, copies each word's value from a static field built
        // once; NetDevice, a class, builds it. Both must answer as the split does with the key named.
        var models = Enum.GetValues<NicModel>();
        Assert.Equal(14, models.Length);
        foreach (var model in models)
        {
            var word = new ThrottledNetDevice { Model = model }.ToString();
            Assert.True(ThrottledNetDevice.TryParse(word, out var fromChars, out var error), word);
            Assert.Equal(PropertyStringErrorKind.None, error.Kind);
            Assert.True(ThrottledNetDevice.TryParse(Encoding.UTF8.GetBytes(word), out var fromBytes, out _), word);
            Assert.Equal(new ThrottledNetDevice { Model = model }, fromChars);
            Assert.Equal(ThrottledNetDevice.Parse("model=" + word), fromChars);
            Assert.Equal(fromChars, fromBytes);
            Assert.Null(fromChars.MacAddress);
            Assert.Null(fromChars.Bridge);

            Assert.Equal(word, new NetDevice { Model = model }.ToString());
            Assert.Equal(NetDevice.Parse("model=" + word), NetDevice.Parse(word));
            Assert.Equal(model, NetDevice.Parse(Encoding.UTF8.GetBytes(word)).Model);
        }
    }

    [Fact]
    public void A_word_clears_the_error_of_a_parse_before()
    {
        Assert.False(AmdSevOptions.TryParse("sev", out _, out var error));
        Assert.Equal(PropertyStringErrorKind.Enumeration, error.Kind);
        Assert.True(AmdSevOptions.TryParse("snp", out var value, out error));
        Assert.Equal(PropertyStringErrorKind.None, error.Kind);
        Assert.Null(error.Key);
        Assert.Equal(SevType.Snp, value.Type);
    }

    [Theory]
    [InlineData("Std")]
    [InlineData("std ")]
    [InlineData("st")]
    [InlineData("snpp")]
    public void A_near_word_is_refused_as_before(string text)
    {
        Assert.False(AmdSevOptions.TryParse(text, out _, out var error));
        Assert.Equal("type", error.Key);
    }

    [Fact]
    public void A_word_alone_still_misses_a_required_key()
    {
        Assert.False(ConsoleDevice.TryParse("serial", out _, out var error));
        Assert.Equal(PropertyStringErrorKind.MissingProperty, error.Kind);
        Assert.Equal("port", error.Key);
        Assert.Equal(new ConsoleDevice { Kind = ConsoleKind.Serial, Port = 1 }, ConsoleDevice.Parse("serial,port=1"));
    }

    [Fact]
    public void A_word_longer_than_the_keys_limit_is_refused()
    {
        Assert.False(ConsoleDevice.TryParse("spice-port", out _, out var error));
        Assert.Equal(PropertyStringErrorKind.MaxLength, error.Kind);
        Assert.Equal("kind", error.Key);
    }
}
