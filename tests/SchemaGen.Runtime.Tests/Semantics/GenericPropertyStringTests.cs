using System.Text;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// Every generated type is an <see cref="IPropertyString{TSelf}"/>: generic code reaches its parser,
/// printer and validator through the interface and gets the answers of the type's own members.
/// </summary>
public sealed class GenericPropertyStringTests
{
    [Theory]
    [InlineData("snp,allow-smt=0,kernel-hashes=1", "snp,allow-smt=0,kernel-hashes=1")]
    [InlineData("type=es,no-debug=yes", "es,no-debug=1")]
    public void A_struct_schema_parses_and_prints_through_the_interface(string text, string printed)
        => Assert.Equal(printed, Canonical<AmdSevOptions>(text));

    [Fact]
    public void A_class_schema_parses_and_prints_through_the_interface()
        => Assert.Equal("local:disk,format=qcow2", Canonical<StorageVolume>("format=qcow2,volume=local:disk"));

    [Fact]
    public void The_interface_gives_the_types_own_error_synopsis_and_format_object()
    {
        Assert.False(TryParse<StorageVolume>("local:d,format=raw,vmid=99", out var error));
        Assert.Equal("vmid: value must have a minimum value of 100", error.ToString());
        Assert.Equal(AmdSevOptions.Synopsis, SynopsisOf<AmdSevOptions>());
        Assert.Same(AmdSevOptions.PropertyStringFormat, FormatOf<AmdSevOptions>());
    }

    [Fact]
    public void The_dotnet_parsing_interfaces_answer_as_the_type()
    {
        Assert.Equal(AmdSevOptions.Parse("std"), ParseWithProvider<AmdSevOptions>("std"));
        Assert.False(TryParseWithProvider<AmdSevOptions>(null, out _));
        Assert.True(TryParseUtf8WithProvider<AmdSevOptions>("es", out var es));
        Assert.Equal(SevType.Es, es.Type);
    }

    [Fact]
    public void TryValidate_through_the_interface_refuses_what_the_type_refuses()
    {
        Assert.False(Validate(new AmdSevOptions { Type = (SevType)42 }), "a type that is not a member must not validate");
        Assert.True(Validate(AmdSevOptions.Parse("snp")));
    }

    [Fact]
    public void The_readme_example_loads_any_schema()
    {
        Assert.Equal("snp,allow-smt=0", Load<AmdSevOptions>("snp,allow-smt=0").ToString());
        Assert.Equal(DiskFormat.Raw, Load<StorageVolume>("local:d,format=raw").Format);
        Assert.Throws<PropertyStringException>(() => Load<AmdSevOptions>("type=stdd"));
    }

    // As README.md writes it.
    private static T Load<T>(string s)
        where T : IPropertyString<T> => T.Parse(s);

    private static string Canonical<T>(string text)
        where T : IPropertyString<T>
    {
        Assert.True(T.TryParse(text.AsSpan(), out var value, out var error), error.ToString());
        Assert.True(T.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), out var fromUtf8, out _));
        Span<char> chars = stackalloc char[256];
        Span<byte> bytes = stackalloc byte[256];
        Assert.True(value.TryFormat(chars, out int written));
        Assert.True(fromUtf8.TryFormat(bytes, out int bytesWritten));
        Assert.Equal(chars[..written].ToString(), Encoding.UTF8.GetString(bytes[..bytesWritten]));
        return chars[..written].ToString();
    }

    private static bool TryParse<T>(string text, out PropertyStringError error)
        where T : IPropertyString<T> => T.TryParse(text.AsSpan(), out _, out error);

    private static string SynopsisOf<T>()
        where T : IPropertyString<T> => T.Synopsis;

    private static PropertyStringFormat FormatOf<T>()
        where T : IPropertyString<T> => T.PropertyStringFormat;

    private static T ParseWithProvider<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseWithProvider<T>(string? text, out T? value)
        where T : IParsable<T> => T.TryParse(text, null, out value);

    private static bool TryParseUtf8WithProvider<T>(string text, out T value)
        where T : IUtf8SpanParsable<T> => T.TryParse(Encoding.UTF8.GetBytes(text), null, out value!);

    private static bool Validate<T>(T value)
        where T : IPropertyString<T> => value.TryValidate(out _);
}
