using System.Buffers;

namespace SchemaGen.Runtime;

/// <summary>
/// The arrays of <see cref="UnknownKeySet{TChar}"/>, kept per thread: a thread that has parsed a text
/// with many unknown keys once parses the next without allocating, whatever other threads do.
/// (<see cref="ArrayPool{T}.Shared"/> could not promise that: another thread may take the arrays a
/// parse returned to the shared stacks, and a gen2 collection may trim them.) Arrays of up to
/// <see cref="MaxKept"/> elements are the thread's own, 8 KB a thread at most; larger ones, for
/// thousands of unknown keys, come from the shared pool.
/// </summary>
internal static class UnknownKeyArrays
{
    /// <summary>The largest array a thread keeps.</summary>
    internal const int MaxKept = 1024;

    [ThreadStatic]
    private static int[]? KeptKeys;

    [ThreadStatic]
    private static int[]? KeptTable;

    public static int[] RentKeys(int minimumLength) => Rent(ref KeptKeys, minimumLength);

    public static int[] RentTable(int minimumLength) => Rent(ref KeptTable, minimumLength);

    public static void ReturnKeys(int[] array) => Return(ref KeptKeys, array);

    public static void ReturnTable(int[] array) => Return(ref KeptTable, array);

    private static int[] Rent(ref int[]? kept, int minimumLength)
    {
        var array = kept;
        if (array is not null && array.Length >= minimumLength)
        {
            kept = null;
            return array;
        }

        return minimumLength <= MaxKept ? new int[minimumLength] : ArrayPool<int>.Shared.Rent(minimumLength);
    }

    private static void Return(ref int[]? kept, int[] array)
    {
        if (array.Length > MaxKept)
        {
            ArrayPool<int>.Shared.Return(array);
        }
        else if (kept is null || kept.Length < array.Length)
        {
            kept = array;
        }
    }
}
