using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime;

/// <summary>
/// A schema's keys as the exact parser's split loop (<see cref="PropertyStringExactSplit"/>) looks
/// them up. Generated code implements it on a private nested struct, so the loop is compiled once per
/// schema with the lookup inlined, and the generated file holds only the lookup.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPropertyStringKeyTable
{
    /// <summary>What <paramref name="key"/> names: an entry made by <see cref="PropertyStringKeyEntry"/>, or -1 for a key the
    /// schema does not define.</summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    /// <param name="key">The key as written in the text.</param>
    static abstract int Find<TChar>(ReadOnlySpan<TChar> key)
        where TChar : unmanaged, IBinaryInteger<TChar>;
}

/// <summary>The entries an <see cref="IPropertyStringKeyTable"/> answers with: a key, an alias of one, or a value that is a key.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyStringKeyEntry
{
    internal const int AliasKind = 1;
    internal const int ValueAsKeyKind = 2;

    /// <summary>Set in the entry of an alias: <see cref="Alias"/> as a constant, for a generated switch.</summary>
    public const int AliasFlag = AliasKind << 16;

    /// <summary>Set in the entry of a keyAlias value: <see cref="ValueAsKey"/> as a constant, for a generated switch.</summary>
    public const int ValueAsKeyFlag = ValueAsKeyKind << 16;

    /// <summary>Where a keyAlias value's entry holds the key that takes the part's value.</summary>
    public const int TargetShift = 8;

    /// <summary>The schema's key number <paramref name="index"/>, by its own name.</summary>
    /// <param name="index">The key's number: its bit in the presence mask.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Key(int index) => index;

    /// <summary>
    /// An alias of key <paramref name="index"/>: the key's value, but given twice it is PVE's "duplicate alias target" error.
    /// </summary>
    /// <param name="index">The key the alias names.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Alias(int index) => AliasFlag | index;

    /// <summary>
    /// A value of key <paramref name="key"/> written as a key (PVE's keyAlias): <c>virtio=MAC</c> gives
    /// <c>model</c> the key's text and <paramref name="target"/> (<c>macaddr</c>) the value.
    /// </summary>
    /// <param name="key">The key whose value the text is.</param>
    /// <param name="target">The key that takes the part's value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ValueAsKey(int key, int target) => ValueAsKeyFlag | (target << TargetShift) | key;

    /// <summary>What an entry is: 0 for a key by its own name, <see cref="AliasKind"/> or <see cref="ValueAsKeyKind"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int KindOf(int entry) => entry >> 16;

    /// <summary>The key an entry names (for a keyAlias value, the key whose value the text is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int KeyOf(int entry) => entry & 0xFF;

    /// <summary>The key that takes a keyAlias value's part value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int TargetOf(int entry) => (entry >> TargetShift) & 0xFF;
}
