using System.Globalization;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// The names generated code gives its own members and locals. Names with two underscores in a row are
/// the implementation's (C# spec, identifiers), so the user's members have none, and the generated
/// ones are told apart by where theirs stand: a key's field is <c>__</c> and its property's name
/// (<c>__Memory</c>); what else belongs to one key adds <c>__</c> and a kind (<c>__Memory__Bit</c>,
/// <c>__Memory__Read</c>), so a property <c>MemoryBit</c> beside <c>Memory</c> cannot meet it; what
/// belongs to the type ends in <c>__</c> (<c>present__</c>, <c>KeyTable__</c>, <c>TryParseFast__</c>), as
/// the file's aliases do (<see cref="Aliases"/>). Locals are scoped to generated methods.
/// </summary>
internal static class CodeNames
{
    public const string Runtime = "global::SchemaGen.Runtime.";
    public const string Error = "Error__";
    public const string ErrorKind = "ErrorKind__.";
    public const string Primitives = "Text__";
    public const string KeyReader = "KeyReader__";
    public const string MaybeNullWhenFalse = "[MaybeNullWhen__(false)] ";
    public const string AggressiveInlining = "[MethodImpl__(MethodImplOptions__.AggressiveInlining)]";
    public const string NoInlining = "[MethodImpl__(MethodImplOptions__.NoInlining)]";
    public const string PveFormats = "global::SchemaGen.PveFormats";
    public const string PveFormat = "global::SchemaGen.PveFormat";
    public const string DiskSize = "global::SchemaGen.DiskSize";
    public const string PresenceField = "present__";

    /// <summary>The attribute every generated member carries, so that tools (coverage, analyzers) can tell it from the user's
    /// code; through the file's alias (<see cref="Aliases"/>), which saves 40 characters on each of ~40 members.</summary>
    public static readonly string GeneratedCode = "[GeneratedCode__" + GeneratedCodeArguments + "]";

    /// <summary><see cref="GeneratedCode"/> without the alias, for the fallback's file, which has none.</summary>
    public static readonly string GeneratedCodeWithoutAlias =
        "[global::" + ContractNames.GeneratedCodeAttribute + GeneratedCodeArguments + "]";

    private static string GeneratedCodeArguments
        => "(\"" + ContractNames.GeneratorName + "\", \"" + typeof(CodeNames).Assembly.GetName().Version + "\")";

    /// <summary>
    /// The aliases at the top of every generated file, for the names it repeats most: each use is 20-50
    /// characters shorter, and the text of a file is what a build pays for (the driver keeps it, the
    /// collector copies it). Aliases, not namespace imports, so that no type of the user's namespace
    /// can hide them. They end in <c>__</c>: names with two underscores are the implementation's (C#
    /// spec, identifiers), so the user declares none, and every member the generator derives from a
    /// property name starts with <c>__</c> instead, so none can hide one (a property <c>Error</c> gets
    /// the field <c>__Error</c>, which would hide an alias <c>__Error</c> in <c>__Error.Report(...)</c>).
    /// </summary>
    public static readonly string[] Aliases =
    [
        "using GeneratedCode__ = global::System.CodeDom.Compiler.GeneratedCodeAttribute;",
        "using MaybeNullWhen__ = global::System.Diagnostics.CodeAnalysis.MaybeNullWhenAttribute;",
        "using MethodImpl__ = global::System.Runtime.CompilerServices.MethodImplAttribute;",
        "using MethodImplOptions__ = global::System.Runtime.CompilerServices.MethodImplOptions;",
        "using Error__ = global::SchemaGen.PropertyStringError;",
        "using ErrorKind__ = global::SchemaGen.PropertyStringErrorKind;",
        "using Text__ = global::SchemaGen.Runtime.TextPrimitives;",
        "using KeyReader__ = global::SchemaGen.Runtime.KeyReader;",
    ];

    public const string CharConstraint = "where TChar : unmanaged, global::System.Numerics.IBinaryInteger<TChar>";

    /// <summary>
    /// How the generated code names the schema type itself: its simple name, which inside its own body
    /// always means it (a member cannot share its type's name, and schema types are never generic),
    /// unless it is <c>TChar</c>, the generated methods' type parameter.
    /// </summary>
    public static string Self(SchemaModel model) => model.TypeName == "TChar" ? model.FullyQualifiedName : model.TypeName;

    public static string Field(KeyModel key) => Named(key, 0, static p => "__" + p);

    public static string Bit(KeyModel key) => Named(key, 1, static p => "__" + p + "__Bit");

    public static string ReadMethod(KeyModel key) => Named(key, 2, static p => "__" + p + "__Read");

    public static string WriteMethod(KeyModel key) => "__" + key.PropertyName + "__Write";

    public static string PrintGroupMethod(int group) => "TryFormatKeys" + group.ToString(CultureInfo.InvariantCulture) + "__";

    public static string PatternField(KeyModel key) => "Patterns__." + key.PropertyName;

    /// <summary>The static field that holds the value of the default key's word number <paramref name="word"/> alone.</summary>
    public static string WholeWordValue(int word) => "WholeWord" + word.ToString(CultureInfo.InvariantCulture) + "__";

    // A key's parameter in the generated constructor, named by the same rule as its other members: a
    // camelCase name would make one of properties 'A' and 'a', or of 'Present' and 'present'.
    public static string Parameter(KeyModel key) => Named(key, 3, static p => "__" + p + "__Value");

    // The names above, and the literals below, are asked for a dozen times a key in every file, and
    // the same property names and texts come back in file after file: each thread remembers what it
    // built (a few hundred texts a kind at most, then it starts over), instead of concatenating them
    // anew each time; what emitting allocates besides the files is garbage a build collects.
    private const int LiteralKind = 4;
    private const int Utf8LiteralKind = 5;
    private const int FirstEqualsAsciiKind = 6;
    private const int Kinds = FirstEqualsAsciiKind + 3;

    [System.ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, string>[]? TextCache;

    private static string Named(KeyModel key, int kind, System.Func<string, string> make) => Remembered(kind, key.PropertyName, make);

    private static string Remembered(int kind, string input, System.Func<string, string> make)
    {
        var caches = TextCache ??= new System.Collections.Generic.Dictionary<string, string>[Kinds];
        var cache = caches[kind] ??= new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
        if (!cache.TryGetValue(input, out var text))
        {
            if (cache.Count >= 512)
            {
                cache.Clear();
            }

            text = make(input);
            cache.Add(input, text);
        }

        return text;
    }

    /// <summary>The smallest unsigned type that holds one bit per key.</summary>
    public static string MaskType(SchemaModel model) => model.Keys.Count switch
    {
        <= 8 => "byte",
        <= 16 => "ushort",
        <= 32 => "uint",
        _ => "ulong",
    };

    /// <summary>
    /// The test that a span equals an ASCII literal of the schema, given in both encodings so that
    /// UTF-8 input compares bytes with a <c>"..."u8</c> literal.
    /// </summary>
    public static string EqualsAscii(string span, string ascii) => span switch
    {
        // The spans compared are few: one cache each (static lambdas, so a hit allocates nothing).
        "key" => Remembered(FirstEqualsAsciiKind, ascii, static a => EqualsAsciiText("key", a)),
        "raw" => Remembered(FirstEqualsAsciiKind + 1, ascii, static a => EqualsAsciiText("raw", a)),
        "text" => Remembered(FirstEqualsAsciiKind + 2, ascii, static a => EqualsAsciiText("text", a)),
        _ => EqualsAsciiText(span, ascii),
    };

    private static string EqualsAsciiText(string span, string ascii)
        => $"{Primitives}.EqualsAscii({span}, {Literal(ascii)}, {Utf8Literal(ascii)})";

    /// <summary>
    /// An ASCII text as C#'s <c>"..."u8</c> literal. Any other text gives an empty span, which the
    /// runtime treats as "no literal": it compares unequal and is printed by transcoding the string.
    /// </summary>
    public static string Utf8Literal(string ascii)
        => Remembered(Utf8LiteralKind, ascii, static a => System.Linq.Enumerable.All(a, c => c < 0x80) ? Literal(a) + "u8"
            : "global::System.ReadOnlySpan<byte>.Empty");

    /// <summary>
    /// A C# string literal of <paramref name="text"/>. Nearly every text (key names, enum values,
    /// messages) is printable ASCII with nothing to escape and is quoted directly; Roslyn's
    /// formatter, which costs about a microsecond a call, handles the rest.
    /// </summary>
    public static string Literal(string text)
        => text.Length <= 64 ? Remembered(LiteralKind, text, static t => LiteralOf(t)) : LiteralOf(text); // a long one comes once

    private static string LiteralOf(string t)
    {
        foreach (char c in t)
        {
            if (c < 0x20 || c >= 0x7F || c is '"' or '\\')
            {
                return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(t, quote: true);
            }
        }

        return "\"" + t + "\"";
    }
}
