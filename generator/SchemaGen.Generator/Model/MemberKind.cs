namespace SchemaGen.Generator.Model;

/// <summary>How a key's value is read and written.</summary>
internal enum MemberKind
{
    Boolean,
    Integer,
    Number,
    String,
    Enum,
}
