using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The floor under the parsers measured here: <see cref="HandWrittenSevParser"/>'s split with every key and value read
/// taken out. It classifies the text as that parser does and walks its parts with the same checks of the common form
/// (no line feed, no empty or blank part, no empty key or value), and reads nothing in them. What a parser takes beyond
/// it is its keys and its values; how far it is from the target of 25x Split+Dictionary (docs/benchmarks.md) says how
/// little of that target is left for them.
/// </summary>
/// <remarks>
/// Not the generated fast path's split (<c>PropertyStringQuickParts</c>) in a method of its own: the JIT sizes the
/// budget for putting calls in line by the method it compiles, and a method this small left that split's helpers as
/// calls, which took longer than a whole parse.
/// </remarks>
public static class SplitAlone
{
    /// <summary>
    /// Splits <paramref name="text"/>; false where the hand-written parser gives up on the split. The sum of the keys'
    /// lengths is returned so that no part of the split can be left out as unused.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TrySplit(ReadOnlySpan<char> text, out int keyLengths)
    {
        keyLengths = 0;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        int start = 0;
        while (start <= length)
        {
            int windowStart = start;
            if (!HandWrittenSevParser.TryClassifyWindow(ref first, start, length, out ulong commas, out ulong equalSigns))
            {
                return false;
            }

            while (true)
            {
                int offset = start - windowStart;
                ulong ahead = offset < 64 ? commas >> offset : 0;
                if (ahead == 0)
                {
                    break;
                }

                int partLength = BitOperations.TrailingZeroCount(ahead);
                if (partLength == 0 || (uint)(Unsafe.Add(ref first, start) - 0x21) > 0x7E - 0x21)
                {
                    return false;
                }

                ulong equals = (equalSigns >> offset) & ((1UL << partLength) - 1);
                if (equals != 0)
                {
                    int keyLength = BitOperations.TrailingZeroCount(equals);
                    if (keyLength == 0 || keyLength == partLength - 1)
                    {
                        return false;
                    }

                    keyLengths += keyLength;
                }

                start += partLength + 1;
            }

            if (start == windowStart)
            {
                return false;
            }
        }

        return true;
    }
}
