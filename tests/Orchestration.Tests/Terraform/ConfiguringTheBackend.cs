using Cake.Core;
using Orchestration.Terraform;
using Orchestration.Tools.Terraform.Init;

namespace Orchestration.Tests.Terraform;

public sealed class ConfiguringTheBackend : IDisposable
{
    private readonly TempFolder workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_roots_own_backend_hcl_is_used_when_nothing_is_given()
    {
        var backend = workspace.Write("env/staging/backend.hcl", "bucket = \"x\"\n");
        var settings = new TerraformInitSettings();

        BackendConfiguration.AddTo(settings, [], workspace.Path, Path.Combine(workspace.Path, "env/staging"));

        Assert.Equal([backend], settings.BackendConfigFiles);
    }

    [Fact]
    public void Given_files_relative_to_the_workspace_and_key_value_pairs_replace_the_default()
    {
        workspace.Write("env/staging/backend.hcl", "bucket = \"x\"\n");
        var file = workspace.Write("ci/staging.hcl", "bucket = \"y\"\n");
        var settings = new TerraformInitSettings();

        BackendConfiguration.AddTo(settings, ["ci/staging.hcl", "key = models/x.tfstate"], workspace.Path, Path.Combine(workspace.Path, "env/staging"));

        Assert.Equal([file], settings.BackendConfigFiles);
        Assert.Equal("models/x.tfstate", settings.BackendConfigOverrides["key"]);
    }

    [Fact]
    public void A_missing_file_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() =>
            BackendConfiguration.AddTo(new TerraformInitSettings(), ["nowhere.hcl"], workspace.Path, workspace.Path));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("--backend-config=nowhere.hcl: ", error.Message, StringComparison.Ordinal);
    }
}
