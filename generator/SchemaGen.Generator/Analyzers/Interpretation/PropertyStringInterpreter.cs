using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;
using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>
/// Runs a schema's parser on a text at compile time, from the <see cref="SchemaModel"/> alone: the
/// same two passes, the same order of checks and the same texts (PVE's named formats included, whose
/// validators are the runtime's own, linked) as the code <see cref="SchemaEmitter"/> generates
/// (docs/semantics.md), so that an analyzer can say what
/// <c>Parse</c> would throw. Offsets count UTF-16 code units, as the <c>char</c> parser's do.
/// </summary>
/// <remarks>
/// A custom Format method cannot run here; where its answer could decide the outcome the verdict is
/// <see cref="Verdict.Unknown"/>, and analyzers then say nothing.
/// </remarks>
internal static class PropertyStringInterpreter
{
    /// <summary>A pattern that backtracks this long is left undecided rather than stall the IDE.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>What the generated <c>TryParse</c> answers for <paramref name="text"/>.</summary>
    public static InterpreterAnswer Interpret(SchemaModel schema, string text)
    {
        var keys = schema.Keys;
        int count = keys.Count;
        var given = new bool[count];
        var valueAt = new int[count];
        var valueLength = new int[count];
        int defaultIndex = IndexOf(keys, k => k.IsDefaultKey);

        // Pass 1, PVE's split loop: where each key's value is. Its errors are structural and final.
        bool bare = false;
        int unknownAt = -1, unknownLength = 0;
        HashSet<string>? unknownKeys = null;
        int next = 0;
        while (next <= text.Length)
        {
            int start = next;
            int comma = text.IndexOf(',', start);
            int length = (comma < 0 ? text.Length : comma) - start;
            next = start + length + 1;
            if (IsWhiteSpace(text, start, length))
            {
                continue;
            }

            int equals = text.IndexOf('=', start, length);
            if (equals < 0)
            {
                if (defaultIndex < 0)
                {
                    return Fail(PropertyStringErrorKind.ValueWithoutKey, null, null, "", start, length);
                }

                var defaultKey = keys[defaultIndex];
                if (bare || (given[defaultIndex] && !IsFalsy(text.Substring(valueAt[defaultIndex], valueLength[defaultIndex]),
                    defaultKey.Kind == ValueKind.Boolean)))
                {
                    return Fail(PropertyStringErrorKind.DuplicateKey, null, defaultKey.Name, "", start, length);
                }

                bare = true;
                (given[defaultIndex], valueAt[defaultIndex], valueLength[defaultIndex]) = (true, start, length);
                continue;
            }

            // Perl's ^([^=]+)=(.+)$: `$` lets one trailing line feed stand outside the value.
            int keyLength = equals - start;
            int valueStart = equals + 1;
            int partValueLength = start + length - valueStart;
            if (partValueLength > 0 && text[valueStart + partValueLength - 1] == '\n')
            {
                partValueLength--;
            }

            if (keyLength == 0 || partValueLength == 0 || text.IndexOf('\n', valueStart, partValueLength) >= 0)
            {
                return Fail(PropertyStringErrorKind.MissingKey, null, null, "", start, length);
            }

            var key = text.Substring(start, keyLength);
            int index = IndexOf(keys, k => k.Name == key);
            int aliasing;
            if (index >= 0)
            {
                if (given[index])
                {
                    return Duplicate(key, start);
                }
            }
            else if ((index = IndexOf(keys, k => k.Aliases.Contains(key))) >= 0)
            {
                if (given[index])
                {
                    return Fail(PropertyStringErrorKind.DuplicateAliasTarget, null, keys[index].Name, "", start, keyLength);
                }
            }
            else if ((aliasing = IndexOf(keys, k => k.ValuesAreKeysFor is not null && k.EnumValues.Any(v => v.Text == key))) >= 0)
            {
                // PVE's keyAlias: the key is a value of keys[aliasing], the value goes to the key it names.
                if (given[aliasing])
                {
                    return Fail(PropertyStringErrorKind.KeyAliasDefined, null, keys[aliasing].Name, "", start, keyLength);
                }

                index = IndexOf(keys, k => k.Name == keys[aliasing].ValuesAreKeysFor);
                if (given[index])
                {
                    return Fail(PropertyStringErrorKind.DuplicateAliasTarget, null, keys[index].Name, "", start, keyLength);
                }

                (given[aliasing], valueAt[aliasing], valueLength[aliasing]) = (true, start, keyLength);
            }
            else
            {
                // Unknown: an error of pass 2, unless it is given twice, which the split loop finds first.
                unknownKeys ??= new HashSet<string>(StringComparer.Ordinal);
                if (!unknownKeys.Add(key))
                {
                    return Duplicate(key, start);
                }

                if (unknownAt < 0)
                {
                    (unknownAt, unknownLength) = (start, keyLength);
                }

                continue;
            }

            (given[index], valueAt[index], valueLength[index]) = (true, valueStart, partValueLength);
        }

        // Pass 2, PVE's check_object: of the errors of the keys, the leftmost in the text wins; an
        // unknown key is one of them (at the key, not its value).
        ParseError? error = null;
        int errorAt = int.MaxValue;
        int undecidedAt = int.MaxValue;
        if (unknownAt >= 0)
        {
            var unknown = text.Substring(unknownAt, unknownLength);
            error = new ParseError(PropertyStringErrorKind.UnknownProperty, PropertyStringMessages.Shorten(unknown), null, "", unknownAt,
                unknownLength)
            {
                SuggestedKey = KeySuggestions.Suggest(unknown, keys.Where((k, i) => !given[i]).Select(k => k.Name)),
            };
            errorAt = unknownAt;
        }

        for (int i = 0; i < count; i++)
        {
            if (!given[i] || valueAt[i] >= errorAt)
            {
                continue;
            }

            var check = CheckValue(keys[i], text.Substring(valueAt[i], valueLength[i]), valueAt[i]);
            if (check.Verdict == Verdict.Invalid)
            {
                (error, errorAt) = (check.Error, valueAt[i]);
            }
            else if (check.Verdict == Verdict.Unknown)
            {
                undecidedAt = Math.Min(undecidedAt, valueAt[i]);
            }
        }

        // A check the analyzer could not decide, left of the first error it found, might have failed first.
        if (undecidedAt < errorAt)
        {
            return InterpreterAnswer.Unknown;
        }

        if (error is not null)
        {
            return InterpreterAnswer.Invalid(error);
        }

        // A key that is absent (required, or required by a key given) has no place in the text: its
        // error comes when nothing else is, in the order of the keys they name.
        foreach (var (missing, requiredBy) in schema.AbsentKeyChecks)
        {
            bool missingGiven = given[IndexOf(keys, k => ReferenceEquals(k, missing))];
            if (requiredBy is null && !missingGiven)
            {
                return Fail(PropertyStringErrorKind.MissingProperty, missing.Name, null, "", text.Length, 0);
            }

            if (requiredBy is not null && !missingGiven && given[IndexOf(keys, k => ReferenceEquals(k, requiredBy))])
            {
                return Fail(PropertyStringErrorKind.MissingRequiredProperty, missing.Name, requiredBy.Name, "", text.Length, 0);
            }
        }

        return InterpreterAnswer.Valid;
    }

    /// <summary>
    /// One key's checks on its raw value, in PVE's order: type, custom format, pattern, maxLength,
    /// minLength, maximum, minimum, enumeration. Also used to check a key's Default.
    /// </summary>
    public static InterpreterAnswer CheckValue(KeyModel key, string raw, int offset)
    {
        BigInteger integer = 0;
        double number = 0;
        switch (key.Kind)
        {
            case ValueKind.Boolean when ParseBoolean(raw) < 0:
                return TypeCheck(key, "boolean", raw, offset);
            case ValueKind.Integer when key.HoldsBytes:
                // PVE's disk-size is text to PVE: its format check below reads the bytes.
                break;
            case ValueKind.Integer:
                if (!TryParseInteger(raw, out integer))
                {
                    return TypeCheck(key, "integer", raw, offset);
                }

                // Beyond the member's type, a limit speaks rather than the type check.
                var (min, max) = IntegerRange(key.TypeName);
                if ((key.Maximum is null && integer > max) || (key.Minimum is null && integer < min))
                {
                    return TypeCheck(key, "integer", raw, offset);
                }

                break;
            case ValueKind.Number:
                // Infinity is refused: it could not be printed back.
                if (!TryParseNumber(raw, out number) || double.IsInfinity(number) || double.IsNaN(number))
                {
                    return TypeCheck(key, "number", raw, offset);
                }

                break;
        }

        if (key.FormatMethod is not null)
        {
            return InterpreterAnswer.Unknown;
        }

        if (key.NamedFormat is not null)
        {
            PveFormats.TryLookup(key.NamedFormat, out var format, out bool isList);
            var template = isList
                ? PveFormats.CheckList(format, raw.AsSpan(), out int subjectStart, out int subjectLength)
                : PveFormats.Check(format, raw.AsSpan(), out subjectStart, out subjectLength);
            if (template is not null)
            {
                return Fail(PropertyStringErrorKind.Format, key.Name, template, raw.Substring(subjectStart, subjectLength),
                    offset + subjectStart, subjectLength);
            }

            if (key.HoldsBytes)
            {
                if (!DiskSize.TryParse(raw.AsSpan(), out long bytes))
                {
                    // A size PVE accepts but a long cannot hold: refused with PVE's disk-size text, as the parser does.
                    return Fail(PropertyStringErrorKind.Format, key.Name, PropertyStringMessages.DiskSizeOutOfRange, raw, offset,
                        raw.Length);
                }

                integer = bytes;
            }
        }

        if (key.Pattern is not null)
        {
            bool? matches = MatchesPattern(key.Pattern, raw);
            if (matches is null)
            {
                return InterpreterAnswer.Unknown;
            }

            if (matches == false)
            {
                return Fail(PropertyStringErrorKind.Pattern, key.Name, null, raw, offset, raw.Length);
            }
        }

        if (key.MaxLength is int maxLength && CountCharacters(raw) > maxLength)
        {
            return Fail(PropertyStringErrorKind.MaxLength, key.Name, maxLength.ToString(CultureInfo.InvariantCulture), raw, offset,
                raw.Length);
        }

        if (key.MinLength is int minLength && CountCharacters(raw) < minLength)
        {
            return Fail(PropertyStringErrorKind.MinLength, key.Name, minLength.ToString(CultureInfo.InvariantCulture), raw, offset,
                raw.Length);
        }

        if (key.Maximum is not null && Compare(key, integer, number, key.Maximum) > 0)
        {
            return Fail(PropertyStringErrorKind.Maximum, key.Name, key.Maximum.Text, raw, offset, raw.Length);
        }

        if (key.Minimum is not null && Compare(key, integer, number, key.Minimum) < 0)
        {
            return Fail(PropertyStringErrorKind.Minimum, key.Name, key.Minimum.Text, raw, offset, raw.Length);
        }

        if (key.Kind == ValueKind.Enum && !key.EnumValues.Any(v => v.Text == raw))
        {
            return Fail(PropertyStringErrorKind.Enumeration, key.Name, string.Join(", ", key.EnumValues.Select(v => v.Text)), raw, offset,
                raw.Length);
        }

        return InterpreterAnswer.Valid;
    }

    /// <summary>Whether a pattern matches the whole value, as the generated <c>^(?:pattern)\z</c> does; null if undecided.</summary>
    public static bool? MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // An invalid pattern: SG0018 says so; the generated code would throw, not answer.
            return null;
        }
    }

    /// <summary>How many characters (Unicode scalar values, as Perl counts) a text has.</summary>
    public static int CountCharacters(string text)
    {
        int count = text.Length;
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>The smallest and largest value of an integer key's C# type, by its keyword.</summary>
    public static (BigInteger Min, BigInteger Max) IntegerRange(string typeName) => typeName switch
    {
        "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
        "byte" => (byte.MinValue, byte.MaxValue),
        "short" => (short.MinValue, short.MaxValue),
        "ushort" => (ushort.MinValue, ushort.MaxValue),
        "int" => (int.MinValue, int.MaxValue),
        "uint" => (uint.MinValue, uint.MaxValue),
        "long" => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };

    private static int Compare(KeyModel key, BigInteger integer, double number, LimitModel limit)
        => key.Kind == ValueKind.Integer
            ? integer.CompareTo(BigInteger.Parse(limit.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))
            : number.CompareTo(double.Parse(limit.Text, NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>PVE's parse_boolean: 1 for 1|on|yes|true, 0 for 0|off|no|false (ASCII case-insensitive), -1 otherwise.</summary>
    private static int ParseBoolean(string text)
    {
        var lower = AsciiLower(text);
        return lower switch
        {
            "1" or "on" or "yes" or "true" => 1,
            "0" or "off" or "no" or "false" => 0,
            _ => -1,
        };
    }

    private static string AsciiLower(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 'A' && chars[i] <= 'Z')
            {
                chars[i] = (char)(chars[i] | 0x20);
            }
        }

        return new string(chars);
    }

    /// <summary>Whether a value is false to Perl (empty or "0"; a boolean key's after parse_boolean).</summary>
    private static bool IsFalsy(string value, bool isBoolean)
        => value.Length == 0 || (isBoolean ? ParseBoolean(value) == 0 : value == "0");

    /// <summary>
    /// <c>^[+-]?[0-9]+$</c>. The runtime saturates at ±10^36; so do we, a little further out, which
    /// changes no comparison (every limit and type bound is far smaller) but keeps huge inputs cheap.
    /// </summary>
    private static bool TryParseInteger(string text, out BigInteger value)
    {
        value = 0;
        int i = text.Length > 0 && (text[0] == '+' || text[0] == '-') ? 1 : 0;
        if (i == text.Length)
        {
            return false;
        }

        for (int j = i; j < text.Length; j++)
        {
            if (text[j] < '0' || text[j] > '9')
            {
                return false;
            }
        }

        var digits = text.Substring(i).TrimStart('0');
        value = digits.Length == 0 ? BigInteger.Zero
            : digits.Length > 40 ? BigInteger.Pow(10, 40)
            : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (text[0] == '-')
        {
            value = -value;
        }

        return true;
    }

    /// <summary>PVE's number: <c>^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$</c>, ASCII digits only.</summary>
    private static bool TryParseNumber(string text, out double value)
    {
        value = 0;
        int i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        int integerDigits = CountDigits(text, ref i);
        int fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(text, ref i);
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        // .NET Framework hosts (Visual Studio) answer false for an overflow where .NET answers
        // infinity; both end in the same type error.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static int CountDigits(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Perl's <c>^\s*$</c> on a part of the text.</summary>
    private static bool IsWhiteSpace(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static InterpreterAnswer TypeCheck(KeyModel key, string type, string raw, int offset)
        => Fail(PropertyStringErrorKind.TypeCheck, key.Name, type, raw, offset, raw.Length);

    private static InterpreterAnswer Duplicate(string key, int offset)
        => Fail(PropertyStringErrorKind.DuplicateKey, null, null, key, offset, key.Length);

    /// <summary>An error with PVE's text for its kind (the runtime's own, linked): <paramref name="subject"/> is the text it may
    /// quote.</summary>
    private static InterpreterAnswer Fail(PropertyStringErrorKind kind, string? key, string? detail, string subject, int offset, int length)
        => InterpreterAnswer.Invalid(new ParseError(kind, key, detail, subject, offset, length));

    private static int IndexOf(EquatableArray<KeyModel> keys, Func<KeyModel, bool> predicate)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (predicate(keys[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
