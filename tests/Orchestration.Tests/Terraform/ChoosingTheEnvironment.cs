using Cake.Core;
using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class ChoosingTheEnvironment : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Environments_are_the_folders_holding_tf_files()
    {
        folder.Write("staging/main.tf", string.Empty);
        folder.Write("local/main.tf", string.Empty);
        folder.Write("modules-notes/README.md", string.Empty);

        var roots = new EnvironmentRoots(folder.Path);

        Assert.Equal(["local", "staging"], roots.Names);
        Assert.Equal(Path.Combine(folder.Path, "local"), roots.RootOf("local"));
    }

    [Fact]
    public void An_unknown_environment_is_a_configuration_error_listing_the_known_ones()
    {
        folder.Write("staging/main.tf", string.Empty);
        folder.Write("local/main.tf", string.Empty);

        var error = Assert.Throws<CakeException>(() => new EnvironmentRoots(folder.Path).RootOf("../local"));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal($"--environment=../local: no such environment; expected one of: local, staging (folders of {folder.Path}).", error.Message);
    }

    [Fact]
    public void A_folder_without_environments_says_how_to_point_elsewhere()
    {
        var error = Assert.Throws<CakeException>(() => new EnvironmentRoots(Path.Combine(folder.Path, "missing")).RootOf("local"));

        Assert.Contains("Pass --terraform-dir=", error.Message, StringComparison.Ordinal);
    }
}
