namespace SchemaGen.Proxmox.Tests.Cpu;

public sealed class CpuModelCatalogTests
{
    [Fact]
    public void Built_in_models_are_the_vendor_list_and_the_four_x86_64_levels()
    {
        Assert.Equal(105, CpuModelCatalog.BuiltInModels.Count);
        Assert.True(CpuModelCatalog.IsBuiltInModel("host"));
        Assert.True(CpuModelCatalog.IsBuiltInModel("x86-64-v2-AES"));
        Assert.True(CpuModelCatalog.IsBuiltInModel("Icelake-Client"));
        Assert.False(CpuModelCatalog.IsBuiltInModel("x86-64-v5"));
        Assert.False(CpuModelCatalog.IsBuiltInModel(" host"));
    }

    [Fact]
    public void Custom_models_come_from_the_nodes_section_config()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "cpu-model: qemu64\n    flags +aes\n    reported-model qemu64\n\ncpu-model: alldefault\n");
            var catalog = CpuModelCatalog.FromNode(path);
            Assert.Equal(["alldefault", "qemu64"], catalog.CustomModels.Order());
            Assert.True(catalog.HasCustomModel("qemu64"));
            Assert.False(catalog.HasCustomModel("flags"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_node_without_the_file_has_no_custom_model()
        => Assert.Same(CpuModelCatalog.BuiltIn, CpuModelCatalog.FromNode("/nonexistent/cpu-models.conf"));

    [Fact]
    public void A_scope_injects_a_catalog_and_restores_the_previous_one()
    {
        var custom = CpuModelCatalog.WithCustomModels(["qemu64"]);
        var before = CpuModelCatalog.Current;
        using (CpuModelCatalog.Use(custom))
        {
            Assert.Same(custom, CpuModelCatalog.Current);
        }

        Assert.Same(before, CpuModelCatalog.Current);
    }

    [Fact]
    public void A_cpu_value_is_checked_against_the_catalog_of_its_scope()
    {
        // The parse asks for the current catalog only when the model is a custom one.
        Assert.True(CpuOptions.TryParse("host,flags=+aes", out _, out _));
        Assert.False(CpuOptions.TryParse("custom-qemu64", out _, out var outside));
        Assert.Equal("Custom cputype 'qemu64' not found", outside.Message);
        using (CpuModelCatalog.Use(CpuModelCatalog.WithCustomModels(["qemu64"])))
        {
            Assert.True(CpuOptions.TryParse("custom-qemu64", out var inside, out _));
            Assert.Equal("custom-qemu64", inside.Cputype);
            Assert.True(CpuOptions.TryParse("host", out _, out _));
        }
    }
}
