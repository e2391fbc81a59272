using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Host;

/// <summary>Reading the kvm_amd parameters and /dev/sev.</summary>
public sealed class KvmSevSettingsTests
{
    [Theory]
    [InlineData("Y", KvmParameterState.Enabled)]
    [InlineData("N", KvmParameterState.Disabled)]
    [InlineData("1", KvmParameterState.Enabled)]  // int parameters of old kernels
    [InlineData("0", KvmParameterState.Disabled)]
    [InlineData("maybe", KvmParameterState.Unrecognized)]
    public void Parameter_text_maps_to_a_state(string text, KvmParameterState expected)
    {
        var fileSystem = FakeHostFileSystem.WithKvm(sev: text, sevEs: null, sevSnp: null);

        var parameter = KvmParameter.Read(fileSystem, "sev");

        Assert.Equal(expected, parameter.State);
        Assert.Equal(text, parameter.Text);
        Assert.Equal("/sys/module/kvm_amd/parameters/sev", parameter.Path);
    }

    [Fact]
    public void Missing_parameter_is_absent()
    {
        var parameter = KvmParameter.Read(new FakeHostFileSystem(), "sev_snp");

        Assert.Equal(KvmParameterState.Absent, parameter.State);
        Assert.Null(parameter.Text);
    }

    [Fact]
    public void Unreadable_parameter_keeps_the_reason()
    {
        var fileSystem = new FakeHostFileSystem();
        fileSystem.Failing["/sys/module/kvm_amd/parameters/sev_es"] = new UnauthorizedAccessException("Permission denied");

        var parameter = KvmParameter.Read(fileSystem, "sev_es");

        Assert.Equal(KvmParameterState.Unreadable, parameter.State);
        Assert.Equal("Permission denied", parameter.Text);
    }

    [Fact]
    public void Settings_read_all_three_parameters_and_the_device()
    {
        var settings = KvmSevSettings.Read(FakeHostFileSystem.WithKvm("Y", "Y", "N", devSev: false));

        Assert.True(settings.ModuleLoaded);
        Assert.True(settings.Sev.IsEnabled);
        Assert.True(settings.SevEs.IsEnabled);
        Assert.Equal(KvmParameterState.Disabled, settings.SevSnp.State);
        Assert.False(settings.DevSevExists);
    }

    [Fact]
    public void Nothing_loaded_reads_as_absent()
    {
        var settings = KvmSevSettings.Read(new FakeHostFileSystem());

        Assert.False(settings.ModuleLoaded);
        Assert.Equal(KvmParameterState.Absent, settings.Sev.State);
        Assert.False(settings.DevSevExists);
    }
}
