using System.Runtime.Intrinsics;
using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="MacAddressShortcut"/>, which lets a MAC address skip the shared <c>mac-addr</c> check: it must
/// never accept what <see cref="NetworkAddresses.IsUnicastMac"/> refuses, and on seventeen characters, the
/// only length it answers for, it must agree with it exactly, in UTF-16 and in UTF-8.
/// </summary>
public sealed class MacAddressShortcutTests
{
    private const string Valid = "BC:24:11:2D:3E:4F";

    [Theory]
    [InlineData("BC:24:11:2D:3E:4F")]
    [InlineData("bc:24:11:2d:3e:4f")]
    [InlineData("00:00:00:00:00:00")]
    [InlineData("fE:fF:Ff:FF:ff:aA")]
    [InlineData("9a:99:99:99:99:99")]
    public void Usual_addresses_are_taken(string text)
    {
        Assert.True(NetworkAddresses.IsUnicastMac(text));
        Assert.True(MacAddressShortcut.IsUnicast(text.AsSpan()));
        Assert.True(MacAddressShortcut.IsUnicast(Encoding.ASCII.GetBytes(text).AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("BC:24:11:2D:3E:4")]
    [InlineData("BC:24:11:2D:3E:4F:")]
    [InlineData("BC:24:11:2D:3E:4F\n")]
    [InlineData("BC-24-11-2D-3E-4F")]
    [InlineData("BC:24:11:2D:3E4F0")]
    [InlineData("BD:24:11:2D:3E:4F")] // multicast
    [InlineData("01:00:5e:00:00:01")] // multicast
    public void Other_texts_are_left_to_the_full_check(string text)
    {
        Assert.False(MacAddressShortcut.IsUnicast(text.AsSpan()));
        Assert.False(MacAddressShortcut.IsUnicast(Encoding.ASCII.GetBytes(text).AsSpan()));
    }

    [Fact]
    public void Every_character_at_every_place_is_judged_as_the_full_check_judges_it()
    {
        // Each place of a valid address replaced by every character up to U+02FF, by characters whose low
        // byte is a hex digit or a colon, and by ones a signed narrowing would read as negative.
        var characters = Enumerable.Range(0, 0x300)
            .Concat([0x0130, 0x0141, 0x013A, 0x1F3A, 0x8030, 0x8041, 0x803A, 0xFF10, 0xFF1A, 0xFF21, 0xFF41, 0xFFFF])
            .Select(c => (char)c)
            .ToArray();
        int compared = 0;
        for (int at = 0; at < Valid.Length; at++)
        {
            var chars = Valid.ToCharArray();
            foreach (char c in characters)
            {
                chars[at] = c;
                string text = new(chars);
                bool expected = NetworkAddresses.IsUnicastMac(text);
                Assert.True(expected == MacAddressShortcut.IsUnicast(text.AsSpan()), $"U+{(int)c:X4} at {at}");
                if (c <= 0xFF)
                {
                    // As one UTF-8 byte: ASCII reads as its character, any other byte is not a hex digit or colon.
                    var bytes = Encoding.ASCII.GetBytes(Valid);
                    bytes[at] = (byte)c;
                    Assert.True((expected && c < 0x80) == MacAddressShortcut.IsUnicast(bytes.AsSpan()), $"0x{(int)c:X2} at {at}");
                }

                compared++;
            }
        }

        Assert.Equal(Valid.Length * characters.Length, compared);
    }

    [Fact]
    public void The_second_digit_decides_unicast_as_the_full_check_does()
    {
        const string digits = "0123456789abcdefABCDEF";
        int compared = 0;
        foreach (char second in digits)
        {
            string text = "0" + second + Valid[2..];
            bool expected = NetworkAddresses.IsUnicastMac(text);
            Assert.Equal(expected, MacAddressShortcut.IsUnicast(text.AsSpan()));
            Assert.Equal(expected, MacAddressShortcut.IsUnicast(Encoding.ASCII.GetBytes(text).AsSpan()));
            compared++;
        }

        // Half the digits are even; 'a' and 'A' among them.
        Assert.Equal(digits.Length, compared);
        Assert.Equal(11, digits.Count(d => MacAddressShortcut.IsUnicast(("0" + d + Valid[2..]).AsSpan())));
    }

    [Fact]
    public void The_portable_narrowing_reads_as_the_vector_one_for_the_shortcut()
    {
        // Characters beyond ASCII, at either half: both narrowings leave them outside ASCII or at 0.
        var lower = Vector128.Create((ushort)'B', 'C', ':', 0x0141, 0x8030, 0xFF1A, 0x00E9, '9');
        var upper = Vector128.Create((ushort)'f', 0x0130, 0x803A, ':', '0', 0xFFFF, 0x0080, 'a');
        var portable = AsciiNarrowing.SixteenPortable(lower, upper);
        var vector = AsciiNarrowing.Sixteen(lower, upper);
        int compared = 0;
        for (int i = 0; i < 16; i++)
        {
            byte p = portable.GetElement(i), v = vector.GetElement(i);
            Assert.Equal(p < 0x80 && p != 0, v < 0x80 && v != 0);
            if (p < 0x80 && p != 0)
            {
                Assert.Equal(p, v);
            }

            compared++;
        }

        Assert.Equal(16, compared);
    }
}
