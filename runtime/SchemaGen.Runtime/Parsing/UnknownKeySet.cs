using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// Remembers the keys of a property string that the schema does not define, to find one given
/// twice (a structural error in PVE, even for an unknown key). The first eight live on the stack;
/// past that a hash table keeps hostile input with thousands of unknown keys linear. Its arrays
/// come from <see cref="UnknownKeyArrays"/>, which keeps them per thread. Dispose it to give them back.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct UnknownKeySet<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    private const int InlineCapacity = 8;

    private readonly ReadOnlySpan<TChar> _text;
    private InlineKeys _inline;
    private int _count;
    private int[]? _keys;   // start, length pairs once past the inline capacity
    private int[]? _table;  // open addressing: index + 1 into _keys pairs, 0 = empty

    /// <summary>Creates an empty set over <paramref name="text"/>, into which keys are offsets.</summary>
    public UnknownKeySet(ReadOnlySpan<TChar> text) => _text = text;

    /// <summary>Where the first unknown key starts, or -1 when there is none.</summary>
    public readonly int FirstStart => _count == 0 ? -1 : _keys is null ? _inline[0] : _keys[0];

    /// <summary>The first unknown key's length.</summary>
    public readonly int FirstLength => _count == 0 ? 0 : _keys is null ? _inline[1] : _keys[1];

    /// <summary>Adds a key; returns false when the same key was added before.</summary>
    public bool Add(int start, int length)
    {
        var key = _text.Slice(start, length);
        if (_keys is null)
        {
            for (int i = 0; i < _count; i++)
            {
                if (key.SequenceEqual(_text.Slice(_inline[2 * i], _inline[(2 * i) + 1])))
                {
                    return false;
                }
            }

            if (_count < InlineCapacity)
            {
                _inline[2 * _count] = start;
                _inline[(2 * _count) + 1] = length;
                _count++;
                return true;
            }

            MoveToHeap();
        }

        if (Find(key) >= 0)
        {
            return false;
        }

        if (2 * (_count + 1) > _keys!.Length)
        {
            var larger = UnknownKeyArrays.RentKeys(_keys.Length * 2);
            _keys.AsSpan().CopyTo(larger);
            UnknownKeyArrays.ReturnKeys(_keys);
            _keys = larger;
        }

        _keys[2 * _count] = start;
        _keys[(2 * _count) + 1] = length;
        _count++;
        if (2 * _count > _table!.Length)
        {
            Rehash(_table.Length * 2);
        }
        else
        {
            Insert(_count - 1);
        }

        return true;
    }

    /// <summary>Returns the rented arrays.</summary>
    public void Dispose()
    {
        if (_keys is not null)
        {
            UnknownKeyArrays.ReturnKeys(_keys);
            UnknownKeyArrays.ReturnTable(_table!);
            _keys = null;
            _table = null;
        }
    }

    private void MoveToHeap()
    {
        _keys = UnknownKeyArrays.RentKeys(4 * InlineCapacity);
        ((ReadOnlySpan<int>)_inline).CopyTo(_keys);
        Rehash(4 * InlineCapacity);
    }

    private void Rehash(int size)
    {
        if (_table is not null)
        {
            UnknownKeyArrays.ReturnTable(_table);
        }

        // Rent may hand out a larger array: use the largest power of two that fits.
        var table = UnknownKeyArrays.RentTable(size);
        _table = table;
        _table.AsSpan(0, PowerOfTwoLength).Clear();
        for (int i = 0; i < _count; i++)
        {
            Insert(i);
        }
    }

    private readonly int PowerOfTwoLength => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)_table!.Length + 1) / 2;

    private readonly void Insert(int index)
    {
        int mask = PowerOfTwoLength - 1;
        int slot = Hash(_text.Slice(_keys![2 * index], _keys[(2 * index) + 1])) & mask;
        while (_table![slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _table[slot] = index + 1;
    }

    private readonly int Find(ReadOnlySpan<TChar> key)
    {
        int mask = PowerOfTwoLength - 1;
        int slot = Hash(key) & mask;
        while (_table![slot] != 0)
        {
            int index = _table[slot] - 1;
            if (key.SequenceEqual(_text.Slice(_keys![2 * index], _keys[(2 * index) + 1])))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    private static int Hash(ReadOnlySpan<TChar> key)
    {
        var hash = default(HashCode);
        hash.AddBytes(MemoryMarshal.AsBytes(key));
        return hash.ToHashCode();
    }

    [InlineArray(2 * InlineCapacity)]
    private struct InlineKeys
    {
        private int _element;
    }
}
