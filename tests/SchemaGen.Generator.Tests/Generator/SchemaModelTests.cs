using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>
/// The orders a model works out once and keeps beside itself (print order, the absent-key checks): what
/// they hold, that each model has its own, and that keeping them leaves the model's equality alone, which
/// the incremental pipeline relies on.
/// </summary>
public sealed class SchemaModelTests
{
    [Fact]
    public void The_print_order_is_the_default_key_then_the_required_keys_then_the_rest_each_by_name()
    {
        var model = Model(
            Key("zeta"), Key("beta", required: true), Key("type", defaultKey: true), Key("alpha"), Key("gamma", required: true));

        Assert.Equal(["type", "beta", "gamma", "alpha", "zeta"], model.PrintOrder.Select(k => k.Name));
    }

    [Fact]
    public void The_absent_key_checks_are_the_required_keys_in_print_order_then_the_required_by_a_key_by_name()
    {
        var model = Model(
            Key("type", defaultKey: true, required: true),
            Key("b", requires: "y"),
            Key("a", requires: "y"),
            Key("c", requires: "x"),
            Key("x"),
            Key("y"),
            Key("req", required: true));

        Assert.Equal(
            ["type <- (none)", "req <- (none)", "x <- c", "y <- a", "y <- b"],
            model.AbsentKeyChecks.Select(c => $"{c.Missing.Name} <- {c.RequiredBy?.Name ?? "(none)"}"));
    }

    [Fact]
    public void Working_the_orders_out_leaves_the_models_equality_alone()
    {
        var first = Model(Key("b"), Key("a", required: true));
        var second = Model(Key("b"), Key("a", required: true));

        Assert.Equal(["a", "b"], first.PrintOrder.Select(k => k.Name));
        Assert.Single(first.AbsentKeyChecks);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_model_made_with_other_keys_has_its_own_orders()
    {
        var first = Model(Key("b"), Key("a"));
        Assert.Equal(["a", "b"], first.PrintOrder.Select(k => k.Name));

        var second = first with { Keys = new[] { Key("b", required: true), Key("a") }.ToEquatableArray() };

        Assert.Equal(["b", "a"], second.PrintOrder.Select(k => k.Name));
        Assert.Equal("b", Assert.Single(second.AbsentKeyChecks).Missing.Name);
        Assert.Equal(["a", "b"], first.PrintOrder.Select(k => k.Name));
        Assert.Empty(first.AbsentKeyChecks);
    }

    [Fact]
    public void The_key_lookups_find_the_key_or_say_which_is_missing()
    {
        var model = Model(Key("model", defaultKey: true, valuesAreKeysFor: "macaddr"), Key("macaddr"));

        Assert.Equal("macaddr", model.KeyNamed("macaddr").Name);
        Assert.Equal("model", model.KeyAliasFor(model.KeyNamed("macaddr"))?.Name);
        Assert.Null(model.KeyAliasFor(model.KeyNamed("model")));
        var error = Assert.Throws<InvalidOperationException>(() => model.KeyNamed("bridge"));
        Assert.Contains("'bridge'", error.Message);
    }

    private static SchemaModel Model(params KeyModel[] keys) => new(
        "N",
        "S",
        "record struct",
        IsValueType: true,
        IsReadOnly: false,
        ContainingTypes: Array.Empty<ContainingTypeModel>().ToEquatableArray(),
        FormatName: "f",
        Option: null,
        Keys: keys.ToEquatableArray(),
        NeedsParameterlessConstructor: false);

    private static KeyModel Key(string name, bool required = false, bool defaultKey = false, string? requires = null,
        string? valuesAreKeysFor = null)
        => new(name.ToUpperInvariant(), name, ValueKind.Boolean, "bool", false, "public", required, "init", null, defaultKey,
            Array.Empty<string>().ToEquatableArray(), null, null, null, null, null, null, null, null,
            Array.Empty<EnumValueModel>().ToEquatableArray(), null, ValuesAreKeysFor: valuesAreKeysFor, Requires: requires);
}
