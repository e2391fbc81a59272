namespace SchemaGen.Runtime.Tests.Formats;

/// <summary>The named formats' table, each validator at its edges, and PVE's <c>split_list</c>.</summary>
public sealed class PveFormatsTests
{
    private static string? Render(string? template, string value, int start, int length)
        => template?.Replace("{0}", value.Substring(start, length), StringComparison.Ordinal);

    public static TheoryData<PveFormat, string> ValidValues()
    {
        var data = new TheoryData<PveFormat, string>();
        foreach (var (format, value) in FormatExamples.Valid)
        {
            data.Add(format, value);
        }

        return data;
    }

    public static TheoryData<PveFormat, string, string> InvalidValues()
    {
        var data = new TheoryData<PveFormat, string, string>();
        foreach (var (format, value, message) in FormatExamples.Invalid)
        {
            data.Add(format, value, message);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void A_valid_value_passes(PveFormat format, string value)
    {
        Assert.Null(PveFormats.Check(format, value, out _, out _));
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void An_invalid_value_gets_pves_message_with_the_whole_value_as_subject(PveFormat format, string value, string message)
    {
        string? template = PveFormats.Check(format, value, out int start, out int length);
        Assert.Equal((0, value.Length), (start, length));
        Assert.Equal(message, Render(template, value, start, length));
    }

    [Fact]
    public void Every_format_but_string_has_invalid_examples_and_every_format_valid_ones()
    {
        var all = Enum.GetValues<PveFormat>();
        Assert.Equal(all, FormatExamples.Valid.Select(e => e.Format).Distinct().Order());
        Assert.Equal(all.Where(f => f != PveFormat.String), FormatExamples.Invalid.Select(e => e.Format).Distinct().Order());
        Assert.Equal(108, FormatExamples.Valid.Length);
        Assert.Equal(105, FormatExamples.Invalid.Length);
    }

    [Fact]
    public void Every_message_is_a_template_with_at_most_one_subject_and_pves_line_feed()
    {
        var templates = FormatExamples.Invalid
            .Select(e => PveFormats.Check(e.Format, e.Value, out _, out _)!)
            .Distinct()
            .ToList();
        foreach (var template in templates)
        {
            Assert.StartsWith(PveFormats.InvalidFormatPrefix, template, StringComparison.Ordinal);
            Assert.EndsWith("\n", template, StringComparison.Ordinal);
            var withoutSubject = template.Replace("{0}", string.Empty, StringComparison.Ordinal);
            Assert.True(template.Length - withoutSubject.Length is 0 or 3, template);
            Assert.DoesNotContain('{', withoutSubject);
            Assert.DoesNotContain('}', withoutSubject);
        }

        Assert.Equal(26, templates.Count);
    }

    [Fact]
    public void Names_and_formats_map_one_to_one()
    {
        var all = Enum.GetValues<PveFormat>();
        Assert.Equal(all.Length, PveFormats.Names.Count);
        Assert.Equal(PveFormats.Names.Count, PveFormats.Names.Distinct(StringComparer.Ordinal).Count());
        foreach (var format in all)
        {
            string name = PveFormats.NameOf(format);
            Assert.Equal(name, PveFormats.Names[(int)format]);
            Assert.True(PveFormats.TryLookup(name, out var found, out bool isList));
            Assert.Equal((format, false), (found, isList));
            Assert.True(PveFormats.TryLookup(name + "-list", out found, out isList));
            Assert.Equal((format, true), (found, isList));
        }
    }

    [Theory]
    [InlineData("mac-addr", PveFormat.MacAddr, false)]
    [InlineData("pve-qm-bootdev-list", PveFormat.PveQmBootdev, true)]
    [InlineData("string-list", PveFormat.String, true)]
    [InlineData("CIDRv4", PveFormat.CidrV4, false)]
    public void Lookup_finds_pves_names(string name, PveFormat format, bool isList)
    {
        Assert.True(PveFormats.TryLookup(name, out var found, out bool foundList));
        Assert.Equal((format, isList), (found, foundList));
    }

    [Theory]
    [InlineData("mac-adr")]
    [InlineData("MAC-ADDR")]
    [InlineData("cidrv4")]
    [InlineData("pve-qm-bootdev-opt")]
    [InlineData("-list")]
    [InlineData("pve-qm-bootdev-list-list")]
    [InlineData("")]
    public void Lookup_refuses_other_names(string name)
    {
        Assert.False(PveFormats.TryLookup(name, out var format, out bool isList));
        Assert.Equal((default(PveFormat), false), (format, isList));
    }

    [Fact]
    public void NameOf_refuses_an_undefined_format()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PveFormats.NameOf((PveFormat)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => PveFormats.Check((PveFormat)999, "x", out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ,, ")]
    [InlineData("scsi0;net0")]
    [InlineData("scsi0 net0\t,usb1")]
    [InlineData("scsi0;\u00a0net0\u2028ide2")]
    [InlineData("scsi0\0net0\0\0")]
    [InlineData("\0")]
    public void A_list_of_valid_elements_passes(string list)
    {
        Assert.Null(PveFormats.CheckList(PveFormat.PveQmBootdev, list, out _, out _));
    }

    [Theory]
    [InlineData("scsi0;x;y", 6, 1)]
    [InlineData("  net0;;scsi0 , net32", 16, 5)]
    [InlineData("scsi0;net0 \u00a0x", 12, 1)]
    [InlineData("scsi0\0\0net0", 6, 0)]
    [InlineData("\0scsi0", 0, 0)]
    [InlineData("scsi0\0net0;ide0", 6, 9)]
    [InlineData("scsi0\0 net0", 6, 5)]
    public void A_list_reports_its_first_bad_element(string list, int start, int length)
    {
        string? template = PveFormats.CheckList(PveFormat.PveQmBootdev, list, out int subjectStart, out int subjectLength);
        Assert.Equal((start, length), (subjectStart, subjectLength));
        Assert.Equal(
            $"invalid format - invalid boot device '{list.Substring(start, length)}'\n",
            Render(template, list, subjectStart, subjectLength));
    }

    [Fact]
    public void Every_format_works_as_a_list()
    {
        Assert.Null(PveFormats.CheckList(PveFormat.Ipv4, "10.0.0.1;10.0.0.2 10.0.0.3", out _, out _));
        Assert.Equal(
            "invalid format - invalid configuration ID '1x'\n",
            Render(PveFormats.CheckList(PveFormat.PveConfigId, "ab,1x", out int start, out int length), "ab,1x", start, length));
    }
}
