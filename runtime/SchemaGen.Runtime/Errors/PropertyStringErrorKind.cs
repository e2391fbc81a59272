#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>What went wrong in a property string. Structural errors (PVE's <c>die</c> in its split loop) are <see cref="MissingKey"/>,
/// <see cref="DuplicateKey"/>, <see cref="DuplicateAliasTarget"/>, <see cref="ValueWithoutKey"/> and <see
/// cref="KeyAliasDefined"/>.</summary>
/// <remarks>One file for the runtime and the generator, which links it (as <c>internal</c>, in its own namespace) so that its analyzers
/// name the same kinds.</remarks>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
enum PropertyStringErrorKind
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>A part with <c>=</c> whose key or value is empty (<c>missing key in comma-separated list property</c>).</summary>
    MissingKey,

    /// <summary>A key given twice, or a second value for the default key.</summary>
    DuplicateKey,

    /// <summary>An alias whose target key was already given.</summary>
    DuplicateAliasTarget,

    /// <summary>A bare value in a format that has no default key.</summary>
    ValueWithoutKey,

    /// <summary>A value that is not of the key's type (<c>type check ('boolean') failed</c>).</summary>
    TypeCheck,

    /// <summary>A value that the key's format (a custom method or one of PVE's named formats) rejected.</summary>
    Format,

    /// <summary>A value that does not match the key's pattern.</summary>
    Pattern,

    /// <summary>A value longer than the key's <c>MaxLength</c>.</summary>
    MaxLength,

    /// <summary>A value shorter than the key's <c>MinLength</c>.</summary>
    MinLength,

    /// <summary>A number above the key's <c>Maximum</c>.</summary>
    Maximum,

    /// <summary>A number below the key's <c>Minimum</c>.</summary>
    Minimum,

    /// <summary>A value that is none of the enumeration's values.</summary>
    Enumeration,

    /// <summary>A required key that is absent.</summary>
    MissingProperty,

    /// <summary>A key the schema does not define.</summary>
    UnknownProperty,

    /// <summary>A value that a property string cannot hold (it contains <c>,</c> or a line feed, or is empty).</summary>
    NotRepresentable,

    /// <summary>A cross-field rule of the schema, written by hand, failed (PVE: a format's validator).</summary>
    Rule,

    /// <summary>A key that is a value of another key (PVE's <c>keyAlias</c>: <c>virtio=...</c> sets <c>model</c>) when that key was
    /// already given.</summary>
    KeyAliasDefined,

    /// <summary>A key absent although a key that was given requires it (PVE's <c>requires</c>).</summary>
    MissingRequiredProperty,
}
