using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Proxmox;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// The benchmarks' hand-written <c>net0</c> parser, against which the generated parser of <see cref="NetworkDevice"/> is
/// measured, makes PVE's checks: it accepts only what PVE accepts, as the same values, and it accepts the common form
/// (so its speed is that of real work).
/// </summary>
public sealed class HandWrittenNetParserTests
{
    [Fact]
    public void Accepts_only_what_pve_accepts_as_pves_values()
    {
        var cases = VectorCase.Load("qemu/net.cases.jsonl");
        Assert.Equal(250, cases.Count);
        int accepted = 0, printedAccepted = 0;
        foreach (var vector in cases)
        {
            if (HandWrittenNetParser.TryParse(vector.Input, out var value))
            {
                Assert.True(vector.Ok, $"{vector}: accepted, but PVE refuses it ({vector.Die})");
                Assert.Equal(NetworkDevice.Parse(vector.Input, null), value);
                accepted++;
            }

            if (vector.Printed is not null && HandWrittenNetParser.TryParse(vector.Printed, out var printed))
            {
                Assert.Equal(NetworkDevice.Parse(vector.Printed, null), printed);
                printedAccepted++;
            }
        }

        // Counted once. Of PVE's 122 valid inputs, 45 are in the common form; of the other 77, 61 have rate or trunks
        // (left to a real parser), 11 an empty or blank part, 2 an integer with a sign or of six digits, 3 a model=0 that
        // a bare model overwrites. Of the 122 prints, 59 are: PVE prints the parts canonically, but rate, trunks and the
        // integers as they were given (the same 61 and 2 are not). Fewer would mean it gives up on work it should do.
        Assert.Equal(ExpectedInputsAccepted, accepted);
        Assert.Equal(ExpectedPrintsAccepted, printedAccepted);
    }

    [Fact]
    public void Accepts_no_near_miss_that_the_generated_parser_refuses()
    {
        // PVE answered only the vector lines; near them, the generated parser (held to PVE's answers by the vector and
        // mutation tests) stands in: each character of each line deleted, doubled or replaced by one of a few that
        // matter here. Whatever the hand-written parser accepts, the generated one accepts as the same value.
        const string replacements = ",=:0159aAfFgG_-. \n\té";
        var texts = VectorCase.Load("qemu/net.cases.jsonl").SelectMany(vector => new[] { vector.Input, vector.Printed })
            .OfType<string>().Append("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54");
        int accepted = 0;
        foreach (string text in texts)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Check(text.Remove(i, 1));
                Check(text.Insert(i, text[i].ToString()));
                foreach (char replacement in replacements)
                {
                    Check(string.Concat(text.AsSpan(0, i), [replacement], text.AsSpan(i + 1)));
                }
            }
        }

        Assert.True(accepted > 5000, $"only {accepted} near misses accepted");

        void Check(string text)
        {
            if (HandWrittenNetParser.TryParse(text, out var value))
            {
                Assert.True(NetworkDevice.TryParse(text, out var expected, out var error), $"{text}: accepted ({error})");
                Assert.Equal(expected, value);
                accepted++;
            }
        }
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54")]
    [InlineData("e1000-82545em=bc:24:11:2d:3e:4e,link_down=TRUE,host-tunnel=Off,firewall=yes,queues=0,mtu=65520,tag=4094")]
    [InlineData("bridge=vmbr0.100,macaddr=02:00:00:00:00:0A,model=i82559er,firewall=No,link_down=fAlSe,tag=001")]
    [InlineData("tag=1,ne2k_isa,mtu=00001,bridge=_-.Az09")]
    [InlineData("vmxnet3")]
    public void Reads_the_benchmark_inputs_and_every_key(string text)
    {
        Assert.True(HandWrittenNetParser.TryParse(text, out var value));
        Assert.Equal(NetworkDevice.Parse(text, null), value);
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4G,bridge=vmbr0")] // not a hex digit
    [InlineData("virtio=BC:24:11:2D:3E,bridge=vmbr0")] // five groups
    [InlineData("virtio=BC-24-11-2D-3E-4F")] // not colons
    [InlineData("virtio=BC\u013A24:11:2D:3E:4F")] // a colon's low byte beyond ASCII
    [InlineData("virtio=BC:24:11:2D:3E:\u0134F")] // a hex digit's low byte beyond ASCII
    [InlineData("virtio=BC:24:11:2D:3E:4\u0146")]
    [InlineData("virtio=BD:24:11:2D:3E:4F")] // the I/G bit set
    [InlineData("virtio=01:24:11:2D:3E:4F")] // the I/G bit set
    [InlineData("virtio=BC:24:11:2D:3E:4F,tag=0")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,tag=4095")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,mtu=0")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,mtu=65521")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,queues=65")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,tag=1x")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,bridge=vmbr1")] // a key twice
    [InlineData("virtio=BC:24:11:2D:3E:4F,macaddr=BC:24:11:2D:3E:4E")] // the MAC address twice
    [InlineData("virtio=BC:24:11:2D:3E:4F,e1000=BC:24:11:2D:3E:4E")] // the model twice
    [InlineData("virtio=BC:24:11:2D:3E:4F,model=virtio")]
    [InlineData("virtio,virtio")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,vlan=54")] // an unknown key
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewal=1")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewalls=1")]
    [InlineData("VIRTIO=BC:24:11:2D:3E:4F")] // PVE's model names are case-sensitive
    [InlineData("model=Virtio")]
    [InlineData("virtio=")] // an empty value
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewall=")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewall=2")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewall=tru")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,firewall=falsy")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr 0")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0=1")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbré")] // beyond ASCII
    [InlineData("virtio1=BC:24:11:2D:3E:4F")]
    [InlineData("e1000-82546em=BC:24:11:2D:3E:4F")]
    [InlineData("ne2k_usb")]
    [InlineData("bridge=vmbr0")] // no model
    [InlineData("macaddr=BC:24:11:2D:3E:4F")]
    [InlineData("")]
    public void Gives_up_on_what_is_not_valid(string text)
    {
        Assert.False(HandWrittenNetParser.TryParse(text, out _));
        Assert.False(NetworkDevice.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0\n")] // Perl's $ matches before a final line feed: PVE reads vmbr0
    [InlineData("virtio=BC:24:11:2D:3E:4F,,bridge=vmbr0")] // PVE skips the empty part
    [InlineData("virtio=BC:24:11:2D:3E:4F,")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,tag=+54")] // a sign, which PVE allows
    [InlineData("virtio=BC:24:11:2D:3E:4F,tag=000054")] // six digits
    [InlineData("virtio=BC:24:11:2D:3E:4F,rate=12.5")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,trunks=10;20-30")]
    [InlineData("model=0,virtio")] // PVE's bare model overwrites a false one
    public void Gives_up_outside_the_common_form(string text)
    {
        Assert.True(NetworkDevice.TryParse(text, out _, out _));
        Assert.False(HandWrittenNetParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54")]
    public void Allocates_nothing_once_its_strings_are_pooled(string text)
    {
        // Its strings come from the string pool once the first parse made them, as the generated parser's do.
        Assert.Equal(0, AllocationMeter.BytesPerCall(() => HandWrittenNetParser.TryParse(text, out _)));
        Assert.True(HandWrittenNetParser.TryParse(text, out var value));
        Assert.Same(NetworkDevice.Parse(text, null).Macaddr, value.Macaddr);
    }

    private const int ExpectedInputsAccepted = 45;
    private const int ExpectedPrintsAccepted = 59;
}
