using Xunit;

namespace SchemaGen.TestSupport;

/// <summary>How many bytes a call allocates on this thread: the one measurement every allocation test uses.</summary>
public static class AllocationMeter
{
    private const int Attempts = 20;
    private const int Calls = 10;

    /// <summary>
    /// The bytes one call allocates, averaged over ten calls after a warm-up (static constructors, tiered JIT,
    /// the array pool's first rent on this thread), in a window without a gen2 collection.
    /// </summary>
    /// <remarks>
    /// A gen2 GC (other tests run in parallel) lets ArrayPool.Shared trim its arrays, under memory pressure even
    /// this thread's own: the next rent then allocates a fresh array, which is the pool's work, not the code's.
    /// Such a window is measured again. (DOTNET_GCHighMemPercent=1 makes every gen2 GC such a trim.)
    /// </remarks>
    public static double BytesPerCall(Func<bool> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            // Count first, then let the trims of earlier collections run (on the finalizer thread) before warming
            // up: a collection between the two would otherwise trim the pool inside the window unnoticed.
            int collections = GC.CollectionCount(2);
            GC.WaitForPendingFinalizers();
            for (int i = 0; i < 3; i++)
            {
                call();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Calls; i++)
            {
                call();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (GC.CollectionCount(2) == collections)
            {
                return allocated / (double)Calls;
            }
        }

        Assert.Fail($"each of {Attempts} measurements saw a gen2 collection, so none could be trusted.");
        return double.NaN;
    }
}
