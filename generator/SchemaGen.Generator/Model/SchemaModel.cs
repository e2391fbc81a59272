namespace SchemaGen.Generator.Model;

/// <summary>
/// Everything the emitter needs to know about one <c>[PropertyString]</c> type, as plain values:
/// no symbols, syntax or locations, so that equal models mean equal generated code.
/// </summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="TypeName">The type's name.</param>
/// <param name="Declaration">The keywords that declare it again: <c>record struct</c>, <c>record</c>, <c>class</c> or
/// <c>struct</c>.</param>
/// <param name="IsValueType">Whether it is a struct.</param>
/// <param name="IsReadOnly">Whether it is a <c>readonly</c> struct (its fields must then be readonly).</param>
/// <param name="ContainingTypes">The types it is nested in, outermost first.</param>
/// <param name="FormatName">The format's name (<c>pve-qemu-sev-fmt</c>).</param>
/// <param name="Option">The configuration option the format describes (<c>amd-sev</c>), if named.</param>
/// <param name="Keys">The keys, in declaration order.</param>
/// <param name="NeedsParameterlessConstructor">A class that declares no constructor: generating one would take its implicit one
/// away.</param>
internal sealed record SchemaModel(
    string? Namespace,
    string TypeName,
    string Declaration,
    bool IsValueType,
    bool IsReadOnly,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string FormatName,
    string? Option,
    EquatableArray<KeyModel> Keys,
    bool NeedsParameterlessConstructor)
{
    /// <summary>The type's full name with <c>global::</c>, as generated code refers to it.</summary>
    public string FullyQualifiedName
    {
        get
        {
            var prefix = Namespace is null ? "global::" : "global::" + Namespace + ".";
            foreach (var containing in ContainingTypes)
            {
                prefix += containing.Name + ".";
            }

            return prefix + TypeName;
        }
    }
}

/// <summary>A type that contains the schema type: its declaration keywords and name.</summary>
internal sealed record ContainingTypeModel(string Declaration, string Name);
