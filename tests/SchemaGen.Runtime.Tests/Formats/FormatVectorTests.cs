using SchemaGen.Runtime.Tests.Vectors;

namespace SchemaGen.Runtime.Tests.Formats;

/// <summary>
/// PVE's named formats against the answers of the real qemu-server and pve-common
/// (tests/vectors/qemu): every <c>invalid format - </c> message, every value PVE accepted, and
/// the startup order.
/// </summary>
public sealed class FormatVectorTests
{
    /// <summary>What the validators say for a key's value, with the subject filled in as an error message does.</summary>
    private static string? Answer(string formatName, string value)
    {
        Assert.True(PveFormats.TryLookup(formatName, out var format, out bool isList), $"unknown format {formatName}");
        ReadOnlySpan<char> text = value;
        string? template = isList
            ? PveFormats.CheckList(format, text, out int start, out int length)
            : PveFormats.Check(format, text, out start, out length);
        return template?.Replace("{0}", value.Substring(start, length), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_format_message_of_the_vectors_is_pves()
    {
        int checkedMessages = 0;
        foreach (var family in QemuFormatFamily.All)
        {
            foreach (var vector in family.Cases)
            {
                foreach (var (key, message) in vector.Errors)
                {
                    if (!message.StartsWith(PveFormats.InvalidFormatPrefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Assert.True(family.NamedFormats.TryGetValue(key, out var format), $"{vector}: {key} has no named format");
                    var value = family.ValueOf(vector.Input, key);
                    Assert.NotNull(value);
                    Assert.Equal(message, Answer(format, value));
                    checkedMessages++;
                }
            }
        }

        Assert.Equal(511, checkedMessages);
    }

    [Fact]
    public void A_formatted_key_with_another_error_passed_its_format()
    {
        // PVE checks the format first, so a key with a length, pattern or enumeration error passed it.
        int passed = 0;
        int absent = 0;
        foreach (var family in QemuFormatFamily.All)
        {
            foreach (var vector in family.Cases)
            {
                foreach (var (key, message) in vector.Errors)
                {
                    if (!family.NamedFormats.TryGetValue(key, out var format)
                        || message.StartsWith(PveFormats.InvalidFormatPrefix, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var value = family.ValueOf(vector.Input, key);
                    if (value is null)
                    {
                        Assert.True(
                            message is "property is missing and it is not optional"
                                || message.StartsWith("missing property required by", StringComparison.Ordinal),
                            $"{vector}: {key}: {message}");
                        absent++;
                        continue;
                    }

                    Assert.Null(Answer(format, value));
                    passed++;
                }
            }
        }

        Assert.Equal(21, passed);
        Assert.Equal(117, absent);
    }

    [Fact]
    public void Every_formatted_value_pve_accepted_passes()
    {
        int values = 0;
        foreach (var family in QemuFormatFamily.All)
        {
            foreach (var vector in family.Cases.Where(c => c.Ok))
            {
                foreach (var (key, value) in vector.Parsed)
                {
                    if (family.NamedFormats.TryGetValue(key, out var format))
                    {
                        Assert.True(Answer(format, value) is null, $"{vector}: {key}={value}: {Answer(format, value)}");
                        values++;
                    }
                }
            }
        }

        Assert.Equal(2129, values);
    }

    [Fact]
    public void The_startup_order_is_pves()
    {
        // The whole option value is the format's text; PVE reports the validator's bare message.
        var cases = VectorCase.Load("qemu/startup.cases.jsonl");
        foreach (var vector in cases)
        {
            string? message = PveFormats.Check(PveFormat.PveStartupOrder, vector.Input, out _, out _);
            if (vector.Ok)
            {
                Assert.True(message is null, $"{vector}: {message}");
            }
            else
            {
                Assert.Equal(PveFormats.InvalidFormatPrefix + vector.Die + "\n", message);
            }
        }

        Assert.Equal(250, cases.Count);
        Assert.Equal(126, cases.Count(c => c.Ok));
    }

    [Fact]
    public void The_vectors_use_every_format_a_qemu_server_vm_config_names()
    {
        var used = QemuFormatFamily.All.SelectMany(f => f.NamedFormats.Values).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "disk-size", "ipv4", "ipv6", "mac-addr", "pve-bridge-id", "pve-configid", "pve-ipv4-config", "pve-ipv6-config",
                "pve-phys-bits", "pve-qm-bootdev-list", "pve-volume-id", "pve-volume-id-or-qm-path", "urlencoded",
            ],
            used);
    }
}
