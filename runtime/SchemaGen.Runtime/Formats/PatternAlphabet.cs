#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen.Runtime;
#endif

/// <summary>
/// The symbols a key's pattern, compiled at build time into an automaton, reads a value in. An ASCII
/// character is its own symbol; any other UTF-16 code unit is one of three, by what <c>\d</c> and
/// <c>\s</c> say of it, because the patterns the generator compiles name no character beyond ASCII
/// (others stay a <c>Regex</c>): that is all a pattern can ask of one. The generator builds its tables
/// over these symbols and the runtime reads a value through <see cref="Of"/>, so the two agree.
/// </summary>
internal static class PatternAlphabet
{
    /// <summary>A decimal digit beyond ASCII, which <c>\d</c> takes as .NET's <c>Regex</c> does (<c>char.IsDigit</c>).</summary>
    public const int NonAsciiDigit = 128;

    /// <summary>White space beyond ASCII, which <c>\s</c> takes as .NET's <c>Regex</c> does (<c>char.IsWhiteSpace</c>).</summary>
    public const int NonAsciiWhiteSpace = 129;

    /// <summary>Every other code unit beyond ASCII, each half of a surrogate pair included.</summary>
    public const int OtherNonAscii = 130;

    /// <summary>How many symbols there are.</summary>
    public const int Count = 131;

    /// <summary>The symbol of one UTF-16 code unit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Of(char c) => c < 128 ? c : OfNonAscii(c);

    private static int OfNonAscii(char c)
        => char.IsDigit(c) ? NonAsciiDigit : char.IsWhiteSpace(c) ? NonAsciiWhiteSpace : OtherNonAscii;
}
