using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

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
    /// <summary>
    /// The order in which keys are printed (PVE's <c>print_property_string</c>) and listed in the
    /// synopsis: the default key first, then the required keys, then the rest, each group sorted
    /// by key name.
    /// </summary>
    public IReadOnlyList<KeyModel> PrintOrder => Derived.PrintOrder;

    /// <summary>The key whose values are also keys for <paramref name="key"/> (PVE's <c>keyAlias</c> pointing at it), or null.</summary>
    public KeyModel? KeyAliasFor(KeyModel key)
    {
        foreach (var candidate in Keys)
        {
            if (candidate.ValuesAreKeysFor == key.Name)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The errors about keys that are absent, which have no place in the text and so come after every
    /// other error: first a required key that is missing (<c>RequiredBy</c> null), in print order; then a
    /// key that a given key requires (<c>RequiredBy</c> that key), ordered by the key it names.
    /// </summary>
    public IReadOnlyList<(KeyModel Missing, KeyModel? RequiredBy)> AbsentKeyChecks => Derived.AbsentKeyChecks;

    /// <summary>The key named <paramref name="name"/>; it must exist.</summary>
    public KeyModel KeyNamed(string name)
    {
        foreach (var key in Keys)
        {
            if (key.Name == name)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"The schema {TypeName} has no key '{name}'.");
    }

    // The emitter reads the two orders above again and again for one model, key after key: they are worked out once
    // a model, and kept beside it rather than in it, so that a model's equality stays that of its fields (decision 42).
    private static readonly ConditionalWeakTable<SchemaModel, DerivedOrders> DerivedByModel = new();

    private DerivedOrders Derived => DerivedByModel.GetValue(this, model => new DerivedOrders(model));

    private sealed class DerivedOrders
    {
        public DerivedOrders(SchemaModel model)
        {
            var keys = model.Keys;
            PrintOrder = keys.Where(k => k.IsDefaultKey)
                .Concat(keys.Where(k => !k.IsDefaultKey).OrderBy(k => k.IsRequired ? 0 : 1).ThenBy(k => k.Name, StringComparer.Ordinal))
                .ToList();
            AbsentKeyChecks = PrintOrder.Where(k => k.IsRequired).Select(k => (Missing: k, RequiredBy: (KeyModel?)null))
                .Concat(keys.Where(k => k.Requires is not null)
                    .Select(k => (Missing: model.KeyNamed(k.Requires!), RequiredBy: (KeyModel?)k))
                    .OrderBy(c => c.Missing.Name, StringComparer.Ordinal)
                    .ThenBy(c => c.RequiredBy!.Name, StringComparer.Ordinal))
                .ToList();
        }

        public List<KeyModel> PrintOrder { get; }

        public List<(KeyModel Missing, KeyModel? RequiredBy)> AbsentKeyChecks { get; }
    }

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
/// <param name="Declaration">Its declaration keywords (<c>class</c>, <c>record struct</c>).</param>
/// <param name="Name">Its name, without type parameters.</param>
/// <param name="TypeParameters">Its type parameter list as a partial declaration repeats it (<c>&lt;T, out U&gt;</c>), or empty;
/// only the placeholder code (decision 9) is written inside a generic type.</param>
internal sealed record ContainingTypeModel(string Declaration, string Name, string TypeParameters = "");
