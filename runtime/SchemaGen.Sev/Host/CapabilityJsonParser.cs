using System.Text.Json;
using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// Reads the capability file's JSON with <see cref="Utf8JsonReader"/>: a top-level object whose
/// <c>amd-sev</c> member, when present, holds the five node keys, and whose <c>intel-tdx</c> member
/// holds <c>tdx-support</c>.
/// </summary>
/// <remarks>
/// Other top-level members are skipped (<c>arm-caps</c> on aarch64 hosts, whatever a newer helper adds),
/// and so are unknown members inside <c>amd-sev</c> and <c>intel-tdx</c>, so that a newer writer does
/// not break an older reader. <c>tdx-support</c> also takes 0 and 1, as qemu-server's Perl does. The known keys are strict: integers must
/// be JSON integers and booleans JSON
/// <c>true</c>/<c>false</c>, as Proxmox's helper writes them. The reader runs with
/// <c>isFinalBlock: false</c> so that running out of bytes inside the object is told apart (truncated)
/// from bytes that can never be JSON (invalid).
/// </remarks>
internal ref struct CapabilityJsonParser
{
    private const string AmdSevKey = "amd-sev";
    private const string IntelTdxKey = "intel-tdx";
    private Utf8JsonReader _reader;
    private readonly ReadOnlySpan<byte> _json;

    private CapabilityJsonParser(ReadOnlySpan<byte> json)
    {
        _json = json;
        _reader = new Utf8JsonReader(json, isFinalBlock: false, state: default);
    }

    /// <summary>Parses the file's bytes; <paramref name="what"/> starts every error sentence ("The host capability file '...'").</summary>
    public static CapabilityFileContent Parse(ReadOnlySpan<byte> utf8Json, string what, string? path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        var parser = new CapabilityJsonParser(utf8Json);
        try
        {
            return parser.ParseDocument(what, path);
        }
        catch (JsonException e)
        {
            throw new SevCapabilityFileException(SevCapabilityFileProblem.InvalidJson, path,
                $"{what} is not valid JSON: {e.Message}{RewriteHint(path)}", e);
        }
    }

    /// <summary>The sentence that tells how to write the file again.</summary>
    public static string RewriteHint(string? path) => path is null ? string.Empty
        : $" Write it again with: sev-launch probe --write {path}";

    private CapabilityFileContent ParseDocument(string what, string? path)
    {
        if (!_reader.Read())
        {
            if (IsWhiteSpace(_json[(int)_reader.BytesConsumed..]))
            {
                throw new SevCapabilityFileException(SevCapabilityFileProblem.Empty, path,
                    $"{what} is empty: it holds no JSON.{RewriteHint(path)}");
            }

            throw Truncated(what, path);
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(what, path, "the top level", "a JSON object");
        }

        SevHostCapabilities? amdSev = null;
        TdxHostCapabilities? intelTdx = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next(what, path);
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string name = _reader.GetString()!;
            if (!names.Add(name))
            {
                throw Duplicate(what, path, name, "the top-level object");
            }

            Next(what, path);
            if (name is AmdSevKey or IntelTdxKey)
            {
                if (_reader.TokenType != JsonTokenType.StartObject)
                {
                    throw WrongType(what, path, $"'{name}'", "an object");
                }

                if (name == AmdSevKey)
                {
                    amdSev = ParseAmdSev(what, path);
                }
                else
                {
                    intelTdx = ParseIntelTdx(what, path);
                }
            }
            else if (!_reader.TrySkip())
            {
                throw Truncated(what, path);
            }
        }

        var rest = _json[(int)_reader.BytesConsumed..];
        if (!IsWhiteSpace(rest))
        {
            throw new SevCapabilityFileException(
                SevCapabilityFileProblem.InvalidJson,
                path,
                $"{what} is not valid JSON: there is more after the object, from byte {_reader.BytesConsumed}.{RewriteHint(path)}");
        }

        return new CapabilityFileContent(amdSev, intelTdx);
    }

    private TdxHostCapabilities ParseIntelTdx(string what, string? path)
    {
        var value = default(TdxHostCapabilities);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next(what, path);
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                return value;
            }

            string name = _reader.GetString()!;
            if (!names.Add(name))
            {
                throw Duplicate(what, path, name, $"'{IntelTdxKey}'");
            }

            Next(what, path);
            if (name == "tdx-support")
            {
                value = value with { TdxSupport = ReadPerlBoolean(what, path, name) };
            }
            else if (!_reader.TrySkip())
            {
                throw Truncated(what, path);
            }
        }
    }

    private SevHostCapabilities ParseAmdSev(string what, string? path)
    {
        var value = default(SevHostCapabilities);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next(what, path);
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string name = _reader.GetString()!;
            if (!names.Add(name))
            {
                throw Duplicate(what, path, name, $"'{AmdSevKey}'");
            }

            Next(what, path);
            switch (name)
            {
                case "cbitpos":
                    value = value with { Cbitpos = ReadInteger(what, path, name) };
                    break;
                case "reduced-phys-bits":
                    value = value with { ReducedPhysBits = ReadInteger(what, path, name) };
                    break;
                case "sev-support":
                    value = value with { SevSupport = ReadBoolean(what, path, name) };
                    break;
                case "sev-support-es":
                    value = value with { SevSupportEs = ReadBoolean(what, path, name) };
                    break;
                case "sev-support-snp":
                    value = value with { SevSupportSnp = ReadBoolean(what, path, name) };
                    break;
                default:
                    if (!_reader.TrySkip())
                    {
                        throw Truncated(what, path);
                    }

                    break;
            }
        }

        if (!value.TryValidate(out var error))
        {
            throw new SevCapabilityFileException(SevCapabilityFileProblem.InvalidValue, path,
                $"{what} has a bad value: {AmdSevKey}: {error}.{RewriteHint(path)}");
        }

        return value;
    }

    private readonly int ReadInteger(string what, string? path, string name)
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw WrongType(what, path, $"'{AmdSevKey}.{name}'", "an integer");
        }

        if (_reader.TryGetInt64(out long number))
        {
            // Beyond int is beyond the schema's 0..100 too; clamping lets the schema say so in its own words.
            return (int)Math.Clamp(number, int.MinValue, int.MaxValue);
        }

        var raw = _reader.ValueSpan;
        if (raw.IndexOfAny(".eE"u8) >= 0)
        {
            throw WrongType(what, path, $"'{AmdSevKey}.{name}'", "an integer");
        }

        // All digits, just too many of them.
        return raw[0] == (byte)'-' ? int.MinValue : int.MaxValue;
    }

    private readonly bool ReadBoolean(string what, string? path, string name) => _reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType(what, path, $"'{AmdSevKey}.{name}'", "true or false"),
    };

    // true/false as the helper writes it, or 0/1 as qemu-server's own test hosts do.
    private readonly bool ReadPerlBoolean(string what, string? path, string name)
    {
        if (_reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out int number) && number is 0 or 1)
        {
            return number == 1;
        }

        return _reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw WrongType(what, path, $"'{IntelTdxKey}.{name}'", "true or false (or 0 or 1)"),
        };
    }

    private void Next(string what, string? path)
    {
        if (!_reader.Read())
        {
            throw Truncated(what, path);
        }
    }

    private readonly SevCapabilityFileException Truncated(string what, string? path) => new(
        SevCapabilityFileProblem.Truncated,
        path,
        $"{what} is truncated: the JSON stops after {_json.Length} bytes, before its object is closed.{RewriteHint(path)}");

    private readonly SevCapabilityFileException WrongType(string what, string? path, string subject, string expected) => new(
        SevCapabilityFileProblem.WrongType,
        path,
        $"{what} has the wrong type for {subject}: it must be {expected}, not {DescribeToken()}.{RewriteHint(path)}");

    private static SevCapabilityFileException Duplicate(string what, string? path, string name, string where) => new(
        SevCapabilityFileProblem.InvalidJson,
        path,
        $"{what} is not valid: the key '{name}' appears twice in {where}.{RewriteHint(path)}");

    private readonly string DescribeToken()
    {
        const int Shown = 40;
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            case JsonTokenType.String:
                string text = _reader.GetString() ?? string.Empty;
                return $"the string \"{(text.Length > Shown ? text[..Shown] + "..." : text)}\"";
            case JsonTokenType.Number:
                string number = System.Text.Encoding.UTF8.GetString(_reader.ValueSpan);
                return $"the number {(number.Length > Shown ? number[..Shown] + "..." : number)}";
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Null:
                return "null";
            default:
                return _reader.TokenType.ToString();
        }
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
