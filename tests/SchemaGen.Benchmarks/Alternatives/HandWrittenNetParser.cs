using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SchemaGen.Proxmox;
using SchemaGen.Runtime;

using static SchemaGen.Benchmarks.Alternatives.PackedWords;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The fastest <c>net0</c> (<c>pve-qm-net</c>) parser we know how to write by hand with PVE's checks: the speed
/// limit that the generated parser of <see cref="NetworkDevice"/>, which must serve any schema, is measured
/// against. It makes every check PVE makes of the keys it reads (no key unknown or given twice, the model one
/// of PVE's names, the MAC address PVE's <c>mac-addr</c> with the I/G bit clear, the bridge PVE's
/// <c>pve-bridge-id</c>, PVE's boolean words, the integers within the schema's limits), laid out for this one
/// format: one pass, each part's key told by its first character and compared as packed words or vectors with
/// its <c>=</c>, every value read in line where it ends (so no separator is looked for twice), no error
/// reported. Its strings come from the runtime's string pool as the generated parser's do, once the whole
/// text is read, so it allocates nothing.
/// </summary>
/// <remarks>
/// It gives up (false) on any text outside the common form, valid or not, where a real parser would go on
/// to PVE's exact rules: an empty or blank part, a line feed, <c>rate</c>, <c>trunks</c>, an integer with a
/// sign or of more than five digits, a key given twice even where PVE lets the second win (<c>model=0,e1000</c>).
/// The common form is comma-separated parts of <c>key=value</c>, a model's name as a key for the MAC address
/// (PVE's <c>keyAlias</c>: <c>virtio=BC:24:11:2D:3E:4F</c>) or a model's name alone (the default key); the
/// benchmark inputs are in it. tests/SchemaGen.Runtime.Tests holds it to PVE's answers on every vector line.
/// </remarks>
public static class HandWrittenNetParser
{
    private const int ModelBit = 1, MacBit = 2, BridgeBit = 4, FirewallBit = 8, LinkDownBit = 16, HostTunnelBit = 32;
    private const int MtuBit = 64, QueuesBit = 128, TagBit = 256;

    // The shortest part: mtu=1, tag=1 or a model's name alone (e1000, pcnet).
    private const int ShortestPart = 5;
    private const int MacLength = 17;

    // pve-bridge-id's characters ([-_.\w\d], \w as ASCII): '-', '.' and the digits below 64; the letters and '_' from 64 on.
    private const ulong BridgeLow = (0x3FFUL << '0') | (1UL << '-') | (1UL << '.');
    private const ulong BridgeHigh = (0x3FF_FFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FF_FFFFUL << ('a' - 64));

    // Words as the 64-bit integers their UTF-16 units make: a read of up to four characters compares at once.
    private static readonly ulong E40em = Word("0em"), E44gc = Word("4gc"), E45em = Word("5em"), Er = Word("er");
    private static readonly ulong Ne2k = Word("ne2k"), Pci = Word("_pci"), Isa = Word("_isa");

    // Where the MAC address's colons are among its first sixteen characters: 2 and 5, then 8, 11 and 14 (declared after
    // the halves, which a static field's initializer reads in the order of declaration).
    private static readonly Vector128<ushort> HeadColons = Vector128.Create((ushort)0, 0, 0xFFFF, 0, 0, 0xFFFF, 0, 0);
    private static readonly Vector128<ushort> TailColons = Vector128.Create((ushort)0xFFFF, 0, 0, 0xFFFF, 0, 0, 0xFFFF, 0);
    private static readonly Vector256<ushort> Colons = Vector256.Create(HeadColons, TailColons);

    /// <summary>Reads <paramref name="text"/> when it is in the common form; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NetworkDevice value)
    {
        if (TryRead(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    // The parse itself; its value is written only when it succeeds, so that a success does not zero it first.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryRead(ReadOnlySpan<char> text, out NetworkDevice value)
    {
        Unsafe.SkipInit(out value);
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        int given = 0;
        var model = NetworkModel.E1000;
        bool firewall = false, linkDown = false, hostTunnel = false;
        int mtu = 0, queues = 0, tag = 0, macStart = 0, bridgeStart = 0, bridgeLength = 0;
        int start = 0;
        while (true)
        {
            int remaining = length - start;
            if (remaining < ShortestPart)
            {
                return false;
            }

            // Each reader below answers where its part ends: at a comma or at the text's end, or -1.
            ref ushort part = ref Unsafe.Add(ref first, start);
            int end;
            switch (part)
            {
                case 'b':
                    if ((given & BridgeBit) != 0 || remaining < 8 || !Is(ref part, "bridge="))
                    {
                        return false;
                    }

                    bridgeStart = start + 7;
                    end = ReadBridge(ref first, bridgeStart, length);
                    bridgeLength = end - bridgeStart;
                    given |= BridgeBit;
                    break;
                case 'f':
                    if ((given & FirewallBit) != 0 || remaining < 10 || !Is(ref part, "firewall="))
                    {
                        return false;
                    }

                    end = ReadBoolean(ref first, start + 9, length, out firewall);
                    given |= FirewallBit;
                    break;
                case 'm':
                    switch (Unsafe.Add(ref part, 1))
                    {
                        case 't':
                            if ((given & MtuBit) != 0 || !Is(ref part, "mtu="))
                            {
                                return false;
                            }

                            end = ReadInteger(ref first, start + 4, length, out mtu);
                            given |= MtuBit;
                            if ((uint)(mtu - 1) > 65520 - 1)
                            {
                                return false;
                            }

                            break;
                        case 'o':
                            if ((given & ModelBit) != 0 || remaining < 6 + ShortestPart || !Is(ref part, "model="))
                            {
                                return false;
                            }

                            int nameLength = ReadModel(ref Unsafe.Add(ref part, 6), remaining - 6, out model);
                            end = nameLength == 0 ? -1 : AtSeparator(ref first, start + 6 + nameLength, length);
                            given |= ModelBit;
                            break;
                        case 'a':
                            if ((given & MacBit) != 0 || remaining < 8 + MacLength || !Is(ref part, "macaddr="))
                            {
                                return false;
                            }

                            macStart = start + 8;
                            end = ReadMac(ref first, macStart, length);
                            given |= MacBit;
                            break;
                        default:
                            return false;
                    }

                    break;
                case 'q':
                    if ((given & QueuesBit) != 0 || remaining < 8 || !Is(ref part, "queues="))
                    {
                        return false;
                    }

                    end = ReadInteger(ref first, start + 7, length, out queues);
                    given |= QueuesBit;
                    if ((uint)queues > 64)
                    {
                        return false;
                    }

                    break;
                case 't':
                    if ((given & TagBit) != 0 || !Is(ref part, "tag="))
                    {
                        return false;
                    }

                    end = ReadInteger(ref first, start + 4, length, out tag);
                    given |= TagBit;
                    if ((uint)(tag - 1) > 4094 - 1)
                    {
                        return false;
                    }

                    break;
                case 'l':
                    if ((given & LinkDownBit) != 0 || remaining < 11 || !Is(ref part, "link_down="))
                    {
                        return false;
                    }

                    end = ReadBoolean(ref first, start + 10, length, out linkDown);
                    given |= LinkDownBit;
                    break;
                case 'h':
                    if ((given & HostTunnelBit) != 0 || remaining < 13 || !Is(ref part, "host-tunnel="))
                    {
                        return false;
                    }

                    end = ReadBoolean(ref first, start + 12, length, out hostTunnel);
                    given |= HostTunnelBit;
                    break;
                default:
                    // A model's name: the key for the MAC address (PVE's keyAlias), which gives both, or alone.
                    int keyLength = ReadModel(ref part, remaining, out model);
                    if (keyLength == 0 || (given & ModelBit) != 0)
                    {
                        return false;
                    }

                    end = start + keyLength;
                    if (end < length && Unsafe.Add(ref first, end) == '=')
                    {
                        if ((given & MacBit) != 0)
                        {
                            return false;
                        }

                        macStart = end + 1;
                        end = ReadMac(ref first, macStart, length);
                        given |= MacBit;
                    }
                    else
                    {
                        end = AtSeparator(ref first, end, length);
                    }

                    given |= ModelBit;
                    break;
            }

            // At a comma the next part starts; -1 (as unsigned, beyond every length) gives up.
            if ((uint)end >= (uint)length)
            {
                if (end == length)
                {
                    break;
                }

                return false;
            }

            start = end + 1;
        }

        if ((given & ModelBit) == 0)
        {
            return false;
        }

        var pool = StringPool.Shared;
        value = new NetworkDevice
        {
            Model = model,
            Macaddr = (given & MacBit) != 0 ? Pooled(pool, text.Slice(macStart, MacLength)) : null,
            Bridge = (given & BridgeBit) != 0 ? Pooled(pool, text.Slice(bridgeStart, bridgeLength)) : null,
            Firewall = (given & FirewallBit) != 0 ? firewall : null,
            LinkDown = (given & LinkDownBit) != 0 ? linkDown : null,
            HostTunnel = (given & HostTunnelBit) != 0 ? hostTunnel : null,
            Mtu = (given & MtuBit) != 0 ? mtu : null,
            Queues = (given & QueuesBit) != 0 ? queues : null,
            Tag = (given & TagBit) != 0 ? tag : null,
        };
        return true;
    }

    // As the generated parser takes a string: from the shared pool, or new when the pool is turned off.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Pooled(StringPool? pool, ReadOnlySpan<char> text) => pool is null ? new string(text) : pool.GetOrAdd(text);

    // The length of the model's name (PVE's enum, case-sensitive) that text starts with, or 0; the caller looks at what
    // follows. At least five characters are there to read.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadModel(ref ushort name, int remaining, out NetworkModel model)
    {
        model = NetworkModel.E1000;
        switch (name)
        {
            case 'v':
                if (remaining >= 6 && Is(ref name, "virtio"))
                {
                    model = NetworkModel.Virtio;
                    return 6;
                }

                if (remaining >= 7 && Is(ref name, "vmxnet3"))
                {
                    model = NetworkModel.Vmxnet3;
                    return 7;
                }

                return 0;
            case 'e':
                if (!Is(ref name, "e1000"))
                {
                    return 0;
                }

                if (remaining >= 6 && Unsafe.Add(ref name, 5) == 'e')
                {
                    model = NetworkModel.E1000e;
                    return 6;
                }

                if (remaining >= 13 && Is(ref name, "e1000-8254"))
                {
                    ulong last = Read3(ref Unsafe.Add(ref name, 10));
                    model = last == E40em ? NetworkModel.E100082540em
                        : last == E44gc ? NetworkModel.E100082544gc
                        : last == E45em ? NetworkModel.E100082545em
                        : NetworkModel.E1000;
                    return model == NetworkModel.E1000 ? 0 : 13;
                }

                return 5;
            case 'i':
                if (remaining < 6 || !Is(ref name, "i8255"))
                {
                    return 0;
                }

                switch (Unsafe.Add(ref name, 5))
                {
                    case '1':
                        model = NetworkModel.I82551;
                        return 6;
                    case '7' when remaining >= 7 && Unsafe.Add(ref name, 6) == 'b':
                        model = NetworkModel.I82557b;
                        return 7;
                    case '9' when remaining >= 8 && Read2(ref Unsafe.Add(ref name, 6)) == Er:
                        model = NetworkModel.I82559er;
                        return 8;
                    default:
                        return 0;
                }

            case 'n':
                if (remaining < 8 || Read4(ref name) != Ne2k)
                {
                    return 0;
                }

                ulong bus = Read4(ref Unsafe.Add(ref name, 4));
                model = bus == Pci ? NetworkModel.Ne2kPci : NetworkModel.Ne2kIsa;
                return bus == Pci || bus == Isa ? 8 : 0;
            case 'p':
                model = NetworkModel.Pcnet;
                return Is(ref name, "pcnet") ? 5 : 0;
            case 'r':
                model = NetworkModel.Rtl8139;
                return remaining >= 7 && Is(ref name, "rtl8139") ? 7 : 0;
            default:
                return 0;
        }
    }

    // mac-addr: ^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$, case-insensitive; its end, or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadMac(ref ushort first, int start, int length)
    {
        int end = start + MacLength;
        if (end > length)
        {
            return -1;
        }

        // Its first sixteen units: in one 256-bit vector, else in two of 128 bits.
        ref ushort mac = ref Unsafe.Add(ref first, start);
        bool sixteen;
        if (Vector256.IsHardwareAccelerated)
        {
            var units = Vector256.LoadUnsafe(ref mac);
            sixteen = Vector256.ConditionalSelect(Colons, Vector256.Equals(units, Vector256.Create((ushort)':')), HexDigits(units))
                == Vector256<ushort>.AllBitsSet;
        }
        else
        {
            var head = Vector128.LoadUnsafe(ref mac);
            var tail = Vector128.LoadUnsafe(ref mac, 8);
            sixteen = (Vector128.ConditionalSelect(HeadColons, Vector128.Equals(head, Vector128.Create((ushort)':')), HexDigits(head))
                & Vector128.ConditionalSelect(TailColons, Vector128.Equals(tail, Vector128.Create((ushort)':')), HexDigits(tail)))
                == Vector128<ushort>.AllBitsSet;
        }

        uint last = Unsafe.Add(ref mac, 16);
        if (!sixteen || !(last - '0' <= 9 || (last | 0x20) - 'a' <= 'f' - 'a'))
        {
            return -1;
        }

        // The second digit even keeps the I/G (multicast) bit clear. Its value's low bit is the unit's own for 0-9 and the
        // opposite of it for a-f and A-F (both odd letters, 'a' and 'A', are 10).
        uint second = Unsafe.Add(ref mac, 1);
        if (((second ^ (second > '9' ? 1u : 0u)) & 1) != 0)
        {
            return -1;
        }

        return AtSeparator(ref first, end, length);
    }

    // Hex digits by two ranges, each unit whole (so that nothing beyond ASCII aliases one): 0-9 as they are, a-f after
    // setting the case bit, which maps A-F and nothing else onto a-f.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> HexDigits(Vector128<ushort> units)
        => Vector128.LessThan(units - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10))
            | Vector128.LessThan((units | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)6));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> HexDigits(Vector256<ushort> units)
        => Vector256.LessThan(units - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
            | Vector256.LessThan((units | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)6));

    // pve-bridge-id: ^[-_.\w\d]+$ (ASCII); its end, or -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadBridge(ref ushort first, int start, int length)
    {
        int at = start;
        while (at < length)
        {
            uint unit = Unsafe.Add(ref first, at);
            // A shift of a ulong takes its count modulo 64.
            if (unit < 128 && (((unit < 64 ? BridgeLow : BridgeHigh) >> (int)unit) & 1) != 0)
            {
                at++;
                continue;
            }

            if (unit != ',')
            {
                return -1;
            }

            break;
        }

        return at == start ? -1 : at;
    }

    // PVE's parse_boolean: 1|on|yes|true and 0|off|no|false, ASCII letters in any case; its end, or -1. 1 and 0, as PVE
    // prints them, first.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadBoolean(ref ushort first, int start, int length, out bool value)
    {
        uint unit = Unsafe.Add(ref first, start);
        value = unit == '1';
        int end = start + 1;
        if (unit - '0' <= 1 && (end == length || Unsafe.Add(ref first, end) == ','))
        {
            return end;
        }

        // A word: up to five letters, then the part's end.
        int limit = Math.Min(length, start + 6);
        while (end < limit && Unsafe.Add(ref first, end) != ',')
        {
            end++;
        }

        if (!PackedWords.ReadBoolean(ref Unsafe.Add(ref first, start), end - start, out value))
        {
            return -1;
        }

        return AtSeparator(ref first, end, length);
    }

    // PVE's integer (^[+-]?\d+$) in its common form: one to five ASCII digits, leading zeros as Perl reads them (a
    // number, 030 is 30), no sign; its end, or -1. Five digits hold every limit here; a sixth gives up.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadInteger(ref ushort first, int start, int length, out int value)
    {
        value = 0;
        int at = start;
        int limit = Math.Min(length, start + 5);
        while (at < limit)
        {
            uint digit = (uint)(Unsafe.Add(ref first, at) - '0');
            if (digit > 9)
            {
                break;
            }

            value = (value * 10) + (int)digit;
            at++;
        }

        return at == start ? -1 : AtSeparator(ref first, at, length);
    }

    // at when a part ends there (a comma or the text's end), else -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AtSeparator(ref ushort first, int at, int length)
        => at == length || Unsafe.Add(ref first, at) == ',' ? at : -1;

    // Whether text starts with expected (a literal of 4 to 16 characters, whose length the JIT knows): two overlapping
    // reads of four units, or two of eight as vectors.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is(ref ushort text, string expected)
    {
        ref ushort word = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(expected.AsSpan()));
        int last = expected.Length - 4;
        if (expected.Length == 4)
        {
            return Read4(ref text) == Read4(ref word);
        }

        if (expected.Length <= 8)
        {
            return Read4(ref text) == Read4(ref word) && Read4(ref Unsafe.Add(ref text, last)) == Read4(ref Unsafe.Add(ref word, last));
        }

        nuint tail = (nuint)(expected.Length - Vector128<ushort>.Count);
        return Vector128.LoadUnsafe(ref text) == Vector128.LoadUnsafe(ref word)
            && Vector128.LoadUnsafe(ref text, tail) == Vector128.LoadUnsafe(ref word, tail);
    }
}
