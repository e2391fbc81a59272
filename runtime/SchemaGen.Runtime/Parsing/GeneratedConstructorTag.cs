using System.ComponentModel;

namespace SchemaGen.Runtime;

/// <summary>
/// The first parameter of the constructor the generator adds for parsed values, so that its
/// signature can never collide with a constructor the schema type declares itself.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GeneratedConstructorTag
{
}
