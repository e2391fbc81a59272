using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>Comma doubling for QEMU option strings, refusal of NUL and line breaks, and qemu-server's shell quoting.</summary>
public sealed class QemuQuotingTests
{
    [Theory]
    [InlineData("/usr/share/OVMF/OVMF_CODE_4M.fd", "/usr/share/OVMF/OVMF_CODE_4M.fd")]
    [InlineData("/srv/a,b/code.fd", "/srv/a,,b/code.fd")]
    [InlineData(",,", ",,,,")]
    [InlineData("", "")]
    // '=' and quotes mean nothing after the key in a QEMU option value, and argv passes no shell.
    [InlineData("/srv/a=b/c'd\"e.fd", "/srv/a=b/c'd\"e.fd")]
    [InlineData("/srv/x=1,y=2.fd", "/srv/x=1,,y=2.fd")]
    public void Commas_are_doubled(string value, string escaped)
    {
        Assert.Equal(escaped, QemuOptionValue.Escape(value, "The path"));
    }

    [Theory]
    [InlineData("/srv/a\0b", "The path '/srv/a\\0b' contains a NUL character, which cannot be passed to QEMU")]
    [InlineData("/srv/a\nb", "The path '/srv/a\\nb' contains a line feed, which cannot be passed to QEMU")]
    [InlineData("/srv/a\rb", "The path '/srv/a\\rb' contains a carriage return, which cannot be passed to QEMU")]
    public void Nul_and_line_breaks_are_refused(string value, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => QemuOptionValue.Escape(value, "The path"));
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.False(QemuOptionValue.TryCheck(value, "The path", out string? error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("-bios", "-bios")]
    [InlineData("/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd", "/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd")]
    [InlineData("kvm64,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+lahf_lm,+sep", "kvm64,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+lahf_lm,+sep")]
    [InlineData("sev-guest,id=sev0,cbitpos=51", "'sev-guest,id=sev0,cbitpos=51'")]
    [InlineData("1,sockets=1,cores=1,maxcpus=1", "'1,sockets=1,cores=1,maxcpus=1'")]
    [InlineData("a b", "'a b'")]
    [InlineData("", "''")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("'lead", "\\''lead'")]
    [InlineData("trail'", "'trail'\\'")]
    [InlineData("a''b", "'a'\"''\"'b'")]
    [InlineData("{\"id\":\"x\"}", "'{\"id\":\"x\"}'")]
    [InlineData("é", "'é'")]
    public void Shell_quoting_matches_string_shellquote(string argument, string quoted)
    {
        Assert.Equal(quoted, ShellQuote.Quote(argument));
    }

    [Fact]
    public void Option_prints_like_qemu_servers_expected_commands()
    {
        Assert.Equal("-object 'sev-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0x8'",
            new QemuOption("-object", "sev-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0x8").ToString());
        Assert.Equal("-bios /usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd",
            new QemuOption("-bios", "/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd").ToString());
    }
}
