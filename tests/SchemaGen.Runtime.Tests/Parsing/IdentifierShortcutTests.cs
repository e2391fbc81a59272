using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="IdentifierShortcut"/>, which lets a bridge or a volume ID skip the shared format checks: it must
/// never accept what <see cref="Identifiers"/> refuses, and on ASCII text it must agree with it exactly, in
/// UTF-16 and in UTF-8 (beyond ASCII it may leave a valid value to the full check).
/// </summary>
public sealed class IdentifierShortcutTests
{
    [Theory]
    [InlineData("vmbr0")]
    [InlineData("v")]
    [InlineData("_")]
    [InlineData("vmbr0.100")]
    [InlineData("Br-ext_1.2")]
    [InlineData("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.")]
    public void Usual_bridges_are_taken(string text)
    {
        Assert.True(Identifiers.IsBridgeId(text));
        Assert.True(IdentifierShortcut.IsBridgeId(text.AsSpan()));
        Assert.True(IdentifierShortcut.IsBridgeId(Encoding.ASCII.GetBytes(text).AsSpan()));
    }

    [Theory]
    [InlineData("local-lvm:vm-100-disk-0")]
    [InlineData("local:iso/debian-12.iso")]
    [InlineData("ab:x")]
    [InlineData("A9:vm-100-disk-0")]
    [InlineData("ceph.pool_1:base-9000-disk-0/vm-100-disk-0")]
    [InlineData("local:100/vm-100-disk-0.qcow2:x")]
    public void Usual_volumes_are_taken(string text)
    {
        Assert.True(Identifiers.IsVolumeId(text));
        Assert.True(IdentifierShortcut.IsVolumeId(text.AsSpan()));
        Assert.True(IdentifierShortcut.IsVolumeId(Encoding.ASCII.GetBytes(text).AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:x")] // a storage ID of one character
    [InlineData("ab:")] // no volume name
    [InlineData("ab")] // no colon
    [InlineData("1b:x")] // a storage ID that starts with a digit
    [InlineData("ab-:x")] // or ends with a '-'
    [InlineData("a b:x")]
    [InlineData("ab:x\ny")]
    [InlineData(":x")]
    public void Volume_ids_the_full_check_refuses_are_refused(string text)
    {
        Assert.False(Identifiers.IsVolumeId(text));
        Assert.False(IdentifierShortcut.IsVolumeId(text.AsSpan()));
        Assert.False(IdentifierShortcut.IsVolumeId(Encoding.ASCII.GetBytes(text).AsSpan()));
    }

    [Fact]
    public void A_volume_name_beyond_ascii_is_left_to_the_full_check()
    {
        const string text = "local:iso/débian.iso";
        Assert.True(Identifiers.IsVolumeId(text));
        Assert.False(IdentifierShortcut.IsVolumeId(text.AsSpan()));
        Assert.False(IdentifierShortcut.IsVolumeId(Encoding.UTF8.GetBytes(text).AsSpan()));
    }

    [Theory]
    [InlineData("vmbr0", true)]
    [InlineData("local-lvm:vm-1", false)]
    [InlineData("ab:c", false)]
    [InlineData("st:v", false)]
    public void Every_character_at_every_place_is_judged_as_the_full_check_judges_it(string valid, bool bridge)
    {
        // Each place replaced by every character up to U+02FF, and by characters whose low byte is in the set.
        var characters = Enumerable.Range(0, 0x300)
            .Concat([0x0141, 0x013A, 0x1F3A, 0x8030, 0x8041, 0x802D, 0xFF10, 0xFF1A, 0xFF21, 0xFF41, 0xFFFF])
            .Select(c => (char)c)
            .ToArray();
        int compared = 0;
        for (int at = 0; at < valid.Length; at++)
        {
            var chars = valid.ToCharArray();
            foreach (char c in characters)
            {
                chars[at] = c;
                string text = new(chars);
                bool expected = bridge ? Identifiers.IsBridgeId(text) : Identifiers.IsVolumeId(text);
                bool shortcut = bridge ? IdentifierShortcut.IsBridgeId(text.AsSpan()) : IdentifierShortcut.IsVolumeId(text.AsSpan());
                Assert.True(c < 0x80 ? expected == shortcut : !shortcut || expected, $"U+{(int)c:X4} at {at}");
                if (c <= 0xFF)
                {
                    // As one byte: ASCII reads as its character; the shortcut leaves every other byte to the full check.
                    var bytes = Encoding.ASCII.GetBytes(valid);
                    bytes[at] = (byte)c;
                    bool fromBytes = bridge ? IdentifierShortcut.IsBridgeId(bytes.AsSpan()) : IdentifierShortcut.IsVolumeId(bytes.AsSpan());
                    Assert.True((expected && c < 0x80) == fromBytes, $"0x{(int)c:X2} at {at}");
                }

                compared++;
            }
        }

        Assert.Equal(valid.Length * characters.Length, compared);
    }

    [Fact]
    public void Every_short_ascii_text_is_judged_as_the_full_check_judges_it()
    {
        // Every text of up to four characters over an alphabet holding each kind of character the rules tell apart.
        const string alphabet = "a0-_.:\n ~Z";
        var texts = new List<string> { "" };
        for (int length = 1; length <= 4; length++)
        {
            texts.AddRange(texts.Where(t => t.Length == length - 1).SelectMany(t => alphabet.Select(c => t + c)).ToList());
        }

        foreach (string text in texts)
        {
            Assert.True(Identifiers.IsBridgeId(text) == IdentifierShortcut.IsBridgeId(text.AsSpan()), $"bridge '{text}'");
            Assert.True(Identifiers.IsBridgeId(text) == IdentifierShortcut.IsBridgeId(Encoding.ASCII.GetBytes(text).AsSpan()),
                $"bridge '{text}' as bytes");
            Assert.True(Identifiers.IsVolumeId(text) == IdentifierShortcut.IsVolumeId(text.AsSpan()), $"volume '{text}'");
            Assert.True(Identifiers.IsVolumeId(text) == IdentifierShortcut.IsVolumeId(Encoding.ASCII.GetBytes(text).AsSpan()),
                $"volume '{text}' as bytes");
        }

        Assert.Equal(1 + 10 + 100 + 1000 + 10000, texts.Count);
        Assert.Equal(6 + 6 * 6 + 6 * 6 * 6 + 6 * 6 * 6 * 6, texts.Count(text => IdentifierShortcut.IsBridgeId(text.AsSpan())));
    }
}
