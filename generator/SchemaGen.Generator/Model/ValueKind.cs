namespace SchemaGen.Generator.Model;

/// <summary>The kind of a key's value, which decides how it is read and written.</summary>
internal enum ValueKind
{
    Boolean,
    Integer,
    Number,
    String,
    Enum,
}
