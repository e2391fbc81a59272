using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime;

/// <summary>What a comma-separated part of a property string is.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum PropertyStringPartKind : byte
{
    /// <summary>A value without <c>=</c>: it belongs to the default key.</summary>
    Bare,

    /// <summary>A well-formed <c>key=value</c>.</summary>
    KeyValue,

    /// <summary>A part with <c>=</c> whose key or value is empty or whose value holds a line feed.</summary>
    Malformed,
}

/// <summary>One part of a property string, as offsets into the input. Used by generated parsers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct PropertyStringPart
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PropertyStringPart(PropertyStringPartKind kind, int start, int length, int keyLength, int valueStart, int valueLength)
    {
        Kind = kind;
        Start = start;
        Length = length;
        KeyLength = keyLength;
        ValueStart = valueStart;
        ValueLength = valueLength;
    }

    /// <summary>Bare, key=value, or malformed.</summary>
    public PropertyStringPartKind Kind { get; }

    /// <summary>Where the part starts in the input.</summary>
    public int Start { get; }

    /// <summary>The part's length.</summary>
    public int Length { get; }

    /// <summary>The key's length (the key starts at <see cref="Start"/>); 0 for a bare part.</summary>
    public int KeyLength { get; }

    /// <summary>Where the value starts: after <c>=</c>, or at <see cref="Start"/> for a bare part.</summary>
    public int ValueStart { get; }

    /// <summary>The value's length, without the one trailing line feed PVE drops.</summary>
    public int ValueLength { get; }
}
