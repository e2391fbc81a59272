using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// A quick hand-written span parser without validation: the reference the generated parser must
/// beat although it validates everything. It finds the parts and the keys with spans and reads
/// booleans by their words, but checks no duplicate, no unknown key, no limit, and takes any
/// unrecognised type or boolean word as a default.
/// </summary>
public static class QuickSpanParser
{
    /// <summary>Reads <paramref name="text"/>; false only when a part has an empty key.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out QuickSev value)
    {
        var type = SevType.Std;
        bool allowSmt = true, noDebug = false, noKeySharing = false, kernelHashes = false;
        value = default;
        while (!text.IsEmpty)
        {
            int comma = text.IndexOf(',');
            var part = comma < 0 ? text : text[..comma];
            text = comma < 0 ? default : text[(comma + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            int equals = part.IndexOf('=');
            if (equals == 0)
            {
                return false;
            }

            var key = equals < 0 ? "type" : part[..equals];
            var raw = equals < 0 ? part : part[(equals + 1)..];
            switch (key)
            {
                case "type":
                    type = raw switch { "es" => SevType.Es, "snp" => SevType.Snp, _ => SevType.Std };
                    break;
                case "allow-smt":
                    allowSmt = IsTrue(raw);
                    break;
                case "no-debug":
                    noDebug = IsTrue(raw);
                    break;
                case "no-key-sharing":
                    noKeySharing = IsTrue(raw);
                    break;
                case "kernel-hashes":
                    kernelHashes = IsTrue(raw);
                    break;
            }
        }

        value = new QuickSev(type, allowSmt, noDebug, noKeySharing, kernelHashes);
        return true;
    }

    private static bool IsTrue(ReadOnlySpan<char> raw) => raw is "1" or "on" or "yes" or "true";
}
